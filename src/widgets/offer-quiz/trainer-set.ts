/**
 * A trainer's own set of offers for `<safe-offer-quiz>`, checked with the code (zod) in quiz-set.ts,
 * which is imported only when a page sets `offers`: a page without a trainer's set never fetches it.
 */
import type { SafeError } from './engine.js';
import type { QuizOffer } from './quiz-round.js';

/** What the element lends the set: its error reports and its updates. */
export interface TrainerSetHost {
  report(error: SafeError): void;
  clear(): void;
  requestUpdate(): void;
}

/** How many offers an unchecked value holds if it is an array, as the start shows while it is checked. */
function countOffers(value: string | readonly QuizOffer[]): number | undefined {
  if (typeof value !== 'string') return Array.isArray(value) ? value.length : undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.length : undefined;
  } catch {
    return undefined;
  }
}

export class TrainerSet {
  /** The trainer's checked set, or `undefined` for the bundled one. */
  offers: QuizOffer[] | undefined;
  /** The check of the latest value, while its code loads; `undefined` once it has ended. */
  checking: Promise<void> | undefined;
  /** How many offers the unchecked value holds, so the start does not show the bundled count meanwhile. */
  uncheckedCount: number | undefined;

  constructor(private readonly host: TrainerSetHost) {}

  /** Checks a new value of `offers`; a later value makes the check of an earlier one count for nothing. */
  read(value: string | readonly QuizOffer[] | null | undefined): void {
    this.offers = undefined;
    this.uncheckedCount = undefined;
    if (value === '' || value == null || (typeof value === 'string' && value.trim() === '')) {
      this.checking = undefined;
      this.host.clear();
      return;
    }
    this.uncheckedCount = countOffers(value);
    const checking: Promise<void> = import('./quiz-set.js')
      .then(
        ({ parseQuizSet }) => {
          if (this.checking !== checking) return;
          try {
            this.offers = parseQuizSet(value);
            this.host.clear();
          } catch (error) {
            this.host.report(error as SafeError);
          }
        },
        (error: unknown) => {
          if (this.checking !== checking) return;
          console.error('safe-migration-kit: the check of offers could not be loaded; the bundled offers are used', error);
        },
      )
      .finally(() => {
        if (this.checking !== checking) return;
        this.checking = undefined;
        this.uncheckedCount = undefined;
        this.host.requestUpdate();
      });
    this.checking = checking;
  }
}

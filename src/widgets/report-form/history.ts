/**
 * The phone's Back and Forward gestures between the form's steps, as on GOV.UK's question pages
 * (issue 13: Back at step 4 used to leave the site, and the typed report was gone).
 *
 * Each step the person moves on to adds one history entry with the same address and a state that
 * holds one number, its place in the form's walk (`{ safeReportStep: 3 }`): no answer, no step name,
 * no address change, so nothing a later holder of the phone could read. The steps those numbers
 * stand for live in this object's memory only; after a reload or a wipe, an entry whose number
 * the form does not know is left alone and the form stays where it is.
 *
 * Once a report is sent, the entries are collapsed (the form goes back to its first one), and the
 * exit button goes back to that first entry before it replaces it with the neutral page: see
 * shared/step-history.ts.
 */
import type { StepId } from './form-steps.js';
import { notePushedStepEntry, stepEntryNumber, stepHistoryKey } from '../shared/step-history.js';

export class StepHistory {
  /** The number of the form's first entry: not 0 when the page was reloaded on a later step. */
  private base = 0;
  /** Where the current entry is in `trail`. */
  private at = 0;
  /** The step of each entry, from the form's first one; in memory only. */
  private trail: StepId[] = ['danger'];
  /** Pops this form caused itself (its own Back button, a collapse), already shown. */
  private ownPops = 0;

  constructor(private readonly show: (step: StepId) => void) {}

  connect(): void {
    this.base = stepEntryNumber(history.state) ?? 0;
    this.at = 0;
    this.trail = ['danger'];
    window.addEventListener('popstate', this.onPop);
  }

  disconnect(): void {
    window.removeEventListener('popstate', this.onPop);
  }

  /** After a wipe: the entries so far stand for nothing any more; the current one is the form's first. */
  forget(): void {
    this.base = stepEntryNumber(history.state) ?? 0;
    this.at = 0;
    this.trail = ['danger'];
  }

  /** The person moved on to `step`: one new entry, the same address, one number. */
  push(step: StepId): void {
    this.trail = [...this.trail.slice(0, this.at + 1), step];
    this.at += 1;
    history.pushState({ [stepHistoryKey]: this.base + this.at }, '');
    notePushedStepEntry();
  }

  /** The form's own Back button: the step it goes to, when history has one (the form shows it at once). */
  back(): StepId | undefined {
    // Only from an entry of the form's own: the entry under it is then this page, never the site
    // the person came from (another form, or a wipe, may have moved history since).
    if (this.at === 0 || stepEntryNumber(history.state) === undefined) return undefined;
    this.at -= 1;
    this.ownPops += 1;
    history.back();
    return this.trail[this.at];
  }

  /** After a send, or a wipe: goes back to the form's first entry, whose step is now `step`. */
  collapse(step: StepId): void {
    const steps = this.at;
    const here = stepEntryNumber(history.state);
    this.at = 0;
    this.trail = [step];
    // Only when history is where the form left it: going back by a count that another traversal
    // has made stale could leave the page. Otherwise the entries stay, inert (see onPop).
    if (steps === 0 || here !== this.base + steps) return;
    this.ownPops += 1;
    history.go(-steps);
  }

  private readonly onPop = (event: PopStateEvent): void => {
    const number = stepEntryNumber(event.state) ?? 0;
    const place = number - this.base;
    if (this.ownPops > 0) {
      this.ownPops -= 1;
      if (place >= 0 && place < this.trail.length) return;
    }
    const step = place >= 0 ? this.trail[place] : undefined;
    if (!step) {
      // An entry from before a wipe, a reload or a send: nothing of it is left to show. The form
      // stays where it is and counts from here, so that its numbers stay each entry's distance
      // from the page's own entry (what the exit button goes back by).
      this.base = number;
      this.at = 0;
      this.trail = ['danger'];
      return;
    }
    this.at = place;
    this.show(step);
  };
}

/**
 * A trainer's set of offers, parsed at the boundary with zod. `<safe-offer-quiz>` imports this
 * module only when a page sets `offers`, so a page without a trainer's set never fetches zod; the
 * package's widgets entry exports `parseQuizSet` and `QuizSetError` from here. The rest of the
 * quiz's model is in quiz-round.ts, re-exported here so that one import serves the tests.
 */
import * as z from 'zod/mini';
import { SafeError, maxOfferLength, offerLanguages } from './engine.js';
import type { QuizOffer } from './quiz-round.js';

export { answerKey, parseResultCode, phrasesOf, quizLevels, resultCode, scoreAnswer, setMark, splitPhrases, totalOf } from './quiz-round.js';
export type { OfferKey, OfferScore, ParsedCode, Phrase, QuizOffer, RoundResult } from './quiz-round.js';

/** Most offers one set may hold: a 45-minute session uses five or six. */
export const maxQuizOffers = 30;

const quizOfferSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(maxOfferLength)),
  lang: z.optional(z.enum(offerLanguages)),
});

/**
 * A trainer's set: a JSON array of `{ "text": "…", "lang": "ru" }`, one to `maxQuizOffers` long.
 * @internal Validation schema; not part of the public API.
 */
export const quizSetSchema = z.array(quizOfferSchema).check(z.minLength(1), z.maxLength(maxQuizOffers));

/** Why a trainer's set could not be used. */
export type QuizSetErrorCode = 'quiz/offers-not-json' | 'quiz/offers-invalid';

/**
 * A trainer's set of offers (the `offers` attribute or property of `<safe-offer-quiz>`) is not JSON,
 * or not an array of offers. The quiz shows its bundled offers instead; the zod issues are `cause`.
 */
export class QuizSetError extends SafeError<QuizSetErrorCode> {

  constructor(code: QuizSetErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'QuizSetError';
  }
}

/**
 * Parses a trainer's set from the attribute's JSON text or from a value set as a property. Throws
 * `QuizSetError`; the message names the first problem and its place ("offers[2].text").
 */
export function parseQuizSet(input: unknown): QuizOffer[] {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new QuizSetError('quiz/offers-not-json', 'offers is not JSON: write an array such as [{"text": "…", "lang": "ru"}]', { cause: error });
    }
  }
  const parsed = quizSetSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `offers${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}` : 'offers';
    throw new QuizSetError(
      'quiz/offers-invalid',
      `${where}: ${issue?.message ?? 'not a set of offers'} (expected 1 to ${maxQuizOffers} offers, each {"text": 1 to ${maxOfferLength} characters, "lang": one of ${offerLanguages.join(', ')}})`,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}


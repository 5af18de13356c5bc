/**
 * The questions an advertisement cannot answer, and how each answer maps to the same signals the
 * text rules use. The widget asks them in plain words (keyed by question id); the SDK only maps.
 */
import * as z from 'zod/mini';
import type { AdviceCode } from './types.js';

/** Possible answers to every question. */
export const questionAnswers = ['yes', 'no', 'unknown'] as const;

/** An answer: yes, no, or "I don't know". */
export type QuestionAnswer = (typeof questionAnswers)[number];

/** What one answer means: a risk signal, a reassuring sign, or only advice. */
export interface AnswerEffect {
  /** The flag rule id the answer raises. */
  flag?: string;
  /** The reassurance rule id the answer gives. */
  reassurance?: string;
  /** Advice the answer calls for. */
  advice?: readonly AdviceCode[];
}

/** One question: its id (also its message id) and the effect of each answer. */
export interface OfferQuestion {
  readonly id: string;
  readonly effects: Readonly<Partial<Record<QuestionAnswer, AnswerEffect>>>;
}

/**
 * The questions, in the order the widget asks them. Sources: ILO General principles for fair
 * recruitment (2016) and definition of recruitment fees (2019), IOM IRIS, Polaris, and the
 * Uzbekistan Migration Agency's warning that Korea's EPS goes only through the state agency.
 */
export const offerQuestions = [
  {
    id: 'fees',
    effects: {
      yes: { flag: 'recruitment-fee', advice: ['never-pay-fees'] },
      no: { reassurance: 'no-fees-stated' },
      unknown: { advice: ['never-pay-fees'] },
    },
  },
  {
    id: 'passport',
    effects: {
      yes: { flag: 'passport-retention', advice: ['keep-your-passport'] },
      no: { reassurance: 'keeps-own-passport' },
      unknown: { advice: ['ask-who-keeps-passport'] },
    },
  },
  {
    id: 'contract',
    effects: {
      yes: { reassurance: 'written-contract' },
      no: { flag: 'no-contract', advice: ['ask-written-contract'] },
      unknown: { advice: ['ask-written-contract'] },
    },
  },
  {
    id: 'repay-travel',
    effects: {
      yes: { flag: 'cost-deducted-from-pay', advice: ['ask-who-pays-travel'] },
      unknown: { advice: ['ask-who-pays-travel'] },
    },
  },
  {
    id: 'met-employer',
    effects: {
      yes: { reassurance: 'employer-known' },
      no: { flag: 'employer-unverified', advice: ['ask-company-details'] },
      unknown: { advice: ['ask-company-details'] },
    },
  },
  {
    id: 'licensed-agency',
    effects: {
      yes: { reassurance: 'licensed-agency' },
      no: { flag: 'unlicensed-agency', advice: ['check-agency-licence'] },
      unknown: { advice: ['check-agency-licence'] },
    },
  },
  {
    id: 'state-programme',
    effects: {
      yes: { flag: 'official-channel-bypass', advice: ['use-official-channel'] },
      unknown: { advice: ['use-official-channel'] },
    },
  },
  {
    id: 'partner',
    effects: {
      yes: { flag: 'recruited-by-partner', advice: ['keep-in-touch'] },
    },
  },
  {
    id: 'work-visa',
    effects: {
      yes: { reassurance: 'work-permit' },
      no: { flag: 'tourist-visa-work', advice: ['ask-work-visa'] },
      unknown: { advice: ['ask-work-visa'] },
    },
  },
  {
    id: 'secrecy',
    effects: {
      yes: { flag: 'secrecy', advice: ['keep-in-touch'] },
    },
  },
] as const satisfies readonly OfferQuestion[];

/** The id of a question. */
export type OfferQuestionId = (typeof offerQuestions)[number]['id'];

/** Every question id, in order. */
export const offerQuestionIds = offerQuestions.map((q) => q.id) as readonly OfferQuestionId[];

/** Answers given so far; a question not answered is simply absent. */
export type OfferAnswers = Partial<Record<OfferQuestionId, QuestionAnswer>>;

/**
 * Answers as they come from outside (a form, a stored draft): checked before use.
 * @internal Validation schema; not part of the public API.
 */
export const offerAnswersSchema = z.partialRecord(z.enum(offerQuestionIds as unknown as [OfferQuestionId, ...OfferQuestionId[]]), z.enum(questionAnswers));

/** The effects of a set of answers, in question order. */
export function answerEffects(answers: OfferAnswers): AnswerEffect[] {
  const effects: AnswerEffect[] = [];
  for (const question of offerQuestions as readonly OfferQuestion[]) {
    const answer = answers[question.id as OfferQuestionId];
    const effect = answer ? question.effects[answer] : undefined;
    if (effect) effects.push(effect);
  }
  return effects;
}

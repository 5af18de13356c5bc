/**
 * The quiz's model without zod and without the DOM: each offer cut into phrases a learner can mark,
 * the learner's marks scored against the engine's evidence, and the short result code a learner
 * reads out to the trainer. The element imports this on its first screen; the schema that checks a
 * trainer's set (quiz-set.ts) loads only when a page gives one.
 */
import type { checkOffer, OfferCheckResult, OfferFlag, OfferLanguage, OfferLevel } from './engine.js';
import { offerLevels } from './engine.js';

/** One practice offer: its text and, when the trainer knows it, the language it is written in. */
export interface QuizOffer {
  /** The offer as the learner sees it; every company, number and handle in it should be invented. */
  text: string;
  /** The offer's language, for the engine; detected when absent. */
  lang?: OfferLanguage | undefined;
}

/** A stretch of an offer the learner can mark: UTF-16 offsets into the offer's text, end exclusive. */
export interface Phrase {
  start: number;
  end: number;
  text: string;
}

/**
 * Cuts an offer into phrases: at the end of a sentence, a comma, a colon or a semicolon followed by
 * a space, at after a dash between spaces, and at line breaks. A phrase keeps its closing punctuation, so
 * the offer reads as written when its phrases are shown one after another. The gaps between phrases
 * are only white space.
 */
export function splitPhrases(text: string): Phrase[] {
  const phrases: Phrase[] = [];
  const boundary = /[.!?…;:,]+(?=\s)|\s[-–—](?=\s)|\n/gu;
  let from = 0;
  const push = (start: number, end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) phrases.push({ start: start + lead, end: start + lead + body.length, text: body });
  };
  for (const match of text.matchAll(boundary)) {
    const cut = match.index + match[0].length;
    push(from, cut);
    from = cut;
  }
  push(from, text.length);
  return phrases;
}

/** Each offer's phrases, cut once: a trainer's offer may be 50,000 characters long. */
const phraseCache = new WeakMap<QuizOffer, Phrase[]>();

/** The phrases of `offer` a learner marks before the engine has spoken (or loaded), cut once per offer. */
export function phrasesOf(offer: QuizOffer): Phrase[] {
  let found = phraseCache.get(offer);
  if (!found) phraseCache.set(offer, (found = splitPhrases(offer.text)));
  return found;
}

/** What the engine finds in one offer, with each sign tied to the phrases that show it. */
export interface OfferKey {
  result: OfferCheckResult;
  phrases: Phrase[];
  /** For each flag with evidence in the text: the indexes of the phrases its evidence touches. */
  signs: { flag: OfferFlag; phrases: number[] }[];
}

/** Runs the engine (`check`, the SDK's `checkOffer`, which loads after the quiz's first screen) on one offer and ties each sign to its phrases. */
export function answerKey(offer: QuizOffer, check: typeof checkOffer): OfferKey {
  const result = check(offer.text, offer.lang ? { lang: offer.lang } : undefined);
  const phrases = splitPhrases(offer.text);
  const signs = result.flags
    .map((flag) => ({
      flag,
      phrases: phrases.flatMap((p, i) => (flag.evidence.some((e) => e.start < p.end && e.end > p.start) ? [i] : [])),
    }))
    .filter((sign) => sign.phrases.length > 0);
  return { result, phrases, signs };
}

/** How one answer scored: a point per sign found, one for the right level, one off per phrase marked with no sign in it. */
export interface OfferScore {
  /** The flag ids the learner marked at least one phrase of. */
  found: string[];
  /** The flag ids the learner marked no phrase of. */
  missed: string[];
  /** The indexes of marked phrases in which the engine finds no sign. */
  extra: number[];
  levelRight: boolean;
  points: number;
  max: number;
}

/** Scores the phrases a learner marked (indexes into `key.phrases`) and the level they chose. */
export function scoreAnswer(key: OfferKey, marked: ReadonlySet<number>, level: OfferLevel | undefined): OfferScore {
  const found: string[] = [];
  const missed: string[] = [];
  for (const sign of key.signs) (sign.phrases.some((i) => marked.has(i)) ? found : missed).push(sign.flag.id);
  const withSigns = new Set(key.signs.flatMap((s) => s.phrases));
  const extra = [...marked].filter((i) => !withSigns.has(i)).sort((a, b) => a - b);
  const levelRight = level === key.result.level;
  return {
    found,
    missed,
    extra,
    levelRight,
    points: Math.max(0, found.length - extra.length) + (levelRight ? 1 : 0),
    max: key.signs.length + 1,
  };
}

/** A learner's whole round: their points, the most they could get, and what they missed. */
export interface RoundResult {
  points: number;
  max: number;
  levelsRight: number;
  offers: number;
  missed: string[];
}

/** Adds up the scores of a round. */
export function totalOf(scores: readonly OfferScore[]): RoundResult {
  return {
    points: scores.reduce((n, s) => n + s.points, 0),
    max: scores.reduce((n, s) => n + s.max, 0),
    levelsRight: scores.filter((s) => s.levelRight).length,
    offers: scores.length,
    missed: scores.flatMap((s) => s.missed),
  };
}

const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A four-letter mark of a set of offers, so a code from another set is told apart. */
export function setMark(offers: readonly QuizOffer[]): string {
  let hash = 0x811c9dc5;
  for (const offer of offers) {
    for (let i = 0; i < offer.text.length; i++) hash = Math.imul(hash ^ offer.text.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0x1f, 0x01000193) >>> 0;
  }
  let mark = '';
  for (let i = 0; i < 4; i++) {
    mark += codeAlphabet[hash % 32];
    hash = Math.floor(hash / 32);
  }
  return mark;
}

function checkLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum * 31 + body.charCodeAt(i)) % 32;
  return codeAlphabet[sum]!;
}

/**
 * The code a learner reads out or shows to the trainer at the end of a round on their own phone:
 * the set's mark, the points and the maximum, and a check letter (`K3F9-7-12-Q`). It says nothing
 * about the learner.
 */
export function resultCode(mark: string, points: number, max: number): string {
  const body = `${mark}-${points}-${max}`;
  return `${body}-${checkLetter(body)}`;
}

/** What a code the trainer typed holds, or why it could not be read. */
export type ParsedCode = { ok: true; points: number; max: number } | { ok: false; problem: 'unreadable' | 'other-set' };

/** Reads a result code made with one of the sets `marks` names; spaces, case and `O` for `0` are forgiven. */
export function parseResultCode(input: string, marks: readonly string[]): ParsedCode {
  const code = input.trim().toUpperCase().replace(/\s+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const match = /^([0-9A-Z]{4})-(\d{1,3})-(\d{1,3})-([0-9A-Z])$/.exec(code);
  if (!match) return { ok: false, problem: 'unreadable' };
  const [, codeMark, points, max, letter] = match as unknown as [string, string, string, string, string];
  if (checkLetter(`${codeMark}-${Number(points)}-${Number(max)}`) !== letter || Number(points) > Number(max) || Number(max) === 0) {
    return { ok: false, problem: 'unreadable' };
  }
  if (!marks.includes(codeMark)) return { ok: false, problem: 'other-set' };
  return { ok: true, points: Number(points), max: Number(max) };
}

/** The levels in the order the learner chooses from them. */
export const quizLevels: readonly OfferLevel[] = offerLevels;

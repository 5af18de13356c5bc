/**
 * The shape of the rules (src/data/offer-rules): rules are data, checked by this schema once when
 * they are compiled. See docs/offer-check.md for how to write one.
 */
import * as z from 'zod/mini';
import { adviceCodes, offerDimensions, offerLanguages, signalStrengths } from './types.js';
import { countryCodePattern } from '../rules.js';

/**
 * Signals the extractors (code, not patterns) provide; rules refer to them in `when`.
 * - `pay-high`: pay of at least about US$2,500 a month (or the same per day, week or hour);
 * - `pay-very-high`: at least about US$5,000 a month;
 * - `age-young`: an age limit or range whose top is 30 or less;
 * - `age-minor`: an age range or lower limit under 18;
 * - `messenger-contact`: a t.me / wa.me link or an @handle;
 * - `official-contact`: an e-mail address on a company domain or a website that is not a messenger;
 * - `personal-card`: a bank-card number (16 digits that pass the Luhn check);
 * - `money-sum`: a sum of money with no pay period after it ("300 EUR", "1500$"): a price, not pay;
 * - `pay-above-local`: pay at least twice the typical full-time monthly wage of the country
 *   it is paid in (see src/data/wages), after converting its period (hour, shift, day, week) and,
 *   when the offer says so, its few hours a day to full time;
 * - `pay-far-above-local`: at least 5 times that wage;
 * - `short-hours`: a working day of four hours or less ("2-3 hours a day", "2–3 часа в день").
 */
export const extractorSignals = [
  'pay-high',
  'pay-very-high',
  'age-young',
  'age-minor',
  'messenger-contact',
  'official-contact',
  'personal-card',
  'money-sum',
  'pay-above-local',
  'pay-far-above-local',
  'short-hours',
  'long-day',
  'long-shift',
] as const;

/** A signal an extractor provides. */
export type ExtractorSignal = (typeof extractorSignals)[number];

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by "-"'));

/**
 * Patterns per language, in the pattern language of pattern.ts.
 * @internal Validation schema; not part of the public API.
 */
export const languagePatternsSchema = z.partialRecord(z.enum(offerLanguages), z.array(z.string().check(z.minLength(2))));

/**
 * One way a rule can hold because other signals hold: all of `all`, and none of `none`. With
 * `within`, every part must show inside one clause (clauses end at `. , ; : ! ?`, brackets, line
 * breaks and spaced dashes) or one sentence, and `none` is looked for only there: "паспорта
 * собирает наш координатор" is a document, a verb of taking and a holder in one clause, while the
 * same three words scattered over an offer say nothing.
 * @internal Validation schema; not part of the public API.
 */
export const conjunctionSchema = z.strictObject({
  all: z.array(id).check(z.minLength(1)),
  none: z.optional(z.array(id)),
  within: z.optional(z.enum(['clause', 'sentence'])),
});

const common = {
  id,
  /** What the patterns match, per language. */
  patterns: z.optional(languagePatternsSchema),
  /** Holds also when any of these conjunctions of earlier signals holds. */
  when: z.optional(z.array(conjunctionSchema).check(z.minLength(1))),
  /** A match is dropped when a negation stands next to it ("no fees", "предоплата не нужна"). */
  negatable: z.optional(z.boolean()),
  /** The reassurance that a negated match becomes instead ("no fees" → `no-fees-stated`). */
  onNegated: z.optional(id),
  /**
   * A match of the rule's patterns is dropped when one of these signals stands in the same clause
   * (or sentence): a passport "collected for the embassy and returned" is not kept, tax "deducted
   * from your salary" is not a debt.
   */
  unless: z.optional(z.strictObject({ any: z.array(id).check(z.minLength(1)), within: z.enum(['clause', 'sentence']) })),
  /** Why the rule exists or where it comes from; never shown to people. */
  note: z.optional(z.string()),
};

/**
 * A fact used by other rules and never shown on its own (a destination, "no experience needed").
 * @internal Validation schema; not part of the public API.
 */
export const cueRuleSchema = z.strictObject({
  kind: z.literal('cue'),
  ...common,
  /** For destination cues: the country (ISO 3166-1 alpha-2) the patterns name. */
  country: z.optional(z.string().check(z.regex(countryCodePattern))),
});

/**
 * A recruitment risk signal, shown to people with its explanation and advice.
 * @internal Validation schema; not part of the public API.
 */
export const flagRuleSchema = z.strictObject({
  kind: z.literal('flag'),
  ...common,
  dimension: z.enum(offerDimensions),
  strength: z.enum(signalStrengths),
  /** The ILO/EC operational indicator this signal points to. */
  indicator: id,
  advice: z.array(z.enum(adviceCodes)),
  /** Flags this one replaces when both hold (a stronger form of the same signal). */
  suppresses: z.optional(z.array(id)),
  /**
   * Reassurances never lower the level below `medium` while this flag holds: a fee or a missing
   * contract is not made safe by a licence number.
   */
  firm: z.optional(z.boolean()),
  /**
   * Weak context, not an indicator (a messenger-only contact, haste): it adds to the score but is
   * never one of the signals that the combination rule counts, so it never lifts a level to `high`.
   */
  context: z.optional(z.boolean()),
});

/**
 * A sign that usually goes with a fair offer; it lowers the score a little and never hides a flag.
 * @internal Validation schema; not part of the public API.
 */
export const reassuranceRuleSchema = z.strictObject({
  kind: z.literal('reassurance'),
  ...common,
});

/** @internal Validation schema; not part of the public API. */
export const offerRuleSchema = z.discriminatedUnion('kind', [cueRuleSchema, flagRuleSchema, reassuranceRuleSchema]);

/**
 * Words that turn a match around: just before it ("no", "без"), just after it ("emas", "жоқ"), or
 * anywhere in its clause for warnings ("do not trust intermediaries who promise …").
 * @internal Validation schema; not part of the public API.
 */
export const negatorsSchema = z.strictObject({
  before: languagePatternsSchema,
  after: languagePatternsSchema,
  warnings: languagePatternsSchema,
});

/**
 * The whole rule set.
 * @internal Validation schema; not part of the public API.
 */
export const offerRuleSetSchema = z.strictObject({
  /** A version that changes whenever a rule changes, so results can be traced to the rules. */
  version: z.string().check(z.minLength(1)),
  rules: z.array(offerRuleSchema).check(z.minLength(1)),
  negators: negatorsSchema,
});

export type { Conjunction, CueRule, FlagRule, LanguagePatterns, OfferRule, OfferRuleSet, ReassuranceRule } from './rule-types.js';

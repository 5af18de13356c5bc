/**
 * The offer rules' shapes as plain types, so that the public API shows no zod type; rule-schema.ts
 * checks data against these shapes at run time and test/sdk/schema-types.node.test.ts proves the
 * two agree.
 */
import type { AdviceCode, OfferDimension, OfferLanguage, SignalStrength } from './types.js';

/** Patterns per language, in the pattern language of docs/offer-check.md. */
export type LanguagePatterns = Partial<Record<OfferLanguage, string[]>>;

/** How far apart the parts of a conjunction or an `unless` may be: one clause or one sentence. */
export type RuleScope = 'clause' | 'sentence';

/**
 * One way a rule can hold because other signals hold: all of `all`, and none of `none`; with
 * `within`, all inside one clause or sentence.
 */
export interface Conjunction {
  all: string[];
  none?: string[];
  within?: RuleScope;
}

/** Signals that drop a rule's match when one stands in the same clause or sentence. */
export interface RuleException {
  any: string[];
  within: RuleScope;
}

/** What every rule has. */
export interface RuleCommon {
  /** Lower-case words joined by `-`. */
  id: string;
  /** What the patterns match, per language. */
  patterns?: LanguagePatterns;
  /** Holds also when any of these conjunctions of earlier signals holds. */
  when?: Conjunction[];
  /** A match is dropped when a negation stands next to it ("no fees"). */
  negatable?: boolean;
  /** The reassurance that a negated match becomes instead ("no fees" → `no-fees-stated`). */
  onNegated?: string;
  /** A match is dropped when one of these signals stands in the same clause (or sentence). */
  unless?: RuleException;
  /** Why the rule exists or where it comes from; never shown to people. */
  note?: string;
}

/** A fact used by other rules and never shown on its own (a destination, "no experience needed"). */
export interface CueRule extends RuleCommon {
  kind: 'cue';
  /** For destination cues: the country (ISO 3166-1 alpha-2) the patterns name. */
  country?: string;
}

/** A recruitment risk signal, shown to people with its explanation and advice. */
export interface FlagRule extends RuleCommon {
  kind: 'flag';
  dimension: OfferDimension;
  strength: SignalStrength;
  /** The ILO/EC operational indicator this signal points to. */
  indicator: string;
  advice: AdviceCode[];
  /** Flags this one replaces when both hold (a stronger form of the same signal). */
  suppresses?: string[];
  /** Reassurances never lower the level below `medium` while this flag holds. */
  firm?: boolean;
  /** Weak context, not an indicator: it adds to the score but never lifts a level to `high`. */
  context?: boolean;
}

/** A sign that usually goes with a fair offer; it lowers the score a little and never hides a flag. */
export interface ReassuranceRule extends RuleCommon {
  kind: 'reassurance';
}

/** One rule of the offer check. */
export type OfferRule = CueRule | FlagRule | ReassuranceRule;

/**
 * Words that turn a match around: just before it, just after it, or anywhere in its clause for
 * warnings. A type alias, not an interface, so that `Object.values(negators)` keeps its type.
 */
export type Negators = {
  before: LanguagePatterns;
  after: LanguagePatterns;
  warnings: LanguagePatterns;
};

/** The whole rule set. */
export interface OfferRuleSet {
  /** A version that changes whenever a rule changes, so results can be traced to the rules. */
  version: string;
  rules: OfferRule[];
  negators: Negators;
}

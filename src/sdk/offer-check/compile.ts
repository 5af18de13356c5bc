/**
 * The rule compiler: checks a rule set against its schema and its cross-references, compiles every
 * pattern (with its script-bridge variants) once, and indexes the RegExps by the first two
 * characters a match can start with.
 */
import * as z from 'zod/mini';
import { OfferCheckError } from './errors.js';
import {
  PatternSyntaxError,
  kazakhLatinVariant,
  parsePattern,
  patternKeys,
  patternWeight,
  toRegexSource,
  uzbekCyrillicVariant,
  WORD_END,
} from './pattern.js';
import type { PatternNode } from './pattern.js';
import { extractorSignals, offerRuleSetSchema } from './rule-schema.js';
import type { LanguagePatterns, OfferRule, OfferRuleSet } from './rule-schema.js';
import { offerQuestions } from './questionnaire.js';
import type { OfferQuestion } from './questionnaire.js';
import type { OfferLanguage } from './types.js';

/** The pseudo-rule index of negations that stand before a match. */
export const NEGATOR_BEFORE = -1;
/** The pseudo-rule index of negations that stand after a match. */
export const NEGATOR_AFTER = -2;
/** The pseudo-rule index of warnings that negate every match in their clause. */
export const NEGATOR_WARNING = -3;

/**
 * One sticky RegExp to try at a word start, and the rule (or negator list) it belongs to. The
 * RegExp is built the first time a text reaches it, so a page that checks one offer pays only for
 * the patterns that offer's words can start.
 */
export class Candidate {
  #re: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly rule: number,
  ) {}

  get re(): RegExp {
    this.#re ??= new RegExp(this.source, 'uy');
    return this.#re;
  }
}

/** A rule set ready to match: build it once with `compileOfferRules` and reuse it. */
export interface CompiledOfferRules {
  /** The rule set's version. */
  readonly version: string;
  /** The rules, in evaluation order. */
  readonly rules: readonly OfferRule[];
  /** Position of each rule by id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /**
   * Candidates by the first two UTF-16 units of a word, `(first << 16) | second`, or by the first
   * unit alone, `(first << 16) | 0xffff`, for patterns whose first word is one character long.
   */
  readonly byKey: ReadonlyMap<number, readonly Candidate[]>;
  /** First units that have candidates keyed by that unit alone. */
  readonly singles: ReadonlySet<number>;
  /** How many patterns were compiled, script-bridge variants included. */
  readonly patternCount: number;
}


/** The second half of the key of a pattern whose first word is one character. */
export const SINGLE = 0xffff;

/** The spellings a pattern is matched in: its own, and the other script for Uzbek, Kazakh and Kyrgyz. */
function variants(lang: OfferLanguage, nodes: PatternNode[]): PatternNode[][] {
  const out = [nodes];
  if (lang === 'kk' || lang === 'ky') {
    const latin = kazakhLatinVariant(nodes);
    if (latin) out.push(latin);
  } else if (lang === 'uz') {
    const cyrillic = uzbekCyrillicVariant(nodes);
    if (cyrillic) out.push(cyrillic);
  }
  return out;
}

interface Pending {
  source: string;
  weight: number;
}

/**
 * Checks and compiles a rule set. With `eager`, every RegExp is built now (tests do this, so a
 * pattern that does not compile fails there); otherwise each is built on first use. Throws `OfferCheckError` (`offer-check/invalid-rules`) listing
 * every problem: schema errors, unknown or later references in `when`, `onNegated` that is not a
 * reassurance, patterns that do not compile, answers mapped to rules that do not exist.
 */
export function compileOfferRules(input: OfferRuleSet | unknown, options: { eager?: boolean } = {}): CompiledOfferRules {
  const parsed = offerRuleSetSchema.safeParse(input);
  if (!parsed.success) {
    throw new OfferCheckError(
      'offer-check/invalid-rules',
      `The offer rules do not match their schema:\n${z.prettifyError(parsed.error)}`,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      { cause: parsed.error },
    );
  }
  const set = parsed.data;
  const issues: string[] = [];
  const indexOf = new Map<string, number>();
  const kinds = new Map<string, OfferRule['kind']>();
  for (const [i, rule] of set.rules.entries()) {
    if (indexOf.has(rule.id)) issues.push(`rules.${i}: the id "${rule.id}" is used twice`);
    indexOf.set(rule.id, i);
    kinds.set(rule.id, rule.kind);
  }
  const extractors = new Set<string>(extractorSignals);

  const groups = new Map<number, Map<number, Pending[]>>();
  let patternCount = 0;
  const singles = new Set<number>();
  const addPatterns = (ruleIndex: number, where: string, patterns: LanguagePatterns | undefined) => {
    for (const [lang, list] of Object.entries(patterns ?? {}) as [OfferLanguage, string[]][]) {
      for (const [p, pattern] of list.entries()) {
        try {
          const nodes = parsePattern(pattern);
          for (const variant of variants(lang, nodes)) {
            const keys = patternKeys(pattern, variant);
            const source = toRegexSource(variant);
            if (options.eager) new RegExp(source, 'uy');
            patternCount += 1;
            for (const key of keys) {
              const code = (key.charCodeAt(0) << 16) | (key.length > 1 ? key.charCodeAt(1) : SINGLE);
              if (key.length === 1) singles.add(key.charCodeAt(0));
              let byRule = groups.get(code);
              if (!byRule) groups.set(code, (byRule = new Map()));
              const list2 = byRule.get(ruleIndex) ?? [];
              list2.push({ source, weight: patternWeight(variant) });
              byRule.set(ruleIndex, list2);
            }
          }
        } catch (error) {
          const reason = error instanceof PatternSyntaxError ? error.message : `pattern "${pattern}": ${String(error)}`;
          issues.push(`${where}.patterns.${lang}.${p}: ${reason}`);
        }
      }
    }
  };

  for (const [i, rule] of set.rules.entries()) {
    const where = `rules.${i} (${rule.id})`;
    addPatterns(i, where, rule.patterns);
    for (const [c, conjunction] of (rule.when ?? []).entries()) {
      for (const ref of [...conjunction.all, ...(conjunction.none ?? [])]) {
        const at = indexOf.get(ref);
        if (!extractors.has(ref) && (at === undefined || at >= i)) {
          issues.push(`${where}.when.${c}: "${ref}" is not an extractor signal or a rule defined before this one`);
        }
      }
    }
    if (rule.onNegated && kinds.get(rule.onNegated) !== 'reassurance') {
      issues.push(`${where}.onNegated: "${rule.onNegated}" is not a reassurance rule`);
    }
    if (rule.onNegated && !rule.negatable) issues.push(`${where}.onNegated: the rule is not negatable`);
    if (rule.kind === 'flag') {
      for (const s of rule.suppresses ?? []) {
        if (kinds.get(s) !== 'flag') issues.push(`${where}.suppresses: "${s}" is not a flag rule`);
      }
    }
  }
  addPatterns(NEGATOR_BEFORE, 'negators.before', set.negators.before);
  addPatterns(NEGATOR_AFTER, 'negators.after', set.negators.after);
  addPatterns(NEGATOR_WARNING, 'negators.warnings', set.negators.warnings);

  for (const question of offerQuestions as readonly OfferQuestion[]) {
    for (const [answer, effect] of Object.entries(question.effects)) {
      if (effect?.flag && kinds.get(effect.flag) !== 'flag') issues.push(`questions.${question.id}.${answer}: no flag rule "${effect.flag}"`);
      if (effect?.reassurance && kinds.get(effect.reassurance) !== 'reassurance') {
        issues.push(`questions.${question.id}.${answer}: no reassurance rule "${effect.reassurance}"`);
      }
    }
  }

  if (issues.length > 0) {
    throw new OfferCheckError('offer-check/invalid-rules', `The offer rules have ${issues.length} problem(s):\n${issues.join('\n')}`, issues);
  }

  const byKey = new Map<number, Candidate[]>();
  for (const [code, byRule] of groups) {
    const candidates: Candidate[] = [];
    for (const [rule, pending] of byRule) {
      // Longer patterns first, so evidence covers the most specific match at a position.
      const sources = [...new Set(pending.sort((a, b) => b.weight - a.weight).map((p) => p.source))];
      const candidate = new Candidate(`(?:${sources.join('|')})${WORD_END}`, rule);
      if (options.eager) void candidate.re;
      candidates.push(candidate);
    }
    byKey.set(code, candidates);
  }
  return { version: set.version, rules: set.rules, indexOf, byKey, singles, patternCount };
}

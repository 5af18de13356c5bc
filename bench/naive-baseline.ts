// The naive baseline for the offer check's throughput: what a first attempt would do with the same
// rule data. Every pattern of every rule and negator, in every language, becomes its own RegExp
// (flags g, i, u; compiled once), run over the raw text with Unicode word boundaries; each match's
// start and end are kept. It does NOT normalise (no folding of look-alike letters, invisible
// characters, spaced-out words, Kazakh Latin or Uzbek Cyrillic spellings), does not map evidence
// back through a normalisation, does not look for negations, run the extractors (pay, ages,
// cards, contacts) or score: it does less work than the engine, so a faster engine is a real gain.
import { offerRuleSet } from '../src/sdk/index.js';
import type { BenchRow } from './types.js';

/** One pattern compiled on its own, with the rule (or negator list) it belongs to. */
export interface NaivePattern {
  rule: string;
  /** `flag`, `cue`, `reassurance`, or `negator` for the negation word lists. */
  kind: string;
  re: RegExp;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
const NOT_LETTER_OR_DIGIT = '[^\\p{L}\\p{N}]';
const SEP = `${NOT_LETTER_OR_DIGIT}{1,4}`;
const special = new Set([...'\\^$.*+?()[]{}|/']);

/**
 * The pattern language of the rules (docs/offer-check.md) written as a plain RegExp source over raw
 * text: a space is one to four characters that are not letters or digits, ` ~ ` up to two other
 * words, `*` a stem (any letters), `#` one to seven digits, `'` an optional apostrophe of any kind;
 * groups stay groups. Letters are taken as written: no folding beyond the `i` flag.
 */
export function naivePatternSource(pattern: string): string {
  const src = pattern.trim();
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === ' ') {
      while (src[i + 1] === ' ') i += 1;
      if (src[i + 1] === '~' && src[i + 2] === ' ') {
        i += 2;
        while (src[i + 1] === ' ') i += 1;
        out += `(?:${SEP}${LETTER_OR_DIGIT}{1,24}){0,2}${SEP}`;
      } else {
        out += SEP;
      }
    } else if (ch === '*') {
      out += '\\p{L}*';
    } else if (ch === '#') {
      out += '[0-9]{1,7}';
    } else if (ch === "'" || ch === 'ʻ' || ch === 'ʼ' || ch === '’') {
      out += "['’ʻʼ‘`]?";
    } else if (ch === '(') {
      out += '(?:';
    } else if (ch === ')' || ch === '|' || ch === '?') {
      out += ch;
    } else {
      out += special.has(ch) ? `\\${ch}` : ch;
    }
  }
  return `(?<!${LETTER_OR_DIGIT})(?:${out})(?!${LETTER_OR_DIGIT})`;
}

/** Every pattern of the bundled rules and negators, all languages, each as its own RegExp. */
export function naivePatterns(): NaivePattern[] {
  const list: NaivePattern[] = [];
  const add = (rule: string, kind: string, byLanguage: Partial<Record<string, string[]>> | undefined) => {
    for (const patterns of Object.values(byLanguage ?? {})) {
      for (const pattern of patterns ?? []) list.push({ rule, kind, re: new RegExp(naivePatternSource(pattern), 'giu') });
    }
  };
  for (const rule of offerRuleSet.rules) add(rule.id, rule.kind, rule.patterns);
  for (const [where, byLanguage] of Object.entries(offerRuleSet.negators)) add(`negator-${where}`, 'negator', byLanguage);
  return list;
}

/** Every match of every pattern in `text`, as [start, end] spans per rule. */
export function naiveCheck(text: string, patterns: readonly NaivePattern[]): Map<string, [number, number][]> {
  const found = new Map<string, [number, number][]>();
  for (const { rule, re } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      const list = found.get(rule);
      if (list) list.push(span);
      else found.set(rule, [span]);
    }
  }
  return found;
}

/**
 * Times the naive baseline on the postings the engine was timed on, the same way: the process's
 * CPU time for all of them, best of `runs` runs (three in a full bench), after a warm-up. `note`
 * goes into the row's name (the quick bench says there that it used fewer postings).
 */
export function naiveBaselineRow(postings: readonly string[], warmUp: readonly string[], runs = 3, note = ''): BenchRow {
  const patterns = naivePatterns();
  const flagRules = new Set(patterns.filter((p) => p.kind === 'flag').map((p) => p.rule));
  for (const text of warmUp) naiveCheck(text, patterns);
  let cpuSeconds = Infinity;
  let flagged = 0;
  for (let run = 0; run < runs; run++) {
    flagged = 0;
    const cpu = process.cpuUsage();
    for (const text of postings) {
      for (const rule of naiveCheck(text, patterns).keys()) {
        if (flagRules.has(rule)) {
          flagged += 1;
          break;
        }
      }
    }
    const used = process.cpuUsage(cpu);
    cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6);
  }
  return {
    name: `naive baseline, same postings: each of the ${patterns.length.toLocaleString('en-US')} rule patterns its own RegExp over the raw text, no normalisation, negation or scoring; per CPU-second, ${runs === 1 ? 'one run' : `best of ${runs}`}${note} (a flag pattern matches in ${Math.round((100 * flagged) / postings.length)}%)`,
    value: postings.length / cpuSeconds,
    unit: 'postings/s',
  };
}

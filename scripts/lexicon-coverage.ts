// How well each language's lexicon covers each concept, cue, reassurance, flag and negation list
// of the offer check (src/data/offer-rules): per rule, the number of patterns per language and the
// number of spellings they stand for (every alternative of every group, `(a|b)?` counted out), and
// where a language has much less than English and Russian — the two lexicons written by a fluent
// speaker and read against the most offers — or none.
//
//   npm run lexicon:coverage [-- --all] [-- --forms] [-- --markdown]
//
// A row is marked for a language when it has no pattern where English or Russian has one (`0`), or
// fewer than half the spellings of the smaller of the two (`!`). By default only rows with a mark
// are printed, biggest gap first; `--all` prints every row. `--forms` shows spellings in the cells
// instead of patterns. Uzbek is one lexicon for both scripts: its Latin patterns also match Uzbek
// Cyrillic (compile.ts), so `uz` is both. Every language's patterns are tried on every text, so a
// Russian loanword in a Kazakh, Kyrgyz, Tajik or Uzbek Cyrillic text is read by the Russian
// patterns too; the counts are of each language's own words. Destinations (names of places) are
// left out. The counts measure breadth, not quality: a language can
// have as many spellings as Russian and still miss how people write (patterns outside en and ru are
// drafts by a non-native speaker and need review).
import { concepts } from '../src/data/offer-rules/concepts.js';
import { cues } from '../src/data/offer-rules/cues.js';
import { flags } from '../src/data/offer-rules/flags.js';
import { negators } from '../src/data/offer-rules/negators.js';
import { reassurances } from '../src/data/offer-rules/reassurances.js';

const languages = ['en', 'ru', 'kk', 'ky', 'uz', 'tg', 'tk'] as const;
type Lang = (typeof languages)[number];
const thin: readonly Lang[] = ['kk', 'ky', 'uz', 'tg', 'tk'];

/**
 * How many spellings a pattern stands for: the alternatives of each group multiplied out, an
 * optional group counting its absence too. Capped, so one pattern of many groups cannot outweigh a list.
 */
export function spellings(pattern: string): number {
  let pos = 0;
  const sequence = (): number => {
    let n = 1;
    while (pos < pattern.length && pattern[pos] !== ')' && pattern[pos] !== '|') {
      if (pattern[pos] === '(') {
        pos += 1;
        let alternatives = sequence();
        while (pattern[pos] === '|') {
          pos += 1;
          alternatives += sequence();
        }
        pos += 1; // ')'
        if (pattern[pos] === '?') {
          pos += 1;
          alternatives += 1;
        }
        n *= alternatives;
      } else pos += 1;
    }
    return n;
  };
  let total = sequence();
  while (pattern[pos] === '|') {
    pos += 1;
    total += sequence();
  }
  return Math.min(total, 64);
}

interface Row {
  kind: string;
  id: string;
  patterns: Record<Lang, number>;
  forms: Record<Lang, number>;
}

function row(kind: string, id: string, byLang: Partial<Record<string, readonly string[]>>): Row {
  const patterns = {} as Record<Lang, number>;
  const forms = {} as Record<Lang, number>;
  for (const lang of languages) {
    const list = byLang[lang] ?? [];
    patterns[lang] = list.length;
    forms[lang] = list.reduce((sum, p) => sum + spellings(p), 0);
  }
  return { kind, id, patterns, forms };
}

export function coverageRows(): Row[] {
  const rows: Row[] = [];
  for (const [kind, rules] of [['concept', concepts], ['cue', cues], ['reassurance', reassurances], ['flag', flags]] as const) {
    // Destinations are names of places, shared by the Cyrillic languages through the Russian patterns: not a lexicon.
    for (const rule of rules) if (rule.patterns && !rule.id.startsWith('dest-')) rows.push(row(kind, rule.id, rule.patterns));
  }
  for (const part of ['before', 'after', 'warnings'] as const) rows.push(row('negator', part, negators[part] ?? {}));
  return rows;
}

/** The mark of one cell: `0` none where en or ru has some, `!` under half the smaller of en and ru. */
export function mark(r: Row, lang: Lang): '' | '0' | '!' {
  const reference = Math.min(r.forms.en, r.forms.ru);
  if (Math.max(r.forms.en, r.forms.ru) > 0 && r.forms[lang] === 0) return '0';
  if (reference > 0 && r.forms[lang] < reference / 2) return '!';
  return '';
}

/** How far the thin languages fall short of the smaller of en and ru, in spellings, summed. */
export function gap(r: Row): number {
  const reference = Math.min(r.forms.en, r.forms.ru);
  return thin.reduce((sum, lang) => sum + Math.max(0, reference - r.forms[lang]), 0);
}

function main(): void {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const showForms = args.includes('--forms');
  const rows = coverageRows();
  const shown = (all ? rows : rows.filter((r) => thin.some((l) => mark(r, l) !== ''))).sort((a, b) => gap(b) - gap(a) || a.id.localeCompare(b.id));
  const cell = (r: Row, l: Lang) => (mark(r, l) === '0' ? 'none' : `${showForms ? r.forms[l] : r.patterns[l]}${mark(r, l)}`);
  const name = (r: Row) => `${r.kind} ${r.id}`;
  const width = Math.max(...shown.map((r) => name(r).length), 4);
  console.log(
    `Lexicon coverage: ${showForms ? 'spellings' : 'patterns'} per language (uz is both scripts); ` +
      `0 = none where en or ru has some, ! = under half the spellings of the smaller of en and ru; gap = spellings short of it, summed over kk ky uz tg tk`,
  );
  console.log('');
  console.log(`| ${'rule'.padEnd(width)} | ${languages.map((l) => l.padStart(5)).join(' | ')} | ${'gap'.padStart(5)} |`);
  console.log(`|${'-'.repeat(width + 2)}|${languages.map(() => '------:').join('|')}|------:|`);
  for (const r of shown) console.log(`| ${name(r).padEnd(width)} | ${languages.map((l) => cell(r, l).padStart(5)).join(' | ')} | ${String(gap(r)).padStart(5)} |`);
  console.log('');
  const marks = (l: Lang) => rows.filter((r) => mark(r, l) !== '').length;
  const none = (l: Lang) => rows.filter((r) => mark(r, l) === '0').length;
  console.log(`rows: ${rows.length}; marked per language (none / under half): ${thin.map((l) => `${l} ${none(l)}/${marks(l) - none(l)}`).join(', ')}`);
  const total = (l: Lang) => rows.reduce((s, r) => s + r.forms[l], 0);
  console.log(`spellings in all: ${languages.map((l) => `${l} ${total(l)}`).join(', ')}; gap in all: ${rows.reduce((s, r) => s + gap(r), 0)}`);
}

if (process.argv[1] && /lexicon-coverage/.test(process.argv[1])) main();

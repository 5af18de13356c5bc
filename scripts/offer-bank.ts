// The offer check on the phrase bank (test/fixtures/offers/bank): per situation and language, how
// many of the six fragments that say the situation get its flag, and how many of the two harmless
// look-alikes wrongly get it. `--misses` lists the fragments read wrongly.
//
//   npm run offer:bank [-- --misses]
import { checkOffer } from '../src/sdk/index.js';
import { bankEntries, bankFlags, bankLanguages, bankSituations } from '../test/fixtures/offers/bank/index.js';
import type { BankEntry } from '../test/fixtures/offers/bank/index.js';

/** Whether the check gives an entry one of its situation's flags. */
export function fires(entry: BankEntry): boolean {
  const wanted = bankFlags[entry.situation] ?? [];
  return checkOffer(entry.text).flags.some((f) => wanted.includes(f.id));
}

const showMisses = process.argv.includes('--misses');
const cells = new Map<string, { pos: number; posOf: number; neg: number; negOf: number }>();
const misses: string[] = [];
for (const entry of bankEntries) {
  const key = `${entry.situation}\u0000${entry.lang}`;
  const cell = cells.get(key) ?? { pos: 0, posOf: 0, neg: 0, negOf: 0 };
  const hit = fires(entry);
  if (entry.means) {
    cell.posOf += 1;
    if (hit) cell.pos += 1;
    else misses.push(`  miss  ${entry.situation} ${entry.lang}: ${entry.text}`);
  } else {
    cell.negOf += 1;
    if (hit) {
      cell.neg += 1;
      misses.push(`  FALSE ${entry.situation} ${entry.lang}: ${entry.text}`);
    }
  }
  cells.set(key, cell);
}

const width = Math.max(...bankSituations.map((s) => s.length));
const header = `| ${'situation'.padEnd(width)} | ${bankLanguages.map((l) => l.padStart(9)).join(' | ')} | ${'all'.padStart(9)} |`;
const lines = [
  'Phrase bank: positives where the flag fires / 6, negatives where it wrongly fires / 2',
  '',
  header,
  `|${'-'.repeat(width + 2)}|${bankLanguages.map(() => `${'-'.repeat(10)}:`).join('|')}|${'-'.repeat(10)}:|`,
];
const total = { pos: 0, posOf: 0, neg: 0, negOf: 0 };
const perLang = new Map<string, typeof total>();
for (const situation of bankSituations) {
  const row = { pos: 0, posOf: 0, neg: 0, negOf: 0 };
  const parts = bankLanguages.map((lang) => {
    const c = cells.get(`${situation}\u0000${lang}`) ?? { pos: 0, posOf: 0, neg: 0, negOf: 0 };
    const l = perLang.get(lang) ?? { pos: 0, posOf: 0, neg: 0, negOf: 0 };
    for (const k of ['pos', 'posOf', 'neg', 'negOf'] as const) {
      row[k] += c[k];
      total[k] += c[k];
      l[k] += c[k];
    }
    perLang.set(lang, l);
    return `${c.pos}/${c.posOf} ${c.neg}/${c.negOf}`.padStart(9);
  });
  lines.push(`| ${situation.padEnd(width)} | ${parts.join(' | ')} | ${`${row.pos}/${row.posOf} ${row.neg}/${row.negOf}`.padStart(9)} |`);
}
const langParts = bankLanguages.map((lang) => {
  const l = perLang.get(lang)!;
  return `${l.pos}/${l.posOf} ${l.neg}/${l.negOf}`.padStart(9);
});
lines.push(`| ${'all'.padEnd(width)} | ${langParts.join(' | ')} | ${`${total.pos}/${total.posOf} ${total.neg}/${total.negOf}`.padStart(9)} |`);
lines.push('', `positives read: ${total.pos}/${total.posOf} (${((100 * total.pos) / total.posOf).toFixed(1)}%); negatives misread: ${total.neg}/${total.negOf}`);
if (showMisses) lines.push('', ...misses);
console.log(lines.join('\n'));

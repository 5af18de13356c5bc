// `npm run size`: the script-tag build's sizes as a table, beside their budgets.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { concepts } from '../src/data/offer-rules/concepts.js';
import { offerRuleSet } from '../src/data/offer-rules/index.js';
import { payReferences } from '../src/data/wages/pay-references.js';
import { budgets, measureCdn } from './sizes.js';

const rows = measureCdn();
const width = Math.max(...rows.map((r) => r.name.length));
const fmt = (n: number) => n.toLocaleString('en-US').padStart(9);
console.log(`| ${'bundle'.padEnd(width)} | ${'raw'.padStart(9)} | ${'gzip -9'.padStart(9)} | ${'brotli 11'.padStart(9)} | ${'budget'.padStart(9)} |`);
console.log(`|${'-'.repeat(width + 2)}|${'-'.repeat(10)}:|${'-'.repeat(10)}:|${'-'.repeat(10)}:|${'-'.repeat(10)}:|`);
for (const r of rows) {
  const budget = budgets[r.name];
  console.log(`| ${r.name.padEnd(width)} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} | ${budget ? fmt(budget) : '        —'} |`);
}

// The offer check's rules as data (every pattern, cue, flag and negation, as JSON): they ship in both
// offer widgets and the IIFE, so their growth is their bytes here.
const ruleRows: [string, unknown][] = [
  ['offer rules, all (JSON)', offerRuleSet],
  ['  of which concept lexicons', concepts],
  ['pay references (JSON)', payReferences],
];
console.log('');
console.log(`| ${'offer-check data'.padEnd(width)} | ${'raw'.padStart(9)} | ${'gzip -9'.padStart(9)} | ${'brotli 11'.padStart(9)} |`);
console.log(`|${'-'.repeat(width + 2)}|${'-'.repeat(10)}:|${'-'.repeat(10)}:|${'-'.repeat(10)}:|`);
for (const [name, data] of ruleRows) {
  const bytes = Buffer.from(JSON.stringify(data));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`| ${name.padEnd(width)} | ${fmt(bytes.length)} | ${fmt(gzip)} | ${fmt(brotli)} |`);
}

// `npm run size`: the script-tag build's sizes as a table, beside their budgets.
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

// The matcher's cost warm and cold, on the same work: tsx bench/offer-match-warm.ts [postings] [seed]
// bundles the work tree's matcher (esbuild, keepNames), normalises the bench's postings, and times
// `matchAll` three ways in turn, ten rounds each, in process CPU time per call: every posting once in
// turn; 20 of them (every 100th), each 100 times in a row, so that what one posting's matching
// reads and branches on stays warm; and the same 20 in turn, 100 rounds, the same calls with the
// postings interleaved. The last two do the same work, so their ratio is what locality alone is
// worth to the matcher on this machine (no hardware counters needed).
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { posting, random } from './offer-postings.js';

const count = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 99);
const dir = resolve('.cache/pair');
mkdirSync(dir, { recursive: true });
const out = join(dir, `match-warm-${Date.now()}.mjs`);
const contents = [
  "export { matchAll, bundledOfferRules } from './src/sdk/offer-check/check.ts';",
  "export { normalizeText } from './src/sdk/offer-check/normalize.ts';",
  "export { engineTables } from './src/sdk/offer-check/compile.ts';",
].join('\n');
await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', target: 'es2022', keepNames: true, outfile: out, logLevel: 'silent' });
type Norm = { matchView: string; words: { starts: Int32Array } };
const m = (await import(pathToFileURL(out).href)) as {
  matchAll: (view: string, w: Norm['words'], rules: unknown) => unknown;
  bundledOfferRules: () => unknown;
  engineTables: (rules: unknown) => unknown;
  normalizeText: (text: string) => Norm;
};
const next = random(seed);
const norms = Array.from({ length: count }, () => m.normalizeText(posting(next, 1500)));
const tables = m.engineTables(m.bundledOfferRules());
const step = Math.floor(count / 20);
const sample = Array.from({ length: 20 }, (_, k) => norms[k * step]!);
const timed = (calls: number, body: () => void) => {
  const cpu = process.cpuUsage();
  body();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / calls;
};
const ways = {
  'every posting once, in turn': () => timed(norms.length, () => { for (const n of norms) m.matchAll(n.matchView, n.words, tables); }),
  '20 of them, each 100 times in a row': () => timed(2000, () => { for (const n of sample) for (let r = 0; r < 100; r++) m.matchAll(n.matchView, n.words, tables); }),
  'the same 20 in turn, 100 rounds': () => timed(2000, () => { for (let r = 0; r < 100; r++) for (const n of sample) m.matchAll(n.matchView, n.words, tables); }),
};
for (let k = 0; k < 3; k++) for (const way of Object.values(ways)) way();
const times = new Map<string, number[]>(Object.keys(ways).map((name) => [name, []]));
const loadStart = loadavg()[0]!.toFixed(1);
for (let r = 0; r < 10; r++) for (const [name, way] of Object.entries(ways)) times.get(name)!.push(way());
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
process.stdout.write(`load ${loadStart} → ${loadavg()[0]!.toFixed(1)}; µs of CPU per matchAll, median (best):\n`);
for (const [name, xs] of times) process.stdout.write(`  ${name}: ${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)})\n`);

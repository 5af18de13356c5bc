// Paired runs of two builds' matcher alone (`matchAll`), in one process, on the bench's postings:
//   tsx bench/offer-match-pair.ts <commit> [postings] [rounds] [seed]
// bundles the offer check as it is at <commit> (from `git archive`, under .cache/pair/) and as it is
// in the work tree, both with esbuild's keepNames; normalises every posting once with each build;
// compares every match (rule, offsets, words) and negation word of the two first; warms each three
// times; then times `rounds` rounds of `matchAll` over the postings, alternating which goes first,
// in process CPU time, and prints µs of CPU per posting at the best round and the median. The rest
// of a check (normalising, extractors, the rule loop) is left out, so a change to the matcher is not
// lost in their share of the noise.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { posting, random } from './offer-postings.js';
import { pairDir, sourceAt } from './pair-source.js';

const [commit = 'HEAD', postingsArg = '2000', roundsArg = '16', seedArg = '20250401'] = process.argv.slice(2);
const count = Number(postingsArg);
const rounds = Number(roundsArg);
const dir = pairDir;
const baseDir = sourceAt(commit);
type Norm = { matchView: string; words: { starts: Int32Array } };
type Found = { found: Map<number, { start: number; end: number; firstWord: number; lastWord: number }[]>; negationWord: Uint8Array };
type Matcher = {
  matchAll: (view: string, w: Norm['words'], rules: unknown) => Found;
  bundledOfferRules: () => unknown;
  engineTables: (rules: unknown) => unknown;
  normalizeText: (text: string) => Norm;
};
async function bundle(root: string, out: string): Promise<Matcher> {
  const contents = [
    "export { matchAll, bundledOfferRules } from './src/sdk/offer-check/check.ts';",
    "export { normalizeText } from './src/sdk/offer-check/normalize.ts';",
    "export { engineTables } from './src/sdk/offer-check/compile.ts';",
  ].join('\n');
  await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', target: 'es2022', keepNames: true, outfile: out, logLevel: 'silent' });
  return (await import(pathToFileURL(out).href)) as Matcher;
}
const engines = [await bundle(baseDir, join(dir, `match-before-${commit}.mjs`)), await bundle(process.cwd(), join(dir, `match-after-${Date.now()}.mjs`))];

const next = random(Number(seedArg));
const postings = Array.from({ length: count }, () => posting(next, 1500));
const runs = engines.map((m) => ({ m, tables: m.engineTables(m.bundledOfferRules()), norms: postings.map((p) => m.normalizeText(p)) }));
const shown = (r: Found) => JSON.stringify([[...r.found].map(([rule, ms]) => [rule, ms.map((x) => [x.start, x.end, x.firstWord, x.lastWord])]), [...r.negationWord]]);
let differ = 0;
for (let k = 0; k < count; k++) {
  const [a, b] = runs.map(({ m, tables, norms }) => shown(m.matchAll(norms[k]!.matchView, norms[k]!.words, tables)));
  if (a !== b) differ += 1;
}
process.stdout.write(`matches compared: ${differ} of ${count} postings differ\n`);
const time = ({ m, tables, norms }: (typeof runs)[number]) => {
  const cpu = process.cpuUsage();
  for (const n of norms) m.matchAll(n.matchView, n.words, tables);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / count;
};
for (let k = 0; k < 3; k++) runs.forEach(time);
const times: [number[], number[]] = [[], []];
const loadStart = loadavg()[0]!.toFixed(1);
for (let r = 0; r < rounds; r++) for (const j of r % 2 === 0 ? [0, 1] : [1, 0]) times[j]!.push(time(runs[j]!));
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const best = (xs: number[]) => Math.min(...xs);
const f = (x: number) => x.toFixed(1);
process.stdout.write(
  `load ${loadStart} → ${loadavg()[0]!.toFixed(1)}; matchAll, µs of CPU per posting, best (median): before ${f(best(times[0]))} (${f(median(times[0]))}), after ${f(best(times[1]))} (${f(median(times[1]))}); change ${(100 * (best(times[1]) / best(times[0]) - 1)).toFixed(1)}% (${(100 * (median(times[1]) / median(times[0]) - 1)).toFixed(1)}%)\n`,
);

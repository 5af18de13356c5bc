// Paired runs of two builds of the offer check in one process, on the bench's postings:
//   tsx bench/offer-check-pair.ts <commit> [postings] [rounds] [seed]
// bundles src/sdk/index.ts as it is at <commit> (from `git archive`, under .cache/pair/) and as it
// is in the work tree, both with esbuild's keepNames as tsx (and so `npm run bench`) runs them;
// compares every result of the two first; warms each on 400 other postings twice; then times
// `rounds` rounds, alternating which goes first, in process CPU time, and prints µs of CPU per
// posting at the best round and the median.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { posting, random } from './offer-postings.js';
import { pairDir, sourceAt } from './pair-source.js';

const [commit = 'HEAD', postingsArg = '2000', roundsArg = '10', seedArg = '20250401'] = process.argv.slice(2);
const count = Number(postingsArg);
const rounds = Number(roundsArg);
const dir = pairDir;
const baseDir = sourceAt(commit);
async function bundle(root: string, out: string): Promise<string> {
  await build({ entryPoints: [join(root, 'src/sdk/index.ts')], bundle: true, format: 'esm', platform: 'node', target: 'es2022', keepNames: true, outfile: out, logLevel: 'silent' });
  return out;
}
type Engine = { checkOffers: (items: string[]) => Iterable<unknown>; bundledOfferRules: () => unknown };
const before = (await import(pathToFileURL(await bundle(baseDir, join(dir, `before-${commit}.mjs`))).href)) as Engine;
const after = (await import(pathToFileURL(await bundle(process.cwd(), join(dir, `after-${Date.now()}.mjs`))).href)) as Engine;

const next = random(Number(seedArg));
const postings = Array.from({ length: count }, () => posting(next, 1500));
const warm = Array.from({ length: 400 }, () => posting(next, 1500));
before.bundledOfferRules();
after.bundledOfferRules();
const a = [...before.checkOffers(postings)].map((r) => JSON.stringify(r));
const b = [...after.checkOffers(postings)].map((r) => JSON.stringify(r));
const differ = a.filter((r, k) => r !== b[k]).length;
process.stdout.write(`results compared: ${differ} of ${count} differ\n`);
for (let k = 0; k < 2; k++) for (const e of [before, after]) for (const _ of e.checkOffers(warm)) void _;

const time = (e: Engine) => {
  const cpu = process.cpuUsage();
  for (const _ of e.checkOffers(postings)) void _;
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / count;
};
const times: [number[], number[]] = [[], []];
const loadStart = loadavg()[0]!.toFixed(1);
for (let r = 0; r < rounds; r++) {
  if (r % 2 === 0) {
    times[0].push(time(before));
    times[1].push(time(after));
  } else {
    times[1].push(time(after));
    times[0].push(time(before));
  }
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const best = (xs: number[]) => Math.min(...xs);
const f = (x: number) => x.toFixed(1);
process.stdout.write(
  `load ${loadStart} → ${loadavg()[0]!.toFixed(1)}; µs of CPU per posting, best (median): before ${f(best(times[0]))} (${f(median(times[0]))}), after ${f(best(times[1]))} (${f(median(times[1]))}); change ${(100 * (best(times[1]) / best(times[0]) - 1)).toFixed(1)}% (${(100 * (median(times[1]) / median(times[0]) - 1)).toFixed(1)}%)\n`,
);

// Compiling the rules as they grow, in Node: the collections compiling sets off, and the most work
// in one step of it.
//   node --expose-gc --import tsx bench/offer-compile-growth.ts [factor] [root]
// compiles the bundled rules one step at a time (`compileSteps`, as the idle-time preparation does)
// — with a factor over 1, after adding that share more rules: copies of the first rules, each
// pattern behind an extra first word, so that every copy is new patterns, keys and trie nodes —
// and prints the steps, the most `prepareWork` units in one step, and the scavenges and
// mark-compacts during compiling (count, time in all, longest), from Node's `gc` performance
// entries. `root` is a checkout's directory (default the work tree), to compare a commit's code,
// e.g. one exported under .cache/pair/ by bench/offer-check-pair.ts.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const factor = Number(process.argv[2] ?? 1);
const root = resolve(process.argv[3] ?? '.');
const from = (path: string) => import(pathToFileURL(resolve(root, path)).href);
const { offerRuleSet } = (await from('src/sdk/index.ts')) as { offerRuleSet: { rules: Record<string, unknown>[] } };
const { compileSteps } = (await from('src/sdk/offer-check/compile.ts')) as { compileSteps: (set: unknown) => Generator<void, unknown> };
const { prepareWork } = (await from('src/sdk/offer-check/pattern.ts')) as { prepareWork?: { units: number } };

type Rule = { id: string; patterns?: Record<string, string[]>; when?: unknown; unless?: unknown; suppresses?: unknown; onNegated?: unknown; negatable?: boolean };
const set = structuredClone(offerRuleSet) as unknown as { rules: Rule[] };
const extra = Math.round(set.rules.length * (factor - 1));
for (let k = 0; k < extra; k++) {
  const rule = structuredClone(set.rules[k % set.rules.length]!);
  if (!rule.patterns || Object.keys(rule.patterns).length === 0) continue;
  rule.id = `${rule.id}-copy${k}`;
  // A copy refers to nothing, so that it is valid wherever it stands.
  delete rule.when;
  delete rule.unless;
  delete rule.suppresses;
  delete rule.onNegated;
  rule.negatable = false;
  for (const [lang, list] of Object.entries(rule.patterns)) rule.patterns[lang] = list.map((p) => `zq${k % 7}${'abcdefgh'[k % 8]} ${p}`);
  set.rules.push(rule);
}

const pauses = { minor: [] as number[], major: [] as number[] };
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) pauses.minor.push(entry.duration);
    else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) pauses.major.push(entry.duration);
  }
});
(globalThis as { gc?: () => void }).gc?.();
await new Promise((done) => setTimeout(done, 0));
observer.observe({ entryTypes: ['gc'] });
const load = loadavg()[0]!.toFixed(1);
const steps = compileSteps(set);
let most = 0;
let count = 0;
const start = performance.now();
for (;;) {
  const before = prepareWork?.units ?? 0;
  const step = steps.next();
  count += 1;
  most = Math.max(most, (prepareWork?.units ?? 0) - before);
  if (step.done) break;
}
const ms = performance.now() - start;
await new Promise((done) => setTimeout(done, 0));
observer.disconnect();
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const f = (xs: number[]) => `${xs.length}, ${sum(xs).toFixed(0)} ms in all, longest ${Math.max(0, ...xs).toFixed(1)} ms`;
process.stdout.write(
  `factor ${factor} (load ${load}): ${set.rules.length} rules, ${JSON.stringify(set).length} characters of JSON; ${count} steps in ${ms.toFixed(0)} ms, most work in a step ${prepareWork ? most : 'not counted'}; scavenges ${f(pauses.minor)}; mark-compacts ${f(pauses.major)}\n`,
);

// The idle-time preparation (`prepareOfferRules`) in fresh headless Chromium pages, two ways:
//
//   node --import tsx bench/offer-prepare-steps.ts [pages] [top]
// bundles the SDK as the bench does (esbuild, minified, one classic script); in each of `pages`
// fresh pages calls `prepareOfferRules(0)` until it is done — one step per call (a call takes at
// least one step, and another only when it would end within the budget) — and prints, per step,
// the minimum over the pages (preemption by other programs lands on a random step each time; a
// collection or a compile the engine's own allocation sets off lands on the same step each time, so
// the minimum keeps it), the longest such steps and the sum; then one traced page, a step per
// call, with the main thread's events of 1 ms or more inside each of the `top` longest steps; then
// one traced page running the bench's loop of 8 ms slices, with its slices and collections.
//
//   node --import tsx bench/offer-prepare-steps.ts --pair <commit> [pairs]
// paired runs of the bench's loop of 8 ms slices: the SDK as it is at <commit> (from `git archive`,
// under .cache/pair/, as bench/offer-check-pair.ts does) and as it is in the work tree, each in a
// fresh page, alternating which goes first, each slice a task of its own (a timer, as the widgets'
// idle callbacks are) in a traced page; prints each page's slices, their CPU time in all, the
// longest slice in wall time and in the main thread's CPU time (which preemption by other
// programs does not lengthen), and the load average; then, in another fresh page, the bench's own
// loop (one task) traced, with its longest slice and the main thread's longest collections; then
// the medians.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';

type TraceEvent = { name: string; cat?: string; ph: string; ts: number; dur?: number; tdur?: number; tid?: number; args?: { name?: string } };

const pageScript = (sdk: string) => `import { prepareOfferRules } from ${JSON.stringify(sdk)};
const g = globalThis as any;
g.steps = () => { performance.mark('sync'); const sync = performance.now(); const starts: number[] = []; const times: number[] = []; for (;;) { const t = performance.now(); starts.push(t - sync); const done = prepareOfferRules(0); times.push(performance.now() - t); if (done) return { starts, times }; } };
g.tasks = (budget: number) => new Promise((done) => { let slices = 0; const slice = () => { slices++; if (prepareOfferRules(budget)) done(slices); else setTimeout(slice, 0); }; setTimeout(slice, 0); });
g.slices = (budget: number) => { const times: number[] = []; for (;;) { const t = performance.now(); const done = prepareOfferRules(budget); times.push(performance.now() - t); if (done) return times; } };
`;

/** Bundles `root`'s SDK with the page script into `dir`; returns the page's address. */
async function bundle(root: string, dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, pageScript(join(root, 'src/sdk/index.ts')));
  await build({ entryPoints: [entry], bundle: true, format: 'iife', outfile: join(dir, 'bench.js'), platform: 'browser', target: 'es2022', logLevel: 'silent', minify: true });
  writeFileSync(join(dir, 'bench.html'), '<!doctype html><meta charset="utf-8"><script src="bench.js"></script>');
  return `file://${join(dir, 'bench.html')}`;
}

async function inPage<T>(browser: Browser, url: string, expression: string, trace = false): Promise<{ value: T; events: TraceEvent[] }> {
  const page = await browser.newPage();
  await page.goto(url);
  if (trace) await page.tracing.start({ categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const value = (await page.evaluate(expression)) as T;
  const events = trace ? (JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents : [];
  await page.close();
  return { value, events };
}

const load = () => loadavg()[0]!.toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
/** Wrappers around the page's own code, left out of a step's events. */
const wrappers = /^(RunTask|ThreadControllerImpl::RunTask|FunctionCall|v8\.callFunction|EvaluateScript|V8\.Execute|v8\.run|ProfileCall|RunMicrotasks|V8\.StackGuard|V8\.HandleInterrupts)$/;
const collection = /GC|Scaveng|MarkCompact/;

const dir = mkdtempSync(join(tmpdir(), 'offer-prep-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--allow-file-access-from-files'],
});
try {
  if (process.argv[2] === '--pair') {
    const commit = process.argv[3] ?? 'HEAD';
    const pairs = Number(process.argv[4] ?? 3);
    const baseDir = resolve('.cache/pair', commit);
    if (!existsSync(baseDir)) {
      mkdirSync(baseDir, { recursive: true });
      execSync(`git archive ${commit} src data | tar -x -C ${JSON.stringify(baseDir)}`);
    }
    const urls = { before: await bundle(baseDir, join(dir, 'before')), after: await bundle(process.cwd(), join(dir, 'after')) };
    const figures: Record<'before' | 'after', { longest: number[]; longestCpu: number[]; total: number[]; slices: number[]; loopLongest: number[]; scavenge: number[] }> = {
      before: { longest: [], longestCpu: [], total: [], slices: [], loopLongest: [], scavenge: [] },
      after: { longest: [], longestCpu: [], total: [], slices: [], loopLongest: [], scavenge: [] },
    };
    for (let p = 0; p < pairs; p++) {
      for (const which of p % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
        const at = load();
        // Each slice a task of its own (a timer), as the widgets' idle callbacks are: the trace
        // gives each its wall time and its thread's CPU time, which preemption does not lengthen.
        const { value: count, events } = await inPage<number>(browser, urls[which], 'tasks(8)', true);
        const main = events.find((e) => e.name === 'TimerFire')?.tid;
        const fired = events.filter((e) => e.name === 'TimerFire' && e.tid === main && e.ph === 'X');
        const wall = fired.map((e) => e.dur! / 1000);
        const cpu = fired.map((e) => (e.tdur ?? 0) / 1000);
        const longest = Math.max(...wall);
        const longestCpu = Math.max(...cpu);
        const total = cpu.reduce((a, b) => a + b, 0);
        figures[which].longest.push(longest);
        figures[which].longestCpu.push(longestCpu);
        figures[which].total.push(total);
        figures[which].slices.push(count);
        // What the longest slice in CPU time held: the main thread's events of 1 ms of CPU or more.
        const worst = fired[cpu.indexOf(longestCpu)]!;
        const inside = events
          .filter((e) => e.tid === main && e.ph === 'X' && e !== worst && e.ts >= worst.ts && e.ts + (e.dur ?? 0) <= worst.ts + worst.dur! && (e.tdur ?? 0) >= 1000 && !wrappers.test(e.name))
          .map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}`);
        process.stdout.write(`pair ${p + 1}, ${which.padEnd(6)} (load ${at}): ${count} slices (${fired.length} traced), ${total.toFixed(0)} ms of CPU in all, longest ${longest.toFixed(1)} ms wall, ${longestCpu.toFixed(1)} ms CPU; inside the longest in CPU time (wall/CPU ms): ${inside.slice(0, 8).join(', ')}\n`);
        // The bench's own loop (one task, no idle moment between slices), traced: its longest slice
        // and the main thread's longest collections.
        const loop = await inPage<number[]>(browser, urls[which], 'slices(8)', true);
        const loopMain = loop.events.find((e) => e.name === 'MinorGC')?.tid;
        const pauses = (name: string) => loop.events.filter((e) => e.tid === loopMain && e.ph === 'X' && e.name === name).map((e) => e.dur! / 1000);
        const minor = pauses('MinorGC');
        const major = pauses('MajorGC');
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        figures[which].loopLongest.push(Math.max(...loop.value));
        figures[which].scavenge.push(Math.max(0, ...minor));
        process.stdout.write(`        the bench's loop (load ${load()}): ${loop.value.length} slices, ${sum(loop.value).toFixed(0)} ms, longest ${Math.max(...loop.value).toFixed(1)} ms; scavenges ${minor.length}, ${sum(minor).toFixed(0)} ms, longest ${Math.max(0, ...minor).toFixed(1)} ms; mark-compacts ${major.length}, longest ${Math.max(0, ...major).toFixed(1)} ms\n`);
      }
    }
    for (const which of ['before', 'after'] as const) {
      const f = figures[which];
      const range = (xs: number[]) => `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
      process.stdout.write(`${which} (${which === 'before' ? commit : 'work tree'}): median ${median(f.slices)} slices, ${median(f.total).toFixed(0)} ms of CPU in all; longest slice, wall ${range(f.longest)}, CPU ${range(f.longestCpu)}; the bench's loop: longest slice ${range(f.loopLongest)}, longest scavenge ${range(f.scavenge)}\n`);
    }
  } else {
    const pages = Number(process.argv[2] ?? 4);
    const top = Number(process.argv[3] ?? 12);
    const url = await bundle(process.cwd(), dir);
    const load0 = load();
    let minima: number[] | undefined;
    for (let p = 0; p < pages; p++) {
      const { times } = (await inPage<{ times: number[] }>(browser, url, 'steps()')).value;
      if (!minima) minima = times;
      else if (minima.length !== times.length) throw new Error(`step counts differ: ${minima.length} and ${times.length}`);
      else minima = minima.map((m, k) => Math.min(m, times[k]!));
    }
    const order = minima!.map((t, k) => [t, k] as const).sort((a, b) => b[0] - a[0]);
    process.stdout.write(`load ${load0}; ${minima!.length} steps; sum of each step's minimum over ${pages} pages ${minima!.reduce((a, b) => a + b, 0).toFixed(0)} ms\n`);
    process.stdout.write(`longest steps (minimum): ${order.slice(0, top).map(([t, k]) => `#${k} ${t.toFixed(1)}`).join(', ')}\n`);

    // One step per call, traced: what the longest steps held on the main thread.
    const traced = await inPage<{ starts: number[]; times: number[] }>(browser, url, 'steps()', true);
    const { starts, times } = traced.value;
    const sync = traced.events.find((e) => e.name === 'sync' && e.cat === 'blink.user_timing');
    const longest = times.map((t, k) => [t, k] as const).sort((a, b) => b[0] - a[0]).slice(0, top);
    process.stdout.write(`traced page, a step per call: ${times.length} steps, ${times.reduce((a, b) => a + b, 0).toFixed(0)} ms; the longest, with the main thread's events of 1 ms or more:\n`);
    for (const [d, k] of longest) {
      const from = sync!.ts + starts[k]! * 1000;
      const to = from + d * 1000;
      const inside = traced.events.filter((e) => e.tid === sync!.tid && e.ph === 'X' && e.ts >= from - 50 && e.ts + (e.dur ?? 0) <= to + 50 && (e.dur ?? 0) >= 1000 && !wrappers.test(e.name));
      process.stdout.write(`  #${k}: ${d.toFixed(1)} ms; ${inside.map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}`).join(', ')}\n`);
    }

    // The bench's loop of 8 ms slices, traced: its slices and the main thread's collections.
    const sliced = await inPage<number[]>(browser, url, 'slices(8)', true);
    const slices = sliced.value;
    const main = sliced.events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && sliced.events.some((f) => f.tid === e.tid && f.name === 'MinorGC'));
    const gc = new Map<string, [number, number, number]>();
    for (const e of sliced.events) {
      if (e.tid !== main?.tid || e.ph !== 'X' || !(e.name === 'MinorGC' || e.name === 'MajorGC' || (collection.test(e.name) && !e.name.startsWith('V8.GC_')))) continue;
      const v = gc.get(e.name) ?? [0, 0, 0];
      v[0] += 1;
      v[1] += e.dur! / 1000;
      v[2] = Math.max(v[2], e.dur! / 1000);
      gc.set(e.name, v);
    }
    const sorted = [...slices].sort((a, b) => b - a);
    process.stdout.write(`traced page, 8 ms slices: ${slices.length} slices, ${slices.reduce((a, b) => a + b, 0).toFixed(0)} ms in all, longest ${sorted.slice(0, 5).map((t) => t.toFixed(1)).join(', ')} ms\n`);
    for (const [name, [n, ms, most]] of [...gc].sort((a, b) => b[1][1] - a[1][1])) {
      process.stdout.write(`  ${name} on the main thread: ${n}, ${ms.toFixed(0)} ms in all, longest ${most.toFixed(1)} ms\n`);
    }
    process.stdout.write(`load at the end ${load()}\n`);
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

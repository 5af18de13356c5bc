// `npm run bench`: runs every bench/*.bench.ts and prints one table. Each bench module's default
// export returns rows; figures come from here, never from timed tests. `npm run bench -- --quick`
// runs smaller samples (each shortened row says so); `npm run bench -- first-screen` runs one file.
import { readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Bench, BenchRow } from './types.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchRow[] = [];
const started = performance.now();
const loadAtStart = loadavg()[0]!.toFixed(1);
for (const file of files) {
  const bench = (await import(pathToFileURL(resolve('bench', file)).href)) as { default: Bench };
  process.stderr.write(`running ${file}…\n`);
  rows.push(...(await bench.default({ quick })));
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`\nMachine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${quick ? 'quick run' : 'full run'} of ${Math.round((performance.now() - started) / 1000)} s, load average ${loadAtStart} at the start and ${loadavg()[0]!.toFixed(1)} at the end\n`);
const width = Math.max(10, ...rows.map((r) => r.name.length));
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 3 : n < 1000 ? 1 : 0 });
console.log(`| ${'measure'.padEnd(width)} | ${'value'.padStart(12)} | ${'unit'.padEnd(12)} | target |`);
console.log(`|${'-'.repeat(width + 2)}|${'-'.repeat(13)}:|${'-'.repeat(14)}|--------|`);
for (const r of rows) {
  console.log(`| ${r.name.padEnd(width)} | ${fmt(r.value).padStart(12)} | ${r.unit.padEnd(12)} | ${r.target ?? ''} |`);
}

// `npm run size`: the script-tag build's sizes as a table, beside their budgets. Imported, it is the
// one place that measures the build: each file's bytes, gzip -9 and brotli 11, and what one element
// costs a page (the loader plus every chunk the element's chunk imports, followed to the end).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Size {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export const cdnDir = 'dist/cdn';

function measureBytes(name: string, bytes: Buffer): Size {
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function read(file: string): Buffer {
  return readFileSync(join(cdnDir, file));
}

/** The files a module pulls in by static `import`, followed to the end (not the lazy `import()`s). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = read(file).toString('utf8');
  for (const match of text.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    staticClosure(join(dir, match[1]!).replace(/\\/g, '/'), seen);
  }
  return seen;
}

/** The loader, the IIFE, and one row per element: loader + the element's chunk and its imports. */
export function measureCdn(): Size[] {
  if (!existsSync(join(cdnDir, 'safe-migration-kit.js'))) {
    throw new Error('dist/cdn is missing: run "npm run build" first');
  }
  const rows: Size[] = [measureBytes('loader safe-migration-kit.js', read('safe-migration-kit.js'))];
  const chunks = readdirSync(join(cdnDir, 'chunks'));
  const loaderText = read('safe-migration-kit.js').toString('utf8');
  // The build rewrites each import("./chunks/…") into a checked import (src/cdn/integrity-import.ts).
  for (const match of loaderText.matchAll(/(?:import\(|import\.meta\.url,)["']\.\/chunks\/((safe-)?[a-z-]+?)-[\w-]{8}\.js["']\)/g)) {
    const chunk = chunks.find((c) => c.startsWith(`${match[1]}-`) && loaderText.includes(`chunks/${c}`));
    if (!chunk) continue;
    const files = [...staticClosure(`chunks/${chunk}`)];
    const bytes = Buffer.concat([read('safe-migration-kit.js'), ...files.map(read)]);
    rows.push(measureBytes(`<safe-${match[1]!.replace(/^safe-/, '')}> (loader + chunks)`, bytes));
  }
  rows.push(measureBytes('all-in-one safe-migration-kit.iife.js', read('safe-migration-kit.iife.js')));
  return rows;
}

/** Budgets in bytes of gzip -9; docs/performance.md explains each one. */
export const budgets: Record<string, number> = JSON.parse(readFileSync('scripts/size-budgets.json', 'utf8'));

/** The table `npm run size` prints. */
export function sizeTable(): string {
  const lines: string[] = [];
  const rows = measureCdn();
  const width = Math.max(...rows.map((r) => r.name.length));
  const fmt = (n: number) => n.toLocaleString('en-US').padStart(9);
  lines.push(`| ${'bundle'.padEnd(width)} | ${'raw'.padStart(9)} | ${'gzip -9'.padStart(9)} | ${'brotli 11'.padStart(9)} | ${'budget'.padStart(9)} |`);
  lines.push(`|${'-'.repeat(width + 2)}|${'-'.repeat(10)}:|${'-'.repeat(10)}:|${'-'.repeat(10)}:|${'-'.repeat(10)}:|`);
  for (const r of rows) {
    const budget = budgets[r.name];
    lines.push(`| ${r.name.padEnd(width)} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${fmt(r.brotli)} | ${budget ? fmt(budget) : '        —'} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(sizeTable());

// `npm run size`: the script-tag build's sizes as a table, beside their budgets. Imported, it is the
// one place that measures the build: each file's bytes, gzip -9 and brotli 11, and what one element
// costs a page (the loader plus every chunk the element's chunk imports, followed to the end), and,
// from the build's chunk graph, what an element fetches before its first text and in the end.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { concepts } from '../src/data/offer-rules/concepts.js';
import { offerRuleSet } from '../src/data/offer-rules/index.js';
import { payReferences } from '../src/data/wages/pay-references.js';
import { page } from '../bench/first-screen-pages.js';
import { partsOf } from '../src/generated/locale-parts.js';
import { elementNames, lazyEntries, localeIndexDir } from './split-locales.js';

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
    // The loader also imports what an element fetches early (the finder's hotline data index).
    if (!chunk || !elementNames().includes(match[1]!.replace(/^safe-/, ''))) continue;
    const files = [...staticClosure(`chunks/${chunk}`)];
    const bytes = Buffer.concat([read('safe-migration-kit.js'), ...files.map(read)]);
    rows.push(measureBytes(`<safe-${match[1]!.replace(/^safe-/, '')}> (loader + chunks)`, bytes));
  }
  // What the loader paints in a finder before the finder's own code has come: its row above is the finder's own screen.
  const painted = staticFirstScreenFiles(readGraph());
  rows.push(measureBytes(staticFirstScreenRow, Buffer.concat(painted.map(read))));
  rows.push(measureBytes('all-in-one safe-migration-kit.iife.js', read('safe-migration-kit.iife.js')));
  return rows;
}

/** The budget row of the finder's static first screen, for `pageCountry`. */
export const staticFirstScreenRow = '<safe-hotline-finder> static first screen (loader + parts)';

/**
 * The files of the finder's static first screen (src/widgets/hotline-finder/first-screen.ts) for
 * `pageCountry`: the loader, the module that carries each country's part's hash, and the country's
 * part (its screens in every locale) with what it imports (the painter and the finder's stylesheet).
 */
export function staticFirstScreenFiles(graph: Map<string, GraphChunk>): string[] {
  const chunks = [...graph.values()];
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error(`${graphFile} has no loader`);
  const files = new Set([entry.file]);
  for (const module of ['src/generated/first-screens/first-screens.ts', `src/generated/first-screens/first-screen-${pageCountry}.ts`]) {
    const chunk = chunks.find((c) => c.module === module);
    if (!chunk) throw new Error(`${graphFile} has no chunk for ${module}`);
    closure(graph, chunk.file, (c) => c.imports, files);
  }
  return [...files].sort();
}

/** One chunk of the script-tag build as Rollup made it (rollup.config.mjs, `chunkGraph`). */
export interface GraphChunk {
  /** Its path in dist/cdn. */
  file: string;
  isEntry: boolean;
  /** The source module the chunk stands for, when it stands for one (an element, a locale). */
  module: string | null;
  /** Chunks it imports statically: the browser fetches them before it runs the chunk. */
  imports: string[];
  /** Chunks it may `import()` later. */
  dynamicImports: string[];
  /** The source modules bundled into it. */
  modules: (string | null)[];
}

export const graphFile = 'dist/cdn-graph.json';

/** The build's chunk graph, keyed by file. */
export function readGraph(): Map<string, GraphChunk> {
  if (!existsSync(graphFile)) throw new Error(`${graphFile} is missing: run "npm run build" first`);
  const { chunks } = JSON.parse(readFileSync(graphFile, 'utf8')) as { chunks: GraphChunk[] };
  return new Map(chunks.map((c) => [c.file, c]));
}

/** What one element costs a page in one language, as the loader fetches it. */
export interface ElementCost {
  tag: string;
  /**
   * The files fetched before the element first shows text in that language: the loader, the
   * element's chunk and what it imports statically, and the chunks of the element's parts of the
   * translation with their imports (the element waits for them before it speaks the page's language),
   * the CLDR names of that language when the element shows names or dates on its first screen, and
   * for the hotline finder the page's country's part of the hotline data (`pageCountry`).
   */
  firstText: string[];
  /** Every file it may fetch in the end: the above and every `import()` reachable from them, with the translation's parts of every element among them, other languages left out. */
  everything: string[];
  /** gzip -9 of each file on its own, added up: what a server sending gzip transfers. */
  firstTextGzip: number;
  everythingGzip: number;
  /**
   * For the hotline finder: the files of the static first screen the loader paints before the
   * finder's own (src/widgets/hotline-finder/first-screen.ts) — the loader, the locale's module of
   * first screens with the painter and its stylesheet, and `pageCountry`'s part in that locale. Its
   * numbers to call show once these have come; `firstText` (which counts them too, as they are
   * fetched before it) is the finder's own first screen.
   */
  staticFirstScreen?: { files: string[]; gzip: number };
}

/**
 * The country of the pages measured (the bench's pages too): an element that shows the hotline
 * finder on its first screen waits for that country's part of the bundled data
 * (scripts/split-hotlines.ts), so its first text counts that part.
 */
export const pageCountry = 'KZ';

/** A country's part of the hotline data (scripts/split-hotlines.ts). */
const hotlinePart = /^src\/generated\/hotlines\/([A-Z]{2}|none)\.ts$/;

/** One language's CLDR names (scripts/cldr-names.ts): fetched with that language's messages. */
const cldrModule = /^src\/widgets\/shared\/cldr\/([\w-]+)\.ts$/;

/** A part of a locale's messages (scripts/split-locales.ts): locale and part. */
const localeModule = /^src\/generated\/locales\/([\w-]+)\.(.+)\.ts$/;

function closure(graph: Map<string, GraphChunk>, start: string, follow: (c: GraphChunk) => string[], seen = new Set<string>()): Set<string> {
  const todo = [start];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const chunk = graph.get(file);
    if (!chunk) throw new Error(`${graphFile} names ${file}, which it does not describe: rebuild`);
    todo.push(...follow(chunk));
  }
  return seen;
}

/** The elements whose modules are in `files`, by folder name. */
function elementsIn(graph: Map<string, GraphChunk>, files: Iterable<string>): string[] {
  return [...files].flatMap((file) => graph.get(file)!.modules.map((m) => m?.match(/^src\/widgets\/([a-z-]+)\/\1\.ts$/)?.[1]).filter((n): n is string => Boolean(n)));
}

/** The keys of `partsOf` for the modules in `files`: each element's tag, and each lazy entry's name (scripts/split-locales.ts). */
function partUsersIn(graph: Map<string, GraphChunk>, files: Iterable<string>): string[] {
  const lazy = new Map(Object.entries(lazyEntries).map(([name, path]) => [path, name]));
  const found = [...files].flatMap((file) => graph.get(file)!.modules.flatMap((m) => (m && lazy.has(m) ? [lazy.get(m)!] : [])));
  return [...elementsIn(graph, files).map((name) => `safe-${name}`), ...found];
}

/** Per element of the loader, in its order: first text and everything, in `locale` (a translated one). */
export function measureElements(locale = 'ru'): ElementCost[] {
  const graph = readGraph();
  const chunks = [...graph.values()];
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error(`${graphFile} has no loader`);
  // Each locale part is its own chunk, found by the module it stands for.
  const partChunk = new Map<string, string>();
  for (const c of chunks) {
    const found = c.module?.match(localeModule);
    if (found) partChunk.set(`${found[1]}.${found[2]}`, c.file);
  }
  const isPart = (file: string) => Boolean(graph.get(file)?.module?.match(localeModule)) || graph.get(file)?.module?.startsWith(`${localeIndexDir}/`) === true;
  // Another language's names are fetched only when the language changes.
  const otherNames = (file: string) => (graph.get(file)?.module?.match(cldrModule)?.[1] ?? locale) !== locale;
  const ownNames = chunks.find((c) => c.module === `src/widgets/shared/cldr/${locale}.ts`)?.file;
  if (!ownNames) throw new Error(`${graphFile} has no chunk for the CLDR names of ${locale}`);
  /** The chunks of the parts of `locale` that `users` load (element tags, lazy entries' names). */
  // With the locale's module of part loaders, which carries their hashes (scripts/split-locales.ts, `localeIndexDir`).
  const index = chunks.find((c) => c.module === `${localeIndexDir}/${locale}.ts`)?.file;
  if (!index) throw new Error(`${graphFile} has no chunk for the ${locale} module of part loaders`);
  const partsFor = (users: string[]) => [
    index,
    ...[...new Set(users.flatMap((user) => partsOf[user] ?? []))].map((part) => {
      const file = partChunk.get(`${locale}.${part}`);
      if (!file) throw new Error(`${graphFile} has no chunk for the ${locale} part ${part}`);
      return file;
    }),
  ];
  const gzipOf = new Map<string, number>();
  const gzip = (files: Iterable<string>) =>
    [...files].reduce((sum, file) => {
      if (!gzipOf.has(file)) gzipOf.set(file, gzipSync(read(file), { level: 9 }).length);
      return sum + gzipOf.get(file)!;
    }, 0);
  const costs: ElementCost[] = [];
  for (const file of entry.dynamicImports) {
    // An element's module can share its chunk without being its facade (the report form imports the exit button).
    const name = elementsIn(graph, [file])[0];
    if (!name) continue;
    const first = new Set([entry.file]);
    closure(graph, file, (c) => c.imports, first);
    // Every element in those chunks speaks on the first screen (the report form shows an exit button).
    // A lazy entry's parts load with it (src/widgets/localization.ts, `loadMessagesOf`), never before the first text.
    for (const part of partsFor(elementsIn(graph, first).map((n) => `safe-${n}`))) closure(graph, part, (c) => c.imports, first);
    // The names of the page's language come beside its messages (src/widgets/localization.ts, `loadWithLocale`).
    if ([...first].some((f) => graph.get(f)!.modules.includes('src/widgets/shared/cldr-names.ts'))) closure(graph, ownNames, (c) => c.imports, first);
    // So do the quiz's offers in the page's language (src/widgets/offer-quiz/sample-offers.ts).
    if ([...first].some((f) => graph.get(f)!.modules.includes('src/widgets/offer-quiz/sample-offers.ts'))) {
      const samples = chunks.find((c) => c.module === `src/widgets/offer-quiz/samples/${locale}.ts`);
      if (!samples) throw new Error(`${graphFile} has no chunk for the quiz's offers in ${locale}`);
      closure(graph, samples.file, (c) => c.imports, first);
    }
    let painted: Set<string> | undefined;
    if (elementsIn(graph, first).includes('hotline-finder')) {
      const data = chunks.find((c) => c.module === `src/generated/hotlines/${pageCountry}.ts`);
      if (!data) throw new Error(`${graphFile} has no chunk for the hotline data of ${pageCountry}`);
      closure(graph, data.file, (c) => c.imports, first);
      // The loader paints the static first screen from these, fetched beside the finder's chunk
      // (src/widgets/loader.ts, `paintFirstScreens`): before the finder's own first text too.
      if (name === 'hotline-finder') painted = new Set(staticFirstScreenFiles(graph));
    }
    const all = new Set<string>();
    for (const start of first) {
      // The loader's own `import()`s are the other elements, fetched only when they are on the page;
      // locale parts are added below, those of the elements this page ends up with.
      closure(graph, start, (c) => (c.isEntry ? c.imports : [...c.imports, ...c.dynamicImports.filter((d) => !isPart(d) && !otherNames(d))]), all);
    }
    for (const part of partsFor(partUsersIn(graph, all))) closure(graph, part, (c) => c.imports, all);
    // The countries' parts of the hotline data are reached through a module the report form shares
    // for its emergency numbers, but only the finder fetches them (src/widgets/shared/hotline-parts.ts).
    if (!elementsIn(graph, all).includes('hotline-finder')) for (const file of all) if (hotlinePart.test(graph.get(file)?.module ?? '')) all.delete(file);
    // Only the page's country's part of the static screens, not every country's its module can import.
    for (const file of painted ?? []) {
      first.add(file);
      all.add(file);
    }
    const firstText = [...first].sort();
    const everything = [...all].sort();
    const staticFirstScreen = painted ? { files: [...painted].sort(), gzip: gzip(painted) } : undefined;
    costs.push({ tag: `safe-${name}`, firstText, everything, firstTextGzip: gzip(firstText), everythingGzip: gzip(everything), ...(staticFirstScreen ? { staticFirstScreen } : {}) });
  }
  return costs;
}

/**
 * What Resource Timing counts for each response beside its body (`transferSize` is the encoded body
 * plus 300 B in Chromium, whatever the real headers): the first-screen bench adds it up that way.
 */
export const headerBytes = 300;

/**
 * An element's first text as `npm run bench -- first-screen` counts it (bench/first-screen.bench.ts):
 * the bench's page for the element (gzip -9, as its server sends it) and the files, each with
 * `headerBytes`. The bench counts what had arrived when the text appeared, so a file asked for
 * before the text that arrives after it is in this figure and not in the bench's.
 */
export function asTheBenchCounts(tag: string, files: readonly string[], gzip: number): { page: number; headers: number; total: number } {
  const pageGzip = gzipSync(Buffer.from(page(tag)), { level: 9 }).length;
  const headers = headerBytes * (files.length + 1);
  return { page: pageGzip, headers, total: gzip + pageGzip + headers };
}

/** The target for an element's first text, and its aim (issue 19), in bytes of gzip. */
export const firstTextTarget = 35_000;
export const firstTextAim = 25_000;

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
  const costs = measureElements('ru');
  const kb = (n: number) => n.toLocaleString('en-US').padStart(11);
  lines.push(
    '',
    `Per element, in Russian, each file gzip -9 on its own (as a server sends it); "as the bench counts" adds the bench's page and ${headerBytes} B of headers a response (page included), as Resource Timing does; the target for first text is ${firstTextTarget.toLocaleString('en-US')} (aim ${firstTextAim.toLocaleString('en-US')}):`,
    '',
  );
  lines.push(`| ${'element'.padEnd(width)} | ${'first text'.padStart(11)} | files | ${'page'.padStart(5)} | ${'headers'.padStart(7)} | ${'as the bench counts'.padStart(19)} | ${'everything'.padStart(11)} | files |`);
  lines.push(`|${'-'.repeat(width + 2)}|${'-'.repeat(12)}:|------:|------:|--------:|${'-'.repeat(20)}:|${'-'.repeat(12)}:|------:|`);
  const row = (name: string, tag: string, files: readonly string[], gzip: number, everything?: ElementCost) => {
    const bench = asTheBenchCounts(tag, files, gzip);
    const all = everything ? `${kb(everything.everythingGzip)} | ${String(everything.everything.length).padStart(5)}` : `${'—'.padStart(11)} |     —`;
    lines.push(
      `| ${name.padEnd(width)} | ${kb(gzip)} | ${String(files.length).padStart(5)} | ${String(bench.page).padStart(5)} | ${bench.headers.toLocaleString('en-US').padStart(7)} | ${bench.total.toLocaleString('en-US').padStart(19)} | ${all} |`,
    );
  };
  for (const c of costs) {
    if (c.staticFirstScreen) row(`<${c.tag}> static screen`, c.tag, c.staticFirstScreen.files, c.staticFirstScreen.gzip);
    row(c.staticFirstScreen ? `<${c.tag}> own screen` : `<${c.tag}>`, c.tag, c.firstText, c.firstTextGzip, c);
  }
  if (costs.some((c) => c.staticFirstScreen)) {
    lines.push('', `The finder's static screen is what the loader paints first (heading, emergency numbers, the ${pageCountry} lines with their call links): the bench's first text and first call button; its own screen, which replaces it, counts the static screen's files too, as they come before it.`);
  }
  // The offer check's rules as data (every pattern, cue, flag and negation, as JSON): they ship in both
  // offer widgets and the IIFE, so their growth is their bytes here.
  const ruleRows: [string, unknown][] = [
    ['offer rules, all (JSON)', offerRuleSet],
    ['  of which concept lexicons', concepts],
    ['pay references (JSON)', payReferences],
  ];
  lines.push('', `| ${'offer-check data'.padEnd(width)} | ${'raw'.padStart(9)} | ${'gzip -9'.padStart(9)} | ${'brotli 11'.padStart(9)} |`);
  lines.push(`|${'-'.repeat(width + 2)}|${'-'.repeat(10)}:|${'-'.repeat(10)}:|${'-'.repeat(10)}:|`);
  for (const [name, data] of ruleRows) {
    const bytes = Buffer.from(JSON.stringify(data));
    const measured = measureBytes(name, bytes);
    lines.push(`| ${name.padEnd(width)} | ${fmt(measured.raw)} | ${fmt(measured.gzip)} | ${fmt(measured.brotli)} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(sizeTable());

// Four builds from one source tree:
//   dist/npm/   the npm package: ES modules, one file per source module, dependencies left external
//   dist/cdn/   the script-tag build: the lazy loader with one chunk per element, minified
//   dist/cdn/safe-migration-kit.iife.js   every element in one classic script, which fetches its
//                                         translations and data from dist/cdn/iife/ (scripts/iife-parts.mjs)
//   dist/inbox/ the case-worker inbox page the receiver serves at /inbox/ (never on a CDN)
import { sri } from './scripts/sri.mjs';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { posix, relative } from 'node:path';
import { builtinModules } from 'node:module';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { compactCss } from './scripts/compact-css.mjs';
import { iifeParts } from './scripts/iife-parts.mjs';

const widgetNames = readdirSync('src/widgets', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/widgets/${d.name}/${d.name}.ts`))
  .map((d) => d.name);

const npmInputs = {
  'sdk/index': 'src/sdk/index.ts',
  'widgets/index': 'src/widgets/index.ts',
  'server/index': 'src/server/index.ts',
  'cli/bin': 'src/cli/bin.ts',
  ...Object.fromEntries(widgetNames.map((name) => [`widgets/${name}/${name}`, `src/widgets/${name}/${name}.ts`])),
};

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: false, types: ['node'] },
    noEmitOnError: true,
  });

/** zod 4 trips two harmless Rollup warnings inside node_modules; everything else is shown. */
function onwarn(warning, warn) {
  const inDeps = (warning.ids ?? [warning.id ?? '']).some((id) => id?.includes('node_modules'));
  if (inDeps && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
  warn(warning);
}

const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isExternal = (id) => nodeBuiltins.has(id) || (!id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'));

/**
 * Compacts the lit `css` templates of the `*.styles.ts` files for the script-tag builds: terser
 * leaves template literals alone, and indentation and comments are about a quarter of their CSS.
 */
function compactStyles() {
  return {
    name: 'compact-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      let found = 0;
      // TypeScript prints the tag as `css \``.
      const compacted = code.replace(/\bcss ?`([^`$]*)`/g, (_, body) => {
        found += 1;
        return `css\`${compactCss(body)}\``;
      });
      if (found === 0) this.error(`no css\`…\` template without \${} found in ${id}`);
      return { code: compacted, map: null };
    },
  };
}

/**
 * Makes every chunk of the script-tag build load only with its hash checked (M4 in issue 17): each
 * `import()` is rewritten to call src/cdn/integrity-import.ts through a global. Once the chunks are
 * final, the SHA-384 hash (and the static imports) of each chunk that has no `import()` of its own
 * and is only ever loaded by `import()` from another chunk (a locale's part, a country's hotline
 * data, the offer engine) is written into the chunks that import it, at the call; the hashes and
 * static imports of all the others are written into the loader, whose own hash the site pins with `integrity` on its <script> tag. A page so pays for the
 * hashes of the parts its chunks can load, not for those of every language.
 */
function chunkIntegrity() {
  const placeholder = '__SAFE_MIGRATION_KIT_CHUNKS__';
  const inlineHash = '__SAFE_MIGRATION_KIT_HASH__';
  return {
    name: 'chunk-integrity',
    renderDynamicImport({ moduleId, targetModuleId }) {
      // Not the checked import itself (it imports by a computed URL, after the check).
      if (!targetModuleId || moduleId.endsWith('/src/cdn/integrity-import.ts')) return null;
      return { left: 'globalThis[Symbol.for("safe-migration-kit.import")](import.meta.url,', right: `,"${inlineHash}")` };
    },
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      // A chunk the loader imports statically would be fetched before any check could run.
      if (entry.imports.length > 0) this.error(`the loader imports ${entry.imports.join(', ')} statically; it must import nothing`);
      const staticallyImported = new Set(chunks.flatMap((c) => c.imports));
      // Chunks with no import() of their own: their code is final now, so their hashes can go into
      // their importers before those are hashed. Their static imports are statically imported, so
      // their hashes stay in the loader.
      const carried = new Map(
        chunks
          .filter((c) => !c.isEntry && c.dynamicImports.length === 0 && !staticallyImported.has(c.fileName) && !entry.dynamicImports.includes(c.fileName))
          .map((c) => [c.fileName, `"${sri(c.code)}"${c.imports.length > 0 ? `,${JSON.stringify(c.imports)}` : ''}`]),
      );
      const call = new RegExp(`(import\\.meta\\.url,)(["'\`])([^"'\`]+)\\2,(["'\`])${inlineHash}\\4\\)`, 'g');
      for (const chunk of chunks) {
        chunk.code = chunk.code.replace(call, (_, head, quote, specifier) => {
          const file = posix.join(posix.dirname(chunk.fileName), specifier);
          const hash = carried.get(file);
          return hash ? `${head}${quote}${specifier}${quote},${hash})` : `${head}${quote}${specifier}${quote})`;
        });
        if (chunk.code.includes(inlineHash)) this.error(`${chunk.fileName}: an import() the build could not give a hash or leave to the loader`);
      }
      const table = Object.fromEntries(chunks.filter((c) => !c.isEntry && !carried.has(c.fileName)).map((c) => [c.fileName, [sri(c.code), c.imports]]));
      const quoted = new RegExp(`(["'\`])${placeholder}\\1`);
      if (!quoted.test(entry.code)) this.error(`the loader does not hold the ${placeholder} placeholder`);
      entry.code = entry.code.replace(quoted, () => JSON.stringify(JSON.stringify(table)));
    },
  };
}

/**
 * Writes the script-tag build's module graph to dist/cdn-graph.json (beside dist/cdn, so it is never
 * published): each chunk's static imports, its `import()`s and the source modules in it. `npm run
 * size` reads it to say what a page fetches before an element's first text and in the end, from
 * what Rollup made rather than from a guess at the minified code.
 */
function chunkGraph(file) {
  return {
    name: 'chunk-graph',
    writeBundle(_, bundle) {
      const name = (id) => (id ? relative(process.cwd(), id).replace(/\\/g, '/') : null);
      const chunks = Object.values(bundle)
        .filter((c) => c.type === 'chunk')
        .map((c) => ({
          file: c.fileName,
          isEntry: c.isEntry,
          module: name(c.facadeModuleId),
          imports: c.imports,
          dynamicImports: c.dynamicImports,
          modules: Object.keys(c.modules).map(name),
        }));
      mkdirSync('dist', { recursive: true });
      writeFileSync(file, `${JSON.stringify({ chunks }, null, 1)}\n`);
    },
  };
}

/** Adds the inbox page's index.html and stylesheet to its build, beside the script. */
function inboxPageFiles() {
  return {
    name: 'inbox-page-files',
    generateBundle() {
      for (const fileName of ['index.html', 'inbox.css']) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/inbox/${fileName}`, 'utf8') });
      }
    },
  };
}

/**
 * The shared base every element's chunk imports (lit, @lit/localize, the base element, the theme),
 * with the small modules several elements import beside it. On its own each of those was a file of
 * 50–1,100 B gzip that a page fetched before an element's first text, with its response headers
 * (Resource Timing counts 300 B a file) and a hash in the loader (about 75 B): an element with five
 * of them paid more for the files than for their code. In the base, a page that does not use one
 * pays its few bytes instead (docs/performance.md, branch bytes19).
 */
const baseChunk = [
  /\/node_modules\/tslib\//,
  /\/node_modules\/lit-element\//,
  /\/node_modules\/lit-html\/lit-html\.js$/,
  /\/node_modules\/@lit\/reactive-element\/(reactive-element|css-tag)\.js$/,
  /\/node_modules\/@lit\/reactive-element\/decorators\/(base|custom-element|property|state|query)\.js$/,
  /\/node_modules\/@lit\/localize\/(internal|init)\//,
  /\/src\/generated\/locale-(codes|parts)\.ts$/,
  /\/src\/widgets\/localization\.ts$/,
  /\/src\/sdk\/errors\.ts$/,
  /\/src\/sdk\/offer-check\/limits\.ts$/,
  /\/src\/widgets\/shared\/(errors|safe-element|base\.styles|locale-picker\.styles|tokens\.styles|attribute-values|idle|number-format)\.ts$/,
];
const manualChunks = (id) => (baseChunk.some((re) => re.test(id.replace(/\\/g, '/'))) ? 'base' : undefined);

const browserResolve = () => nodeResolve({ browser: true, exportConditions: ['production', 'browser'] });
const minify = () =>
  terser({ ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } });

export default [
  {
    input: npmInputs,
    external: isExternal,
    onwarn,
    plugins: [ts()],
    output: {
      dir: 'dist/npm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      banner: (chunk) => (chunk.name === 'cli/bin' ? '#!/usr/bin/env node' : ''),
    },
  },
  {
    input: { 'safe-migration-kit': 'src/cdn/safe-migration-kit.ts' },
    onwarn,
    plugins: [browserResolve(), ts(), compactStyles(), minify(), chunkIntegrity(), chunkGraph('dist/cdn-graph.json')],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks,
    },
  },
  {
    input: 'src/cdn/safe-migration-kit.iife.ts',
    onwarn,
    plugins: [iifeParts(), browserResolve(), ts(), compactStyles(), terser({ ecma: 2022, format: { comments: false }, compress: { passes: 2 } })],
    output: {
      file: 'dist/cdn/safe-migration-kit.iife.js',
      format: 'iife',
      name: 'SafeMigrationKit',
      inlineDynamicImports: true,
    },
  },
  {
    input: { inbox: 'src/inbox/inbox-page.ts' },
    onwarn,
    plugins: [browserResolve(), ts(), compactStyles(), minify(), inboxPageFiles()],
    output: {
      dir: 'dist/inbox',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
];

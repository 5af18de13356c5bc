// The all-in-one IIFE's parts (issue 19): what it fetches from its own folder instead of carrying.
// Each part is a classic script in dist/cdn/iife/ that hands its module's exports to the IIFE
// (src/cdn/iife-parts.ts); the IIFE carries each part's SHA-384 hash and loads it with `integrity`.
//
//   iife/locale-index/<locale>.js     a language's list of its parts, with their hashes
//   iife/locales/<locale>.<part>.js   a language's messages for some elements (scripts/split-locales.ts)
//   iife/hotlines/<country>.js         a country's hotline data, and emergency.js (scripts/split-hotlines.ts)
//   iife/offer-engine.js               the offer-check engine with its rules (src/cdn/iife-engine.ts)
//   iife/hotlines.js                   the whole hotline file, for the SDK's `ready()` only
//
// The parts are built before Rollup reads the IIFE's modules, so that their hashes can be written
// into it: the data with esbuild, the engine with Rollup (whose tree-shaking keeps zod/mini small,
// where esbuild keeps 340 KB of zod). Each bundles what it imports, except two things: `str` from
// @lit/localize (a pure function of three lines) gets its own copy, and the engine takes the IIFE's
// error classes (the `shared` object src/cdn/safe-migration-kit.iife.ts installs) instead of
// copies, so that `instanceof SafeMigrationKit.SafeError` holds for what it throws.
//
// In the IIFE, the engine's modules (check.ts, compile.ts, the rules) become one stand-in whose
// bindings the engine part fills in when it arrives.
import { sri } from './sri.mjs';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build, transform } from 'esbuild';
import { rollup } from 'rollup';

const root = process.cwd();
const src = (path) => resolve(root, path);
const partKey = 'Symbol.for("safe-migration-kit.part")';
const sharedKey = 'Symbol.for("safe-migration-kit.shared")';

const offerRules = src('src/data/offer-rules/index.ts');
const offerCheck = src('src/sdk/offer-check/check.ts');
const offerCompile = src('src/sdk/offer-check/compile.ts');
const engineEntry = src('src/cdn/iife-engine.ts');
const widgetEngine = src('src/widgets/shared/offer-engine.ts');
const flagMessages = src('src/widgets/shared/flag-messages.ts');
const offerLimits = src('src/sdk/offer-check/limits.ts');
/** The modules the engine part shares with the IIFE, and what it takes from each. */
const sharedModules = {
  [src('src/sdk/errors.ts')]: ['SafeError'],
  [src('src/sdk/offer-check/errors.ts')]: ['OfferCheckError'],
};
const hotlineFile = src('src/data/hotlines.ts');
const iifeData = src('src/cdn/iife-data.ts');
const iifePartsModule = src('src/cdn/iife-parts.ts');
const prepareRules = src('src/widgets/shared/prepare-rules.ts');
/**
 * Each language's list of its translation parts (scripts/split-locales.ts). In the IIFE each list is
 * a part of its own, which carries its parts' hashes, so that the IIFE carries seven hashes for the
 * translations rather than one per file (about 5 KB of gzip that does not compress).
 */
let localeIndexes = [];
/** The module whose `import()`s of those lists become `loadPartList()` calls. */
const localeParts = src('src/generated/locale-parts.ts');
const localeIndexImport = /import\((["'])\.\/locale-index\/([\w-]+)\.js\1\)/g;
/** Modules whose `import()`s of parts become `loadPart()` calls: the hotline data's index. */
const partImporters = [src('src/generated/hotlines/index.ts')];
const dynamicImport = /import\((["'])(\.{1,2}\/[^"']+)\.js\1\)/g;

/** What the engine part and the hotline file export: their stand-ins in the IIFE (below) export the same names. */
const engineExports = ['bundledOfferRules', 'checkOffer', 'checkOffers', 'prepareOfferRules', 'compileOfferRules', 'offerFlagIds', 'offerReassuranceIds', 'offerRuleSet'];
const hotlineExports = ['hotlineData'];

const normalise = (id) => id.split('?')[0].replace(/\\/g, '/');

/** The part file (a path in dist/cdn) for a source module. */
function partFile(module) {
  if (module === engineEntry) return 'iife/offer-engine.js';
  if (module === hotlineFile) return 'iife/hotlines.js';
  if (localeIndexes.includes(module)) return `iife/locale-index/${relative(src('src/generated/locale-index'), module).replace(/\.ts$/, '.js')}`;
  const rel = relative(src('src/generated'), module).replace(/\\/g, '/');
  return `iife/${rel.replace(/\.ts$/, '.js')}`;
}

/** The module a part's classic script runs: its module's exports, handed to the IIFE. */
const partEntry = (module) => `import * as m from ${JSON.stringify(module)};globalThis[${partKey}]?.(${JSON.stringify(partFile(module))},{...m});`;

/** A module the engine shares with the IIFE: the IIFE's own classes, from the object it installs. */
const sharedShim = (module) => sharedModules[module].map((name) => `export const ${name} = globalThis[${sharedKey}].${name};`).join('\n');

/** The engine part's code, built as rollup.config.mjs builds the IIFE (TypeScript through esbuild: the engine has no decorators). */
async function buildEnginePart() {
  const entry = '\0iife-engine-part';
  const bundle = await rollup({
    input: entry,
    // zod 4 trips two harmless warnings inside node_modules (see rollup.config.mjs).
    onwarn(warning, warn) {
      const inDeps = (warning.ids ?? [warning.id ?? '']).some((id) => id?.includes('node_modules'));
      if (inDeps && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY')) return;
      warn(warning);
    },
    plugins: [
      {
        name: 'iife-engine-part',
        resolveId(source, importer) {
          if (source === entry) return entry;
          if (!importer || !(source.startsWith('.') || source.startsWith('/'))) return null;
          const path = resolve(dirname(importer), source).replace(/\.js$/, '.ts');
          if (sharedModules[path]) return `\0iife-shared:${path}`;
          return existsSync(path) ? path : null;
        },
        load(id) {
          if (id === entry) return partEntry(engineEntry);
          if (id.startsWith('\0iife-shared:')) return sharedShim(id.slice('\0iife-shared:'.length));
          return null;
        },
        async transform(code, id) {
          if (!id.endsWith('.ts')) return null;
          return { code: (await transform(code, { loader: 'ts', target: 'es2022' })).code, map: null };
        },
      },
      nodeResolve({ browser: true, exportConditions: ['production', 'browser'] }),
    ],
  });
  const { output } = await bundle.generate({ format: 'iife', plugins: [terser({ ecma: 2022, format: { comments: false }, compress: { passes: 2 } })] });
  await bundle.close();
  return Buffer.from(output[0].code);
}

/**
 * The IIFE build's plugin: builds the parts at the start, puts stand-ins in place of the modules
 * they replace, turns their `import()`s into checked `loadPart()` calls, and writes the parts into
 * `outDir` beside the IIFE.
 */
export function iifeParts({ outDir = 'dist/cdn' } = {}) {
  /** Source module -> { file, integrity, code }. */
  const parts = new Map();
  const virtual = {
    engine: '\0safe-iife:offer-engine',
    words: '\0safe-iife:offer-engine-words',
    hotlines: '\0safe-iife:hotlines',
    data: '\0safe-iife:data',
  };
  const part = (module) => {
    const found = parts.get(module);
    if (!found) throw new Error(`iife-parts: ${relative(root, module)} was not built as a part`);
    return found;
  };
  const loadCall = (module) => `loadPart(${JSON.stringify(part(module).file)},${JSON.stringify(part(module).integrity)})`;

  return {
    name: 'iife-parts',
    async buildStart() {
      parts.clear();
      // Read at build time: `npm run localize:build` writes them, after this file is imported.
      localeIndexes = readdirSync(src('src/generated/locale-index')).map((f) => src(`src/generated/locale-index/${f}`));
      const modules = [engineEntry, hotlineFile];
      for (const importer of [...partImporters, ...localeIndexes]) {
        for (const [, , specifier] of readFileSync(importer, 'utf8').matchAll(dynamicImport)) {
          modules.push(resolve(dirname(importer), `${specifier}.ts`));
        }
      }
      for (const [module, names, pattern] of [
        [engineEntry, engineExports, /export \{([^}]+)\}/g],
        [hotlineFile, hotlineExports, /^export const (\w+)/gm],
      ]) {
        const found = [...readFileSync(module, 'utf8').matchAll(pattern)].flatMap((m) => m[1].split(',').map((n) => n.trim())).sort();
        if (found.join() !== [...names].sort().join()) this.error(`iife-parts: ${relative(root, module)} exports ${found.join(', ')}; its stand-in knows ${names.join(', ')}`);
      }
      const data = modules.filter((m) => m !== engineEntry);
      const entryPoints = Object.fromEntries(data.map((m) => [partFile(m).replace(/\.js$/, ''), `part:${m}`]));
      const result = await build({
        entryPoints,
        bundle: true,
        write: false,
        outdir: outDir,
        format: 'iife',
        target: 'es2022',
        minify: true,
        charset: 'utf8',
        legalComments: 'none',
        logLevel: 'silent',
        plugins: [
          {
            name: 'iife-part-entries',
            setup(b) {
              b.onResolve({ filter: /^part:/ }, (args) => ({ path: args.path.slice('part:'.length), namespace: 'part' }));
              b.onLoad({ filter: /.*/, namespace: 'part' }, (args) => ({ contents: partEntry(args.path), resolveDir: root, loader: 'js' }));
              b.onResolve({ filter: /^@lit\/localize$/ }, () => ({ path: 'str', namespace: 'lit-localize-str' }));
              // The same function as @lit/localize's `str` (internal/str-tag.js), which lit-localize's runtime reads.
              b.onLoad({ filter: /.*/, namespace: 'lit-localize-str' }, () => ({
                contents: 'export const str = (strings, ...values) => ({ strTag: true, strings, values });',
                loader: 'js',
              }));
            },
          },
        ],
      });
      for (const output of result.outputFiles) {
        const file = relative(resolve(root, outDir), output.path).replace(/\\/g, '/');
        const module = data.find((m) => partFile(m) === file);
        if (!module) this.error(`iife-parts: esbuild wrote ${file}, which is no part`);
        parts.set(module, { file, integrity: sri(output.contents), code: output.contents });
      }
      for (const index of localeIndexes) {
        const list = {};
        for (const [, name, , specifier] of readFileSync(index, 'utf8').matchAll(/"([^"]+)": \(\) => import\((["'])(\.{1,2}\/[^"']+)\.js\2\)/g)) {
          const { file, integrity } = part(resolve(dirname(index), `${specifier}.ts`));
          list[name] = [file, integrity];
        }
        if (Object.keys(list).length === 0) this.error(`iife-parts: no parts found in ${relative(root, index)}`);
        const code = Buffer.from(`globalThis[${partKey}]?.(${JSON.stringify(partFile(index))},{parts:${JSON.stringify(list)}});`);
        parts.set(index, { file: partFile(index), integrity: sri(code), code });
      }
      const engine = await buildEnginePart();
      parts.set(engineEntry, { file: partFile(engineEntry), integrity: sri(engine), code: engine });
    },
    // Before node-resolve, which would find the data modules themselves.
    resolveId: {
      order: 'pre',
      handler(source, importer) {
        if (source.startsWith('\0safe-iife:')) return source;
        if (!importer || !source.startsWith('.')) return null;
        const target = resolve(dirname(normalise(importer)), source).replace(/\.js$/, '.ts');
        if (target === offerRules || target === offerCheck || target === offerCompile) return virtual.engine;
        if (target === widgetEngine) return virtual.words;
        if (target === hotlineFile) return virtual.hotlines;
        if (target === iifeData) return virtual.data;
        return null;
      },
    },
    load(id) {
      const loader = `import { loadPart } from ${JSON.stringify(iifePartsModule)};`;
      if (id === virtual.engine) {
        return `${loader}export { maxOfferLength } from ${JSON.stringify(offerLimits)};export let ${engineExports.join(', ')};export function loadOfferEngine() {return ${loadCall(engineEntry)}.then((m) => {({ ${engineExports.join(', ')} } = m);});}`;
      }
      if (id === virtual.words) {
        return `export { adviceText, evidenceLabel, flagExplanation, flagTitle } from ${JSON.stringify(flagMessages)};export { checkOffer, prepareOfferRules } from ${JSON.stringify(virtual.engine)};`;
      }
      if (id === virtual.hotlines) {
        return `${loader}export let hotlineData;export function loadHotlineData() {return ${loadCall(hotlineFile)}.then((m) => {hotlineData = m.hotlineData;});}`;
      }
      if (id === virtual.data) {
        return `export { loadOfferEngine } from ${JSON.stringify(virtual.engine)};export { loadHotlineData } from ${JSON.stringify(virtual.hotlines)};`;
      }
      return null;
    },
    // After TypeScript, which compiles from the files themselves and would drop an earlier change.
    transform: {
      order: 'post',
      handler(code, id) {
        const module = normalise(id);
        if (module === localeParts) {
          let found = 0;
          const rewritten = code.replace(localeIndexImport, (_, __, locale) => {
            found += 1;
            const { file, integrity } = part(src(`src/generated/locale-index/${locale}.ts`));
            return `loadPartList(${JSON.stringify(file)},${JSON.stringify(integrity)})`;
          });
          if (found !== localeIndexes.length) this.error(`iife-parts: ${found} import()s of a language's list in locale-parts.ts, for ${localeIndexes.length} lists`);
          return { code: `import { loadPartList } from ${JSON.stringify(iifePartsModule)};\n${rewritten}`, map: null };
        }
        if (partImporters.includes(module)) {
          let found = 0;
          const rewritten = code.replace(dynamicImport, (_, __, specifier) => {
            found += 1;
            return loadCall(resolve(dirname(module), `${specifier}.ts`));
          });
          if (found === 0) this.error(`iife-parts: no import() of a part found in ${relative(root, module)}`);
          return { code: `import { loadPart } from ${JSON.stringify(iifePartsModule)};\n${rewritten}`, map: null };
        }
        if (module === prepareRules) {
          // The engine part fills in the stand-in that ./offer-engine.js re-exports.
          const engine = /import\((["'])\.\/offer-engine\.js\1\)/;
          if (!engine.test(code)) this.error('iife-parts: prepare-rules.ts no longer imports ./offer-engine.js');
          const rewritten = code.replace(engine, (call) => `loadEnginePart().then(() => ${call})`);
          return { code: `import { loadOfferEngine as loadEnginePart } from ${JSON.stringify(virtual.engine)};\n${rewritten}`, map: null };
        }
        return null;
      },
    },
    writeBundle() {
      for (const { file, code } of parts.values()) {
        const path = join(outDir, ...file.split('/'));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, code);
      }
    },
  };
}

// `npm run size:iife`: what the all-in-one IIFE holds, by kind of module (issue 19). It builds the
// IIFE as rollup.config.mjs does, in memory, groups the code Rollup rendered for each module, minifies
// each group with esbuild (the build uses terser on the whole file) and gives gzip -9 of each group on
// its own: an estimate of its share, since gzip finds repeats across groups too.
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { transformSync } from 'esbuild';
import { rollup } from 'rollup';
import type { OutputOptions, RollupOptions } from 'rollup';

/** The groups, first match wins; a module no pattern matches is "code: other". */
const groups: [string, RegExp][] = [
  ['translations (all locales)', /^src\/generated\/locales\//],
  ['translation part lists', /^src\/generated\/locale-(index|indexes|parts)/],
  ['hotline data', /^src\/(data\/hotlines|generated\/hotlines\/)/],
  ['offer rules (data)', /^src\/data\/offer-rules\//],
  ['offer engine (sdk/offer-check)', /^src\/sdk\/offer-check\//],
  ['quiz sample offers', /^src\/widgets\/offer-quiz\/(samples|sample)/],
  ['CLDR names and dates', /cldr/],
  ['sdk: report, crypto', /^src\/sdk\/report\//],
  ['sdk: hotlines', /^src\/sdk\/hotlines\//],
  ['sdk: other', /^src\/sdk\//],
  ['widgets', /^src\/widgets\//],
  ['zod', /node_modules\/zod\//],
  ['lit, @lit/localize', /node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//],
  ['ky', /node_modules\/ky\//],
];

// A computed specifier: the config is plain JavaScript with no types of its own.
const configFile = '../rollup.config.mjs';
const configs = ((await import(configFile)) as { default: RollupOptions[] }).default;
const iife = configs.find((c) => (c.output as OutputOptions).format === 'iife');
if (!iife) throw new Error('rollup.config.mjs has no IIFE build');
const bundle = await rollup({ ...iife, onwarn: () => undefined });
const { output } = await bundle.generate(iife.output as OutputOptions);
const chunk = output[0];
const byGroup = new Map<string, string[]>();
for (const [id, module] of Object.entries(chunk.modules)) {
  const name = relative(process.cwd(), id.replace(/^\0/, '')).replace(/\\/g, '/');
  const group = groups.find(([, re]) => re.test(name))?.[0] ?? 'code: other';
  byGroup.set(group, [...(byGroup.get(group) ?? []), module.code ?? '']);
}
const minified = (code: string) => transformSync(code, { minifyWhitespace: true, minifySyntax: true, treeShaking: false, charset: 'utf8' }).code;
const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
const whole = gz(chunk.code);
const rows = [...byGroup].map(([group, codes]) => {
  const code = minified(codes.join('\n'));
  return { group, raw: Buffer.byteLength(code), gzip: gz(code), modules: codes.length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const fmt = (n: number) => n.toLocaleString('en-US');
console.log(`| group | modules | minified | gzip -9 alone | share of ${fmt(whole)} |`);
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.group} | ${r.modules} | ${fmt(r.raw)} | ${fmt(r.gzip)} | ${((100 * r.gzip) / whole).toFixed(0)}% |`);

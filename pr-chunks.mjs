import { rollup } from 'rollup';
import configs from './rollup.config.mjs';
const cfg = configs[1];
const bundle = await rollup({ ...cfg, onwarn() {} });
const { output } = await bundle.generate({ ...cfg.output });
for (const c of output) {
  if (c.type !== 'chunk') continue;
  const mods = Object.entries(c.modules).filter(([, m]) => m.renderedLength > 0).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
  console.log(`\n## ${c.fileName} (${c.code.length}) imports ${c.imports.join(' ')}`);
  for (const [id, m] of mods.slice(0, 25)) console.log(`  ${m.renderedLength}\t${id.replace(process.cwd() + '/', '')}`);
}

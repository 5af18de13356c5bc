import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allParts } from '../../src/generated/locale-parts.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'generated' ? [] : sources(path)) : path.endsWith('.ts') ? [path] : [];
  });
}

test('configureLocalization is called once per page: once for the widgets, once for the inbox page, which never loads the widgets\' one', () => {
  const calls = sources('src').filter((file) => /configureLocalization\(/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(calls.sort(), ['src/inbox/localization.ts', 'src/widgets/localization.ts']);
  for (const file of calls) assert.equal(readFileSync(file, 'utf8').match(/configureLocalization\(/g)?.length, 1);
  for (const file of sources('src/inbox')) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /from '[^']*widgets\/(localization|shared\/safe-element)\.js'/, `${file} would configure the widgets' localization on the inbox page`);
  }
});

test('every part of every target locale is its own lazily loaded chunk in the CDN build', () => {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as { targetLocales: string[] };
  const chunks = readdirSync('dist/cdn/chunks');
  // The loader names every chunk once in its table of hashes (src/cdn/integrity-import.ts); apart
  // from that table it must not mention a locale chunk.
  const loader = readFileSync('dist/cdn/safe-migration-kit.js', 'utf8').replace(/JSON\.parse\("(?:[^"\\]|\\.)*"\)/, '');
  const texts = chunks.map((c) => readFileSync(`dist/cdn/chunks/${c}`, 'utf8'));
  for (const locale of config.targetLocales) {
    for (const part of allParts) {
      // Rollup writes a '+' in a module's name as '_' in its chunk's.
      const name = `${locale}.${part}`.replace(/\+/g, '_');
      const chunk = chunks.find((c) => c.startsWith(`${name}-`) && c.slice(name.length + 1).length === 11);
      assert.ok(chunk, `no chunk for ${name} in ${chunks.join(', ')}`);
      assert.ok(!loader.includes(chunk), `the loader imports ${chunk} up front`);
      // Only dynamic import() reaches a locale chunk, never a static import.
      const escaped = chunk.replace(/[.+-]/g, '\\$&');
      chunks.forEach((other, i) => {
        assert.doesNotMatch(texts[i]!, new RegExp(`import[^()]*from\\s*["']\\./${escaped}["']`), `${other} imports ${chunk} statically`);
      });
    }
  }
});

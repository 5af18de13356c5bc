import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

const table = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8')) as Record<string, string>;

test('integrity.json has a SHA-384 hash for the loader, the IIFE and every chunk', () => {
  const chunks = readdirSync('dist/cdn/chunks').map((c) => `chunks/${c}`);
  for (const file of ['safe-migration-kit.js', 'safe-migration-kit.iife.js', ...chunks]) {
    assert.match(table[file] ?? '', /^sha384-[A-Za-z0-9+/]{64}$/, `${file} has no SRI hash`);
  }
});

test('each hash matches the bytes that are served', () => {
  for (const [file, hash] of Object.entries(table)) {
    const actual = `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${file}`)).digest('base64')}`;
    assert.equal(hash, actual, file);
  }
});

test('every chunk is covered by the loader: its hash is in the loader, or in each chunk that imports it, itself covered', () => {
  const loader = readFileSync('dist/cdn/safe-migration-kit.js', 'utf8');
  const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(loader);
  assert.ok(literal, 'the loader holds its chunk table');
  const chunks = JSON.parse(JSON.parse(literal[1]!) as string) as Record<string, [string, string[]]>;
  for (const [file, [hash, imports]] of Object.entries(chunks)) {
    assert.equal(hash, table[file], `${file}: the loader's hash is the one in integrity.json`);
    for (const imported of imports) assert.ok(chunks[imported], `${file} imports ${imported}, which has a hash`);
  }
  const graph = JSON.parse(readFileSync('dist/cdn-graph.json', 'utf8')) as { chunks: { file: string; isEntry: boolean; imports: string[]; dynamicImports: string[] }[] };
  const all = readdirSync('dist/cdn/chunks').map((c) => `chunks/${c}`);
  const carried = all.filter((file) => !chunks[file]);
  for (const file of carried) {
    // Checked against the hash its importer passes, so it must bring no import whose hash nothing carries.
    const node = graph.chunks.find((c) => c.file === file);
    assert.ok(node, `${file} is in the build's graph`);
    assert.deepEqual(node.dynamicImports, [], `${file}, whose hash the loader does not carry, has no import() of its own`);
    for (const imported of node.imports) assert.ok(chunks[imported], `${file} imports ${imported}, which has a hash in the loader`);
    const importers = graph.chunks.filter((c) => c.dynamicImports.includes(file));
    assert.ok(importers.length > 0, `${file} is imported by some chunk`);
    for (const importer of importers) {
      assert.ok(!importer.isEntry && chunks[importer.file], `${file}: its importer ${importer.file} is itself in the loader's table`);
      const code = readFileSync(`dist/cdn/${importer.file}`, 'utf8');
      const name = file.slice('chunks/'.length);
      const at = code.indexOf(`import.meta.url,"./${name}",`);
      assert.ok(at >= 0, `${importer.file} imports ${file} through the checked import`);
      const call = code.slice(at).match(/^import\.meta\.url,"[^"]+","(sha384-[A-Za-z0-9+/]{64})"(?:,(\[[^\]]*\]))?\)/);
      assert.equal(call?.[1], table[file], `${importer.file} carries the hash of ${file}`);
      assert.deepEqual(JSON.parse(call?.[2] ?? '[]'), node.imports, `${importer.file} carries the static imports of ${file}`);
    }
  }
  assert.deepEqual([...Object.keys(chunks), ...carried].sort(), all.sort());
  assert.doesNotMatch(loader, /\bimport\(["']/, 'the loader has no import() that skips the check');
  for (const file of all) {
    assert.doesNotMatch(readFileSync(`dist/cdn/${file}`, 'utf8'), /\bimport\(["']/, `${file} has no import() that skips the check`);
  }
});

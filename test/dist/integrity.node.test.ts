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

test('the loader carries the hash of every chunk and the chunks each imports, and each hash matches the chunk', () => {
  const loader = readFileSync('dist/cdn/safe-migration-kit.js', 'utf8');
  const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(loader);
  assert.ok(literal, 'the loader holds its chunk table');
  const chunks = JSON.parse(JSON.parse(literal[1]!) as string) as Record<string, [string, string[]]>;
  assert.deepEqual(Object.keys(chunks).sort(), readdirSync('dist/cdn/chunks').map((c) => `chunks/${c}`).sort());
  for (const [file, [hash, imports]] of Object.entries(chunks)) {
    assert.equal(hash, table[file], `${file}: the loader's hash is the one in integrity.json`);
    for (const imported of imports) assert.ok(chunks[imported], `${file} imports ${imported}, which has a hash`);
  }
  assert.doesNotMatch(loader, /\bimport\(["']/, 'the loader has no import() that skips the check');
  for (const file of Object.keys(chunks)) {
    assert.doesNotMatch(readFileSync(`dist/cdn/${file}`, 'utf8'), /\bimport\(["']/, `${file} has no import() that skips the check`);
  }
});

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

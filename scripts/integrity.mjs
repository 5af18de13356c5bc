// Writes dist/cdn/integrity.json: a SHA-384 Subresource Integrity hash for every file of the
// script-tag build, keyed by its path relative to dist/cdn.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sri } from './sri.mjs';

const root = 'dist/cdn';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const table = {};
for (const path of files(root).sort()) {
  const key = relative(root, path).split('\\').join('/');
  if (key === 'integrity.json') continue;
  table[key] = sri(readFileSync(path));
}
writeFileSync(join(root, 'integrity.json'), `${JSON.stringify(table, null, 2)}\n`);
console.log(`dist/cdn/integrity.json: ${Object.keys(table).length} files`);

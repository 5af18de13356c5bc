import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';

// docs/api is generated from the SDK's doc comments; this fails when someone changes the SDK and
// forgets `npm run docs:api`, so the committed reference never lies.
test('docs/api matches the doc comments of the SDK (run "npm run docs:api" after changing them)', () => {
  const out = '.cache/api-check';
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync('npx', ['typedoc', '--out', out], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  const committed = readdirSync('docs/api', { recursive: true }).map(String).sort();
  const fresh = readdirSync(out, { recursive: true }).map(String).sort();
  assert.deepEqual(committed, fresh);
  for (const file of fresh) {
    if (!file.endsWith('.md')) continue;
    assert.equal(readFileSync(`docs/api/${file}`, 'utf8'), readFileSync(`${out}/${file}`, 'utf8'), `docs/api/${file} is out of date`);
  }
});

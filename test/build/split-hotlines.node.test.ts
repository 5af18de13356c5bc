import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HotlineDataError } from '../../src/sdk/hotlines/errors.js';
import { splitHotlines } from '../../scripts/split-hotlines.js';

// Issue 19: the finder wraps the bundled data's parts without checking them (no zod on its first
// screen), so the build checks them: scripts/split-hotlines.ts refuses a file the schema or the
// data's rules refuse, says why, and writes nothing.

const bundled = JSON.parse(readFileSync('src/data/hotlines.json', 'utf8')) as { hotlines: Record<string, unknown>[] };

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'split-hotlines-'));
  test.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The bundled file with its first line's first channel given a dial that is not a number. */
function badFile(dir: string): string {
  const bad = structuredClone(bundled);
  const first = bad.hotlines[0] as { channels: Record<string, unknown>[] };
  first.channels[0] = { ...first.channels[0], dial: 'call us' };
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify(bad));
  return file;
}

test('the bundled file is checked and split, one part per country beside the index', () => {
  const out = join(workDir(), 'parts');
  splitHotlines(undefined, out);
  const files = readdirSync(out);
  assert.ok(files.includes('index.ts') && files.includes('emergency.ts') && files.includes('KZ.ts'), files.join());
});

test('a file the schema refuses throws HotlineDataError with the path of the problem, and nothing is written', () => {
  const dir = workDir();
  const out = join(dir, 'parts');
  assert.throws(
    () => splitHotlines(badFile(dir), out),
    (error: unknown) =>
      error instanceof HotlineDataError &&
      error.code === 'hotline/data-invalid' &&
      error.problems.some((p) => p.path === '$.hotlines[0].channels[0].dial'),
  );
  assert.equal(existsSync(out), false, 'no part is written');
});

test('run as a script on a bad file, it exits with 1, lists every problem and keeps the parts it wrote before', () => {
  const dir = workDir();
  const out = join(dir, 'parts');
  splitHotlines(undefined, out);
  const before = readFileSync(join(out, 'KZ.ts'), 'utf8');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/split-hotlines.ts', '--data', badFile(dir), '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /split-hotlines: Hotline data from .*bad\.json is not usable: \$\.hotlines\[0\]\.channels\[0\]\.dial: /);
  assert.match(run.stderr, /Nothing was written/);
  assert.match(run.stderr, /^ {2}\$\.hotlines\[0\]\.channels\[0\]\.dial: .+ \(wrong-format\)$/m);
  assert.equal(readFileSync(join(out, 'KZ.ts'), 'utf8'), before, 'the parts of the last good file are left as they were');
});

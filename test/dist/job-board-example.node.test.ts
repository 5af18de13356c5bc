import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, rmSync, cpSync } from 'node:fs';
import { resolve } from 'node:path';

// Runs docs/examples/job-board-node exactly as a job board would, against the built package
// (resolved by name through a node_modules link to this repository).
test('the job-board example flags the risky postings and passes the ordinary one', () => {
  const dir = resolve('.cache/example-job-board');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/node_modules`, { recursive: true });
  cpSync('docs/examples/job-board-node', dir, { recursive: true });
  symlinkSync(resolve('.'), `${dir}/node_modules/safe-migration-kit`, 'dir');
  const result = spawnSync(process.execPath, ['check-postings.mjs', 'postings.jsonl'], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const flagged = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; level: string; flags: string[] });
  assert.deepEqual(flagged.map((f) => f.id).sort(), ['p1', 'p3']);
  assert.equal(flagged.find((f) => f.id === 'p1')!.level, 'high');
  for (const f of flagged) assert.ok(f.flags.length > 0);
  assert.match(result.stderr, /checked 3: /);
});

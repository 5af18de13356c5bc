// `safe-migration-kit staff` as an organisation's administrator runs it, against a real SQLite file
// and then the inbox on a real receiver: the link it prints is the one that enrols.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/staff.js';
import { main } from '../../src/cli/main.js';
import { openReportStore } from '../../src/server/index.js';
import { startInboxReceiver } from '../server/inbox-helpers.js';

async function staff(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const status = await run(args, { out: (t) => (out.stdout += t), err: (t) => (out.stderr += t) });
  return { status, ...out };
}

function tempDb(): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'smk-staff-'));
  return { file: join(dir, 'reports.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

test('staff add prints a one-time link with a fragment token; list, remove and log show what happened', async () => {
  const { file, remove } = tempDb();
  try {
    await (await openReportStore(file)).close();
    const added = await staff(['add', 'aigerim', '--db', file, '--url', 'https://reports.ngo.example/']);
    assert.equal(added.status, 0, added.stderr);
    const link = /https:\/\/reports\.ngo\.example\/inbox\/#enrol=([A-Za-z0-9_-]{43})/.exec(added.stdout);
    assert.ok(link, added.stdout);

    const twice = await staff(['add', 'aigerim', '--db', file, '--url', 'https://reports.ngo.example']);
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /already a staff member called "aigerim"/);

    const list = await staff(['list', '--db', file]);
    assert.equal(list.status, 0);
    assert.match(list.stdout, /^name\tadded\tenrolled\tsign-in\naigerim\t\d{4}-\d\d-\d\dT[\d:]+Z\tnot yet\tnone\n$/);

    const removed = await staff(['remove', 'aigerim', '--db', file]);
    assert.equal(removed.status, 0);
    assert.equal((await staff(['remove', 'aigerim', '--db', file])).status, 1);
    assert.equal((await staff(['list', '--db', file])).stdout, 'name\tadded\tenrolled\tsign-in\n');

    const log = await staff(['log', '--db', file]);
    assert.match(log.stdout, /\tcli\tstaff-add\taigerim\n.*\tcli\tstaff-remove\taigerim\n$/s);
  } finally {
    remove();
  }
});

test('staff refuses what it cannot use, with exit code 2 and its help', async () => {
  const { file, remove } = tempDb();
  try {
    await (await openReportStore(file)).close();
    const cases: [string[], RegExp][] = [
      [['add', 'dana', '--db', file], /add needs --url/],
      [['add', 'dana', '--db', file, '--url', 'http://reports.ngo.example'], /https/],
      [['add', 'dana', '--db', file, '--url', 'https://reports.ngo.example', '--valid', '0'], /--valid must be/],
      [['add', 'a b', '--db', file, '--url', 'https://reports.ngo.example'], /not a name the inbox takes/],
      [['add', '--db', file, '--url', 'https://reports.ngo.example'], /needs the staff member's NAME/],
      [['list', 'extra', '--db', file], /unexpected argument "extra"/],
      [['promote', 'dana', '--db', file], /say "add", "list", "remove" or "log"/],
      [['list'], /--db FILE is required/],
    ];
    for (const [args, message] of cases) {
      const result = await staff(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, message);
      assert.match(result.stderr, /Usage: safe-migration-kit staff add NAME/);
    }
    const missing = await staff(['list', '--db', join(file, '..', 'none.sqlite')]);
    assert.equal(missing.status, 1);
  } finally {
    remove();
  }
});

test('the link staff add printed enrols on the receiver that uses the same database', async () => {
  const r = await startInboxReceiver();
  try {
    const added = await staff(['add', 'erlan', '--db', r.file, '--url', 'https://reports.ngo.example']);
    const token = /#enrol=(\S+)/.exec(added.stdout)![1]!;
    const start = await r.api('POST', '/inbox/api/enrolment', { body: { token } });
    assert.equal(start.status, 200, start.text);
    assert.equal(start.json?.name, 'erlan');
  } finally {
    await r.dispose();
  }
});

test('--help lists the staff command', async () => {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  try {
    assert.equal(await main(['--help']), 0);
  } finally {
    process.stdout.write = write;
  }
  assert.match(out, /staff add NAME --url URL\|list\|remove NAME\|log --db FILE/);
});

test('serve --inbox refuses an address the inbox cannot run at, before opening anything', async () => {
  const { run: serve } = await import('../../src/cli/serve.js');
  let err = '';
  const status = await serve(['--inbox', 'http://reports.ngo.example', '--port', '0'], { out: () => undefined, err: (t) => (err += t) });
  assert.equal(status, 2);
  assert.match(err, /--inbox the inbox needs https:/);
});

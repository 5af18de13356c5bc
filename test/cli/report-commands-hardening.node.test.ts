// The report commands' findings from the red-team run (issue 17): keygen's files (L5), reading
// commands on a database the receiver did not make (L7), and deleting reports for good (L2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { run as runKeygen } from '../../src/cli/keygen.js';
import { run as runReports } from '../../src/cli/reports.js';
import { run as runDecrypt } from '../../src/cli/decrypt.js';
import { describePostgresUrl, openReportStore } from '../../src/server/index.js';
import { postgres } from '../server/helpers.js';

const commands = { keygen: runKeygen, reports: runReports, decrypt: runDecrypt };

async function cli([name, ...args]: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const status = await commands[name as keyof typeof commands](args, { out: (t) => (out.stdout += t), err: (t) => (out.stderr += t) });
  return { status, ...out };
}

async function inTemp(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'smk-cli-'));
  try {
    await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('L5: keygen --force replaces a world-readable private.jwk with one only its owner can read', async () => {
  await inTemp(async (dir) => {
    writeFileSync(join(dir, 'private.jwk'), '{"old":true}\n', { mode: 0o644 });
    chmodSync(join(dir, 'private.jwk'), 0o644);
    const result = await cli(['keygen', '--out', dir, '--force']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(statSync(join(dir, 'private.jwk')).mode & 0o777, 0o600);
    assert.ok(readFileSync(join(dir, 'private.jwk'), 'utf8').includes('"d"'));
    assert.deepEqual(readdirSync(dir).sort(), ['private.jwk', 'public.jwk'], 'no temporary file is left');
  });
});

test('L5: keygen beside an existing public.jwk writes nothing, so the two files always match', async () => {
  await inTemp(async (dir) => {
    const old = '{"kty":"EC","crv":"P-256","x":"old","y":"old"}\n';
    writeFileSync(join(dir, 'public.jwk'), old);
    const result = await cli(['keygen', '--out', dir]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /public\.jwk already exists/);
    assert.deepEqual(readdirSync(dir), ['public.jwk'], 'no private key was written');
    assert.equal(readFileSync(join(dir, 'public.jwk'), 'utf8'), old);
    const forced = await cli(['keygen', '--out', dir, '--force']);
    assert.equal(forced.status, 0);
    const publicKey = JSON.parse(readFileSync(join(dir, 'public.jwk'), 'utf8')) as { kid: string; x: string };
    const privateKey = JSON.parse(readFileSync(join(dir, 'private.jwk'), 'utf8')) as { kid: string; x: string };
    assert.equal(publicKey.kid, privateKey.kid, 'with --force both are replaced, as a pair');
    assert.equal(publicKey.x, privateKey.x);
  });
});

test('L7: reports and decrypt refuse a SQLite file the receiver did not make, and leave it byte for byte as it was', async () => {
  await inTemp(async (dir) => {
    const file = join(dir, 'notes.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('shopping list')");
    assert.equal(other.pragma('journal_mode', { simple: true }), 'delete');
    other.close();
    const digest = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = digest();
    for (const args of [
      ['reports', 'list', '--db', file],
      ['reports', 'export', '--db', file],
      ['reports', 'delete', '--db', file, '--older-than', '1'],
      ['decrypt', '--key', join(dir, 'none.jwk'), '--db', file],
    ]) {
      if (args[0] === 'decrypt') {
        writeFileSync(join(dir, 'none.jwk'), JSON.stringify((JSON.parse((await cli(['keygen', '--print'])).stdout) as { privateKey: unknown }).privateKey), { mode: 0o600 });
      }
      const result = await cli(args);
      assert.equal(result.status, 1, args.join(' '));
      assert.match(result.stderr, /is not a receiver database/, args.join(' '));
    }
    assert.equal(digest(), before, 'the file is unchanged');
    assert.deepEqual(readdirSync(dir).sort(), ['none.jwk', 'notes.sqlite'], 'no -wal or -shm file was made');
    const again = new Database(file, { readonly: true });
    assert.equal(again.pragma('journal_mode', { simple: true }), 'delete');
    assert.deepEqual(again.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all(), [{ name: 'notes' }]);
    again.close();
  });
});

test('L2: reports delete removes reports by receipt or by age, and their text is gone from every file', async () => {
  await inTemp(async (dir) => {
    const file = join(dir, 'reports.sqlite');
    const store = await openReportStore(file);
    const receipts: string[] = [];
    for (const [i, text] of ['Aigerim-first-9921', 'Bakyt-second-8812', 'Chyngyz-third-7703'].entries()) {
      const result = await store.accept(crypto.randomUUID(), 'report', JSON.stringify({ description: text, consent: true }), `hash-${i}`);
      assert.equal(result.status, 'created');
      if (result.status === 'created') receipts.push(result.receipt);
    }
    await store.close();
    const bytes = () => readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1')).join('');

    const bad = await cli(['reports', 'delete', '--db', file]);
    assert.equal(bad.status, 2, 'delete says what to delete');
    const one = await cli(['reports', 'delete', '--db', file, '--receipt', receipts[0]!.replaceAll(' ', '')]);
    assert.equal(one.status, 0, one.stderr);
    assert.match(one.stdout, /deleted 1 report\b/);
    assert.ok(!bytes().includes('Aigerim-first-9921'));
    assert.ok(bytes().includes('Bakyt-second-8812'));

    const future = new Date(Date.now() + 120_000).toISOString();
    const old = await cli(['reports', 'delete', '--db', file, '--before', future]);
    assert.match(old.stdout, /deleted 2 reports/);
    assert.doesNotMatch(bytes(), /Bakyt-second-8812|Chyngyz-third-7703/);
    const list = await cli(['reports', 'list', '--db', file]);
    assert.equal(list.stdout, 'seq\treceipt\treceived\tkind\tbytes\n');
  });
});

test('the report commands read and delete in a PostgreSQL database too', { skip: postgres.skip }, async () => {
  const url = await postgres.location('');
  const store = await openReportStore(url);
  const created = await store.accept(crypto.randomUUID(), 'report', JSON.stringify({ description: 'In PostgreSQL.', consent: true }), 'h');
  await store.close();
  assert.equal(created.status, 'created');
  const receipt = created.status === 'created' ? created.receipt : '';
  const list = await cli(['reports', 'list', '--db', url]);
  assert.equal(list.status, 0, list.stderr);
  assert.match(list.stdout, new RegExp(`1\\t${receipt}\\t\\S+\\treport\\t`));
  const exported = await cli(['reports', 'export', '--db', url]);
  assert.deepEqual((JSON.parse(exported.stdout) as { report: unknown }).report, { description: 'In PostgreSQL.', consent: true });
  const deleted = await cli(['reports', 'delete', '--db', url, '--receipt', receipt]);
  assert.match(deleted.stdout, /deleted 1 report\b/);
  assert.equal((await cli(['reports', 'list', '--db', url])).stdout, 'seq\treceipt\treceived\tkind\tbytes\n');
});

test('a PostgreSQL URL is shown without its password or parameters', () => {
  assert.equal(describePostgresUrl('postgres://receiver:s3cret@10.0.0.5:5432/reports?sslmode=require'), 'postgres://receiver@10.0.0.5:5432/reports');
  assert.doesNotMatch(describePostgresUrl('postgres://receiver:s3cret@[bad'), /s3cret/);
});

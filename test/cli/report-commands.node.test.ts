// The report commands as a person at the organisation runs them: keygen, serve, reports, decrypt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportClient } from '../../src/sdk/index.js';
import { run as runServe } from '../../src/cli/serve.js';
import { run as runKeygen } from '../../src/cli/keygen.js';
import { run as runReports } from '../../src/cli/reports.js';
import { run as runDecrypt } from '../../src/cli/decrypt.js';

const commands = { serve: runServe, keygen: runKeygen, reports: runReports, decrypt: runDecrypt };

/** Runs a report command in this process (fast), reading what it writes; stdin needs a real process. */
async function cli([name, ...args]: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const status = await commands[name as keyof typeof commands](args, {
    out: (text) => (out.stdout += text),
    err: (text) => (out.stderr += text),
  });
  return { status, ...out };
}

function cliWithInput(args: string[], input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { encoding: 'utf8', input });
}

/** Starts `serve` as its own process and resolves with its URL once it listens. */
async function serve(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

test('keygen writes public.jwk and a private.jwk only its owner can read, and never overwrites by accident', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smk-keygen-'));
  try {
    const first = await cli(['keygen', '--out', dir]);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(statSync(join(dir, 'private.jwk')).mode & 0o777, 0o600);
    const publicKey = JSON.parse(readFileSync(join(dir, 'public.jwk'), 'utf8')) as Record<string, string>;
    const privateKey = JSON.parse(readFileSync(join(dir, 'private.jwk'), 'utf8')) as Record<string, string>;
    assert.equal(publicKey.d, undefined);
    assert.equal(publicKey.kid, privateKey.kid);
    assert.match(first.stdout, new RegExp(`key id: ${publicKey.kid}`));
    const again = await cli(['keygen', '--out', dir]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists/);
    assert.equal(readFileSync(join(dir, 'private.jwk'), 'utf8').includes(privateKey.d!), true, 'the old key is kept');
    const printed = await cli(['keygen', '--print']);
    assert.equal(printed.status, 0);
    const pair = JSON.parse(printed.stdout) as { publicKey: Record<string, string>; privateKey: Record<string, string> };
    assert.ok(pair.privateKey.d && !pair.publicKey.d);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve, send, list, export and decrypt: an encrypted report makes the round trip through the CLI', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smk-serve-'));
  const db = join(dir, 'reports.sqlite');
  try {
    assert.equal((await cli(['keygen', '--out', dir])).status, 0);
    const publicKey = JSON.parse(readFileSync(join(dir, 'public.jwk'), 'utf8')) as JsonWebKey;
    const { child, url, output } = await serve(['--port', '0', '--db', db, '--origin', 'https://ngo.example']);
    let sealedReceipt: string;
    let plainReceipt: string;
    const sealed = { description: 'Мою сестру держат на ферме под Шымкентом.', consent: true as const, where: { country: 'KZ' } };
    const plain = { description: 'Plain report.', consent: true as const };
    try {
      const encrypted = new ReportClient({ endpoint: `${url}/reports`, publicKey, timeout: 2000 });
      sealedReceipt = (await encrypted.send(encrypted.prepare(sealed))).receipt;
      const open = new ReportClient({ endpoint: `${url}/reports`, timeout: 2000 });
      plainReceipt = (await open.send(open.prepare(plain))).receipt;
      const health = await fetch(`${url}/health`);
      assert.equal(health.status, 200);
    } finally {
      assert.equal(await stop(child), 0);
    }
    assert.match(output(), /POST \/reports 201/);
    assert.match(output(), /stopped/);
    assert.doesNotMatch(output(), /127\.0\.0\.1 |::ffff|Шымкент/, 'the log names no address and no report text');

    const list = await cli(['reports', 'list', '--db', db]);
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, new RegExp(`1\\t${sealedReceipt}\\t\\S+\\tencrypted\\t`));
    assert.match(list.stdout, new RegExp(`2\\t${plainReceipt}\\t\\S+\\treport\\t`));

    const exported = await cli(['reports', 'export', '--db', db]);
    assert.equal(exported.status, 0, exported.stderr);
    const lines = exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 2);
    assert.doesNotMatch(exported.stdout, /Шымкент/, 'the database holds the encrypted report as ciphertext only');
    const asJson = await cli(['reports', 'export', '--db', db, '--format', 'json']);
    assert.deepEqual(JSON.parse(asJson.stdout), lines);

    const fromDb = await cli(['decrypt', '--key', join(dir, 'private.jwk'), '--db', db]);
    assert.equal(fromDb.status, 0, fromDb.stderr);
    const opened = fromDb.stdout.trim().split('\n').map((l) => JSON.parse(l) as { receipt: string; kind: string; report: unknown });
    assert.deepEqual(opened.map((o) => [o.receipt, o.kind, o.report]), [
      [sealedReceipt, 'encrypted', sealed],
      [plainReceipt, 'report', plain],
    ]);

    const exportFile = join(dir, 'export.jsonl');
    writeFileSync(exportFile, exported.stdout);
    const fromFile = await cli(['decrypt', '--key', join(dir, 'private.jwk'), exportFile]);
    assert.equal(fromFile.stdout, fromDb.stdout);
    const envelope = JSON.stringify(lines[0]!.envelope);
    const fromStdin = cliWithInput(['decrypt', '--key', join(dir, 'private.jwk')], envelope);
    assert.deepEqual(JSON.parse(fromStdin.stdout), sealed);

    const other = await cli(['keygen', '--print']);
    const otherKey = join(dir, 'other.jwk');
    writeFileSync(otherKey, JSON.stringify((JSON.parse(other.stdout) as { privateKey: unknown }).privateKey), { mode: 0o600 });
    const wrong = await cli(['decrypt', '--key', otherKey, '--db', db]);
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, new RegExp(`receipt ${sealedReceipt}: report/wrong-key`));
    assert.match(wrong.stdout, /Plain report/, 'the plaintext report is still printed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('wrong command lines exit 2 with the command help; a missing database exits 1', async () => {
  const badPort = await cli(['serve', '--port', 'eighty']);
  assert.equal(badPort.status, 2);
  assert.match(badPort.stderr, /--port must be a whole number/);
  assert.match(badPort.stderr, /Usage: safe-migration-kit serve/);
  const badOrigin = await cli(['serve', '--origin', 'ngo.example']);
  assert.equal(badOrigin.status, 2);
  assert.match(badOrigin.stderr, /--origin "ngo.example" is not an origin/);
  assert.equal((await cli(['decrypt', '--db', 'x.sqlite'])).status, 2);
  assert.equal((await cli(['reports', 'frobnicate', '--db', 'x.sqlite'])).status, 2);
  const missing = await cli(['reports', 'list', '--db', join(tmpdir(), 'no-such-reports.sqlite')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /There is no database/);
  for (const name of ['serve', 'keygen', 'reports', 'decrypt']) {
    const help = await cli([name, '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, new RegExp(`Usage: safe-migration-kit ${name}`));
  }
});

test('--help lists the report commands', () => {
  const help = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', '--help'], { encoding: 'utf8' });
  for (const name of ['serve', 'keygen', 'reports list|export', 'decrypt']) assert.match(help.stdout, new RegExp(`^  ${name} `, 'm'));
});

test('decrypt refuses a public key in place of the private one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smk-decrypt-'));
  try {
    await cli(['keygen', '--out', dir]);
    const result = cliWithInput(['decrypt', '--key', join(dir, 'public.jwk')], '{}');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /must be a private key/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

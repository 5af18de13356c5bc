// The findings of a red-team run against the receiver (issue 17), each reproduced on a real
// receiver on 127.0.0.1 with real sockets, a real database and the operating system's own refusals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptReport, generateReportKeyPair } from '../../src/sdk/index.js';
import type { EncryptedReport } from '../../src/sdk/index.js';
import { openReportStore, startReceiver } from '../../src/server/index.js';
import { backends, post, postgres, sqlite, startTestReceiver, tempDir } from './helpers.js';
import type { StoreBackend, TestReceiver } from './helpers.js';
import { postgresAdmin, postgresDataDir } from './postgres.js';

const report = { description: 'They took our passports at the airport.', consent: true };

async function withReceiver(options: Parameters<typeof startTestReceiver>[0], run: (r: TestReceiver) => Promise<void>) {
  const receiver = await startTestReceiver(options);
  try {
    await run(receiver);
  } finally {
    await receiver.dispose();
  }
}

function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves when the server has closed `socket`, or with false after `ms`. */
function closedWithin(socket: Socket, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (socket.destroyed || socket.readableEnded) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    socket.once('end', done);
    socket.once('close', done);
    socket.on('error', () => undefined);
    socket.resume();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// M1 ------------------------------------------------------------------------------------------------

test('M1: requests refused for their headers do not use up the rate limit of real reports', async () => {
  await withReceiver({ rateLimit: { perMinute: 3 } }, async (r) => {
    for (let i = 0; i < 30; i++) {
      const junk =
        i % 2 === 0
          ? await post(r.url, 'junk', { 'content-type': 'text/plain' })
          : await fetch(`${r.url}/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      assert.ok([400, 415].includes(junk.status));
    }
    for (let i = 0; i < 3; i++) assert.equal((await post(r.url, report)).status, 201, `real report ${i + 1} of 3`);
    assert.equal((await post(r.url, report)).status, 429, 'the limit itself still holds');
  });
});

test('M1: a receiver behind a proxy without --trust-proxy warns once that every sender shares one limit', async () => {
  const warnings: string[] = [];
  await withReceiver({ rateLimit: { perMinute: 20 }, warn: (m) => warnings.push(m) }, async (r) => {
    await post(r.url, report);
    assert.deepEqual(warnings, [], 'no proxy, no warning');
    await post(r.url, report, { 'x-forwarded-for': '198.51.100.1' });
    await post(r.url, report, { 'x-forwarded-for': '198.51.100.2' });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /--trust-proxy/);
    assert.doesNotMatch(warnings[0]!, /198\.51\.100/, 'the warning names no address');
  });
});

test('M1: with PostgreSQL, receivers on one database share one rate limit per sender', { skip: postgres.skip }, async () => {
  const tmp = tempDir();
  const location = await postgres.location(tmp.dir);
  const [a, b] = await Promise.all([1, 2].map(async () => startReceiver({ db: await openReportStore(location), port: 0, rateLimit: { perMinute: 2 }, trustProxy: true })));
  try {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    assert.equal((await post(a!.url, report, from('203.0.113.5'))).status, 201);
    assert.equal((await post(b!.url, report, from('203.0.113.5'))).status, 201);
    const third = await post(a!.url, report, from('203.0.113.5'));
    assert.equal(third.status, 429, 'the second receiver counted the first one\'s report');
    assert.ok(Number(third.headers.get('retry-after')) >= 1);
    assert.equal((await post(b!.url, report, from('203.0.113.5'))).status, 429);
    assert.equal((await post(b!.url, report, from('203.0.113.6'))).status, 201, 'another sender has its own bucket');
  } finally {
    await Promise.all([a!.close(), b!.close()]);
    tmp.remove();
  }
});

// M2 ------------------------------------------------------------------------------------------------

test('M2: connections that never send a byte are closed after the idle timeout', async () => {
  await withReceiver({ timeouts: { idle: 500 } }, async (r) => {
    const sockets = await Promise.all(Array.from({ length: 40 }, () => open(r.url)));
    const closed = await Promise.all(sockets.map((s) => closedWithin(s, 3000)));
    assert.equal(closed.filter(Boolean).length, 40, 'every idle connection was closed by the receiver');
    assert.equal((await fetch(`${r.url}/health`)).status, 200, 'and the receiver still answers');
  });
});

test('M2: a client that sends its headers a byte at a time (slowloris) is cut off by the header deadline', async () => {
  await withReceiver({ timeouts: { idle: 1000, headers: 1000 } }, async (r) => {
    const socket = await open(r.url);
    const started = Date.now();
    const header = 'POST /reports HTTP/1.1\r\nHost: receiver\r\nX-Padding: ' + 'a'.repeat(200);
    let i = 0;
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write(header[i++ % header.length]!);
    }, 100);
    try {
      assert.ok(await closedWithin(socket, 5000), 'the connection was closed');
      assert.ok(Date.now() - started < 4000, `closed after ${Date.now() - started} ms`);
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });
});

// M3 ------------------------------------------------------------------------------------------------

/** Makes the receiver's database unwritable under it, the way a read-only mount or a revoked grant does. */
const readOnly: Record<StoreBackend['name'], { skip: string | undefined; apply(r: TestReceiver): Promise<() => Promise<void>> }> = {
  // Root ignores file modes; the immutable flag stops root too, even through files already open.
  SQLite: {
    skip: (() => {
      if (process.getuid?.() !== 0) return 'needs root, to set the immutable flag (chattr +i) that stops writes to an open file';
      const dir = mkdtempSync(join(tmpdir(), 'smk-chattr-'));
      try {
        writeFileSync(join(dir, 'probe'), '');
        const ok = spawnSync('chattr', ['+i', join(dir, 'probe')]).status === 0;
        spawnSync('chattr', ['-i', join(dir, 'probe')]);
        return ok ? undefined : 'chattr +i does not work on this file system';
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    })(),
    apply: async (r) => {
      // Not the -shm file: SQLite maps it into memory, and a write to an immutable mapping is SIGBUS.
      const files = [r.file, `${r.file}-wal`];
      for (const file of files) assert.equal(spawnSync('chattr', ['+i', file]).status, 0);
      return async () => {
        for (const file of files) spawnSync('chattr', ['-i', file]);
      };
    },
  },
  PostgreSQL: {
    skip: postgres.skip,
    apply: async (r) => {
      const name = new URL(r.file).pathname.slice(1);
      await postgresAdmin(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
      await postgresAdmin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
      return async () => {
        await postgresAdmin(`ALTER DATABASE ${name} SET default_transaction_read_only = off`);
      };
    },
  },
};

for (const backend of backends) {
  const fault = readOnly[backend.name];
  test(`M3: a receiver that cannot write answers /health 503, not 200 (${backend.name})`, { skip: backend.skip ?? fault.skip }, async () => {
    await withReceiver({ backend }, async (r) => {
      assert.equal((await post(r.url, report)).status, 201);
      assert.equal((await fetch(`${r.url}/health`)).status, 200);
      const undo = await fault.apply(r);
      try {
        // The first query on a connection PostgreSQL just ended fails too: ask until the pool has new ones.
        let health = await fetch(`${r.url}/health`);
        for (let i = 0; i < 3 && health.status === 200; i++) health = await fetch(`${r.url}/health`);
        assert.equal(health.status, 503);
        assert.equal(((await health.json()) as { error: { code: string } }).error.code, 'receiver/storage-unavailable');
        assert.ok(Number(health.headers.get('retry-after')) > 0);
        const refused = await post(r.url, { ...report, description: 'while read-only' });
        assert.equal(refused.status, 503, 'a report is refused with 503, so the sender keeps it and tries again');
      } finally {
        await undo();
      }
      let health = await fetch(`${r.url}/health`);
      for (let i = 0; i < 3 && health.status !== 200; i++) health = await fetch(`${r.url}/health`);
      assert.equal(health.status, 200, 'writable again, healthy again');
    });
  });
}

test('every SQLite failure, reads included, is a ReportDatabaseError with a database/ code and the driver error as cause', async () => {
  const temp = tempDir();
  try {
    const db = await openReportStore(join(temp.dir, 'reports.db'));
    await db.accept('00000000-0000-4000-8000-000000000001', 'report', '{}', 'hash');
    await db.close();
    const failure = { name: 'ReportDatabaseError', code: 'database/sqlite-failed' };
    await assert.rejects(db.count(), (error: Error) => error.name === failure.name && (error as { code?: string }).code === failure.code && error.cause instanceof Error);
    await assert.rejects(async () => {
      for await (const row of db.rows()) assert.fail(`read ${row.receipt} from a closed database`);
    }, failure);
    await assert.rejects(db.check(), failure);
  } finally {
    temp.remove();
  }
});

// L1 ------------------------------------------------------------------------------------------------

test('L1: the SQLite file and its -wal and -shm files are readable by their owner only', async () => {
  await withReceiver({ backend: sqlite }, async (r) => {
    assert.equal((await post(r.url, report)).status, 201);
    const dir = join(r.file, '..');
    const files = readdirSync(dir).filter((f) => f.startsWith('reports.sqlite'));
    assert.deepEqual(files.sort(), ['reports.sqlite', 'reports.sqlite-shm', 'reports.sqlite-wal']);
    for (const file of files) assert.equal(statSync(join(dir, file)).mode & 0o077, 0, `${file} is 0${(statSync(join(dir, file)).mode & 0o777).toString(8)}`);
  });
});

// L2 ------------------------------------------------------------------------------------------------

test('L2: a deleted report leaves no trace in the SQLite file, its WAL or its free pages', async () => {
  await withReceiver({ backend: sqlite }, async (r) => {
    const marker = 'Zhanar-Kuanyshbekovna-4471';
    const kept = await post(r.url, report);
    const gone = await post(r.url, { ...report, description: `Call ${marker} at the farm.` });
    assert.equal(gone.status, 201);
    const bytes = () => readdirSync(join(r.file, '..')).map((f) => readFileSync(join(r.file, '..', f)).toString('latin1')).join('');
    assert.ok(bytes().includes(marker), 'the report is on disk before it is deleted');
    assert.equal(await r.db.delete({ receipts: [String(gone.json?.receipt)] }), 1);
    assert.ok(!bytes().includes(marker), 'no copy is left in any of the files');
    assert.deepEqual((await storedReceipts(r)), [kept.json?.receipt]);
  });
});

/** Every file under `dir`, as latin1 text, for a plain search of the bytes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [readFileSync(join(dir, entry.name)).toString('latin1')],
  );
}

test('L2: with PostgreSQL, a deleted report leaves the table\'s files (its WAL keeps it until recycled)', { skip: postgres.skip }, async () => {
  await withReceiver({ backend: postgres }, async (r) => {
    const marker = 'Dilnoza-Rakhimovna-5580';
    const gone = await post(r.url, { ...report, description: `Call ${marker} at the farm.` });
    assert.equal(gone.status, 201);
    const tables = join(await postgresDataDir(), 'base');
    await postgresAdmin('CHECKPOINT');
    assert.ok(filesUnder(tables).some((text) => text.includes(marker)), 'the report is in the table files before it is deleted');
    assert.equal(await r.db.delete({ receipts: [String(gone.json?.receipt)] }), 1);
    // The old copy of the table is unlinked at the next checkpoint.
    await postgresAdmin('CHECKPOINT');
    assert.ok(!filesUnder(tables).some((text) => text.includes(marker)), 'no copy is left in the table files');
  });
});

async function storedReceipts(r: TestReceiver): Promise<string[]> {
  const receipts: string[] = [];
  for await (const row of r.db.rows()) receipts.push(row.receipt);
  return receipts;
}

// L3 ------------------------------------------------------------------------------------------------

test('L3: a sender that drops mid-upload is logged as aborted, not as a 500 internal error', async () => {
  await withReceiver({}, async (r) => {
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      written.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof process.stderr.write;
    try {
      const socket = await open(r.url);
      socket.write(
        `POST /reports HTTP/1.1\r\nHost: receiver\r\nContent-Type: application/json\r\nIdempotency-Key: ${crypto.randomUUID()}\r\nContent-Length: 5000\r\n\r\n{"description":"`,
      );
      await sleep(100);
      socket.destroy();
      for (let i = 0; i < 50 && r.logs.length === 0; i++) await sleep(20);
    } finally {
      process.stderr.write = write;
    }
    assert.deepEqual(
      r.logs.map((l) => [l.path, l.status, l.code]),
      [['/reports', 400, 'receiver/aborted']],
    );
    assert.deepEqual(written.filter((w) => w.includes('receiver')), [], 'nothing was reported as a failure');
  });
});

// L4 ------------------------------------------------------------------------------------------------

test('L4: close() (SIGTERM) stops the receiver within its grace period even while a slow client is sending', async () => {
  const receiver = await startTestReceiver({ timeouts: { shutdownGrace: 500, request: 60_000, idle: 60_000 } });
  const socket = await open(receiver.url);
  socket.on('error', () => undefined);
  socket.write(
    `POST /reports HTTP/1.1\r\nHost: receiver\r\nContent-Type: application/json\r\nIdempotency-Key: ${crypto.randomUUID()}\r\nContent-Length: 100000\r\n\r\n`,
  );
  const drip = setInterval(() => socket.write('x'), 50);
  try {
    await sleep(200);
    const started = Date.now();
    await Promise.race([receiver.close(), sleep(10_000)]);
    const took = Date.now() - started;
    assert.ok(took < 2000, `stopped after ${took} ms`);
    assert.ok(await closedWithin(socket, 1000), 'the slow connection was cut');
  } finally {
    clearInterval(drip);
    socket.destroy();
    await receiver.dispose().catch(() => undefined);
  }
});

// L6 ------------------------------------------------------------------------------------------------

test('L6: envelopes that are not ciphertext are refused, even when the schema allows their characters', async () => {
  const { publicKey } = await generateReportKeyPair();
  const real = await encryptReport(report as never, publicKey);
  const text = new TextEncoder().encode(`${JSON.stringify(report)}${' '.repeat(1024 + 16)}`).slice(0, 1024 + 16);
  const offCurve = Buffer.from(real.epk.y, 'base64url');
  offCurve[31]! ^= 1;
  const fakes: [string, EncryptedReport, string][] = [
    ['a one-letter ciphertext', { ...real, ciphertext: 'A' }, 'not-a-bucket'],
    ['base64 of readable text', { ...real, ciphertext: Buffer.from(text).toString('base64url') }, 'not-ciphertext'],
    ['a point off the curve', { ...real, epk: { ...real.epk, y: offCurve.toString('base64url') } }, 'not-on-curve'],
  ];
  await withReceiver({ encryptedOnly: true }, async (r) => {
    for (const [name, envelope, code] of fakes) {
      const reply = await post(r.url, envelope);
      assert.equal(reply.status, 422, name);
      const error = reply.json?.error as { code: string; issues: { code: string }[] };
      assert.equal(error.code, 'receiver/envelope-invalid', name);
      assert.ok(error.issues.some((i) => i.code === code), `${name}: ${JSON.stringify(error.issues)}`);
    }
    assert.equal(await r.db.count(), 0);
    assert.equal((await post(r.url, real)).status, 201, 'a real envelope is stored');
  });
});

// L8 ------------------------------------------------------------------------------------------------

/**
 * Sends a request that declares a 200 MB body and is refused for its headers, then keeps sending:
 * resolves with the status line and how many body bytes the receiver took before it closed.
 */
async function refusedUpload(url: string, head: string): Promise<{ status: string; accepted: number }> {
  const socket = await open(url);
  let reply = '';
  let closed = false;
  socket.on('data', (c: Buffer) => (reply += c.toString('latin1')));
  socket.on('close', () => (closed = true));
  socket.on('error', () => (closed = true));
  socket.write(`${head}Host: receiver\r\nContent-Length: 200000000\r\n\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 0x78);
  let accepted = 0;
  const limit = 64 * 1024 * 1024;
  while (!closed && accepted < limit) {
    // Wait for the socket to drain, as a client does: the receiver's reading sets the pace.
    const flushed = socket.write(chunk);
    accepted += chunk.length;
    if (!flushed) await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), sleep(1000)]);
  }
  socket.destroy();
  return { status: reply.split('\r\n')[0] ?? '', accepted };
}

test('L8: a request refused for its headers (415, 400, 404) is answered and closed without reading its body', async () => {
  await withReceiver({}, async (r) => {
    for (const [head, status] of [
      ['POST /reports HTTP/1.1\r\nContent-Type: text/plain\r\n', '415'],
      ['POST /reports HTTP/1.1\r\nContent-Type: application/json\r\n', '400'],
      ['POST /elsewhere HTTP/1.1\r\nContent-Type: application/json\r\n', '404'],
    ] as const) {
      const { status: line, accepted } = await refusedUpload(r.url, head);
      assert.match(line, new RegExp(`^HTTP/1.1 ${status} `));
      assert.ok(accepted < 16 * 1024 * 1024, `${status}: the receiver took ${(accepted / 1e6).toFixed(1)} MB before closing`);
    }
  });
});

// Several receivers on one database ------------------------------------------------------------------

test('two receivers on one PostgreSQL database given the same report at once store it once, with one receipt', { skip: postgres.skip }, async () => {
  const tmp = tempDir();
  const location = await postgres.location(tmp.dir);
  const receivers = await Promise.all([1, 2].map(async () => startReceiver({ db: await openReportStore(location), port: 0, rateLimit: false })));
  try {
    for (let round = 0; round < 20; round++) {
      const key = crypto.randomUUID();
      const body = { ...report, description: `round ${round}` };
      const replies = await Promise.all([...receivers, ...receivers].map((r) => post(r.url, body, { 'idempotency-key': key })));
      assert.deepEqual(replies.map((r) => r.status), [201, 201, 201, 201]);
      assert.equal(new Set(replies.map((r) => r.json?.receipt)).size, 1, 'one receipt for every copy');
      assert.equal(replies.filter((r) => r.json?.replayed === false).length, 1, 'exactly one copy was stored');
    }
    const reader = await openReportStore(location, { readonly: true });
    assert.equal(await reader.count(), 20);
    await reader.close();
  } finally {
    await Promise.all(receivers.map((r) => r.close()));
    tmp.remove();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { encryptReport, generateReportKeyPair } from '../../src/sdk/index.js';
import { RateLimiter, normaliseOrigins } from '../../src/server/index.js';
import { backends, post, startTestReceiver, storedRows } from './helpers.js';
import type { TestReceiver } from './helpers.js';

const report = { description: 'Работодатель забрал паспорт и не платит.', consent: true, where: { country: 'RU' } };

async function withReceiver(options: Parameters<typeof startTestReceiver>[0], run: (r: TestReceiver) => Promise<void>) {
  const receiver = await startTestReceiver(options);
  try {
    await run(receiver);
  } finally {
    await receiver.dispose();
  }
}

test('GET /health answers ok with the version', async () => {
  await withReceiver({}, async (r) => {
    const response = await fetch(`${r.url}/health`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), { status: 'ok', version: '0.1.0' });
  });
});

test('a valid report is committed to SQLite (WAL) and answered 201 with a receipt and a rough time', async () => {
  await withReceiver({}, async (r) => {
    const reply = await post(r.url, report);
    assert.equal(reply.status, 201);
    assert.match(String(reply.json?.receipt), /^\d{4} \d{4} \d{4}$/);
    assert.match(String(reply.json?.receivedAt), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
    assert.equal(reply.json?.replayed, false);
    // A second, independent connection sees the row: it was committed before the 201.
    const other = new Database(r.file, { readonly: true });
    try {
      assert.equal(other.pragma('journal_mode', { simple: true }), 'wal');
      const rows = other.prepare('SELECT receipt, kind, body FROM reports').all() as { receipt: string; kind: string; body: string }[];
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.receipt, reply.json?.receipt);
      assert.equal(rows[0]?.kind, 'report');
      assert.deepEqual(JSON.parse(rows[0]!.body), report);
    } finally {
      other.close();
    }
  });
});

for (const backend of backends) {
  test(`a replay with the same key returns the same receipt and stores nothing new (${backend.name})`, { skip: backend.skip }, async () => {
    await withReceiver({ backend }, async (r) => {
      const key = crypto.randomUUID();
      const first = await post(r.url, report, { 'idempotency-key': key });
      const again = await post(r.url, report, { 'idempotency-key': key });
      // The draft standard writes the key as a quoted string; both forms name the same report.
      const quoted = await post(r.url, report, { 'idempotency-key': `"${key.toUpperCase()}"` });
      assert.equal(again.status, 201);
      assert.equal(again.json?.receipt, first.json?.receipt);
      assert.equal(again.json?.receivedAt, first.json?.receivedAt);
      assert.equal(again.json?.replayed, true);
      assert.equal(quoted.json?.receipt, first.json?.receipt);
      assert.equal(await r.db.count(), 1);
    });
  });

  test(`the same key with a different report is refused (422 receiver/idempotency-key-reused) and changes nothing (${backend.name})`, { skip: backend.skip }, async () => {
    await withReceiver({ backend }, async (r) => {
      const key = crypto.randomUUID();
      await post(r.url, report, { 'idempotency-key': key });
      const other = await post(r.url, { ...report, description: 'something else' }, { 'idempotency-key': key });
      assert.equal(other.status, 422);
      assert.equal((other.json?.error as { code: string }).code, 'receiver/idempotency-key-reused');
      assert.equal(await r.db.count(), 1);
      assert.deepEqual(JSON.parse((await storedRows(r.db))[0]!.body), report);
    });
  });
}

test('a missing or malformed Idempotency-Key, or another content type, is refused with a clear error', async () => {
  await withReceiver({}, async (r) => {
    const missing = await fetch(`${r.url}/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report) });
    assert.equal(missing.status, 400);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'receiver/idempotency-key-missing');
    const bad = await post(r.url, report, { 'idempotency-key': 'report-1' });
    assert.equal(bad.status, 400);
    assert.equal((bad.json?.error as { code: string }).code, 'receiver/idempotency-key-invalid');
    const form = await post(r.url, 'description=hello', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(form.status, 415);
    assert.equal((form.json?.error as { code: string }).code, 'receiver/unsupported-media-type');
    assert.equal(await r.db.count(), 0);
  });
});

test('malformed JSON is 400, and a report that breaks the schema is 422 with paths but none of its text', async () => {
  await withReceiver({}, async (r) => {
    const malformed = await post(r.url, '{"description": "unfinished');
    assert.equal(malformed.status, 400);
    assert.equal((malformed.json?.error as { code: string }).code, 'receiver/malformed-json');
    const invalid = await post(r.url, { description: 'secret words', consent: false, where: { country: 'Kazakhstan' } });
    assert.equal(invalid.status, 422);
    const error = invalid.json?.error as { code: string; message: string; issues: { path: string; code: string }[] };
    assert.equal(error.code, 'receiver/report-invalid');
    assert.deepEqual(error.issues.map((i) => i.path).sort(), ['consent', 'where.country']);
    // The SDK's words (ReportIssue.code), not the validator's.
    assert.deepEqual(Object.fromEntries(error.issues.map((i) => [i.path, i.code])), { consent: 'not-allowed', 'where.country': 'wrong-format' });
    assert.doesNotMatch(JSON.stringify(invalid.json), /secret words|Kazakhstan/);
    assert.equal(await r.db.count(), 0);
  });
});

test('an oversize body is refused with 413, whether its length is declared or streamed', async () => {
  await withReceiver({ maxBodyBytes: 2048 }, async (r) => {
    const declared = await post(r.url, { description: 'x'.repeat(3000), consent: true });
    assert.equal(declared.status, 413);
    assert.equal((declared.json?.error as { code: string }).code, 'receiver/too-large');
    // Chunked, with no Content-Length: the receiver counts as it reads.
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${r.url}/reports`);
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() } },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(`{"consent":true,"description":"${'x'.repeat(1500)}`);
      setTimeout(() => req.end(`${'x'.repeat(1500)}"}`), 20);
    });
    assert.equal(streamed.status, 413);
    assert.equal((JSON.parse(streamed.body) as { error: { code: string } }).error.code, 'receiver/too-large');
    assert.equal(await r.db.count(), 0);
  });
});

test('CORS: a listed origin is allowed (preflight included), any other origin is refused with 403', async () => {
  await withReceiver({ origins: ['https://ngo.example', 'https://partner.example/'] }, async (r) => {
    const preflight = await fetch(`${r.url}/reports`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);

    const allowed = await post(r.url, report, { origin: 'https://ngo.example' });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://ngo.example');
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    assert.equal(allowed.headers.get('vary'), 'Origin');

    const foreignPreflight = await fetch(`${r.url}/reports`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(foreignPreflight.status, 403);
    assert.equal(foreignPreflight.headers.get('access-control-allow-origin'), null);
    const foreign = await post(r.url, report, { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    assert.equal((foreign.json?.error as { code: string }).code, 'receiver/origin-not-allowed');
    assert.equal(await r.db.count(), 1);
  });
});

test('origins must be written as scheme://host[:port]', () => {
  assert.deepEqual([...normaliseOrigins(['https://ngo.example/', 'http://localhost:8000'])], ['https://ngo.example', 'http://localhost:8000']);
  assert.throws(() => normaliseOrigins(['ngo.example']), TypeError);
  assert.throws(() => normaliseOrigins(['https://ngo.example/report']), TypeError);
});

test('more reports than the rate limit from one client are refused with 429 and Retry-After', async () => {
  await withReceiver({ rateLimit: { perMinute: 2 } }, async (r) => {
    assert.equal((await post(r.url, report)).status, 201);
    assert.equal((await post(r.url, report)).status, 201);
    const third = await post(r.url, report);
    assert.equal(third.status, 429);
    assert.equal((third.json?.error as { code: string }).code, 'receiver/rate-limited');
    assert.ok(Number(third.headers.get('retry-after')) >= 1);
    assert.equal(await r.db.count(), 2);
  });
});

test('the rate limiter refills with time and gives each client its own bucket', () => {
  const limiter = new RateLimiter({ perMinute: 60, burst: 1 });
  assert.equal(limiter.take('203.0.113.9', 0), 0);
  assert.equal(limiter.take('203.0.113.9', 10), 1);
  assert.equal(limiter.take('198.51.100.7', 10), 0, 'another client has its own bucket');
  assert.equal(limiter.take('203.0.113.9', 1010), 0, 'one token a second');
  assert.equal(limiter.size, 2);
});

test('an encrypted envelope is stored as ciphertext; --encrypted-only refuses plaintext', async () => {
  const { publicKey } = await generateReportKeyPair();
  const envelope = await encryptReport(report as never, publicKey);
  await withReceiver({ encryptedOnly: true }, async (r) => {
    const sealed = await post(r.url, envelope);
    assert.equal(sealed.status, 201);
    const [row] = (await storedRows(r.db));
    assert.equal(row?.kind, 'encrypted');
    assert.deepEqual(JSON.parse(row!.body), envelope);
    const plain = await post(r.url, report);
    assert.equal(plain.status, 422);
    assert.equal((plain.json?.error as { code: string }).code, 'receiver/encryption-required');
    const broken = await post(r.url, { ...envelope, iv: 'short' });
    assert.equal(broken.status, 422);
    assert.equal((broken.json?.error as { code: string }).code, 'receiver/envelope-invalid');
    assert.equal(await r.db.count(), 1);
  });
});

test('other paths are 404 and other methods 405, with JSON errors', async () => {
  await withReceiver({}, async (r) => {
    const missing = await fetch(`${r.url}/admin?ip=1`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'receiver/not-found');
    const get = await fetch(`${r.url}/reports`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
  });
});

test('no IP address, idempotency key or report text reaches the log or the database files', async () => {
  await withReceiver({ rateLimit: { perMinute: 100 } }, async (r) => {
    const key = crypto.randomUUID();
    await post(r.url, report, { 'idempotency-key': key, origin: 'https://ngo.example', 'x-forwarded-for': '203.0.113.9' });
    await post(r.url, 'not json');
    await fetch(`${r.url}/nowhere/203.0.113.9`);
    const logged = JSON.stringify(r.logs);
    assert.equal(r.logs.length, 3);
    assert.deepEqual(r.logs.map((l) => l.path), ['/reports', '/reports', '-']);
    assert.doesNotMatch(logged, /127\.0\.0\.1|::1|::ffff|203\.0\.113\.9/);
    assert.ok(!logged.includes(key));
    assert.doesNotMatch(logged, /паспорт/);
    const files = readdirSync(dirname(r.file)).map((f) => readFileSync(join(dirname(r.file), f)).toString('latin1'));
    assert.ok(files.length >= 1);
    for (const bytes of files) assert.doesNotMatch(bytes, /127\.0\.0\.1|203\.0\.113\.9/);
  });
});

test('behind a proxy, --trust-proxy tells clients apart by the last X-Forwarded-For address', async () => {
  await withReceiver({ rateLimit: { perMinute: 1 }, trustProxy: true }, async (r) => {
    assert.equal((await post(r.url, report, { 'x-forwarded-for': '198.51.100.1' })).status, 201);
    assert.equal((await post(r.url, report, { 'x-forwarded-for': '198.51.100.1' })).status, 429);
    assert.equal((await post(r.url, report, { 'x-forwarded-for': '198.51.100.1, 198.51.100.2' })).status, 201);
  });
  await withReceiver({ rateLimit: { perMinute: 1 } }, async (r) => {
    assert.equal((await post(r.url, report, { 'x-forwarded-for': '198.51.100.1' })).status, 201);
    assert.equal((await post(r.url, report, { 'x-forwarded-for': '198.51.100.2' })).status, 429, 'without it the header is ignored');
  });
});

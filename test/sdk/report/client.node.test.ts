import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ReportClient,
  ReportConfigError,
  ReportCryptoError,
  ReportDeliveryError,
  ReportValidationError,
  decryptReport,
  generateReportKeyPair,
  memoryReportStore,
  reportIssues,
  webStorageReportStore,
} from '../../../src/sdk/index.js';
import { encryptedReportSchema } from '../../../src/sdk/report/schema.js';
import type { ReportClientOptions } from '../../../src/sdk/index.js';
import { freePort, startFakeReceiver } from './fake-receiver.js';
import type { FakeReceiver, Fault } from './fake-receiver.js';

const report = { description: 'My cousin went to work abroad; her passport was taken.', consent: true };

/** Short waits so that the whole file runs in seconds. */
const fast = { timeout: 400, deadline: 8000, retries: 5, backoff: () => 20 } satisfies Partial<ReportClientOptions>;

async function withReceiver(faults: Fault[], run: (r: FakeReceiver) => Promise<void>) {
  const receiver = await startFakeReceiver(faults);
  try {
    await run(receiver);
  } finally {
    await receiver.close();
  }
}

async function rejection(promise: Promise<unknown>): Promise<ReportDeliveryError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ReportDeliveryError, `expected ReportDeliveryError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the delivery to fail');
}

test('prepare() refuses an invalid report with every path and code, and makes nothing pending', () => {
  const client = new ReportClient({ endpoint: 'https://ngo.example/reports' });
  assert.throws(
    () => client.prepare({ description: ' ', consent: false, where: { country: 'kz' } }),
    (error: unknown) => {
      assert.ok(error instanceof ReportValidationError);
      assert.equal(error.code, 'report/invalid');
      assert.equal(error.name, 'ReportValidationError');
      assert.deepEqual(
        error.issues.map((i) => `${i.path}:${i.code}`).sort(),
        ['consent:not-allowed', 'description:too-small', 'where.country:wrong-format'],
      );
      return true;
    },
  );
  assert.equal(client.pending.length, 0);
});

test('prepare() gives each report its own UUID key and keeps it pending until confirmed', () => {
  const client = new ReportClient({ endpoint: 'https://ngo.example/reports' });
  const a = client.prepare(report);
  const b = client.prepare({ ...report, description: '  trimmed  ' });
  assert.match(a.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(a.id, b.id);
  assert.equal(b.report.description, 'trimmed');
  assert.deepEqual(client.pending.map((p) => p.id), [a.id, b.id]);
  assert.ok(Object.isFrozen(a));
});

test('prepare() returns the pending report, with its key, for the same content, and a new one for other content', () => {
  const client = new ReportClient({ endpoint: 'https://ngo.example/reports' });
  const first = client.prepare(report);
  const again = client.prepare({ ...report, description: `  ${report.description}  ` });
  const reordered = client.prepare(Object.fromEntries(Object.entries(report).reverse()));
  assert.equal(again, first, 'the same report after trimming keeps its key');
  assert.equal(reordered, first, 'the order of keys does not make another report');
  const other = client.prepare({ ...report, description: 'something else happened' });
  assert.notEqual(other.id, first.id);
  assert.deepEqual(client.pending.map((p) => p.id), [first.id, other.id]);
  client.discard(first.id);
  assert.notEqual(client.prepare(report).id, first.id, 'a discarded report is never handed out again');
});

test('a delivery POSTs JSON with the idempotency key, no cookies and no referrer, and resolves with the receipt', async () => {
  await withReceiver([], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    const pending = client.prepare(report);
    const receipt = await client.send(pending);
    assert.equal(receipt.receipt, receiver.stored.get(pending.id)?.receipt);
    assert.equal(receipt.replayed, false);
    assert.equal(client.pending.length, 0);
    const [arrival] = receiver.arrivals;
    assert.equal(arrival?.headers['idempotency-key'], pending.id);
    assert.equal(arrival?.headers['content-type'], 'application/json');
    assert.equal(arrival?.headers.cookie, undefined);
    assert.equal(arrival?.headers.referer, undefined);
    assert.deepEqual(JSON.parse(arrival!.body), report);
  });
});

test('a connection dropped before the report was stored is retried, and the report is stored once', async () => {
  await withReceiver(['drop', 'drop'], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    const pending = client.prepare(report);
    const receipt = await client.send(pending);
    assert.equal(receiver.arrivals.length, 3);
    assert.equal(receiver.stored.size, 1);
    assert.equal(receipt.replayed, false);
  });
});

test('a receipt lost after the report was stored is recovered by the retry as a replay, not a second copy', async () => {
  await withReceiver(['drop-after-store'], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    const receipt = await client.send(client.prepare(report));
    assert.equal(receiver.stored.size, 1);
    assert.equal(receipt.replayed, true);
    assert.equal(receiver.arrivals[0]?.body, receiver.arrivals[1]?.body, 'every try sends the same bytes');
  });
});

test('500 and 502 are retried until the receiver stores the report', async () => {
  await withReceiver([{ status: 500 }, { status: 502 }], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    await client.send(client.prepare(report));
    assert.equal(receiver.arrivals.length, 3);
    assert.equal(receiver.stored.size, 1);
  });
});

test('503 with Retry-After: 1 waits the second the receiver asked for before trying again', async () => {
  await withReceiver([{ status: 503, retryAfter: '1' }], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    await client.send(client.prepare(report));
    const [first, second] = receiver.arrivals;
    assert.ok(second!.at - first!.at >= 950, `waited only ${second!.at - first!.at} ms`);
    assert.equal(receiver.stored.size, 1);
  });
});

test('429 is retried; when it never ends the report stays pending with code rate-limited', async () => {
  await withReceiver([{ status: 429 }], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    await client.send(client.prepare(report));
    assert.equal(receiver.stored.size, 1);
  });
  await withReceiver(Array<Fault>(10).fill({ status: 429, code: 'receiver/rate-limited' }), async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast, retries: 2 });
    const pending = client.prepare(report);
    const error = await rejection(client.send(pending));
    assert.equal(error.code, 'report/rate-limited');
    assert.equal(error.retryable, true);
    assert.equal(error.status, 429);
    assert.equal(error.serverCode, 'receiver/rate-limited');
    assert.equal(error.pending, pending);
    assert.equal(receiver.arrivals.length, 3);
    assert.deepEqual(client.pending, [pending]);
  });
});

test('a Retry-After longer than the time left fails at once instead of waiting to fail', async () => {
  await withReceiver([{ status: 503, retryAfter: '3600' }], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    const error = await rejection(client.send(client.prepare(report)));
    assert.equal(error.code, 'report/server');
    assert.equal(receiver.arrivals.length, 1);
  });
});

test('a reply slower than the timeout is retried, and the retry gets the stored receipt', async () => {
  await withReceiver([{ slow: 1500 }], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast, timeout: 300 });
    const pending = client.prepare(report);
    const receipt = await client.send(pending);
    assert.equal(receiver.stored.size, 1);
    assert.equal(receipt.receipt, receiver.stored.get(pending.id)?.receipt);
    assert.equal(receipt.replayed, true);
  });
});

test('when every try times out the error is timeout, or deadline when the deadline ends it first', async () => {
  await withReceiver(Array<Fault>(10).fill({ slow: 5000 }), async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, timeout: 100, deadline: 10_000, retries: 1, backoff: () => 10 });
    const error = await rejection(client.send(client.prepare(report)));
    assert.equal(error.code, 'report/timeout');
    assert.equal(error.retryable, true);
    assert.equal(client.pending.length, 1);
  });
  await withReceiver(Array<Fault>(10).fill({ slow: 5000 }), async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, timeout: 5000, deadline: 300, retries: 5, backoff: () => 10 });
    const error = await rejection(client.send(client.prepare(report)));
    assert.equal(error.code, 'report/deadline');
    assert.equal(client.pending.length, 1);
  });
});

test('offline, then online: tries while nothing listens, and delivers once the receiver is up', async () => {
  const port = await freePort();
  const client = new ReportClient({ endpoint: `http://127.0.0.1:${port}/reports`, ...fast, backoff: () => 150, retries: 10 });
  const pending = client.prepare(report);
  const sending = client.send(pending);
  await new Promise((resolve) => setTimeout(resolve, 400));
  const receiver = await startFakeReceiver([], port);
  try {
    const receipt = await sending;
    assert.equal(receiver.stored.size, 1);
    assert.equal(receipt.receipt, receiver.stored.get(pending.id)?.receipt);
    assert.equal(client.pending.length, 0);
  } finally {
    await receiver.close();
  }
});

test('when retries run out the report stays pending, and sending it again later stores it once', async () => {
  await withReceiver(Array<Fault>(3).fill({ status: 503 }), async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast, retries: 2 });
    const pending = client.prepare(report);
    const error = await rejection(client.send(pending));
    assert.equal(error.code, 'report/server');
    assert.deepEqual(client.pending, [pending]);
    assert.equal(receiver.stored.size, 0);
    const receipt = await client.send(pending);
    assert.equal(receipt.replayed, false);
    assert.equal(receiver.stored.size, 1);
    assert.deepEqual(new Set(receiver.arrivals.map((a) => a.headers['idempotency-key'])), new Set([pending.id]));
  });
});

test('a code the receiver contract does not list is kept out of serverCode but named in the message', async () => {
  await withReceiver([{ status: 403, code: 'blocked-by-waf' }], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    const error = await rejection(client.send(client.prepare(report)));
    assert.equal(error.code, 'report/rejected');
    assert.equal(error.serverCode, undefined);
    assert.match(error.message, /answered 403 \(blocked-by-waf\)/);
  });
});

test('a refusal (422) is not retried, keeps the report pending, and carries the receiver code', async () => {
  await withReceiver([{ status: 422, code: 'receiver/report-invalid' }], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    const pending = client.prepare(report);
    const error = await rejection(client.send(pending));
    assert.equal(error.code, 'report/rejected');
    assert.equal(error.retryable, false);
    assert.equal(error.status, 422);
    assert.equal(error.serverCode, 'receiver/report-invalid');
    assert.equal(receiver.arrivals.length, 1);
    assert.deepEqual(client.pending, [pending]);
  });
});

test('a 200 page that is not a receipt (a Wi-Fi login portal) is bad-reply, and the report stays pending', async () => {
  await withReceiver(['portal'], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    const error = await rejection(client.send(client.prepare(report)));
    assert.equal(error.code, 'report/bad-reply');
    assert.equal(error.retryable, true);
    assert.equal(client.pending.length, 1);
  });
});

test('sending the same report twice at once makes one delivery; after it, the receipt comes back as a replay', async () => {
  await withReceiver([{ slow: 100 }], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast });
    const pending = client.prepare(report);
    const [a, b] = await Promise.all([client.send(pending), client.send(pending)]);
    assert.deepEqual(a, b);
    const again = await client.send(pending);
    assert.equal(again.receipt, a.receipt);
    assert.equal(again.replayed, true);
    assert.equal(receiver.arrivals.length, 1);
    assert.equal(receiver.stored.size, 1);
  });
});

test('aborting the signal, or discarding the report, stops the delivery with code aborted', async () => {
  await withReceiver(Array<Fault>(10).fill({ status: 503 }), async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast, backoff: () => 200 });
    const kept = client.prepare(report);
    const controller = new AbortController();
    const sending = client.send(kept, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    assert.equal((await rejection(sending)).code, 'report/aborted');
    assert.deepEqual(client.pending, [kept], 'an aborted report is still pending');

    // Other content: the same content would be the report already pending (see prepare()).
    const dropped = client.prepare({ ...report, description: `${report.description} (2)` });
    const sendingDropped = client.send(dropped);
    setTimeout(() => client.discard(dropped.id), 50);
    assert.equal((await rejection(sendingDropped)).code, 'report/aborted');
    assert.deepEqual(client.pending, [kept]);
    assert.equal((await rejection(client.send(dropped))).code, 'report/aborted', 'a discarded report is not sent again');
    client.discardAll();
    assert.deepEqual(client.pending, []);
  });
});

test('options that cannot work are refused when the client is made', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      assert.ok(error instanceof ReportConfigError || error instanceof ReportCryptoError);
      return error.code;
    }
    return 'no error';
  };
  assert.equal(code(() => new ReportClient({ endpoint: '' })), 'report/endpoint-invalid');
  assert.equal(code(() => new ReportClient({ endpoint: 'ftp://ngo.example/reports' })), 'report/endpoint-invalid');
  assert.equal(code(() => new ReportClient({ endpoint: 'http://ngo.example/reports' })), 'report/endpoint-insecure');
  assert.equal(code(() => new ReportClient({ endpoint: 'https://ngo.example/reports', timeout: -1 })), 'report/option-invalid');
  assert.equal(code(() => new ReportClient({ endpoint: 'https://ngo.example/reports', publicKey: privateKey })), 'report/key-is-private');
  assert.equal(code(() => new ReportClient({ endpoint: 'https://ngo.example/reports', publicKey: { kty: 'RSA' } })), 'report/key-invalid');
  assert.equal(code(() => new ReportClient({ endpoint: 'https://ngo.example/reports', store: memoryReportStore() })), 'report/store-needs-public-key');
  assert.equal(code(() => new ReportClient({ endpoint: '/reports', publicKey })), 'no error');
});

test('with a public key the receiver gets only ciphertext, the same envelope on every try, that the private key opens', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  await withReceiver(['drop-after-store', { status: 503 }], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast, publicKey });
    const pending = client.prepare(report);
    const receipt = await client.send(pending);
    assert.equal(receipt.replayed, true);
    assert.equal(receiver.stored.size, 1);
    const bodies = new Set(receiver.arrivals.map((a) => a.body));
    assert.equal(bodies.size, 1, 'every try sends the same envelope');
    const [body] = bodies;
    assert.doesNotMatch(body!, /passport/);
    const envelope = encryptedReportSchema.parse(JSON.parse(body!));
    assert.deepEqual(await decryptReport(envelope, privateKey), pending.report);
  });
});

test('an opted-in store holds only ciphertext, survives a reload, and resume() delivers and empties it', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const store = memoryReportStore();
  await withReceiver(Array<Fault>(3).fill('drop'), async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast, retries: 2, publicKey, store });
    const pending = client.prepare(report);
    await rejection(client.send(pending));
    assert.equal(store.entries.length, 1);
    assert.doesNotMatch(JSON.stringify(store.entries), /passport|cousin/);

    // The tab was closed; a new page makes a new client over the same store.
    const later = new ReportClient({ endpoint: receiver.url, ...fast, publicKey, store });
    assert.deepEqual(later.pending, []);
    assert.deepEqual(later.stored.map((s) => s.id), [pending.id]);
    const [result] = await later.resume();
    assert.ok(result && 'receipt' in result);
    assert.equal(receiver.stored.size, 1);
    assert.deepEqual(store.entries, []);
    assert.deepEqual(later.stored, []);
    const envelope = encryptedReportSchema.parse(JSON.parse(receiver.stored.get(pending.id)!.body));
    assert.equal((await decryptReport(envelope, privateKey)).description, report.description);
  });
});

test('the store forgets expired and unreadable entries, and discardAll() empties it', async () => {
  const { publicKey } = await generateReportKeyPair();
  const old = { id: '00000000-0000-4000-8000-000000000000', createdAt: '2020-01-01T00:00:00.000Z', envelope: {} };
  const store = memoryReportStore([old, { id: 'garbage' }, 'not even an object']);
  const client = new ReportClient({ endpoint: 'https://ngo.example/reports', publicKey, store });
  assert.deepEqual(client.stored, []);
  assert.deepEqual(store.entries, ['not even an object']);
  client.discardAll();
  assert.deepEqual(store.entries, []);
});

test('webStorageReportStore keeps entries in one item, and a full storage does not break delivery', async () => {
  const { publicKey } = await generateReportKeyPair();
  const items = new Map<string, string>();
  const storage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
  await withReceiver(['drop', 'drop'], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast, retries: 1, publicKey, store: webStorageReportStore(storage) });
    const pending = client.prepare(report);
    await rejection(client.send(pending));
    assert.deepEqual([...items.keys()], ['safe-report-outbox']);
    assert.equal((JSON.parse(items.get('safe-report-outbox')!) as { id: string }[])[0]?.id, pending.id);
    await client.send(pending);
    assert.equal(items.size, 0, 'the item is removed once the outbox is empty');
  });
  const full = { ...storage, setItem: () => { throw new Error('QuotaExceededError'); } };
  await withReceiver([], async (receiver) => {
    const client = new ReportClient({ endpoint: receiver.url, ...fast, publicKey, store: webStorageReportStore(full) });
    assert.equal((await client.send(client.prepare(report))).replayed, false);
  });
});

test('report problems carry the kit’s own codes, never zod’s', () => {
  assert.deepEqual(
    reportIssues({ consent: true, extra: 1, people: { count: 'many' }, reporterRole: 'boss', indicators: new Array(99).fill('threats') })
      .map((i) => `${i.path}:${i.code}`)
      .sort(),
    [':unknown-field', 'description:missing', 'indicators:too-big', 'people.count:wrong-type', 'reporterRole:not-allowed'],
  );
  assert.deepEqual(reportIssues(report), []);
});

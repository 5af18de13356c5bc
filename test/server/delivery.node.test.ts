// The delivery client against the real receiver and its SQLite file, through a proxy that drops,
// fails, delays and duplicates requests: every report arrives exactly once, or stays with the person.
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { ReportClient, ReportDeliveryError, decryptReport, generateReportKeyPair } from '../../src/sdk/index.js';
import { encryptedReportSchema } from '../../src/sdk/report/schema.js';
import type { PendingReport, ReportClientOptions, ReportReceipt } from '../../src/sdk/index.js';
import { backends, startFaultProxy, startTestReceiver, storedRows } from './helpers.js';
import type { FaultProxy, ProxyFault, StoreBackend, TestReceiver } from './helpers.js';
import { freePort } from '../sdk/report/fake-receiver.js';

const fast = { timeout: 500, deadline: 10_000, retries: 6, backoff: () => 25 } satisfies Partial<ReportClientOptions>;

const reportNo = (n: number) => ({ description: `Report number ${n}: the agency kept our passports.`, consent: true as const });

/** Every stored row's idempotency-free content, as report JSON. */
async function storedDescriptions(receiver: TestReceiver): Promise<string[]> {
  return (await storedRows(receiver.db)).map((row) => (JSON.parse(row.body) as { description: string }).description);
}

/** One test per database: the same faults, against SQLite and against PostgreSQL. */
function testEach(name: string, body: (backend: StoreBackend, t: TestContext) => Promise<void>) {
  for (const backend of backends) test(`${name} (${backend.name})`, { skip: backend.skip }, (t) => body(backend, t));
}

async function scenario(
  backend: StoreBackend,
  faults: ProxyFault[],
  run: (client: ReportClient, receiver: TestReceiver, proxy: FaultProxy) => Promise<void>,
  options: Partial<ReportClientOptions> = {},
) {
  const receiver = await startTestReceiver({ backend });
  const proxy = await startFaultProxy(receiver.url, faults);
  try {
    await run(new ReportClient({ endpoint: `${proxy.url}/reports`, ...fast, ...options }), receiver, proxy);
  } finally {
    await proxy.close();
    await receiver.dispose();
  }
}

for (const [name, faults] of [
  ['a dropped connection', ['drop', 'drop']],
  ['a reply lost after the report was stored', ['drop-reply']],
  ['500, then 502', [{ status: 500 }, { status: 502 }]],
  ['503 with Retry-After', [{ status: 503, retryAfter: '1' }]],
  ['429', [{ status: 429 }, { status: 429 }]],
  ['a reply slower than the timeout', [{ delay: 1500 }]],
  ['a duplicated delivery', ['duplicate']],
] as [string, ProxyFault[]][]) {
  testEach(`after ${name}, the report is stored exactly once and the receipt matches the database`, async (backend) => {
    await scenario(backend, faults, async (client, receiver) => {
      const pending = client.prepare(reportNo(1));
      const receipt = await client.send(pending);
      const rows = (await storedRows(receiver.db));
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.receipt, receipt.receipt);
      assert.deepEqual(JSON.parse(rows[0]!.body), pending.report);
      assert.deepEqual(client.pending, []);
    });
  });
}

testEach('offline, then online: the report waits, then arrives once the receiver starts', async (backend) => {
  const port = await freePort();
  const client = new ReportClient({ endpoint: `http://127.0.0.1:${port}/reports`, ...fast, retries: 20, backoff: () => 100 });
  const pending = client.prepare(reportNo(1));
  const sending = client.send(pending);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const receiver = await startTestReceiver({ port, backend });
  try {
    const receipt = await sending;
    assert.deepEqual((await storedRows(receiver.db)).map((r) => r.receipt), [receipt.receipt]);
  } finally {
    await receiver.dispose();
  }
});

testEach('when the retries run out the report stays with the person; sent again later, it is stored once', async (backend) => {
  await scenario(backend, ['drop-reply', 'drop', { status: 503 }], async (client, receiver) => {
    const pending = client.prepare(reportNo(1));
    await assert.rejects(client.send(pending), (error: unknown) => error instanceof ReportDeliveryError && error.retryable);
    assert.deepEqual(client.pending, [pending], 'the report is still in the page');
    assert.equal(await receiver.db.count(), 1, 'the first try was stored, though its receipt was lost');
    const receipt = await client.send(pending);
    assert.equal(receipt.replayed, true);
    assert.equal(await receiver.db.count(), 1);
    assert.deepEqual(client.pending, []);
  }, { retries: 2 });
});

testEach('encrypted reports survive the same faults, and the database holds only ciphertext', async (backend) => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  await scenario(backend, ['drop-reply', { delay: 1500 }, 'duplicate'], async (client, receiver) => {
    const pending = client.prepare(reportNo(7));
    await client.send(pending);
    const rows = (await storedRows(receiver.db));
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.kind, 'encrypted');
    assert.doesNotMatch(rows[0]!.body, /passports/);
    assert.deepEqual(await decryptReport(encryptedReportSchema.parse(JSON.parse(rows[0]!.body)), privateKey), pending.report);
  }, { publicKey });
});

testEach('many reports through random faults: each is stored exactly once or is still pending, and none is lost', async (backend, t) => {
  // A fixed pseudo-random sequence, so a failure can be replayed.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const kinds: ProxyFault[] = ['pass', 'pass', 'drop', 'drop-reply', 'duplicate', { status: 500 }, { status: 503, retryAfter: '0' }, { status: 429 }, { delay: 700 }];
  const faults = Array.from({ length: 200 }, () => kinds[Math.floor(random() * kinds.length)]!);
  await scenario(backend, faults, async (client, receiver, proxy) => {
    const reports: PendingReport[] = Array.from({ length: 24 }, (_, i) => client.prepare(reportNo(i)));
    const outcomes = await Promise.allSettled(reports.map((p) => client.send(p)));
    const receipts = new Map<string, ReportReceipt>();
    outcomes.forEach((o, i) => {
      if (o.status === 'fulfilled') receipts.set(reports[i]!.id, o.value);
    });
    // Confirmed reports left `pending`; the others are still there.
    assert.deepEqual(
      client.pending.map((p) => p.id).sort(),
      reports.filter((p) => !receipts.has(p.id)).map((p) => p.id).sort(),
    );
    const rows = (await storedRows(receiver.db));
    const descriptions = await storedDescriptions(receiver);
    assert.equal(new Set(descriptions).size, descriptions.length, 'no report is stored twice');
    for (const [id, receipt] of receipts) {
      const row = rows.find((r) => r.receipt === receipt.receipt);
      assert.ok(row, 'a confirmed report is in the database under its receipt');
      assert.equal((JSON.parse(row.body) as { description: string }).description, reports.find((p) => p.id === id)!.report.description);
    }
    t.diagnostic(`${receipts.size} confirmed, ${client.pending.length} still pending, ${rows.length} stored before the second round`);
    // The person tries again on a good network: everything arrives, still once each.
    proxy.faults = [];
    for (const p of client.pending) await client.send(p);
    assert.deepEqual(client.pending, []);
    assert.deepEqual((await storedDescriptions(receiver)).sort(), reports.map((p) => p.report.description).sort());
  }, { retries: 3, timeout: 400 });
});

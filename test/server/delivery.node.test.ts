// The delivery client against the real receiver and its SQLite file, through a proxy that drops,
// fails, delays and duplicates requests: every report arrives exactly once, or stays with the person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReportClient, ReportDeliveryError, decryptReport, encryptedReportSchema, generateReportKeyPair } from '../../src/sdk/index.js';
import type { PendingReport, ReportClientOptions, ReportReceipt } from '../../src/sdk/index.js';
import { startFaultProxy, startTestReceiver } from './helpers.js';
import type { FaultProxy, ProxyFault, TestReceiver } from './helpers.js';
import { freePort } from '../sdk/report/fake-receiver.js';

const fast = { timeout: 500, deadline: 10_000, retries: 6, backoff: () => 25 } satisfies Partial<ReportClientOptions>;

const reportNo = (n: number) => ({ description: `Report number ${n}: the agency kept our passports.`, consent: true as const });

/** Every stored row's idempotency-free content, as report JSON. */
function storedDescriptions(receiver: TestReceiver): string[] {
  return [...receiver.db.rows()].map((row) => (JSON.parse(row.body) as { description: string }).description);
}

async function scenario(
  faults: ProxyFault[],
  run: (client: ReportClient, receiver: TestReceiver, proxy: FaultProxy) => Promise<void>,
  options: Partial<ReportClientOptions> = {},
) {
  const receiver = await startTestReceiver();
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
  test(`after ${name}, the report is stored exactly once and the receipt matches the database`, async () => {
    await scenario(faults, async (client, receiver) => {
      const pending = client.prepare(reportNo(1));
      const receipt = await client.send(pending);
      const rows = [...receiver.db.rows()];
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.receipt, receipt.receipt);
      assert.deepEqual(JSON.parse(rows[0]!.body), pending.report);
      assert.deepEqual(client.pending, []);
    });
  });
}

test('offline, then online: the report waits, then arrives once the receiver starts', async () => {
  const port = await freePort();
  const client = new ReportClient({ endpoint: `http://127.0.0.1:${port}/reports`, ...fast, retries: 20, backoff: () => 100 });
  const pending = client.prepare(reportNo(1));
  const sending = client.send(pending);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const receiver = await startTestReceiver({ port });
  try {
    const receipt = await sending;
    assert.deepEqual([...receiver.db.rows()].map((r) => r.receipt), [receipt.receipt]);
  } finally {
    await receiver.dispose();
  }
});

test('when the retries run out the report stays with the person; sent again later, it is stored once', async () => {
  await scenario(['drop-reply', 'drop', { status: 503 }], async (client, receiver) => {
    const pending = client.prepare(reportNo(1));
    await assert.rejects(client.send(pending), (error: unknown) => error instanceof ReportDeliveryError && error.retryable);
    assert.deepEqual(client.pending, [pending], 'the report is still in the page');
    assert.equal(receiver.db.count(), 1, 'the first try was stored, though its receipt was lost');
    const receipt = await client.send(pending);
    assert.equal(receipt.replayed, true);
    assert.equal(receiver.db.count(), 1);
    assert.deepEqual(client.pending, []);
  }, { retries: 2 });
});

test('encrypted reports survive the same faults, and the database holds only ciphertext', async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  await scenario(['drop-reply', { delay: 1500 }, 'duplicate'], async (client, receiver) => {
    const pending = client.prepare(reportNo(7));
    await client.send(pending);
    const rows = [...receiver.db.rows()];
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.kind, 'encrypted');
    assert.doesNotMatch(rows[0]!.body, /passports/);
    assert.deepEqual(await decryptReport(encryptedReportSchema.parse(JSON.parse(rows[0]!.body)), privateKey), pending.report);
  }, { publicKey });
});

test('many reports through random faults: each is stored exactly once or is still pending, and none is lost', async (t) => {
  // A fixed pseudo-random sequence, so a failure can be replayed.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const kinds: ProxyFault[] = ['pass', 'pass', 'drop', 'drop-reply', 'duplicate', { status: 500 }, { status: 503, retryAfter: '0' }, { status: 429 }, { delay: 700 }];
  const faults = Array.from({ length: 200 }, () => kinds[Math.floor(random() * kinds.length)]!);
  await scenario(faults, async (client, receiver, proxy) => {
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
    const rows = [...receiver.db.rows()];
    const descriptions = storedDescriptions(receiver);
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
    assert.deepEqual(storedDescriptions(receiver).sort(), reports.map((p) => p.report.description).sort());
  }, { retries: 3, timeout: 400 });
});

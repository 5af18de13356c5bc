// A real receiver for the browser tests of the form's follow-up: SQLite in a temporary folder, the
// inbox on, an organisation key, and a small control server on 127.0.0.1 through which a test acts
// as a case worker (reply, read the thread) over the inbox's own HTTP routes, decrypting and
// encrypting as the inbox page does. Started by the test runner's `follow-up-receiver` command
// (follow-up-receiver.mjs) with the test page's origin; prints one JSON line with its addresses.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OTPAuth from 'otpauth';
import { decryptReport, encryptReply, generateReportKeyPair } from '../../src/sdk/index.js';
import type { EncryptedReport } from '../../src/sdk/index.js';
import { openReportStore, startReceiver } from '../../src/server/index.js';
import { hashToken, newToken } from '../../src/server/staff-store.js';

const pageOrigin = process.argv[2] ?? 'http://localhost:8000';
const INBOX = 'http://127.0.0.1';
const dir = mkdtempSync(join(tmpdir(), 'smk-follow-up-'));
const { publicKey, privateKey } = await generateReportKeyPair();
const db = await openReportStore(join(dir, 'reports.sqlite'));
const receiver = await startReceiver({
  db,
  port: 0,
  origins: [pageOrigin],
  rateLimit: false,
  // The tests read a thread several times a minute; the limit itself is tested in Node.
  followUpRateLimit: false,
  inbox: { origin: INBOX, publicKey, signInPerMinute: 1000 },
  log: () => undefined,
});

let cookie: string | undefined;

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> | undefined; cookie?: string }> {
  const response = await fetch(`${receiver.url}${path}`, {
    method,
    headers: { origin: INBOX, 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const set = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => /^[^=]+=./.test(c));
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined, ...(set ? { cookie: set } : {}) };
}

/** Enrols one case worker through the real enrolment routes, once. */
async function signIn(): Promise<void> {
  if (cookie) return;
  const token = newToken();
  await db.staff.add('aigerim', hashToken(token), Date.now() + 3_600_000);
  const start = await api('POST', '/inbox/api/enrolment', { token });
  const secret = (start.json!.totp as { secret: string }).secret;
  const code = OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: Date.now(), period: 30, digits: 6, algorithm: 'SHA1' });
  const done = await api('POST', '/inbox/api/enrolment/password', { token, password: 'correct horse battery staple', code });
  if (!done.cookie) throw new Error(`enrolment failed: ${done.status}`);
  cookie = done.cookie;
}

const control = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    void (async () => {
      const input = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { receipt: string; text?: string }) : ({} as { receipt: string; text?: string });
      await signIn();
      const path = `/inbox/api/reports/${input.receipt.replace(/ /g, '')}`;
      const opened = await api('GET', path);
      if (opened.status !== 200) throw new Error(`open report: ${opened.status}`);
      if (req.url === '/reply') {
        const report = await decryptReport(opened.json!.envelope as EncryptedReport, privateKey);
        const reply = await api('POST', `${path}/replies`, { body: await encryptReply(input.text!, report.followUp!.replyKey) });
        return { status: reply.status };
      }
      const thread = await api('GET', `${path}/messages`);
      const messages = [];
      for (const m of thread.json!.messages as { from: string; body: unknown }[]) {
        messages.push({ from: m.from, text: m.from === 'reporter' ? (await decryptReport(m.body as EncryptedReport, privateKey)).description : '(encrypted reply)' });
      }
      return { messages };
    })().then(
      (result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(error) }));
      },
    );
  });
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));

const stop = async () => {
  control.close();
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();

process.stdout.write(`${JSON.stringify({ url: receiver.url, control: `http://127.0.0.1:${(control.address() as AddressInfo).port}`, publicKey })}\n`);

// `npm start` (after the build): serves the demo page, which loads the widgets from dist/cdn exactly
// as an embedding site would, and the case-worker inbox (dist/inbox) with a demo account and demo
// reports. Nothing but this machine's loopback is involved.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as OTPAuth from 'otpauth';
import { startDevServer } from '@web/dev-server';
import { deriveFollowUp, encryptReport, generateReportKeyPair } from '../dist/npm/sdk/index.js';
import { createReportHandler, openReportStore } from '../dist/npm/server/index.js';

const port = Number(process.env.PORT ?? 8000);
const origin = `http://127.0.0.1:${port}`;
// Passkeys need a host name, not an address; localhost is a secure context over plain http.
const inboxOrigin = `http://localhost:${port}`;
const demoName = 'demo';
const demoPassword = 'demo inbox password';

// A real receiver behind /reports, and a demo key pair kept in .cache/demo: reports sent from the
// demo are encrypted in the browser and stored as ciphertext in .cache/demo/reports.sqlite.
mkdirSync('.cache/demo', { recursive: true });
const keyFile = '.cache/demo/private.jwk';
if (!existsSync(keyFile)) {
  const pair = await generateReportKeyPair();
  writeFileSync(keyFile, JSON.stringify(pair.privateKey), { mode: 0o600 });
}
const { kty, crv, x, y } = JSON.parse(readFileSync(keyFile, 'utf8'));
const publicKey = { kty, crv, x, y };
const db = await openReportStore('.cache/demo/reports.sqlite');
// With the inbox's options the receiver serves the inbox page, keeps each report's follow-up lookup
// and answers the reporter's follow-up routes, so the demo form's follow-up code works.
const receive = createReportHandler({
  db,
  origins: [origin],
  inbox: { origin: inboxOrigin, publicKey, organisation: 'safe-migration-kit demo', pageDir: 'dist/inbox' },
});
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    open: false,
    watch: false,
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/reports' || ctx.path === '/follow-up' || ctx.path === '/follow-up/messages' || ctx.path === '/inbox' || ctx.path.startsWith('/inbox/')) {
          ctx.respond = false;
          receive(ctx.req, ctx.res);
          return;
        }
        if (ctx.path === '/docs/demo/config.json') {
          ctx.type = 'application/json';
          ctx.body = JSON.stringify({ endpoint: '/reports', publicKey });
          return;
        }
        await next();
      },
      // The demo runs under the same strict policy that docs/embedding.md asks sites to allow.
      async (ctx, next) => {
        await next();
        if (ctx.path.startsWith('/docs/demo/')) {
          ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        }
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

/** Calls the inbox's API as its page would. */
async function inboxCall(path, body) {
  const response = await fetch(`${origin}/inbox/api/${path}`, {
    method: 'POST',
    headers: { origin: inboxOrigin, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`demo inbox: ${path} answered ${response.status} ${await response.text()}`);
  return response.json();
}

// The demo account: enrolled once through the inbox's own routes, with a password and TOTP; its
// secret stays in .cache/demo so that later starts can print a code.
const secretFile = '.cache/demo/demo-totp.txt';
let enrolledNow = false;
if (!existsSync(secretFile) || !(await db.staff.list()).some((m) => m.name === demoName)) {
  await db.staff.remove(demoName);
  const token = randomBytes(32).toString('base64url');
  await db.staff.add(demoName, createHash('sha256').update(token).digest('hex'), Date.now() + 600_000);
  const { totp } = await inboxCall('enrolment', { token });
  const code = OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(totp.secret), period: 30 });
  await inboxCall('enrolment/password', { token, password: demoPassword, code });
  writeFileSync(secretFile, totp.secret, { mode: 0o600 });
  enrolledNow = true;
}
const totpSecret = readFileSync(secretFile, 'utf8').trim();

// Demo reports, sent once (the same idempotency keys replay on later starts): one in plain text and
// one encrypted to the demo key, which the inbox opens in the browser with .cache/demo/private.jwk.
const demoReports = [
  ['8f7d6b52-43a1-4c55-9a0e-0d1c2b3a4f01', { description: 'My cousin works on a farm near Almaty. They took his passport and he has not been paid for three months.', consent: true, where: { country: 'KZ', city: 'Almaty' }, dangerNow: 'unknown' }],
  ['8f7d6b52-43a1-4c55-9a0e-0d1c2b3a4f02', await encryptReport({ description: 'Нас 12 человек на складе в Подольске, паспорта забрали, выходить не дают.', consent: true, where: { country: 'RU', city: 'Подольск' }, people: { count: 12 }, dangerNow: 'yes', contact: { mode: 'contact', channel: 'telegram', address: '@example_contact', safeTimes: 'после 21:00' } }, publicKey)],
];
for (const [key, report] of demoReports) {
  await fetch(`${origin}/reports`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(report) });
}
// A demo report sent with a follow-up code, and one answer from the reporter, so that the inbox shows
// a thread. The code is fixed and printed, so that the demo form's "I have a follow-up code" opens
// the same thread; the report carries the reply key inside its envelope, as the form's do.
const demoFollowUpCode = 'DEM0-C0DE-4REP-0RTS';
const demoFollowUp = await deriveFollowUp(demoFollowUpCode);
const followUpReport = await encryptReport(
  { description: 'Мне обещали работу в кафе в Стамбуле, но забрали паспорт и говорят, что я должна за билет.', consent: true, where: { country: 'TR', city: 'Стамбул' }, dangerNow: 'no', followUp: { replyKey: demoFollowUp.replyKey } },
  publicKey,
);
// On later starts the new envelope's bytes differ and the receiver refuses the key's reuse: the
// report and its answer from the first start stay, and the receipt is read back with the code.
await fetch(`${origin}/reports`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': '8f7d6b52-43a1-4c55-9a0e-0d1c2b3a4f03', 'follow-up-lookup': demoFollowUp.lookup },
  body: JSON.stringify(followUpReport),
});
await fetch(`${origin}/follow-up/messages`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': '8f7d6b52-43a1-4c55-9a0e-0d1c2b3a4f04' },
  body: JSON.stringify({ lookup: demoFollowUp.lookup, body: await encryptReport({ description: 'Я могу говорить только вечером, после 22:00. Телефон проверяет хозяйка.', consent: true }, publicKey) }),
});
const demoThread = await fetch(`${origin}/follow-up`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ lookup: demoFollowUp.lookup }) });
const demoThreadReceipt = demoThread.ok ? (await demoThread.json()).receipt : undefined;
// Another staff member, to set up a sign-in of one's own (a passkey, or a password with an app):
// a fresh link on every start until someone has used one.
const newcomer = 'colleague';
const enrolToken = randomBytes(32).toString('base64url');
const colleague = (await db.staff.list()).find((m) => m.name === newcomer);
if (!colleague?.enrolledAt) {
  await db.staff.remove(newcomer);
  await db.staff.add(newcomer, createHash('sha256').update(enrolToken).digest('hex'), Date.now() + 3 * 24 * 3_600_000);
}

// A code works once, and enrolment just spent this period's: the first code shown is then the next
// period's, which the inbox already takes (it allows one period of clock drift).
const code = (ahead = 0) => OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(totpSecret), period: 30, timestamp: Date.now() + ahead });
console.log(`\nsafe-migration-kit demo: ${origin}/docs/demo/`);
console.log('Reports sent from the demo are stored encrypted in .cache/demo/reports.sqlite; read them with');
console.log('  node dist/npm/cli/bin.js decrypt --key .cache/demo/private.jwk --db .cache/demo/reports.sqlite');
console.log(`\nThe case-worker inbox: ${inboxOrigin}/inbox/  (open it at localhost, as written)`);
console.log(`  sign in as "${demoName}", password "${demoPassword}", and the code below (a new one every 30 s;`);
console.log(`  or add the key ${totpSecret} to an authenticator app). Now: ${code(enrolledNow ? 30_000 : 0)}`);
console.log('  to read the encrypted demo report, choose the key file .cache/demo/private.jwk in the inbox');
console.log(
  colleague?.enrolledAt
    ? `  or sign in as "${newcomer}", with the passkey or password set up before`
    : `  or set up a sign-in of your own (passkey or password) as "${newcomer}": ${inboxOrigin}/inbox/#enrol=${enrolToken}`,
);
if (demoThreadReceipt) {
  console.log(`  report ${demoThreadReceipt} has an answer from the person to reply to; in the demo form,`);
  console.log(`  "I have a follow-up code" and ${demoFollowUpCode} show the replies as the person sees them`);
}
console.log('(Ctrl+C to stop)');
// The demo account's code, again whenever it changes, so that signing in never means waiting.
const printCode = () => console.log(`  inbox code for "${demoName}" now: ${code()}`);
let codes;
setTimeout(() => {
  printCode();
  codes = setInterval(printCode, 30_000);
}, 30_000 - (Date.now() % 30_000) + 500);
process.on('SIGINT', () =>
  server.stop().then(() => {
    clearInterval(codes);
    db.close();
    process.exit(0);
  }),
);

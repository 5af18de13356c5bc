// The inbox page in real Chromium against a real receiver and SQLite file: a case worker enrols with
// a password and an authenticator code, signs in, imports the organisation's private key, reads an
// encrypted report decrypted in the page (and again after a reload, from the remembered
// non-extractable key), sets status and assignee, adds a note (encrypted in the page), exports,
// deletes, and comes back from an expired session without losing the note being typed. Every
// request the page makes goes to its own origin and none carries the key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decryptReport, encryptReport, generateReportKeyPair } from '../../src/sdk/index.js';
import type { EncryptedReport } from '../../src/sdk/index.js';
import { hasChromium } from '../../scripts/chromium.mjs';
import { post } from '../server/helpers.js';
import { totpCode } from '../server/inbox-helpers.js';
import { axeViolations, click, clickButton, fill, inInbox, inboxText, startPageReceiver, waitForHeading, waitForText } from './inbox-browser.js';

const skip = !hasChromium() && 'Chromium is not installed';
const PASSWORD = 'four plain words here';
const sealedText = 'Нас держат на складе в Подольске, паспорта забрали.';
const plainText = 'My cousin works without pay at a farm near Almaty.';

test('a case worker enrols with a password and code, decrypts, works on and deletes a report in the page, and survives an expired session', { skip }, async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const r = await startPageReceiver({ publicKey });
  const files = mkdtempSync(join(tmpdir(), 'smk-inbox-page-'));
  try {
    const keyFile = join(files, 'private.jwk');
    writeFileSync(keyFile, JSON.stringify(privateKey, null, 2));
    const plain = await post(r.url, { description: plainText, consent: true, where: { country: 'KZ' } });
    const sealed = await post(r.url, await encryptReport({ description: sealedText, consent: true, dangerNow: 'yes' }, publicKey));
    const sealedReceipt = String(sealed.json?.receipt);
    const plainReceipt = String(plain.json?.receipt);
    const token = await r.addStaff('aigerim');
    await r.addStaff('dana');

    const page = await r.newPage({ languages: ['en-GB', 'en'] });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: files, browserContextId: page.browserContext().id });
    const response = await page.goto(`${r.origin}/inbox/#enrol=${token}`);
    assert.equal(response?.status(), 200);
    assert.match(response!.headers()['content-security-policy']!, /script-src 'self'/);

    // Enrolment: a password of 12 characters or more, and the code of an authenticator app.
    await waitForHeading(page, 'Set up your sign-in, aigerim');
    const secret = await page.$eval(inInbox('#totp-secret'), (input) => (input as HTMLInputElement).value);
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.equal(await page.$eval(inInbox('img.qr'), (img) => (img as HTMLImageElement).naturalWidth > 0 && (img as HTMLImageElement).src.startsWith('data:image/svg+xml')), true);
    await fill(page, '#new-password', 'too short');
    await fill(page, '#new-code', totpCode(secret, r.clock.now()));
    await clickButton(page, 'Set up and sign in');
    await waitForText(page, 'at least 12 characters');
    await fill(page, '#new-password', PASSWORD);
    await clickButton(page, 'Set up and sign in');
    await waitForHeading(page, 'Reports');
    assert.equal(new URL(page.url()).hash, '', 'the enrolment token is gone from the address bar');
    let text = await inboxText(page);
    assert.ok(text.includes('Signed in as aigerim'));
    assert.ok(text.includes(sealedReceipt) && text.includes(plainReceipt));

    // The filter shows reports by status.
    await page.select(inInbox('#filter'), 'closed');
    await waitForText(page, 'No reports here.');
    await page.select(inInbox('#filter'), '');

    // Without the key an encrypted report says so; with it, it is read in the page.
    await clickButton(page, sealedReceipt);
    await waitForHeading(page, `Report ${sealedReceipt}`);
    await waitForText(page, 'This report is encrypted');
    assert.ok(!(await inboxText(page)).includes(sealedText));
    await click(page, '#key-text');
    await page.keyboard.type('{"not": "a key"}');
    await clickButton(page, 'Use this key');
    await waitForText(page, 'This is not the organisation’s private key');
    await click(page, 'input[type=checkbox]');
    const [chooser] = await Promise.all([page.waitForFileChooser(), click(page, '#key-file')]);
    await chooser.accept([keyFile]);
    await waitForText(page, sealedText);
    text = await inboxText(page);
    assert.ok(text.includes('Danger now') && text.includes('Yes'));
    assert.ok(text.includes('remembered on this computer'), text);

    // Status and assignee.
    await page.select(inInbox('#status'), 'in-progress');
    await page.select(inInbox('#assignee'), 'dana');
    await clickButton(page, 'Save');
    await waitForText(page, 'Saved.');
    const saved = await r.db.cases.get(sealedReceipt);
    assert.equal(saved?.status, 'in-progress');
    assert.equal(saved?.assignee, 'dana');

    // A note is encrypted in the page to the organisation's key: the server holds only an envelope.
    await fill(page, '#note', 'Called the shelter in Podolsk; they will go on Monday.');
    await clickButton(page, 'Add the note');
    await waitForText(page, 'The note is added.');
    const [note] = await r.db.cases.notes(sealedReceipt);
    assert.equal(note?.kind, 'encrypted');
    assert.ok(!note!.body.includes('Podolsk'));
    assert.equal((await decryptReport(JSON.parse(note!.body) as EncryptedReport, privateKey)).description, 'Called the shelter in Podolsk; they will go on Monday.');

    // After a reload the remembered key, non-extractable, still opens the report and the note.
    await page.reload();
    await waitForHeading(page, 'Reports');
    const stored = await page.evaluate(
      () =>
        new Promise<{ extractable: boolean; type: string; exported: string }>((resolve) => {
          const open = indexedDB.open('safe-migration-kit-inbox');
          open.onsuccess = () => {
            const get = open.result.transaction('keys').objectStore('keys').get('organisation');
            get.onsuccess = async () => {
              const key = (get.result as { key: CryptoKey }).key;
              const exported = await crypto.subtle.exportKey('jwk', key).then(
                () => 'exported',
                (error: Error) => error.name,
              );
              resolve({ extractable: key.extractable, type: key.type, exported });
            };
          };
        }),
    );
    assert.deepEqual(stored, { extractable: false, type: 'private', exported: 'InvalidAccessError' });
    await clickButton(page, sealedReceipt);
    await waitForText(page, sealedText);
    await waitForText(page, 'Called the shelter in Podolsk');

    // The session ends while a note is being typed: sign in again, and the note is still there.
    await fill(page, '#note', 'Draft that must survive');
    r.clock.offset += 31 * 60_000;
    await clickButton(page, 'Add the note');
    await waitForHeading(page, 'Sign in to the inbox');
    await waitForText(page, 'Your session has ended');
    await fill(page, '#name', 'aigerim');
    await fill(page, '#password', PASSWORD);
    await fill(page, '#code', totpCode(secret, r.clock.now()));
    await page.keyboard.press('Enter');
    await waitForHeading(page, `Report ${sealedReceipt}`);
    assert.equal(await page.$eval(inInbox('#note'), (t) => (t as HTMLTextAreaElement).value), 'Draft that must survive');

    // Export downloads the file the server made.
    await clickButton(page, 'Back to the reports');
    await waitForHeading(page, 'Reports');
    await clickButton(page, 'Export CSV');
    await clickButton(page, 'Export JSON');
    const deadline = Date.now() + 30_000;
    while (readdirSync(files).filter((f) => /^reports-.*\.(csv|json)$/.test(f)).length < 2 && Date.now() < deadline) await new Promise((s) => setTimeout(s, 100));
    const csv = readdirSync(files).find((f) => f.endsWith('.csv'));
    const json = readdirSync(files).find((f) => f.endsWith('.json') && f.startsWith('reports-'));
    assert.ok(csv && json, readdirSync(files).join(', '));
    assert.ok(readFileSync(join(files, csv), 'utf8').includes(plainText));
    assert.equal((JSON.parse(readFileSync(join(files, json), 'utf8')) as { reports: unknown[] }).reports.length, 2);

    // Delete asks first, then removes the report for good.
    await clickButton(page, plainReceipt);
    await waitForText(page, plainText);
    await clickButton(page, 'Delete this report');
    await waitForText(page, 'This cannot be undone');
    assert.equal(await page.evaluate(() => document.querySelector('safe-inbox')!.shadowRoot!.activeElement?.id), 'confirm-delete');
    await clickButton(page, 'Delete for good');
    await waitForHeading(page, 'Reports');
    assert.equal(await r.db.report(plainReceipt), undefined);
    await waitForText(page, `Report ${plainReceipt} is deleted.`);
    const listed = await page.$eval(inInbox('.reports'), (list) => (list as HTMLElement).innerText);
    assert.ok(listed.includes(sealedReceipt) && !listed.includes(plainReceipt), listed);

    // Forget the key: the browser holds it no more.
    await clickButton(page, 'Forget the key');
    await waitForText(page, 'Choose the key file');
    await page.reload();
    await waitForHeading(page, 'Reports');
    await waitForText(page, 'Choose the key file');

    await clickButton(page, 'Sign out');
    await waitForHeading(page, 'Sign in to the inbox');
    assert.equal((await page.evaluate(() => fetch('/inbox/api/reports').then((x) => x.status))), 401);

    // Every request went to the page's own origin, and none carried the private key.
    assert.ok(r.requests.length > 20);
    for (const request of r.requests) {
      assert.equal(new URL(request.url).origin, r.origin, `${request.method} ${request.url}`);
      for (const secretPart of [privateKey.d!, sealedText]) {
        assert.ok(!request.url.includes(secretPart) && !request.body.includes(secretPart), `${request.method} ${request.url} carries a secret`);
      }
    }
    assert.deepEqual(r.consoleLines.filter((line) => /Content Security Policy|Refused to/i.test(line)), []);
  } finally {
    rmSync(files, { recursive: true, force: true });
    await r.close();
  }
});

test('a case worker enrols a passkey in the page and signs in with it (Chromium virtual authenticator)', { skip }, async () => {
  const r = await startPageReceiver();
  try {
    const token = await r.addStaff('aigerim');
    const page = await r.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    await page.goto(`${r.origin}/inbox/#enrol=${token}`);
    await waitForHeading(page, 'Set up your sign-in, aigerim');
    await clickButton(page, 'Make a passkey');
    await waitForHeading(page, 'Reports');
    await clickButton(page, 'Sign out');
    await waitForHeading(page, 'Sign in to the inbox');
    await clickButton(page, 'Sign in with a passkey');
    await waitForHeading(page, 'Reports');
    assert.ok((await inboxText(page)).includes('Signed in as aigerim'));
    assert.deepEqual((await r.db.staff.list()).map((m) => [m.name, m.passkeys]), [['aigerim', 1]]);
    assert.deepEqual(
      (await r.db.staff.auditLog()).map((e) => e.action),
      ['enrol-passkey', 'list-reports', 'sign-out', 'sign-in-passkey', 'list-reports'],
    );
    for (const request of r.requests) assert.equal(new URL(request.url).origin, r.origin);
  } finally {
    await r.close();
  }
});

test('the page picks Russian from the browser, switches language, and has no axe violations in ru and en at 320 and 1280 px', { skip }, async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const r = await startPageReceiver({ publicKey });
  try {
    const sent = await post(r.url, await encryptReport({ description: sealedText, consent: true, contact: { mode: 'contact', channel: 'telegram', address: '@someone', safeTimes: 'after 18:00' } }, publicKey));
    const receipt = String(sent.json?.receipt);
    for (const width of [320, 1280]) {
      const page = await r.newPage({ languages: ['ru-RU', 'ru'], width });
      await page.goto(`${r.origin}/inbox/`);
      await waitForHeading(page, 'Вход в ящик');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
      assert.deepEqual(await axeViolations(page), [], `sign-in, ru, ${width} px`);
      const token = await r.addStaff(`worker${width}`);
      await page.goto(`${r.origin}/inbox/#enrol=${token}`);
      await waitForHeading(page, new RegExp(`worker${width}`));
      assert.deepEqual(await axeViolations(page), [], `enrolment, ru, ${width} px`);
      const secret = await page.$eval(inInbox('#totp-secret'), (input) => (input as HTMLInputElement).value);
      await fill(page, '#new-password', PASSWORD);
      await fill(page, '#new-code', totpCode(secret, r.clock.now()));
      await page.keyboard.press('Enter');
      await waitForHeading(page, 'Обращения');
      assert.deepEqual(await axeViolations(page), [], `list, ru, ${width} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `the page scrolls sideways at ${width} px`);
      await page.select('safe-inbox >>> .language select', 'en');
      await waitForHeading(page, 'Reports');
      assert.deepEqual(await axeViolations(page), [], `list, en, ${width} px`);
      await click(page, '#key-text');
      await page.keyboard.type(JSON.stringify(privateKey));
      await clickButton(page, 'Use this key');
      await clickButton(page, receipt);
      await waitForText(page, sealedText);
      assert.deepEqual(await axeViolations(page), [], `report, en, ${width} px`);
      await page.select('safe-inbox >>> .language select', 'ru');
      await waitForText(page, 'Внутренние заметки');
      assert.deepEqual(await axeViolations(page), [], `report, ru, ${width} px`);
      r.clock.offset += 60_000;
      await page.close();
    }
    for (const request of r.requests) assert.equal(new URL(request.url).origin, r.origin);
  } finally {
    await r.close();
  }
});

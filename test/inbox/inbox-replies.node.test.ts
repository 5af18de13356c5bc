// The follow-up in the inbox page, in real Chromium against a real receiver and SQLite file: a report
// sent with a follow-up code and answered by the reporter (through the SDK, as the form does), a case
// worker who signs in with a password and a code, opens it, unlocks the organisation's key, reads the
// reporter's answer and replies (encrypted in the page with the reply key inside the report), and the
// reporter who reads the reply in the report form's follow-up view with the code. Also: a plain
// report's reply, a report sent without a code, a failed send that keeps the typed reply, and axe
// and the page's width with a thread shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { ReportClient, decryptReply, deriveFollowUp, encryptReply, generateReportKeyPair } from '../../src/sdk/index.js';
import type { EncryptedReply } from '../../src/sdk/index.js';
import { hasChromium } from '../../scripts/chromium.mjs';
import { post } from '../server/helpers.js';
import { totpCode } from '../server/inbox-helpers.js';
import { startFormPage } from './form-page.js';
import { axeViolations, click, clickButton, enrolWithPassword, fill, inInbox, inboxText, startPageReceiver, waitForHeading, waitForText } from './inbox-browser.js';
import type { PageReceiver } from './inbox-browser.js';

const skip = !hasChromium() && 'Chromium is not installed';
const PASSWORD = 'four plain words here';
const REPORT = 'They took my passport at the airport and say I owe them for the ticket.';
const ANSWER = 'Спасибо. Звонить можно после 19:00, по будням.';
const REPLY = 'We have your message. It is safe to call us on weekdays after seven; ask for Dana.';
const fast = { retries: 1, backoff: () => 0, timeout: 5000, deadline: 20_000 };

async function useKey(page: Page, privateKey: JsonWebKey, button = 'Use this key'): Promise<void> {
  await click(page, '#key-text');
  await page.keyboard.type(JSON.stringify(privateKey));
  await clickButton(page, button);
}

/** The list item of a report, as the case worker reads it. */
async function listItem(page: Page, receipt: string): Promise<string> {
  const items = await page.$$eval(inInbox('.reports li'), (lis) => lis.map((li) => (li as HTMLElement).innerText));
  return items.find((t) => t.includes(receipt)) ?? '';
}

/** Chooses what the list shows. */
async function showOnly(page: Page, value: string): Promise<void> {
  await page.$eval(inInbox('#filter'), (select, v) => {
    (select as HTMLSelectElement).value = v;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

async function replyValue(page: Page): Promise<string> {
  return page.$eval(inInbox('#reply'), (t) => (t as HTMLTextAreaElement).value);
}

/** The SQLite file and its WAL, as bytes: what someone who copies the server's disk gets. */
function databaseBytes(r: PageReceiver): Buffer {
  return Buffer.concat([r.file, `${r.file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
}

test('an encrypted report: the case worker reads the reporter\'s answer and replies from the page, encrypted; the reporter reads it in the form with the code', { skip }, async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const form = await startFormPage();
  const r = await startPageReceiver({ publicKey }, [form.origin]);
  try {
    const client = new ReportClient({ endpoint: `${r.url}/reports`, publicKey, followUp: true, ...fast });
    const pending = client.prepare({ description: REPORT, consent: true });
    const sent = await client.send(pending);
    assert.equal(sent.followUp, true);
    const code = pending.followUpCode!;
    await client.sendAnswer(client.prepareAnswer(code, ANSWER));
    assert.equal((await post(r.url, { description: 'Another report, with no follow-up.', consent: true })).status, 201);

    const page = await r.newPage({ languages: ['en'] });
    await enrolWithPassword(page, r, 'aigerim', PASSWORD);
    // The reporter's answer waits for the organisation: the list says so in words, and can show only those.
    assert.match(await listItem(page, sent.receipt), /New answer from the reporter, .*\d/);
    await showOnly(page, 'answered');
    await page.waitForFunction(() => document.querySelector('safe-inbox')!.shadowRoot!.querySelectorAll('.reports li').length === 1, { timeout: 30_000 });
    await showOnly(page, '');
    await clickButton(page, sent.receipt);
    await waitForHeading(page, `Report ${sent.receipt}`);

    // Locked: the page says what to do, shows no ciphertext and offers no reply box.
    await waitForText(page, 'To read the messages and reply, add the organisation’s key (above).');
    const text = await inboxText(page);
    assert.ok(text.includes('The person who reported'), text);
    assert.ok(text.includes('Encrypted. Add the organisation’s key to read it.'), text);
    assert.ok(!text.includes(ANSWER) && !/ciphertext|"iv"|epk/.test(text), text);
    assert.equal(await page.$(inInbox('#reply')), null);

    // Unlocked: the reporter's answer, decrypted here, who and when.
    await useKey(page, privateKey);
    await waitForText(page, ANSWER);
    const answer = await page.$eval(inInbox('.thread li'), (li) => (li as HTMLElement).innerText);
    assert.match(answer, /The person who reported · .*\d/);
    assert.equal(await page.$eval(inInbox('.thread li time'), (t) => t.getAttribute('datetime')), (await r.db.followUp.messages(sent.receipt))[0]!.at);

    // No connection: the page says so and the typed reply stays.
    await fill(page, '#reply', REPLY);
    await page.setOfflineMode(true);
    await clickButton(page, 'Send the reply');
    await waitForText(page, 'The inbox cannot be reached. Check the connection and try again.');
    assert.equal(await replyValue(page), REPLY);
    await page.setOfflineMode(false);

    await clickButton(page, 'Send the reply');
    await waitForText(page, 'aigerim (staff)');
    await page.waitForFunction(() => document.querySelector('safe-inbox')!.shadowRoot!.querySelectorAll('.thread li').length === 2, { timeout: 30_000 });
    assert.equal(await replyValue(page), '');
    assert.ok((await page.$eval(inInbox('.thread li:last-child'), (li) => (li as HTMLElement).innerText)).includes(REPLY));
    assert.ok(!(await inboxText(page)).includes('The inbox cannot be reached'), 'the problem is gone once the reply is sent');

    // The server holds only an envelope that the code's reply key opens; no request carried the words.
    const stored = (await r.db.followUp.messages(sent.receipt)).find((m) => m.from === 'organisation')!;
    assert.equal(stored.kind, 'encrypted');
    assert.equal(stored.author, 'aigerim');
    assert.ok(!stored.body.includes('Dana'));
    assert.equal(await decryptReply(JSON.parse(stored.body) as EncryptedReply, (await deriveFollowUp(code)).replyKey), REPLY);
    for (const request of r.requests) {
      assert.ok(!request.body.includes('Dana') && !request.body.includes(privateKey.d!), `${request.method} ${request.url} carries the reply or the key`);
    }
    await r.db.check();
    const bytes = databaseBytes(r);
    for (const secret of [REPLY, 'ask for Dana', ANSWER, code]) assert.ok(!bytes.includes(Buffer.from(secret)), `the database files hold "${secret}"`);

    // The staff's own encrypted reply reads again after a reload, from the reply key in the report.
    await page.reload();
    await waitForHeading(page, 'Reports');
    // Answered: the mark is gone.
    assert.ok((await listItem(page, sent.receipt)).includes(sent.receipt));
    assert.ok(!(await listItem(page, sent.receipt)).includes('New answer'), await listItem(page, sent.receipt));
    await useKey(page, privateKey);
    await clickButton(page, sent.receipt);
    await waitForText(page, REPLY);

    // The reporter, on the NGO's site, reads the reply in the form with the code as they typed it.
    const reporter = await r.newPage({ languages: ['en'], width: 360 });
    await reporter.goto(`${form.origin}/?endpoint=${encodeURIComponent(`${r.url}/reports`)}&public-key=${encodeURIComponent(JSON.stringify(publicKey))}`);
    const link = await reporter.waitForSelector('safe-report-form >>> [part="follow-up-link"]', { timeout: 30_000 });
    await link!.click();
    const field = await reporter.waitForSelector('safe-report-form >>> #follow-up-code', { timeout: 30_000 });
    await field!.type(code.toLowerCase().replace(/-/g, ' '));
    await (await reporter.waitForSelector('safe-report-form >>> [part="follow-up-show-button"]'))!.click();
    await reporter.waitForFunction(
      (reply: string) => [...(document.querySelector('safe-report-form')?.shadowRoot?.querySelectorAll('[part="follow-up-messages"] li') ?? [])].some((li) => li.textContent?.includes(reply)),
      { timeout: 30_000 },
      REPLY,
    );
    const shown = await reporter.$$eval('safe-report-form >>> [part="follow-up-messages"] li', (items) => items.map((li) => li.textContent ?? ''));
    assert.ok(shown.some((t) => t.includes('Hope Line')), shown.join(' | '));
    assert.ok(!shown.join(' ').includes('aigerim'), 'the reporter never sees which staff member replied');
    await reporter.close();
  } finally {
    await r.close();
    await form.close();
  }
});

test('a plain report is answered in plain text; a report sent without a follow-up code says it cannot be answered; a refusal or an ended session keeps the reply', { skip }, async () => {
  const r = await startPageReceiver();
  try {
    const client = new ReportClient({ endpoint: `${r.url}/reports`, followUp: true, ...fast });
    const pending = client.prepare({ description: REPORT, consent: true });
    const sent = await client.send(pending);
    await client.sendAnswer(client.prepareAnswer(pending.followUpCode!, ANSWER));
    const withoutCode = String((await post(r.url, { description: 'My neighbour works with no days off.', consent: true })).json?.receipt);

    const page = await r.newPage({ languages: ['en'] });
    const secret = await enrolWithPassword(page, r, 'dana', PASSWORD);
    await clickButton(page, withoutCode);
    await waitForHeading(page, `Report ${withoutCode}`);
    await waitForText(page, 'The person sent this report without a follow-up code, so they cannot be answered here.');
    assert.equal(await page.$(inInbox('#reply')), null);

    await clickButton(page, 'Back to the reports');
    await waitForHeading(page, 'Reports');
    await clickButton(page, sent.receipt);
    await waitForText(page, ANSWER);
    await waitForText(page, 'This report was not encrypted, so neither is the reply.');

    // A refusal with a code is put in words beside the box, and the reply stays.
    await page.setRequestInterception(true);
    const refuse = (request: HTTPRequest) => {
      if (request.method() === 'POST' && request.url().endsWith('/replies')) {
        void request.respond({ status: 422, contentType: 'application/json', body: JSON.stringify({ error: { code: 'receiver/follow-up-unavailable', message: 'no code' } }) });
      } else void request.continue();
    };
    page.on('request', refuse);
    await fill(page, '#reply', REPLY);
    await clickButton(page, 'Send the reply');
    await waitForText(page, 'This person cannot be answered here: the report came without a follow-up code.');
    assert.equal(await replyValue(page), REPLY);
    assert.equal(await page.$eval(inInbox('#reply'), (t) => t.getAttribute('aria-describedby')), 'reply-hint reply-problem');
    page.off('request', refuse);
    await page.setRequestInterception(false);

    // The session ends while the reply waits: after signing in again the report and the reply are back.
    r.clock.offset += 31 * 60_000;
    await clickButton(page, 'Send the reply');
    await waitForHeading(page, 'Sign in to the inbox');
    await fill(page, '#name', 'dana');
    await fill(page, '#password', PASSWORD);
    await fill(page, '#code', totpCode(secret, r.clock.now()));
    await page.keyboard.press('Enter');
    await waitForHeading(page, `Report ${sent.receipt}`);
    assert.equal(await replyValue(page), REPLY);
    assert.equal((await r.db.followUp.messages(sent.receipt)).length, 1, 'nothing was sent without a session');

    await clickButton(page, 'Send the reply');
    await waitForText(page, 'dana (staff)');
    const [, stored] = await r.db.followUp.messages(sent.receipt);
    assert.deepEqual([stored?.kind, stored?.body], ['text', REPLY]);
    const thread = await client.readReplies(pending.followUpCode!);
    assert.deepEqual(
      thread.messages.map((m) => [m.from, m.text]),
      [
        ['reporter', ANSWER],
        ['organisation', REPLY],
      ],
    );
  } finally {
    await r.close();
  }
});

test('the thread in ru and en at 320 and 1280 px: no axe violations, no sideways scroll', { skip }, async () => {
  const { publicKey, privateKey } = await generateReportKeyPair();
  const r = await startPageReceiver({ publicKey });
  try {
    const client = new ReportClient({ endpoint: `${r.url}/reports`, publicKey, followUp: true, ...fast });
    const pending = client.prepare({ description: REPORT, consent: true });
    const { receipt } = await client.send(pending);
    await client.sendAnswer(client.prepareAnswer(pending.followUpCode!, ANSWER));
    const { replyKey } = await deriveFollowUp(pending.followUpCode!);
    await r.db.followUp.add(receipt, { from: 'organisation', author: 'dana', kind: 'encrypted', body: JSON.stringify(await encryptReply(REPLY, replyKey)) });
    // A long unbroken word must not push the page sideways on a phone.
    await client.sendAnswer(client.prepareAnswer(pending.followUpCode!, `https://example.org/${'x'.repeat(120)}`));

    for (const width of [320, 1280]) {
      const page = await r.newPage({ languages: ['ru-RU', 'ru'], width });
      await enrolWithPassword(page, r, `worker${width}`, PASSWORD, 'Обращения');
      assert.match(await listItem(page, receipt), /Новый ответ заявителя/);
      assert.deepEqual(await axeViolations(page), [], `list with an answer waiting, ru, ${width} px`);
      await useKey(page, privateKey, 'Использовать этот ключ');
      await clickButton(page, receipt);
      await waitForText(page, REPLY);
      await waitForText(page, 'Переписка с человеком');
      assert.deepEqual(await axeViolations(page), [], `thread, ru, ${width} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `the page scrolls sideways at ${width} px`);
      await page.select('safe-inbox >>> .language select', 'en');
      await waitForText(page, 'Messages with the person');
      assert.deepEqual(await axeViolations(page), [], `thread, en, ${width} px`);
      r.clock.offset += 60_000;
      await page.close();
    }
  } finally {
    await r.close();
  }
});

import { expect } from 'chai';
import type { ReportClient } from '../../../src/sdk/report/client.js';
import { decryptReport, generateReportKeyPair } from '../../../src/sdk/report/client.js';
import '../../../src/widgets/exit-button/exit-button.js';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';
import { exitNavigation } from '../../../src/widgets/exit-button/navigation.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { cleanup, fixture, sleep } from '../../helpers/fixture.js';
import {
  backToFirstEntry,
  $,
  $$,
  TestEndpoint,
  agreeAndSend,
  choose,
  deepActive,
  fill,
  heading,
  mountForm,
  pressContinue,
  requestsMentioning,
  waitForView,
} from './helpers.js';

const realReplace = exitNavigation.replace;
const pendingIn = (el: SafeReportForm) => (el as unknown as { delivery: { client: ReportClient } }).delivery.client.pending;

/** Everything the page could have kept: web storage, IndexedDB, cookies, Cache Storage. */
async function storedAnywhere(): Promise<string> {
  const parts: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) parts.push(`${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
  }
  parts.push(...(await indexedDB.databases()).map((db) => `indexedDB:${db.name}`));
  if (document.cookie) parts.push(`cookie:${document.cookie}`);
  parts.push(...(await caches.keys()).map((name) => `cache:${name}`));
  return parts.join('\n');
}

/** Answers every question, each with the canary in it where the person can type. */
async function writeEverything(el: SafeReportForm, canary: string): Promise<void> {
  await choose(el, 'Yes');
  await pressContinue(el);
  await choose(el, 'It is about someone in my family, or a friend');
  await pressContinue(el);
  await fill(el, 'description', `My sister ${canary} works without pay.`);
  await pressContinue(el);
  await choose(el, 'Not free to leave');
  await pressContinue(el);
  await fill(el, 'city', `Town ${canary}`);
  await fill(el, 'place-details', `Market ${canary}`);
  await fill(el, 'when-text', `Since ${canary}`);
  await pressContinue(el);
  await fill(el, 'people-count', '2');
  await choose(el, 'Yes');
  await pressContinue(el);
  await choose(el, 'Yes, it is safe to contact me');
  await choose(el, 'Signal');
  await fill(el, 'address', `+7 700 ${canary}`);
  await fill(el, 'safe-times', `After ${canary}`);
  await fill(el, 'code-word', `word-${canary}`);
  await pressContinue(el);
  expect(heading(el)).to.equal('Check your report');
}

describe('<safe-report-form> privacy', () => {
  let endpoint: TestEndpoint;
  let canary: string;

  beforeEach(async () => {
    endpoint = new TestEndpoint();
    canary = `canary${Math.random().toString(36).slice(2, 10)}`;
    exitNavigation.replace = () => undefined;
    document.documentElement.lang = 'en';
    await useLocale('en');
    await backToFirstEntry();
  });

  afterEach(async () => {
    exitNavigation.replace = realReplace;
    cleanup();
    // No history traversal may still be under way when the next test file's page loads.
    await backToFirstEntry();
  });

  describe('quick exit', () => {
    it('wipes every field, the unsent report, focus and the text on screen when its exit button is pressed', async () => {
      const el = await mountForm(endpoint);
      await endpoint.faults(['503', '503']);
      await writeEverything(el, canary);
      await agreeAndSend(el);
      await waitForView(el, 'Your report has not been sent yet');
      expect(pendingIn(el)).to.have.length(1);
      const exit = $(el, '[part="exit-button"]')!;
      (exit.shadowRoot!.querySelector('button') as HTMLButtonElement).focus();
      (exit.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;

      expect(heading(el)).to.equal('Is anyone in danger right now?');
      expect(el.shadowRoot!.innerHTML).to.not.contain(canary);
      expect(el.shadowRoot!.textContent).to.not.contain(canary);
      expect(pendingIn(el)).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect($$<HTMLInputElement>(el, 'input').filter((i) => i.checked)).to.have.length(0);
      for (let i = 0; i < 7; i++) {
        for (const field of $$<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, 'input[type="text"], textarea, select')) {
          expect(field.value, `${heading(el)} #${field.id}`).to.equal('');
        }
        const checked = $$<HTMLInputElement>(el, 'input').filter((c) => c.checked).map((c) => c.parentElement!.textContent!.trim());
        expect(checked, heading(el)).to.deep.equal(heading(el) === 'Is it safe for Hope Line to contact you?' ? ['No, keep me anonymous'] : []);
        if (heading(el) === 'What happened?') await fill(el, 'description', 'new');
        await pressContinue(el);
      }
      expect((await endpoint.log()).length).to.equal(2);
    });

    it('wipes itself when any exit button on the page fires safe-exit, even one the site cancelled', async () => {
      const el = await mountForm(endpoint);
      const other = await fixture<HTMLElement>('<safe-exit-button></safe-exit-button>');
      other.addEventListener('safe-exit', (e) => e.preventDefault());
      await pressContinue(el);
      await pressContinue(el);
      await fill(el, 'description', canary);
      (other.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(heading(el)).to.equal('Is anyone in danger right now?');
      expect(el.shadowRoot!.innerHTML).to.not.contain(canary);
      await pressContinue(el);
      await pressContinue(el);
      expect($<HTMLTextAreaElement>(el, '#description')!.value).to.equal('');
    });

    it('stops a delivery under way, and never shows it as received afterwards', async () => {
      const el = await mountForm(endpoint);
      await endpoint.faults(['slow:800']);
      await pressContinue(el);
      await pressContinue(el);
      await fill(el, 'description', canary);
      for (let i = 0; i < 5; i++) await pressContinue(el);
      await agreeAndSend(el);
      expect(heading(el)).to.equal('Sending your report…');
      window.dispatchEvent(new Event('safe-exit'));
      await el.updateComplete;
      expect(heading(el)).to.equal('Is anyone in danger right now?');
      await sleep(1200);
      expect(heading(el)).to.equal('Is anyone in danger right now?');
      expect(el.shadowRoot!.innerHTML).to.not.contain(canary);
    });
  });

  describe('what leaves the page', () => {
    it('sends the typed text in the report only, and keeps none of it in storage, cookies, caches or the address', async () => {
      const before = await storedAnywhere();
      const resourcesBefore = performance.getEntriesByType('resource').length;
      const el = await mountForm(endpoint);
      await writeEverything(el, canary);
      await agreeAndSend(el);
      await waitForView(el, 'Your report has reached Hope Line');

      const log = await endpoint.log();
      expect(log).to.have.length(1);
      expect(log[0]!.body).to.contain(canary);
      expect(JSON.stringify(log[0]!.headers)).to.not.contain(canary);
      expect(log[0]!.headers.cookie).to.equal(undefined);
      expect(log[0]!.headers.referer).to.equal(undefined);

      const seen = await requestsMentioning(canary);
      expect(seen.hits).to.deep.equal([]);
      const urls = performance
        .getEntriesByType('resource')
        .slice(resourcesBefore)
        .map((e) => e.name);
      expect(urls.filter((u) => u.includes(canary))).to.deep.equal([]);
      expect(urls.filter((u) => new URL(u).origin !== location.origin)).to.deep.equal([]);

      const after = await storedAnywhere();
      expect(after).to.equal(before);
      expect(after).to.not.contain(canary);
      expect(location.href).to.not.contain(canary);
      expect(history.state).to.equal(null);
    });

    it('sends only ciphertext when the organisation’s public key is set; the organisation can read it', async () => {
      const keys = await generateReportKeyPair();
      const el = await mountForm(endpoint, `public-key='${JSON.stringify(keys.publicKey)}'`);
      await writeEverything(el, canary);
      expect(el.shadowRoot!.textContent).to.contain('only Hope Line can read it');
      await agreeAndSend(el);
      await waitForView(el, 'Your report has reached Hope Line');
      const [logged] = await endpoint.log();
      expect(logged!.body).to.not.contain(canary);
      const envelope = JSON.parse(logged!.body);
      expect(envelope.alg).to.equal('ECDH-ES+HKDF-SHA-256+A256GCM');
      const report = await decryptReport(envelope, keys.privateKey);
      expect(report.description).to.equal(`My sister ${canary} works without pay.`);
      expect(report.people).to.deep.equal({ count: 2, anyUnder18: 'yes' });
      expect(report.contact).to.deep.include({ mode: 'contact', channel: 'signal' });
    });

    it('leaves nothing of the report in the page after the server confirms it', async () => {
      const el = await mountForm(endpoint);
      await writeEverything(el, canary);
      await agreeAndSend(el);
      await waitForView(el, 'Your report has reached Hope Line');
      expect(el.shadowRoot!.innerHTML).to.not.contain(canary);
      expect(pendingIn(el)).to.have.length(0);
      expect(deepActive()).to.equal($(el, '[data-heading]'));
    });
  });
});

import { expect } from 'chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/offer-check/offer-check.js';
import '../../../src/widgets/offer-badge/offer-badge.js';
import type { SafeOfferCheck } from '../../../src/widgets/offer-check/offer-check.js';
import type { SafeOfferBadge } from '../../../src/widgets/offer-badge/offer-badge.js';
import { SafeExitEvent } from '../../../src/widgets/exit-button/exit-button.js';
import { SafeAttributeError } from '../../../src/widgets/shared/errors.js';
import type { SafeErrorEvent } from '../../../src/widgets/shared/errors.js';
import { allLocales, useLocale } from '../../../src/widgets/localization.js';
import { labelledOffers } from '../../fixtures/offers/index.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { cleanup, fixture, waitUntil } from '../../helpers/fixture.js';
import { onPhoneIn, backToEnglish, expectReadableOnPhone } from '../layout/support.js';

const OFFER = labelledOffers.find((o) => o.id === 'en-high-dubai-hostess')!.text.trim();
const COUNSELLORS = 'consult-telegram="@ngo_consult" consult-whatsapp="+996 555 123-456" consult-email="advice@ngo.example"';

type Host = SafeOfferCheck | SafeOfferBadge;
const $ = <T extends Element = HTMLElement>(el: Host, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Host, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The message the checker must show and send, written out here in English, each sign by the title its result shows. */
function messageWithTitles(el: SafeOfferCheck, offer: string): string {
  const titles = $$(el, '.flag-title').map((h) => h.textContent!.trim());
  return [
    'Hello. I would like advice about a job offer.',
    'An offer check found: Warning signs.',
    ...(titles.length ? ['Warning signs:', ...titles.map((t) => `- ${t}`)] : []),
    ...(offer.trim() ? ['', 'The offer:', offer.trim()] : []),
  ].join('\n');
}

async function checkedOffer(attributes = COUNSELLORS): Promise<SafeOfferCheck> {
  const el = await fixture<SafeOfferCheck>(`<safe-offer-check ${attributes}></safe-offer-check>`);
  const box = $<HTMLTextAreaElement>(el, '#offer')!;
  box.value = OFFER;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  $(el, '[part="check-button"]')!.click();
  await waitUntil(() => !!$(el, '#result-heading'), 'the result is shown');
  if (attributes.includes('consult-')) await waitUntil(() => !!$(el, '[part="consult-button"]') || !el.consultTelegram.startsWith('@ngo'), 'the counsellors are offered');
  return el;
}

async function openPreview(el: Host, kind: 'telegram' | 'whatsapp' | 'email'): Promise<void> {
  await waitUntil(() => !!$(el, `[data-consult="${kind}"]`), `the ${kind} counsellor is offered`);
  $<HTMLButtonElement>(el, `[data-consult="${kind}"]`)!.click();
  await el.updateComplete;
  await waitUntil(() => !!$(el, '[part="consult-message"]'), 'the preview shows');
}

const shownMessage = (el: Host) => $(el, '[part="consult-message"]')!.textContent!;
const link = (el: Host) => $<HTMLAnchorElement>(el, '[part="consult-link"]')!;

/** Keeps a link's navigation from happening (a new tab to t.me has nowhere to go here); its own click handlers still run. */
function holdNavigation(): () => void {
  const stop = (e: Event) => {
    if ((e.composedPath()[0] as Element).closest?.('a')) e.preventDefault();
  };
  document.addEventListener('click', stop, true);
  return () => document.removeEventListener('click', stop, true);
}

describe('<safe-offer-check> asks a counsellor', () => {
  afterEach(backToEnglish);

  it('offers one button per counsellor the site named, and nothing without them', async () => {
    const el = await checkedOffer();
    expect($$(el, '[part="consult-button"]').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Ask on Telegram @ngo_consult',
      'Ask on WhatsApp +996 555 123-456',
      'Ask by e-mail advice@ngo.example',
    ]);
    cleanup();
    const plain = await checkedOffer('');
    expect($(plain, '[part="consult"]')).to.equal(null);
  });

  it('shows the whole message first; WhatsApp opens with exactly that text, URL-encoded', async () => {
    const el = await checkedOffer();
    await openPreview(el, 'whatsapp');
    const message = messageWithTitles(el, OFFER);
    expect(shownMessage(el)).to.equal(message);
    expect(link(el).getAttribute('href')).to.equal(`https://wa.me/996555123456?text=${encodeURIComponent(message)}`);
    expect(link(el).getAttribute('target')).to.equal('_blank');
    expect(link(el).textContent!.trim()).to.equal('Open WhatsApp with this message');
  });

  it('a Russian offer still arrives filled in on WhatsApp, though its link is longer than an e-mail may be', async () => {
    const russian = labelledOffers.find((o) => o.id === 'ru-high-podmoskovye-brigade')!.text.trim();
    const el = await fixture<SafeOfferCheck>(`<safe-offer-check ${COUNSELLORS}></safe-offer-check>`);
    const box = $<HTMLTextAreaElement>(el, '#offer')!;
    box.value = `${russian}\n${russian}`;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    $(el, '[part="check-button"]')!.click();
    await waitUntil(() => !!$(el, '#result-heading'), 'the result is shown');
    await openPreview(el, 'whatsapp');
    const href = link(el).getAttribute('href')!;
    expect(href.length).to.be.greaterThan(2000);
    expect(href).to.equal(`https://wa.me/996555123456?text=${encodeURIComponent(shownMessage(el))}`);
    expect(shownMessage(el)).to.contain(russian);
  });

  it('lets the person change the offer’s text or leave it out, and the link follows what they see', async () => {
    const el = await checkedOffer();
    await openPreview(el, 'email');
    const box = $<HTMLTextAreaElement>(el, '[part="consult-offer"]')!;
    expect(box.value).to.equal(OFFER);
    box.value = 'Hostess jobs in Dubai, no names here.';
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    let message = messageWithTitles(el, 'Hostess jobs in Dubai, no names here.');
    expect(shownMessage(el)).to.equal(message);
    expect(link(el).getAttribute('href')).to.equal(
      `mailto:advice@ngo.example?subject=${encodeURIComponent('A question about a job offer')}&body=${encodeURIComponent(message)}`,
    );
    $$<HTMLButtonElement>(el, '.consult-secondary').find((b) => b.textContent!.includes('Leave out'))!.click();
    await el.updateComplete;
    message = messageWithTitles(el, '');
    expect(shownMessage(el)).to.equal(message);
    expect(shownMessage(el)).not.to.contain('Dubai');
    expect(decodeURIComponent(link(el).getAttribute('href')!)).not.to.contain('Dubai');
    expect(link(el).getAttribute('href')).to.equal(`mailto:advice@ngo.example?subject=${encodeURIComponent('A question about a job offer')}&body=${encodeURIComponent(message)}`);
    expect(link(el).hasAttribute('target')).to.equal(false);
  });

  it('Telegram: copies exactly the message to the clipboard when tapped, says so first, opens t.me; safe-exit empties the clipboard again', async () => {
    await executeServerCommand('grant-clipboard');
    await navigator.clipboard.writeText('before');
    const el = await checkedOffer();
    await openPreview(el, 'telegram');
    const message = messageWithTitles(el, OFFER);
    expect(link(el).getAttribute('href')).to.equal('https://t.me/ngo_consult');
    expect($(el, '.consult-preview')!.textContent).to.contain('Telegram cannot fill in the message. When you tap the link, the message is copied: paste it into the chat.');
    expect(await navigator.clipboard.readText()).to.equal('before');
    const release = holdNavigation();
    try {
      link(el).click();
      await waitUntil(() => $(el, '.consult-preview [role="status"]')!.textContent!.includes('copied'), 'the copy is confirmed');
    } finally {
      release();
    }
    expect(await navigator.clipboard.readText()).to.equal(message);
    window.dispatchEvent(new SafeExitEvent('api', 'about:blank'));
    await el.updateComplete;
    await waitUntil(() => !$(el, '#result-heading'), 'the result is wiped');
    await new Promise((r) => setTimeout(r, 50));
    expect(await navigator.clipboard.readText()).to.equal('');
  });

  it('an e-mail too long for a link is copied instead, and the link carries the subject only', async () => {
    await executeServerCommand('grant-clipboard');
    const el = await checkedOffer();
    await openPreview(el, 'email');
    const box = $<HTMLTextAreaElement>(el, '[part="consult-offer"]')!;
    const long = `${OFFER}\n${'Details of the job and the hostel. '.repeat(60)}`.trim();
    box.value = long;
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(link(el).getAttribute('href')).to.equal(`mailto:advice@ngo.example?subject=${encodeURIComponent('A question about a job offer')}`);
    expect($(el, '.consult-preview')!.textContent).to.contain('This message is too long for a link.');
    const release = holdNavigation();
    try {
      link(el).click();
      await waitUntil(() => $(el, '.consult-preview [role="status"]')!.textContent!.includes('copied'), 'the copy is confirmed');
    } finally {
      release();
    }
    expect(await navigator.clipboard.readText()).to.equal(messageWithTitles(el, long));
  });

  it('works with the keyboard: Enter opens the preview with focus on its heading; Cancel returns focus to the button', async () => {
    const el = await checkedOffer();
    const button = $<HTMLButtonElement>(el, '[data-consult="whatsapp"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'consult-preview', 'focus moves to the preview');
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Check the message before you send it');
    const cancel = $$<HTMLButtonElement>(el, '.consult-secondary').find((b) => b.textContent!.trim() === 'Cancel')!;
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-consult') === 'whatsapp', 'focus is back on the button');
    expect($(el, '[part="consult-message"]')).to.equal(null);
  });

  it('reports each unusable address with the usual attribute error and offers no button for it', async () => {
    const errors: SafeErrorEvent[] = [];
    const listen = (e: SafeErrorEvent) => errors.push(e);
    document.addEventListener('safe-error', listen);
    try {
      const el = await checkedOffer('consult-telegram="ab" consult-whatsapp="0555 123 456" consult-email="advice@ngo.example?cc=x@y.z"');
      expect($(el, '[part="consult"]')).to.equal(null);
      expect(errors.map((e) => e.attribute).sort()).to.deep.equal(['consult-email', 'consult-telegram', 'consult-whatsapp']);
      for (const event of errors) {
        expect(event.error).to.be.instanceOf(SafeAttributeError);
        expect(event.error.code).to.equal('widget/attribute-invalid');
      }
      expect(errors.find((e) => e.attribute === 'consult-whatsapp')!.error.message).to.contain('international form');
    } finally {
      document.removeEventListener('safe-error', listen);
    }
  });

  it('sends nothing itself: no request leaves the page while the person previews and edits', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await checkedOffer();
    await openPreview(el, 'whatsapp');
    const box = $<HTMLTextAreaElement>(el, '[part="consult-offer"]')!;
    box.value = 'Edited.';
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shownMessage(el)).to.contain('Edited.');
    expect(performance.getEntriesByType('resource').slice(before).map((e) => e.name).filter((n) => !n.includes('/src/') && !n.includes('/node_modules/') && !n.includes('/__web-dev-server'))).to.deep.equal([]);
  });

  for (const locale of allLocales) {
    it(`the preview passes axe and reads well at 320 px in ${locale}`, async () => {
      await onPhoneIn(locale);
      const el = await checkedOffer();
      await openPreview(el, 'whatsapp');
      await expectNoAxeViolations(el.parentElement!);
      await expectReadableOnPhone(`offer check, counsellor preview, ${locale}`, ['English not required']);
      expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(locale);
    });
  }
});

describe('<safe-offer-badge> asks a counsellor', () => {
  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  async function openBadge(attributes: string): Promise<SafeOfferBadge> {
    const el = await fixture<SafeOfferBadge>(`<safe-offer-badge ${attributes}></safe-offer-badge>`);
    el.text = OFFER;
    await waitUntil(() => el.hasAttribute('level'), 'the badge has checked');
    $<HTMLButtonElement>(el, '[part="badge"]')!.click();
    await waitUntil(() => !!$(el, '[part="title"]'), 'the explanation is open');
    if (attributes.includes('+996')) await waitUntil(() => !!$(el, '[part="consult-button"]'), 'the counsellors are offered');
    return el;
  }

  it('offers the counsellors in the explanation; the WhatsApp link carries exactly the message shown', async () => {
    const el = await openBadge(COUNSELLORS);
    expect($$(el, '[part="consult-button"]')).to.have.length(3);
    await openPreview(el, 'whatsapp');
    expect(el.shadowRoot!.activeElement?.id).to.equal('consult-preview');
    const message = shownMessage(el);
    expect(message.startsWith('Hello. I would like advice about a job offer.\nAn offer check found: Warning signs.\nWarning signs:\n- ')).to.equal(true);
    expect(message.endsWith(`\n\nThe offer:\n${OFFER}`)).to.equal(true);
    expect(link(el).getAttribute('href')).to.equal(`https://wa.me/996555123456?text=${encodeURIComponent(message)}`);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('closing the explanation forgets the preview; a bad address is reported and not offered', async () => {
    const errors: SafeErrorEvent[] = [];
    const listen = (e: SafeErrorEvent) => errors.push(e);
    document.addEventListener('safe-error', listen);
    try {
      const el = await openBadge('consult-whatsapp="+996 555 123 456" consult-telegram="@x"');
      expect($$(el, '[part="consult-button"]').map((b) => b.dataset['consult'])).to.deep.equal(['whatsapp']);
      expect(errors.map((e) => [e.attribute, e.error.code])).to.deep.equal([['consult-telegram', 'widget/attribute-invalid']]);
      await openPreview(el, 'whatsapp');
      el.close();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part="badge"]')!.click();
      await waitUntil(() => !!$(el, '[part="title"]'), 'the explanation is open again');
      expect($(el, '[part="consult-message"]')).to.equal(null);
    } finally {
      document.removeEventListener('safe-error', listen);
    }
  });
});

import { expect } from 'chai';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../../src/widgets/hotline-finder/hotline-finder.js';
import '../../../src/widgets/exit-button/exit-button.js';
import type { SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';
import { bundledHotlineDirectory } from '../../../src/sdk/hotlines/bundled.js';
import { contactText } from '../../../src/sdk/hotlines/contact-links.js';
import { hotlineDisplayName } from '../../../src/sdk/hotlines/names.js';
import { partialDate } from '../../../src/widgets/shared/formats.js';
import { allLocales, useLocale } from '../../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { cleanup, fixture, waitUntil } from '../../helpers/fixture.js';

// Monday 23 November 2026, 15:00 in Almaty.
const monday = new Date('2026-11-23T10:00:00Z');

async function mount(markup: string): Promise<SafeHotlineFinder> {
  const el = await fixture<SafeHotlineFinder>(markup);
  el.now = monday;
  await el.dataReady;
  await el.screensReady;
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const sheetReady = (el: SafeHotlineFinder) => waitUntil(() => !!$(el, '[part="print-sheet"]'), 'the print sheet is ready');

/** What the data says the sheet must hold for KZ and trafficking, in English: each number with its source's date. */
function expectedKazakhstan() {
  const directory = bundledHotlineDirectory();
  const emergency = directory.emergencyNumbers('KZ');
  const dated = (date: string | null | undefined) => (date ? `Source: ${partialDate(date, 'en')}` : 'Source gives no date');
  const numbers = emergency.numbers.map((n) => ({ value: n.printed, source: dated(emergency.provenance?.sources[n.source]?.date) }));
  const lines = directory
    .query({ country: 'KZ', need: 'trafficking', openAt: monday })
    .filter((r) => r.channels.some((c) => c.channel.type !== 'web-chat'))
    .slice(0, 5)
    .map((r) => ({
      name: hotlineDisplayName(r.hotline, 'en').text,
      contacts: r.channels
        .filter((c) => c.channel.type !== 'web-chat')
        .slice(0, 3)
        .map((c) => ({ value: contactText(c.channel), source: dated(r.hotline.provenance.sources[c.channel.source]?.date) })),
    }));
  return { numbers, lines };
}

describe('<safe-hotline-finder> Print or share', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  it('offers Print and Share once a country is chosen; not without one, and not in a compact finder', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    expect($$(el, '[part="print-share"] button').map((b) => b.textContent!.trim())).to.deep.equal(['Print this list', 'Share this list']);
    cleanup();
    const compact = await mount('<safe-hotline-finder country="KZ" compact></safe-hotline-finder>');
    expect($(compact, '[part="print-share"]')).to.equal(null);
    cleanup();
    const none = await mount('<safe-hotline-finder country="XX"></safe-hotline-finder>');
    const chooser = $<HTMLSelectElement>(none, 'select[id$="-country"]')!;
    chooser.value = '';
    chooser.dispatchEvent(new Event('change'));
    await none.updateComplete;
    expect($(none, '[part="print-share"]')).to.equal(null);
  });

  it('the sheet holds every sourced emergency number and the top lines, each whole and with its source date', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    await sheetReady(el);
    const sheet = $(el, '[part="print-sheet"]')!;
    const { numbers, lines } = expectedKazakhstan();
    expect(numbers.length).to.be.greaterThan(0);
    const items = [...sheet.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    for (const n of numbers) expect(items.some((t) => t.includes(`: ${n.value} (${n.source})`)), `${n.value} with ${n.source}`).to.equal(true);
    expect([...sheet.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal(lines.map((l) => l.name));
    for (const c of lines.flatMap((l) => l.contacts)) expect(items.some((t) => t.includes(`: ${c.value} (${c.source})`)), c.value).to.equal(true);
    for (const strong of sheet.querySelectorAll('strong')) expect(getComputedStyle(strong).whiteSpace).to.equal('nowrap');
    expect(sheet.querySelectorAll('a, button, input, select').length).to.equal(0);
  });

  it('on screen the sheet is hidden; in print only the sheet shows: no buttons, filters or exit button', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    const exit = await fixture<HTMLElement>('<safe-exit-button></safe-exit-button>');
    await sheetReady(el);
    const shown = (e: Element) => getComputedStyle(e).display !== 'none';
    expect(shown($(el, '[part="print-sheet"]')!)).to.equal(false);
    expect(shown(exit)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(shown($(el, '[part="print-sheet"]')!)).to.equal(true);
    for (const part of ['filters', 'emergency', 'results', 'print-share', 'status']) expect(shown($(el, `[part="${part}"]`)!), part).to.equal(false);
    const visible = $$(el, 'button, select, a, input').filter((e) => e.getClientRects().length > 0);
    expect(visible).to.deep.equal([]);
    expect(shown(exit)).to.equal(false);
  });

  it('prints on one A4 page for Kazakhstan, with each number and its source date, and none of the controls', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    await fixture<HTMLElement>('<safe-exit-button></safe-exit-button>');
    await sheetReady(el);
    const pdf = await executeServerCommand<{ pageCount: number; pages: string[] }, { format: string }>('print-pdf', { format: 'A4' });
    expect(pdf.pageCount).to.equal(1);
    // Compared without white space: PDF.js reads a ligature ("ffi") as a word of its own.
    const bare = (t: string) => t.replace(/\s+/g, '');
    const text = bare(pdf.pages.join(''));
    const { numbers, lines } = expectedKazakhstan();
    for (const n of numbers) expect(text).to.contain(bare(`${n.value} (${n.source})`));
    for (const l of lines) expect(text).to.contain(bare(l.name));
    for (const control of ['Print this list', 'Share this list', 'Where are you now?', 'Save contact', 'Copy', 'Exit this page']) expect(text).not.to.contain(bare(control));
  });

  it('Print waits for the sheet, then opens the print dialog', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    const original = window.print;
    let sheetWhenPrinted: Element | null | undefined;
    window.print = () => {
      sheetWhenPrinted = $(el, '[part="print-sheet"]');
    };
    try {
      $<HTMLButtonElement>(el, '[part="print-button"]')!.click();
      await waitUntil(() => sheetWhenPrinted !== undefined, 'print is called');
    } finally {
      window.print = original;
    }
    expect(sheetWhenPrinted).not.to.equal(null);
  });

  it('Share hands the same list as plain text to the share sheet; without one, the clipboard gets exactly that text', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    // No share sheet here (Chromium on Linux has none): stand in for the phone's, to see what it is given.
    const shared: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
    try {
      $<HTMLButtonElement>(el, '[part="share-button"]')!.click();
      await waitUntil(() => shared.length === 1, 'the share sheet is given the list');
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
    const text = shared[0]!.text!;
    expect(shared[0]!.title).to.equal('Help lines: Kazakhstan');
    const rows = text.split('\n');
    expect(rows[0]).to.equal('Help lines: Kazakhstan — Trafficking, being sold or forced');
    expect(rows).to.include('In danger right now? Call:');
    const { numbers, lines } = expectedKazakhstan();
    for (const n of numbers) expect(rows.some((r) => r.endsWith(`: ${n.value} (${n.source})`)), n.value).to.equal(true);
    for (const l of lines) {
      const at = rows.indexOf(l.name);
      expect(at, l.name).to.be.greaterThan(0);
      l.contacts.forEach((c, i) => expect(rows[at + 1 + i]!.endsWith(`: ${c.value} (${c.source})`), `${l.name}: ${c.value}`).to.equal(true));
    }
    expect(rows.at(-1)).to.match(/^List last checked: /);

    expect(typeof navigator.share).to.equal('undefined');
    await executeServerCommand('grant-clipboard');
    await navigator.clipboard.writeText('before');
    $<HTMLButtonElement>(el, '[part="share-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('The list is copied.'), 'the copy is announced');
    expect(await navigator.clipboard.readText()).to.equal(text);
  });

  it('closing the share sheet copies nothing', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    await executeServerCommand('grant-clipboard');
    await navigator.clipboard.writeText('before');
    let asked = 0;
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async () => {
        asked += 1;
        throw new DOMException('Share canceled', 'AbortError');
      },
    });
    try {
      $<HTMLButtonElement>(el, '[part="share-button"]')!.click();
      await waitUntil(() => asked === 1, 'the share sheet opens');
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
    expect(await navigator.clipboard.readText()).to.equal('before');
    expect(el.shadowRoot!.textContent).not.to.contain('The list is copied.');
  });

  for (const locale of allLocales) {
    it(`the actions and the sheet are in ${locale} and pass axe`, async () => {
      document.documentElement.lang = locale;
      await useLocale(locale);
      const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
      await sheetReady(el);
      await expectNoAxeViolations(el.parentElement!);
      if (locale !== 'en') {
        expect($(el, '[part="print-button"]')!.textContent!.trim()).not.to.equal('Print this list');
        expect($(el, '[part="print-sheet"] h3')!.textContent!.trim()).not.to.equal('In danger right now? Call:');
      }
    });
  }
});

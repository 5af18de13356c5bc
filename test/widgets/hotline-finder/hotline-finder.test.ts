import { expect } from 'chai';
import { render } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/hotline-finder/hotline-finder.js';
import type { SafeContactEvent, SafeFilterChangeEvent, SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';
import { SafeExitEvent } from '../../../src/widgets/exit-button/exit-button.js';
import { HotlineDirectory } from '../../../src/sdk/hotlines/directory.js';
import type { HotlineData } from '../../../src/sdk/hotlines/schema.js';
import { useLocale } from '../../../src/widgets/localization.js';
import * as stories from '../../../stories/hotline-finder.stories.js';
import type { HotlineFinderArgs } from '../../../stories/hotline-finder.stories.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { cleanup, fixture, waitUntil } from '../../helpers/fixture.js';
import { inEverySchemeAndLocale, resetColorScheme, useColorScheme } from '../../helpers/color-schemes.js';

const fixtures = '/test/widgets/hotline-finder/fixtures';
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

const root = (el: SafeHotlineFinder) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => root(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const names = (el: SafeHotlineFinder) => $$(el, '[part="result-name"]').map((h) => h.textContent!.trim());
const status = (el: SafeHotlineFinder) => $(el, '[part="status"]').textContent!.trim();

async function choose(el: SafeHotlineFinder, id: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select[id$="-${id}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Stops links from navigating (tel:, https:) while still letting the element see the click. */
function stopNavigation(event: Event): void {
  if (event.composedPath().some((n) => n instanceof HTMLAnchorElement)) event.preventDefault();
}

describe('<safe-hotline-finder>', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
    document.addEventListener('click', stopNavigation);
  });

  afterEach(() => {
    document.removeEventListener('click', stopNavigation);
    cleanup();
  });

  it('shows ranked lines for a country and need from the bundled data, with the emergency numbers on top', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    expect(el.dataOrigin).to.equal('bundled');
    expect(names(el)).to.include('National anti-trafficking hotline 116 16');
    expect(status(el)).to.match(/^Lines found: \d+\.$/);
    const emergency = $$<HTMLAnchorElement>(el, '[part="emergency-number"]');
    expect(emergency.map((a) => a.getAttribute('href'))).to.include.members(['tel:112', 'tel:102', 'tel:103']);
    expect(emergency[0]!.textContent).to.match(/112\s+Emergency/);
    // The emergency bar comes first; where the page names the country, its lines come next and the
    // filters after them (issue 19: the lines stay where the loader's static first screen showed them).
    const order = [...root(el).querySelectorAll('[part="emergency"], [part="filters"], [part="results"]')].map((e) => e.getAttribute('part'));
    expect(order).to.deep.equal(['emergency', 'results', 'filters']);
  });

  // Issue 15 changed this test: Russia's 112 now has a source, so the words for a country without
  // one are checked on a country no source covers.
  it('says so when no source gives an emergency number for the country, and still lists lines', async () => {
    const el = await mount('<safe-hotline-finder country="RU" from="KG" need="migrant-rights"></safe-hotline-finder>');
    expect($$(el, '[part="emergency-number"]').map((a) => a.textContent!)).to.satisfy((texts: string[]) => texts.some((t) => /112/.test(t)));
    expect(names(el)[0]).to.match(/Embassy of the Kyrgyz Republic in Moscow/);
    const none = await mount('<safe-hotline-finder country="DE"></safe-hotline-finder>');
    expect($(none, '[part="emergency"]').textContent).to.match(/We have no checked emergency number for/);
    expect($$(none, '[part="emergency-number"]')).to.have.length(0);
  });

  it('shows each channel as a big tap target with a real link, and copy buttons', async () => {
    const el = await mount('<safe-hotline-finder country="RU" from="TJ" need="labour-exploitation"></safe-hotline-finder>');
    const links = $$<HTMLAnchorElement>(el, '[part="contact"]');
    const hrefs = links.map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:+74959679844');
    expect(hrefs).to.include('https://wa.me/79999125868');
    const call = links.find((a) => a.getAttribute('href') === 'tel:+74959679844')!;
    expect(call.textContent!.trim()).to.equal('Call +7\u00a0(495)\u00a0967\u00a098\u00a044');
    for (const target of [...links, ...$$(el, '[part="copy"]'), ...$$(el, '[part="emergency-number"]')]) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(44);
      expect(box.width, target.textContent!).to.be.at.least(44);
    }
  });

  it('shows open now and when it closes, in the visitor\'s own time', async () => {
    const data: HotlineData = {
      format: 'safe-migration-kit/hotlines',
      version: 1,
      hsds: '3.0',
      generated: '2026-01-01',
      reviewed: '2026-01-01',
      confirmWindowMonths: 36,
      emergency: [],
      hotlines: [
        {
          id: 'kz-office',
          name: { en: 'Office line' },
          organization: { id: 'org', name: { en: 'Org' }, operator: 'ngo' },
          topics: ['trafficking'],
          channels: [
            {
              type: 'phone',
              printed: '+7 727 000 00 01',
              dial: '+77270000001',
              tollFree: 'unknown',
              reachableFromAbroad: 'yes',
              languages: ['ru', 'kk'],
              hours: { type: 'weekly', timeZone: 'Asia/Almaty', rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '18:00' }], printed: 'weekdays 9-18' },
              source: 0,
            },
          ],
          area: { countries: ['KZ'] },
          provenance: { status: 'confirmed', statusReason: 'test', seedOnly: false, lastConfirmed: '2025-06', sources: [{ url: 'https://example.org/s', quote: 'q', date: '2025-06', prints: ['+7 727 000 00 01'] }] },
        },
      ],
    };
    const el = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="KZ"></safe-hotline-finder>');
    el.now = monday;
    el.directory = new HotlineDirectory(data);
    await el.dataReady;
    await el.updateComplete;
    const closes = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date('2026-11-23T13:00:00Z'));
    expect($(el, '[part~="badge"]').textContent!.trim()).to.equal(`Open now, closes at ${closes}`);
    expect($(el, '[part~="badge"]').getAttribute('part')).to.equal('badge badge-open');
    expect($(el, '[part="languages"]').textContent!.trim()).to.equal('Languages: Russian, Kazakh');
    // Issue 15 item 4: the words say how the line was confirmed, and agree with the date shown.
    expect($(el, '[part="provenance"]').textContent).to.match(/Seen in a source dated June 2025/);
    expect($(el, '[part="provenance"] a').getAttribute('href')).to.equal('https://example.org/s');
    expect(el.dataOrigin).to.equal('custom');
    // Saturday: closed, opens on Monday.
    el.now = new Date('2026-11-28T10:00:00Z');
    await el.updateComplete;
    const opens = new Intl.DateTimeFormat('en', { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date('2026-11-30T04:00:00Z'));
    expect($(el, '[part~="badge"]').textContent!.trim()).to.equal(`Closed now, opens at ${opens}`);
  });

  it('filters by need, channel and open now, and fires safe-filter-change with every filter', async () => {
    const el = await mount('<safe-hotline-finder country="KZ"></safe-hotline-finder>');
    const seen: SafeFilterChangeEvent[] = [];
    el.addEventListener('safe-filter-change', (e) => seen.push(e));
    const all = names(el).length;
    await choose(el, 'need', 'domestic-violence');
    expect(names(el).length).to.be.greaterThan(0).and.to.be.lessThan(all + 1);
    expect(seen.at(-1)!.filters).to.deep.include({ country: 'KZ', need: 'domestic-violence', openNow: false });
    await choose(el, 'channel', 'website');
    expect(seen.at(-1)!.filters.channel).to.equal('website');
    expect($$(el, '[part="contact"]').every((a) => !a.getAttribute('href')!.startsWith('tel:'))).to.equal(true);
    await choose(el, 'channel', '');
    const openNow = $<HTMLInputElement>(el, 'input[type="checkbox"]');
    openNow.click();
    await el.updateComplete;
    expect(seen.at(-1)!.filters.openNow).to.equal(true);
    // Issue 15 changed this expectation: "open now only" drops closed lines and keeps those whose
    // hours are not known.
    const badges = $$(el, '[part~="badge"]').map((b) => b.getAttribute('part')!);
    expect(badges.some((p) => p.includes('badge-open'))).to.equal(true);
    expect(badges.every((p) => p.includes('badge-open') || p.includes('badge-unknown'))).to.equal(true);
    expect(seen.every((e) => e.bubbles && e.composed)).to.equal(true);
  });

  it('never leaves the person with nothing: an empty result keeps the emergency numbers and offers every line', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="child-protection"></safe-hotline-finder>');
    await choose(el, 'channel', 'telegram');
    expect($(el, '[part="empty"]').textContent).to.match(/No line fits all these choices/);
    expect($$(el, '[part="emergency-number"]').length).to.be.greaterThan(0);
    $<HTMLButtonElement>(el, '[part="empty"] button').click();
    await el.updateComplete;
    expect(names(el).length).to.be.greaterThan(0);
  });

  it('fires safe-contact with the line and channel when a channel is opened or copied', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    const seen: SafeContactEvent[] = [];
    window.addEventListener('safe-contact', (e) => seen.push(e));
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => {
      copied.push(text);
    };
    try {
      const call = $$<HTMLAnchorElement>(el, '[part="contact"]').find((a) => a.getAttribute('href') === 'tel:11616')!;
      call.click();
      const copy = call.parentElement!.querySelector<HTMLButtonElement>('[part="copy"]')!;
      expect(copy.getAttribute('aria-label')).to.equal('Copy 116 16');
      copy.click();
      await waitUntil(() => seen.length === 2, 'both events arrive');
      await el.updateComplete;
    } finally {
      clipboard.writeText = original;
    }
    expect(seen.map((e) => [e.hotlineId, e.action, e.channel])).to.deep.equal([
      ['kz-anti-trafficking-hotline-116-16', 'open', 'phone'],
      ['kz-anti-trafficking-hotline-116-16', 'copy', 'phone'],
    ]);
    expect(copied).to.deep.equal(['116 16']);
    expect(root(el).textContent).to.include('Copied: 116 16');
  });

  it('saves a contact as a vCard with no request: a data: link that downloads', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="domestic-violence"></safe-hotline-finder>');
    const save = $$<HTMLAnchorElement>(el, '[part="save"]')[0]!;
    expect(save.hasAttribute('download')).to.equal(true);
    expect(save.getAttribute('download')).to.match(/\.vcf$/);
    const href = save.getAttribute('href')!;
    expect(href.startsWith('data:text/vcard;charset=utf-8,')).to.equal(true);
    const card = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(card).to.match(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(card).to.match(/TEL;TYPE=VOICE:/);
    expect(card.replace(/\r\n /g, '')).to.match(/NOTE:Last confirmed/);
  });

  it('can be used with the keyboard alone: Tab through emergency numbers, filters and contacts; Show more moves focus to the new line', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" limit="1"></safe-hotline-finder>');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('emergency-number');
    const seen: string[] = [];
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      const active = root(el).activeElement;
      if (!active) break;
      seen.push(active.getAttribute('part') ?? active.localName);
    }
    expect(seen).to.include.members(['select', 'summary', 'input', 'contact', 'copy', 'save', 'more']);
    const more = $<HTMLButtonElement>(el, '[part="more"]');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.have.length(2);
    expect(root(el).activeElement?.textContent?.trim()).to.equal(names(el)[1]);
  });

  it('loads a remote src served by the test server', async () => {
    const el = await mount(`<safe-hotline-finder country="KZ" src="${fixtures}/remote-hotlines.json"></safe-hotline-finder>`);
    expect(el.dataOrigin).to.equal('remote');
    expect(names(el)).to.deep.equal(['Remote test line']);
    expect(status(el)).to.equal('Lines found: 1.');
  });

  it('falls back to the bundled data, and says so, when src is malformed or missing', async () => {
    for (const src of [`${fixtures}/malformed-hotlines.json`, `${fixtures}/no-such-file.json`]) {
      const el = await mount(`<safe-hotline-finder country="KZ" src="${src}"></safe-hotline-finder>`);
      expect(el.dataOrigin, src).to.equal('bundled-fallback');
      expect(status(el)).to.match(/The online list could not be loaded, so the built-in list is shown\./);
      expect(names(el).length).to.be.greaterThan(0);
      cleanup();
    }
  });

  it('suggests the country from the page language when no country is set, and says so', async () => {
    const el = await mount('<div lang="ky"><safe-hotline-finder></safe-hotline-finder></div>').then(async (wrapper) => {
      const finder = (wrapper as unknown as HTMLElement).querySelector('safe-hotline-finder')!;
      finder.now = monday;
      await finder.dataReady;
      await finder.updateComplete;
      return finder;
    });
    // Kyrgyz points to Kyrgyzstan; a device clock in a covered zone (say Moscow) wins and Kyrgyzstan becomes "from".
    const { country, from } = el.currentFilters;
    expect(country === 'KG' || from === 'KG', `${country} / ${from}`).to.equal(true);
    await waitUntil(() => $(el, '[part="status"]').textContent!.includes('Өлкө түзмөгүңүздүн жөндөөлөрүнөн тандалды'), 'the Kyrgyz note shows');
    // A country the page did not name comes first to be checked: the filters come before the lines.
    const order = [...root(el).querySelectorAll('[part="emergency"], [part="filters"], [part="results"]')].map((e) => e.getAttribute('part'));
    expect(order).to.deep.equal(['emergency', 'filters', 'results']);
  });

  it('wipes the chosen filters on safe-exit', async () => {
    const el = await mount('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    await choose(el, 'need', 'shelter');
    await choose(el, 'country', 'KG');
    $<HTMLInputElement>(el, 'input[type="checkbox"]').click();
    await el.updateComplete;
    window.dispatchEvent(new SafeExitEvent('api', 'https://example.org'));
    await el.updateComplete;
    expect(el.currentFilters).to.deep.include({ country: 'KZ', need: 'trafficking', openNow: false, channel: '' });
    expect($<HTMLSelectElement>(el, 'select[id$="-need"]').value).to.equal('trafficking');
    expect($<HTMLInputElement>(el, 'input[type="checkbox"]').checked).to.equal(false);
  });

  it('reports a country that is not a code as a typed error and asks for the country, never throwing', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount('<safe-hotline-finder country="Kazakhstan"></safe-hotline-finder>');
      // As with no country at all: one suggested from the device's settings, or none and every line.
      const suggested = el.currentFilters.country !== '';
      expect(status(el)).to.contain(
        suggested ? 'The country was chosen from your device settings.' : 'No country is chosen, so lines from every country are shown.',
      );
      expect($<HTMLSelectElement>(el, 'select[id$="-country"]').value).to.equal(el.currentFilters.country);
    } finally {
      console.warn = warn;
    }
    const [message, error] = warnings[0]!;
    expect(String(message)).to.match(/^<safe-hotline-finder> country="Kazakhstan" is not a country code/);
    expect(error).to.include({ name: 'SafeAttributeError', code: 'widget/attribute-invalid', attribute: 'country' });
  });

  it('is usable at 320 px: nothing is wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount('<safe-hotline-finder country="RU" from="TJ" need="labour-exploitation"></safe-hotline-finder>');
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      for (const node of root(el).querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, `${node.localName}.${node.className}`).to.be.at.most(321);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is one "Find a helpline" region on a page that also has a compact finder (as in the offer checker\'s result)', async () => {
    const container = await fixture<HTMLDivElement>(
      '<div><safe-hotline-finder country="KZ"></safe-hotline-finder><safe-hotline-finder country="KZ" compact limit="2"></safe-hotline-finder></div>',
    );
    const [full, compact] = [...container.querySelectorAll<SafeHotlineFinder>('safe-hotline-finder')];
    for (const el of [full!, compact!]) {
      el.now = monday;
      await el.dataReady;
      await el.updateComplete;
    }
    expect($(full!, '[part="base"]').localName).to.equal('section');
    expect($(compact!, '[part="base"]').localName).to.equal('div');
    expect($$(compact!, '[part="result"]').length).to.be.greaterThan(0);
    await expectNoAxeViolations(container);
  });

  it('speaks Russian when the page is in Russian', async () => {
    const el = await mount('<safe-hotline-finder lang="ru" country="KZ" need="trafficking"></safe-hotline-finder>');
    await waitUntil(() => $(el, '[part="title"]').textContent !== 'Find a helpline', 'the Russian text shows');
    expect($(el, '[part="title"]').getAttribute('lang') ?? $(el, '[part="base"]').getAttribute('lang')).to.equal('ru');
    expect($$(el, '[part="emergency-number"]')[0]!.textContent).to.not.match(/Emergency/);
  });

  // In every colour scheme (test/helpers/color-schemes.ts); a story with a theme of its own is a
  // page with its own colours, so it gets no host dark theme around it.
  for (const [scheme, locale] of inEverySchemeAndLocale) {
    it(`has no axe violations in every story (${locale}, ${scheme})`, async () => {
      const { default: meta, ...all } = stories;
      for (const [name, story] of Object.entries(all)) {
        const args = (story as { args?: Partial<HotlineFinderArgs> }).args;
        if (scheme === 'host-dark' && args?.theme) continue;
        const container = document.createElement('div');
        document.body.append(container);
        document.documentElement.lang = locale;
        await useLocale(locale);
        await useColorScheme(scheme, container);
        try {
          render(meta.render!({ ...meta.args, ...args } as HotlineFinderArgs, {} as never), container);
          const finder = container.querySelector('safe-hotline-finder')!;
          await customElements.whenDefined('safe-hotline-finder');
          finder.now = monday;
          await finder.dataReady;
          await finder.updateComplete;
          await waitUntil(() => !finder.shadowRoot!.textContent!.includes('Loading the list'), `${name} has loaded`);
          // A story in another language than the page's shows it once that language's messages have
          // arrived (each element loads its own part of them): check it then, not mid-switch.
          const shown = args?.lang || locale;
          await waitUntil(() => finder.shadowRoot!.querySelector('[lang]')?.getAttribute('lang') === shown, `${name} speaks ${shown}`);
          await expectNoAxeViolations(container);
        } catch (error) {
          throw new Error(`story ${name}: ${(error as Error).message}`, { cause: error });
        } finally {
          container.remove();
          document.documentElement.lang = 'en';
          await useLocale('en');
          await resetColorScheme();
        }
      }
    });
  }
});

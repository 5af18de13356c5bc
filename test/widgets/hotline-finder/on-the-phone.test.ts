import { expect } from 'chai';
import '../../../src/widgets/hotline-finder/hotline-finder.js';
import type { SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';
import { HotlineDirectory } from '../../../src/sdk/hotlines/directory.js';
import type { HotlineData } from '../../../src/sdk/hotlines/schema.js';
import { allLocales, useLocale } from '../../../src/widgets/localization.js';
import { weekdayName } from '../../../src/widgets/shared/cldr-names.js';
import { emergencyServiceName } from '../../../src/widgets/shared/words.js';
import { topicName } from '../../../src/widgets/hotline-finder/words.js';
import { emergencyServices } from '../../../src/sdk/hotlines/schema.js';
import { cleanup, fixture } from '../../helpers/fixture.js';

// Monday 23 November 2026, 15:00 in Almaty.
const monday = new Date('2026-11-23T10:00:00Z');

const root = (el: SafeHotlineFinder) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => root(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => [...root(el).querySelectorAll<T>(selector)];

function stopNavigation(event: Event): void {
  if (event.composedPath().some((n) => n instanceof HTMLAnchorElement)) event.preventDefault();
}

async function inLocale(locale: (typeof allLocales)[number]): Promise<void> {
  document.documentElement.lang = locale;
  await useLocale(locale);
}

function officeLine(languages: string[]): HotlineData {
  return {
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
        name: { en: 'National anti-trafficking hotline 116 16' },
        organization: { id: 'org', name: { en: 'Anti-trafficking centre' }, operator: 'ngo', website: 'https://example.org/anti-trafficking' },
        topics: ['trafficking'],
        channels: [
          {
            type: 'phone',
            printed: '+7 727 000 00 01',
            dial: '+77270000001',
            tollFree: 'unknown',
            reachableFromAbroad: 'yes',
            languages,
            hours: { type: 'weekly', timeZone: 'Asia/Almaty', rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '18:00' }], printed: 'weekdays 9-18' },
            source: 0,
          },
        ],
        area: { countries: ['KZ'] },
        provenance: { status: 'confirmed', statusReason: 'test', seedOnly: false, lastConfirmed: '2025-06', sources: [{ url: 'https://example.org/s', quote: 'q', date: '2025-06', prints: ['+7 727 000 00 01'] }] },
      },
    ],
  } as HotlineData;
}

async function mountWith(data: HotlineData, now = monday): Promise<SafeHotlineFinder> {
  const el = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="KZ"></safe-hotline-finder>');
  el.now = now;
  el.directory = new HotlineDirectory(data);
  await el.dataReady;
  await el.screensReady;
  await el.updateComplete;
  return el;
}

function savedCard(el: SafeHotlineFinder): string {
  const href = $<HTMLAnchorElement>(el, '[part="save"]').href;
  return decodeURIComponent(href.slice(href.indexOf(',') + 1)).replace(/\r\n /g, '');
}

describe('<safe-hotline-finder> on the phone of the person it is for (issue 13)', () => {
  beforeEach(() => document.addEventListener('click', stopNavigation));
  afterEach(async () => {
    document.removeEventListener('click', stopNavigation);
    cleanup();
    await inLocale('en');
  });

  it('saves the contact under a name the person chooses; the default names neither the line nor its organisation', async () => {
    const el = await mountWith(officeLine(['ru']));
    const field = $<HTMLInputElement>(el, '[part="save-name"]');
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('Save in your contacts as');
    const card = savedCard(el);
    expect(card).to.match(new RegExp(`\\r\\nFN:${field.value}\\r\\n`));
    expect(card).to.match(new RegExp(`\\r\\nN:;${field.value};;;\\r\\n`));
    expect(card).to.not.match(/trafficking|116 16|Anti-trafficking|example\.org/i);
    expect(card).to.match(/TEL;TYPE=VOICE:\+77270000001/);
    expect($<HTMLAnchorElement>(el, '[part="save"]').getAttribute('download')).to.equal('contact.vcf');

    field.value = 'Mama';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(savedCard(el)).to.match(/\r\nFN:Mama\r\nN:;Mama;;;\r\n/);
    field.value = '  ';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    expect(savedCard(el)).to.match(new RegExp(`\\r\\nFN:${field.defaultValue}\\r\\n`));
  });

  for (const locale of allLocales) {
    it(`writes weekdays and language names in ${locale} from the shipped CLDR data, never "Tue 09:00" or "km, vi, lo"`, async () => {
      await inLocale(locale);
      // Saturday: closed, opens on Monday at 09:00 Almaty time (04:00 UTC).
      const el = await mountWith(officeLine(['km', 'vi', 'lo']), new Date('2026-11-28T10:00:00Z'));
      const badge = $(el, '[part~="badge"]').textContent!.trim();
      const mondayAt = new Date('2026-11-30T04:00:00Z');
      expect(badge).to.include(weekdayName(mondayAt.getDay(), locale, 'short'));
      if (locale !== 'en') expect(badge).to.not.match(/\b(Mon|Tue)\b/);
      const languages = $(el, '[part="languages"]').textContent!;
      expect(languages).to.not.match(/\b(km|vi|lo)\b/);
    });
  }

  it('keeps numbers whole: phone numbers and "116 16" in a name never break inside at 320 px', async () => {
    const el = await mountWith(officeLine(['ru']));
    el.style.inlineSize = '320px';
    await el.updateComplete;
    const name = $(el, '[part="result-name"] .nowrap');
    expect(name.textContent).to.equal('116 16');
    expect(getComputedStyle(name).whiteSpace).to.equal('nowrap');
    const number = $(el, '[part="contact"] .nowrap');
    expect(number.textContent).to.equal('+7\u00a0727\u00a0000\u00a000\u00a001');
    expect(getComputedStyle(number).whiteSpace).to.equal('nowrap');
    // What is read out and copied stays the number as printed.
    expect($(el, '[part="result-name"]').textContent!.trim()).to.equal('National anti-trafficking hotline 116 16');
  });

  it('lets an e-mail address break only after its "@" and dots', async () => {
    const data = officeLine(['ru']);
    data.hotlines[0]!.channels = [{ type: 'email', address: 'iomastana@iom.int', languages: ['ru'], hours: { type: 'unknown' }, source: 0 } as never];
    const el = await mountWith(data);
    const address = $(el, '[part="contact"] .address');
    expect([...address.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent)).to.deep.equal(['iomastana@', 'iom.', 'int']);
    expect(address.querySelectorAll('wbr')).to.have.length(2);
    expect(getComputedStyle(address).overflowWrap).to.equal('normal');
  });

  for (const locale of allLocales) {
    it(`tells every emergency service apart from the others and from the "Emergency" topic in ${locale}`, async () => {
      await inLocale(locale);
      const names = [...emergencyServices.map((s) => emergencyServiceName(s)), topicName('emergency')];
      expect(new Set(names.map((n) => n.toLocaleLowerCase(locale))).size, names.join(' / ')).to.equal(names.length);
    });
  }

  it('shows the light-DOM fallback (emergency numbers, the NGO\'s page) until it renders, then hides it', async () => {
    const el = await fixture<SafeHotlineFinder>(`<safe-hotline-finder country="KZ">
      <p>In danger? Call <a href="tel:112">112</a>. <a href="https://example.org/help">Help lines</a></p>
    </safe-hotline-finder>`);
    await el.dataReady;
    await el.updateComplete;
    const fallback = el.querySelector('p')!;
    expect(fallback.getClientRects().length, 'the fallback is not rendered once the finder is').to.equal(0);
    expect($$(el, 'slot')).to.have.length(0);
  });
});

import { expect } from 'chai';
import '../../../src/widgets/hotline-finder/hotline-finder.js';
import type { SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';
import { HotlineDirectory } from '../../../src/sdk/hotlines/directory.js';
import type { Hotline, HotlineData } from '../../../src/sdk/hotlines/schema.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { hotlineData } from '../../../src/data/hotlines.js';
import { cleanup, fixture } from '../../helpers/fixture.js';

// Sunday 3:00 in Almaty (Saturday 21:00 UTC): the office line is closed, the other's hours unknown.
const lateNight = new Date('2026-11-28T21:00:00Z');

const root = (el: SafeHotlineFinder) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function line(id: string, overrides: Partial<Hotline> = {}, hours: Hotline['channels'][number]['hours'] = { type: 'unknown' }): Hotline {
  return {
    id,
    name: { en: `Line ${id}` },
    kind: 'trafficking-hotline',
    organization: { id: `org-${id}`, name: { en: 'Org' }, operator: 'ngo' },
    topics: ['trafficking'],
    channels: [{ type: 'phone', printed: '+7 727 000 00 01', dial: '+77270000001', tollFree: 'unknown', reachableFromAbroad: 'yes', languages: ['ru'], hours, source: 0 }],
    area: { countries: ['KZ'] },
    provenance: { status: 'confirmed', statusReason: 'test', seedOnly: false, lastConfirmed: '2025-06', sources: [{ url: 'https://example.org/s', quote: 'q', date: '2025-06', prints: ['+7 727 000 00 01'] }] },
    ...overrides,
  } as Hotline;
}

function data(hotlines: Hotline[]): HotlineData {
  return { format: 'safe-migration-kit/hotlines', version: 1, hsds: '3.0', generated: '2026-11-23', reviewed: '2026-11-23', confirmWindowMonths: 36, emergency: [], hotlines } as HotlineData;
}

async function mount(hotlines: Hotline[], attributes = '', now = new Date('2026-11-23T10:00:00Z')): Promise<SafeHotlineFinder> {
  const el = await fixture<SafeHotlineFinder>(`<safe-hotline-finder country="KZ" ${attributes}></safe-hotline-finder>`);
  el.now = now;
  el.directory = new HotlineDirectory(data(hotlines));
  await el.dataReady;
  await el.screensReady;
  await el.updateComplete;
  return el;
}

describe('<safe-hotline-finder> says honestly what it knows (issue 13 items 4-5, issue 15 items 4-7)', () => {
  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  it('names a line in the reader\'s language where the data has it; otherwise keeps its own name and says in their language what kind of service it is', async () => {
    document.documentElement.lang = 'ru';
    await useLocale('ru');
    const el = await mount([line('a', { name: { en: 'Line A', ru: 'Линия А' } }), line('b', { name: { en: 'Danuri call centre', ko: '다누리콜센터' }, kind: 'migrant-helpline' })]);
    const names = $$(el, '[part="result-name"]').map(text);
    expect(names).to.include('Линия А');
    expect(names).to.include('Danuri call centre');
    const kinds = $$(el, '[part="result-kind"]').map(text);
    expect(kinds).to.deep.equal(['Линия помощи мигрантам · 다누리콜센터']);
  });

  it('names a line by its Russian name, kept as it is, for a reader of Kazakh where the data has no Kazakh name (issue 13 item 4)', async () => {
    document.documentElement.lang = 'kk';
    await useLocale('kk');
    const el = await mount([line('a', { name: { en: 'Contact centre A', ru: 'Контакт-центр А' }, kind: 'migrant-helpline' })]);
    const name = $(el, '[part="result-name"] span')!;
    expect(text(name)).to.equal('Контакт-центр А');
    expect(name.getAttribute('translate')).to.equal('no');
    expect($$(el, '[part="result-kind"]').map(text)).to.have.length(1);
    expect(text($(el, '[part="result-kind"]'))).to.not.match(/Contact|Контакт/);
  });

  it('labels a channel in the reader\'s language where the data has it; otherwise with a translated name of the channel, the data\'s words after it marked as English', async () => {
    document.documentElement.lang = 'ru';
    await useLocale('ru');
    const channel = line('x').channels[0]!;
    const el = await mount([
      line('both', { channels: [{ ...channel, label: { en: 'From abroad', ru: 'Из-за границы' } }] }),
      line('english', { channels: [{ ...channel, label: { en: 'Press 4, then choose your language' } }] }),
      line('tg', { channels: [{ ...channel, label: { en: 'Reception', tg: 'Қабулгоҳ' } }] }),
    ]);
    const notes = Object.fromEntries($$(el, '[part="result"]').map((r) => [text(r.querySelector('[part="result-name"]')), r.querySelector('.channel-notes')!]));
    expect(text(notes['Line both']!)).to.match(/^Из-за границы/);
    expect(text(notes['Line english']!)).to.match(/^Звонок \(Press 4, then choose your language\)/);
    expect(notes['Line english']!.querySelector('[lang="en"]')?.textContent).to.equal('Press 4, then choose your language');
    expect(text(notes['Line tg']!)).to.match(/^Звонок \(Reception\)/);
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
    const english = await mount([line('english', { channels: [{ ...channel, label: { en: 'Press 4, then choose your language' } }] })]);
    expect(text($(english, '.channel-notes'))).to.match(/^Press 4, then choose your language/);
  });

  // Issue 13 (phone-last) changed this test: a label of the bundled data ("Not an emergency") is now
  // translated (see test/widgets/shared/emergency-numbers.test.ts); a label we have no words for,
  // from a site's own data, is still kept in English and marked so.
  it('marks an emergency number\'s English-only label that has no translation as English for a reader of another language, and keeps it: an instruction must not be lost', async () => {
    document.documentElement.lang = 'ru';
    await useLocale('ru');
    const bundled = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="AE"></safe-hotline-finder>');
    await bundled.dataReady;
    await bundled.updateComplete;
    expect($$(bundled, '[part="emergency-number"]').map(text)).to.include('901 Полиция (Не для экстренных случаев)');
    const ae = hotlineData.emergency.find((entry) => entry.country === 'AE')!;
    const own = { ...ae, numbers: ae.numbers.map((n) => (n.printed === '901' ? { ...n, label: { en: 'Press 9 for the duty officer' } } : n)) };
    const el = await mount([]);
    el.directory = new HotlineDirectory({ ...data([]), emergency: [own] } as HotlineData);
    el.country = 'AE';
    await el.dataReady;
    await el.updateComplete;
    const labelled = $$(el, '[part="emergency-number"] [lang]').map((span) => [span.getAttribute('lang'), text(span)]);
    expect(labelled).to.deep.include(['en', 'Press 9 for the duty officer']);
  });

  it('says the real reason beside the date: a call, a source, or how old the source is; never "not confirmed recently" beside a recent date', async () => {
    const el = await mount([
      line('call', { provenance: { status: 'confirmed', statusReason: 'confirmed-by-call', seedOnly: false, lastConfirmed: '2026-03-03', confirmations: [{ method: 'call', date: '2026-03-03' }], sources: [{ url: 'https://example.org/s', quote: 'q', date: '2024-01', prints: ['+7 727 000 00 01'] }] } }),
      line('seen'),
      line('old', { provenance: { status: 'lead', statusReason: 'source-older-than-window', seedOnly: false, lastConfirmed: '2019-02-18', sources: [{ url: 'https://example.org/s', quote: 'q', date: '2019-02-18', prints: ['+7 727 000 00 01'] }] } }),
      line('mixed', { provenance: { status: 'confirmed', statusReason: 'recent-source', seedOnly: false, lastConfirmed: '2025-06', sources: [{ url: 'https://example.org/old', quote: 'q', date: '2019-02-18', prints: ['+7 727 000 00 01'] }, { url: 'https://example.org/new', quote: 'q', date: '2025-06', prints: [] }] } }),
      line('blog', { provenance: { status: 'lead', statusReason: 'recent-source', seedOnly: false, lastConfirmed: '2025-09', sources: [{ url: 'https://blog.example/s', quote: 'q', date: '2025-09', official: false, prints: ['+7 727 000 00 01'] }] } }),
    ]);
    const notes = Object.fromEntries($$(el, '[part="result"]').map((r) => [text(r.querySelector('[part="result-name"]')), text(r.querySelector('[part="provenance"]'))]));
    expect(notes['Line call']).to.match(/^Confirmed by a call on March 3, 2026/);
    expect(notes['Line seen']).to.match(/^Seen in a source dated June 2025/);
    expect(notes['Line old']).to.match(/^Not confirmed since February 18, 2019\. It may have changed\./);
    expect(notes['Line blog']).to.match(/^Not from an official source \(dated September 2025\)/);
    expect(Object.values(notes).join(' ')).to.not.match(/Not confirmed recently/);
    const channelNote = (name: string) => text($$(el, '[part="result"]').find((r) => text(r.querySelector('[part="result-name"]')) === name)!.querySelector('.channel-notes'));
    // A number from an old source says so, where the line's own note does not already name that date.
    expect(notes['Line mixed']).to.match(/^Seen in a source dated June 2025/);
    expect(channelNote('Line mixed')).to.match(/From an old source, dated February 18, 2019/);
    expect(channelNote('Line old')).to.not.match(/old source/);
  });

  it('with "Open now only" keeps the lines whose hours are unknown, under "Hours not known"', async () => {
    const weekdays: Hotline['channels'][number]['hours'] = { type: 'weekly', timeZone: 'Asia/Almaty', rules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '18:00' }], printed: 'weekdays 9-18' };
    const el = await mount([line('office', {}, weekdays), line('unknown'), line('always', {}, { type: 'always' })], '', lateNight);
    const open = $<HTMLInputElement>(el, 'input[type="checkbox"]')!;
    open.click();
    await el.updateComplete;
    const lists = $$(el, '[part="results"]');
    expect(lists).to.have.length(2);
    expect([...lists[0]!.querySelectorAll('[part="result-name"]')].map(text)).to.deep.equal(['Line always']);
    expect(text($(el, '[part="hours-unknown"]'))).to.equal('Hours not known');
    expect(lists[1]!.getAttribute('aria-labelledby')).to.equal($(el, '[part="hours-unknown"]')!.id);
    expect([...lists[1]!.querySelectorAll('[part="result-name"]')].map(text)).to.deep.equal(['Line unknown']);
  });

  it('offers "This number did not work" only when the site configured where it goes, and shows exactly what would be sent', async () => {
    const quiet = await mount([line('a')]);
    await quiet.numberReportReady;
    expect($(quiet, '[part="number-report"]')).to.equal(null);
    cleanup();

    const el = await mount([line('a')], 'report-number-to="mailto:team@ngo.example"');
    // Its code (with the SDK's check of the address) comes after the first screen.
    await el.numberReportReady;
    const report = $<HTMLDetailsElement>(el, '[part="number-report"]')!;
    expect(report.open, 'closed until the person opens it').to.equal(false);
    const shown = text(report.querySelector('pre'));
    expect(shown).to.equal('what: number-did-not-work entry: a number: +7 727 000 00 01 channel: 0 date: 2026-11-23 data reviewed: 2026-11-23');
    const link = report.querySelector<HTMLAnchorElement>('[part="number-report-link"]')!;
    expect(link.href).to.match(/^mailto:team@ngo\.example\?subject=/);
    expect(decodeURIComponent(link.href.split('body=')[1]!)).to.equal(report.querySelector('pre')!.textContent);
    cleanup();

    const tg = await mount([line('a')], 'report-number-to="@ngo_team"');
    await tg.numberReportReady;
    expect($<HTMLAnchorElement>(tg, '[part="number-report-link"]')!.href).to.equal('https://t.me/ngo_team');
    expect(text($(tg, '[part="number-report"]'))).to.match(/copy this text and paste it into the chat/);
  });
});

import { expect } from 'chai';
import '../../../src/widgets/hotline-finder/hotline-finder.js';
import type { SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';
import { bundledHotlineDirectory } from '../../../src/sdk/hotlines/bundled.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { cleanup, fixture } from '../../helpers/fixture.js';

// Issue 19, step 2: the bundled data comes a country at a time. The first screen of a finder for
// Kazakhstan waits for Kazakhstan's data (and the home country's), never for the other countries';
// another country's data comes when the person chooses it, and until then the finder says it is
// loading instead of claiming there is nothing. This file runs in a page of its own, so no part
// has been fetched before its first test.

const monday = new Date('2026-11-23T10:00:00Z');
const $$ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const status = (el: SafeHotlineFinder) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
const lines = (el: SafeHotlineFinder) => $$(el, '[part="result"]').length;
const names = (el: SafeHotlineFinder) => $$(el, '[part="result-name"]').map((h) => h.textContent!.trim());

/** The countries whose part of the bundled data this page has fetched. */
const fetchedParts = () =>
  [...new Set(performance.getEntriesByType('resource').flatMap((e) => e.name.match(/\/generated\/hotlines\/([A-Z]{2}|none)\./)?.[1] ?? []))].sort();

/** The names a directory over the whole bundled file lists first for the same query. */
const wholeFileNames = (country: string, from: string) =>
  bundledHotlineDirectory()
    .query({ country, from, openAt: monday })
    .slice(0, 5)
    .map((r) => r.hotline.name.en);

describe('<safe-hotline-finder> fetches the bundled data by country', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  afterEach(() => cleanup());

  it('shows the emergency numbers and lines of the country with its own and the home country\'s data only, then another country when chosen', async () => {
    const el = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="KZ" from="TJ"></safe-hotline-finder>');
    el.now = monday;
    await el.dataReady;
    await el.screensReady;
    expect(fetchedParts()).to.deep.equal(['KZ', 'TJ']);
    expect($$<HTMLAnchorElement>(el, '[part="emergency-number"]').map((a) => a.getAttribute('href'))).to.include('tel:112');
    expect(names(el)).to.deep.equal(wholeFileNames('KZ', 'TJ'));

    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-country"]')!;
    expect([...select.options].map((o) => o.value)).to.include.members(bundledHotlineDirectory().countries());
    select.value = 'RU';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    // Russia's data is on its way: no line yet, no "no checked emergency number" either.
    expect(status(el)).to.equal('Loading the list…');
    expect(lines(el)).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="emergency"]')!.textContent).not.to.match(/We have no checked emergency number/);
    await el.dataReady;
    await el.screensReady;
    expect(fetchedParts()).to.deep.equal(['KZ', 'RU', 'TJ']);
    expect(names(el)).to.deep.equal(wholeFileNames('RU', 'TJ'));
    expect($$<HTMLAnchorElement>(el, '[part="emergency-number"]').map((a) => a.getAttribute('href'))).to.include('tel:112');
  });

  it('a second finder on the page reuses what the first fetched', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="RU" from="KZ" compact></safe-hotline-finder>');
    el.now = monday;
    await el.dataReady;
    await el.screensReady;
    expect(names(el)).to.deep.equal(wholeFileNames('RU', 'KZ'));
    expect(performance.getEntriesByType('resource').slice(before).filter((e) => e.name.includes('/generated/hotlines/'))).to.have.length(0);
  });
});

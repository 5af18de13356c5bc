import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/widgets/hotline-finder/hotline-finder.js';
import type { SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';
import { bundledHotlineDirectory } from '../../../src/sdk/hotlines/bundled.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { cleanup, fixture, waitUntil } from '../../helpers/fixture.js';

// Issue 19: another country's part of the bundled data comes when the person chooses that country.
// When the connection drops on the way, the finder says so and offers "Try again", which fetches
// it again and shows that country's lines. This file runs in a page of its own, so Russia's part
// has not been fetched (and so cached) by another file's tests.

const monday = new Date('2026-11-23T10:00:00Z');
const $$ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const status = (el: SafeHotlineFinder) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
const names = (el: SafeHotlineFinder) => $$(el, '[part="result-name"]').map((h) => h.textContent!.trim());
const retryButton = (el: SafeHotlineFinder) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]');

describe('<safe-hotline-finder> when a country\'s data cannot be fetched', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  afterEach(async () => {
    await executeServerCommand('release-requests', { fail: false });
    cleanup();
  });

  it('says the list could not be loaded, and "Try again" fetches it and shows the lines', async () => {
    const el = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="KZ" from="TJ"></safe-hotline-finder>');
    el.now = monday;
    await el.dataReady;
    await el.screensReady;
    await executeServerCommand('hold-requests', { pattern: String.raw`/generated/hotlines/RU\.` });

    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-country"]')!;
    select.value = 'RU';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(status(el)).to.equal('Loading the list…');
    // Russia's part is dropped on the way, as a lost connection would.
    const dropped = await executeServerCommand<number, { fail: boolean; atLeast: number }>('release-requests', { fail: true, atLeast: 1 });
    expect(dropped, "Russia's part was asked for").to.be.above(0);

    await waitUntil(() => retryButton(el) !== null, '"Try again" is offered');
    expect(status(el)).to.equal('The list could not be loaded. Check your connection and try again.');
    expect(names(el), 'no line is shown, and no "nothing found" either').to.deep.equal([]);
    expect(el.shadowRoot!.textContent).not.to.match(/No lines found|We have no checked emergency number/);

    retryButton(el)!.click();
    await waitUntil(() => names(el).length > 0, "Russia's lines are shown");
    const whole = bundledHotlineDirectory()
      .query({ country: 'RU', from: 'TJ', openAt: monday })
      .slice(0, names(el).length)
      .map((r) => r.hotline.name.en);
    expect(names(el)).to.deep.equal(whole);
    expect(retryButton(el)).to.equal(null);
    expect($$<HTMLAnchorElement>(el, '[part="emergency-number"]').map((a) => a.getAttribute('href'))).to.include('tel:112');
  });
});

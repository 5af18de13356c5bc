import { expect } from 'chai';
import '../../../src/widgets/hotline-finder/hotline-finder.js';
import '../../../src/widgets/offer-check/offer-check.js';
import type { SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';
import type { SafeOfferCheck } from '../../../src/widgets/offer-check/offer-check.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { labelledOffers } from '../../fixtures/offers/index.js';
import { cleanup, fixture, sleep, waitUntil } from '../../helpers/fixture.js';

// Issue 13: Orca read the finder's "Lines found: 4." unasked on load, and in the offer checker's
// result the compact finder's status was spoken over the verdict heading that had just taken focus.

/** What the finder's polite live regions hold: what a screen reader would say unasked. */
const spoken = (finder: SafeHotlineFinder) =>
  [...finder.shadowRoot!.querySelectorAll('[aria-live="polite"], [role="status"]:not([aria-live])')]
    .filter((region) => !region.closest('[aria-hidden="true"]'))
    .map((region) => region.textContent!.trim())
    .join(' ');

const visibleStatus = (finder: SafeHotlineFinder) => finder.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();

async function choose(finder: SafeHotlineFinder, id: string, value: string): Promise<void> {
  const select = finder.shadowRoot!.querySelector<HTMLSelectElement>(`select[id$="-${id}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await finder.updateComplete;
}

describe('<safe-hotline-finder> speaks its status only after a change', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  afterEach(() => cleanup());

  it('says nothing on first render, though the count is shown', async () => {
    const finder = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    await finder.dataReady;
    await finder.screensReady;
    await finder.updateComplete;
    expect(visibleStatus(finder)).to.match(/^Lines found: \d+\.$/);
    expect(spoken(finder)).to.equal('');
  });

  it('says nothing about a country it suggested from the device until the person changes something', async () => {
    const finder = await fixture<SafeHotlineFinder>('<safe-hotline-finder></safe-hotline-finder>');
    await finder.dataReady;
    await finder.screensReady;
    await finder.updateComplete;
    expect(visibleStatus(finder)).to.not.equal('');
    expect(spoken(finder)).to.equal('');
  });

  it('speaks the new count after the person changes a filter, and the visible line is then not read twice', async () => {
    const finder = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    await finder.dataReady;
    await finder.screensReady;
    await finder.updateComplete;
    await choose(finder, 'need', '');
    expect(spoken(finder)).to.match(/Lines found: \d+\./);
    expect(finder.shadowRoot!.querySelector('[part="status"]')!.getAttribute('aria-hidden')).to.equal('true');
    // The live region was in the page, empty, before the change: screen readers announce a change only then.
    expect(finder.shadowRoot!.querySelectorAll('[role="status"][aria-live="polite"]')).to.have.length(1);
  });

  it('says nothing again after an exit wipes the choices', async () => {
    const finder = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder>');
    await finder.dataReady;
    await finder.screensReady;
    await choose(finder, 'need', '');
    window.dispatchEvent(new Event('safe-exit'));
    await finder.updateComplete;
    expect(spoken(finder)).to.equal('');
  });

  it('says nothing inside the offer checker\'s result, where the verdict heading takes focus', async () => {
    const check = await fixture<SafeOfferCheck>('<safe-offer-check country="KZ"></safe-offer-check>');
    const box = check.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
    box.value = labelledOffers.find((o) => o.id === 'en-high-dubai-hostess')!.text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await check.updateComplete;
    check.shadowRoot!.querySelector<HTMLElement>('[part="check-button"]')!.click();
    await waitUntil(() => !!check.shadowRoot!.querySelector('#result-heading'), 'the result is shown');
    await customElements.whenDefined('safe-hotline-finder');
    const finder = check.shadowRoot!.querySelector<SafeHotlineFinder>('safe-hotline-finder')!;
    await finder.dataReady;
    await finder.screensReady;
    await finder.updateComplete;
    await sleep(50);
    expect(check.shadowRoot!.activeElement?.id).to.equal('result-heading');
    expect(visibleStatus(finder)).to.match(/^Lines found: \d+\.$/);
    expect(spoken(finder)).to.equal('');
  });
});

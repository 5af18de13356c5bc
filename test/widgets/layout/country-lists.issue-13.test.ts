import { expect } from 'chai';
import '../../../src/widgets/index.js';
import type { SafeHotlineFinder, SafeReportForm } from '../../../src/widgets/index.js';
import { fixture, waitUntil } from '../../helpers/fixture.js';
import { allLocales, backToEnglish, onPhoneIn, settled } from './support.js';

// Issue 13: a closed <select> shows the chosen country on one line and cuts off the rest; at 320 px
// the UAE's CLDR name ("Аморатҳои Муттаҳидаи Араб", "Бирлашган Араб Амирликлари") lost its end.

/**
 * Every option of the country lists in `root` that its closed box cannot show whole: the box is
 * measured against a copy of itself that holds only that option. A box that wraps (a styleable
 * list, `appearance: base-select`) must show the option on as many lines as it needs, with nothing
 * cut at the side; a native one, on one line, must be as wide as the copy.
 */
function cutCountries(root: ShadowRoot, ids: readonly string[]): string[] {
  const problems: string[] = [];
  for (const select of root.querySelectorAll<HTMLSelectElement>('select')) {
    if (!ids.some((id) => select.id.endsWith(id))) continue;
    const details = select.closest('details');
    const wasOpen = details?.open;
    if (details) details.open = true;
    const box = select.getBoundingClientRect().width;
    for (const option of select.options) {
      if (!option.value) continue;
      const copy = select.cloneNode(false) as HTMLSelectElement;
      copy.append(option.cloneNode(true));
      copy.removeAttribute('id');
      copy.style.cssText = 'position: absolute; inline-size: auto; max-inline-size: none; min-inline-size: 0; visibility: hidden';
      select.after(copy);
      const needs = copy.getBoundingClientRect().width;
      copy.remove();
      const style = getComputedStyle(select);
      if (needs <= box + 0.5) {
        if (style.appearance !== 'base-select') continue;
        // A name that fits stays on one line: the list's arrow does not wrap under it.
        const chosen = select.value;
        select.value = option.value;
        const height = select.getBoundingClientRect().height;
        select.value = chosen;
        if (height > 50) problems.push(`#${select.id}: "${option.textContent!.trim()}" fits, yet the box is ${Math.round(height)} px high`);
        continue;
      }
      if (style.appearance === 'base-select' && style.whiteSpace !== 'nowrap') {
        const chosen = select.value;
        select.value = option.value;
        const fits = select.scrollWidth <= select.clientWidth + 0.5;
        select.value = chosen;
        if (fits) continue;
      }
      problems.push(`#${select.id}: "${option.textContent!.trim()}" needs ${Math.round(needs)} px, the box has ${Math.round(box)} px`);
    }
    if (details) details.open = !!wasOpen;
  }
  return problems;
}

describe('country lists at 320 px show every country\'s whole name', () => {
  afterEach(backToEnglish);

  for (const locale of allLocales) {
    it(`in the finder and in the report form's "Where are you now?" (${locale})`, async () => {
      await onPhoneIn(locale);
      // Inside a page's usual margin, as on the demo page.
      const page = await fixture<HTMLElement>(
        '<div style="padding: 0 1rem"><safe-hotline-finder country="AE"></safe-hotline-finder><safe-report-form org-name="Hope Line" country="AE"></safe-report-form></div>',
      );
      const finder = page.querySelector<SafeHotlineFinder>('safe-hotline-finder')!;
      const form = page.querySelector<SafeReportForm>('safe-report-form')!;
      await finder.dataReady;
      await finder.screensReady;
      form.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await waitUntil(() => !!form.shadowRoot!.querySelector('#emergency-country'), 'the report form asks where the person is');
      await settled();
      const problems = [...cutCountries(finder.shadowRoot!, ['-country', '-from']), ...cutCountries(form.shadowRoot!, ['emergency-country'])];
      expect(problems).to.deep.equal([]);
    });
  }
});

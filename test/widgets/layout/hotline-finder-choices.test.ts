import { expect } from 'chai';
import '../../../src/widgets/index.js';
import type { SafeHotlineFinder } from '../../../src/widgets/index.js';
import { fixture } from '../../helpers/fixture.js';
import { topicName } from '../../../src/widgets/hotline-finder/words.js';
import { allLocales, backToEnglish, onPhoneIn, settled } from './support.js';

// A closed <select> shows its chosen option on one line and cuts off what does not fit: a person
// must be able to read what they chose ("Адам саудасы: сатып жіб…" was all Kazakh showed).

/** Room Chromium leaves for the chosen option's words: the box less its padding, borders and arrow. */
const ARROW = 24;

const canvas = document.createElement('canvas');
function textWidth(text: string, style: CSSStyleDeclaration): number {
  const context = canvas.getContext('2d')!;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return context.measureText(text).width;
}

/** Every option of every choice list in `root` whose words would not fit in its closed box. */
function cutOff(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const select of root.querySelectorAll('select')) {
    const style = getComputedStyle(select);
    if (select.getClientRects().length === 0 && !select.closest('details')) continue;
    // Lists inside "More choices" are measured as they would be when it is opened.
    const details = select.closest('details');
    const wasOpen = details?.open;
    if (details) details.open = true;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW;
    // Country and language names are CLDR's: those lists are checked for their own first choice only.
    const options = select.id.endsWith('-need') || select.id.endsWith('-channel') ? [...select.options] : [...select.options].slice(0, 1);
    for (const option of options) {
      const words = option.textContent!.replace(/\s+/g, ' ').trim();
      const needs = textWidth(words, style);
      if (needs > room) problems.push(`#${select.id}: "${words}" needs ${Math.round(needs)} px, the box has ${Math.round(room)} px`);
    }
    if (details) details.open = !!wasOpen;
  }
  return problems;
}

describe('<safe-hotline-finder> choice lists at 320 px', () => {
  afterEach(backToEnglish);

  for (const locale of allLocales) {
    it(`show the whole of any chosen option in ${locale}`, async () => {
      await onPhoneIn(locale);
      // Inside a page's usual margin, as on the demo page.
      const page = await fixture<HTMLElement>('<div style="padding: 0 1rem"><safe-hotline-finder country="KZ" need="trafficking"></safe-hotline-finder></div>');
      const el = page.querySelector<SafeHotlineFinder>('safe-hotline-finder')!;
      await el.dataReady;
      await el.screensReady;
      await settled();
      expect(cutOff(el.shadowRoot!)).to.deep.equal([]);
      // The chosen need's full words are under the list, and name it for a screen reader too.
      const need = el.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-need"]')!;
      const detail = el.shadowRoot!.getElementById(need.getAttribute('aria-describedby') ?? '');
      expect(detail?.textContent?.trim(), 'the full words of "trafficking"').to.equal(topicName('trafficking'));
      expect(detail!.getBoundingClientRect().width).to.be.above(0);
    });
  }
});

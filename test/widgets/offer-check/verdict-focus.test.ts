import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/offer-check/offer-check.js';
import type { SafeOfferCheck } from '../../../src/widgets/offer-check/offer-check.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { labelledOffers } from '../../fixtures/offers/index.js';
import { cleanup, fixture, waitUntil } from '../../helpers/fixture.js';

// Issue 13, the Orca pass: after "Check this offer" the verdict heading took focus, yet Orca said
// nothing for it. The focused "Check" button was removed first, Orca moved its own focus to the
// heading silently, and the heading's focus event then changed nothing it would speak. The control
// that had focus must still be in the page when the heading takes focus, and gone right after.

const $ = <T extends Element = HTMLElement>(el: SafeOfferCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);

describe('<safe-offer-check> moves focus to the verdict before the form goes', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'ru';
    await useLocale('ru');
  });

  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  it('from the text box: Tab to "Check", Enter, and the button is still there when the heading takes focus', async () => {
    const el = await fixture<SafeOfferCheck>('<safe-offer-check country="KZ"></safe-offer-check>');
    const box = $<HTMLTextAreaElement>(el, 'textarea')!;
    box.value = labelledOffers.find((o) => o.id === 'ru-high-podmoskovye-brigade')!.text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    box.focus();
    await sendKeys({ press: 'Tab' });
    const button = el.shadowRoot!.activeElement as HTMLElement;
    expect(button.getAttribute('part')).to.equal('check-button');
    let buttonThere: boolean | undefined;
    el.shadowRoot!.addEventListener('focusin', (event) => {
      if ((event.target as Element).id === 'result-heading') buttonThere = button.isConnected;
    });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'result-heading', 'the verdict heading has focus');
    expect(buttonThere, 'the "Check" button is in the page when the heading takes focus').to.equal(true);
    await waitUntil(() => !button.isConnected && !$(el, 'textarea'), 'the form is gone once focus has moved');
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-heading');
  });

  it('from the last question: the button pressed is still there when the heading takes focus', async () => {
    const el = await fixture<SafeOfferCheck>('<safe-offer-check country="KZ" mode="questions"></safe-offer-check>');
    let pressed: HTMLElement | undefined;
    let buttonThere: boolean | undefined;
    el.shadowRoot!.addEventListener('focusin', (event) => {
      if ((event.target as Element).id === 'result-heading') buttonThere = pressed?.isConnected;
    });
    for (let i = 0; i < 20 && !$(el, '#result-heading'); i++) {
      $<HTMLInputElement>(el, 'input[type="radio"]')?.click();
      await el.updateComplete;
      const next = $(el, '[part="next-button"]')!;
      pressed = next;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'result-heading', 'the verdict heading has focus');
    expect(buttonThere).to.equal(true);
    await waitUntil(() => !pressed!.isConnected, 'the question is gone once focus has moved');
  });
});

import { expect } from 'chai';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';
import { exitNavigation } from '../../../src/widgets/exit-button/navigation.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { cleanup, waitUntil } from '../../helpers/fixture.js';
import { $, $$, TestEndpoint, mountForm, pressContinue, pressSend } from './helpers.js';

const realReplace = exitNavigation.replace;

/** Clicks the n-th choice (radio or checkbox) on the current step, whatever language it is in. */
async function chooseNth(el: SafeReportForm, n: number): Promise<void> {
  $$<HTMLInputElement>(el, 'label.choice input')[n]!.click();
  await el.updateComplete;
}

async function fillField(el: SafeReportForm, id: string, value: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

for (const locale of ['en', 'ru'] as const) {
  describe(`<safe-report-form> accessibility (${locale})`, () => {
    let endpoint: TestEndpoint;

    beforeEach(async () => {
      endpoint = new TestEndpoint();
      exitNavigation.replace = () => undefined;
      document.documentElement.lang = locale;
      await useLocale(locale);
    });

    afterEach(async () => {
      exitNavigation.replace = realReplace;
      cleanup();
      document.documentElement.lang = 'en';
      await useLocale('en');
    });

    async function mount(attributes = ''): Promise<SafeReportForm> {
      const el = await mountForm(endpoint, `lang="${locale}" ${attributes}`);
      await waitUntil(() => $(el, '[part="base"]')?.getAttribute('lang') === locale, `the form renders in ${locale}`);
      return el;
    }

    it('has no axe violations on any step, with the danger and under-18 notices and every error shown', async () => {
      const el = await mount('telegram="hope_line_help" email="help@hope.example" phone="+7 700 000 00 00"');
      if (locale === 'ru') expect($(el, '[data-heading]')!.textContent).to.match(/[а-яё]/i);
      await chooseNth(el, 0); // someone is in danger: the emergency panel shows
      expect($(el, '[part="emergency"]')).to.not.equal(null);
      await waitUntil(() => $$(el, '[part="emergency"] a[href^="tel:"]').length > 0, 'the emergency numbers show');
      await expectNoAxeViolations(el.parentElement!);
      await pressContinue(el);
      await chooseNth(el, 0);
      await expectNoAxeViolations(el.parentElement!);
      await pressContinue(el);
      expect($(el, '#description')).to.not.equal(null);
      await pressContinue(el); // empty: the error summary shows
      expect($(el, '[part="error-summary"]')).to.not.equal(null);
      await expectNoAxeViolations(el.parentElement!);
      await fillField(el, 'description', 'Text');
      await pressContinue(el);
      await chooseNth(el, 2);
      await expectNoAxeViolations(el.parentElement!);
      await pressContinue(el);
      await fillField(el, 'city', 'x'.repeat(101));
      await pressContinue(el);
      expect($(el, '#city-error')).to.not.equal(null);
      await expectNoAxeViolations(el.parentElement!);
      await fillField(el, 'city', 'Almaty');
      await pressContinue(el);
      await fillField(el, 'people-count', 'many');
      await chooseNth(el, 0); // someone under 18: the notice shows
      await pressContinue(el);
      expect($(el, '[part="notice"]')).to.not.equal(null);
      expect($(el, '#people-count-error')).to.not.equal(null);
      await expectNoAxeViolations(el.parentElement!);
      await fillField(el, 'people-count', '3');
      await pressContinue(el);
      await chooseNth(el, 1); // contact: the questions open
      await pressContinue(el);
      expect($(el, '#channel-error')).to.not.equal(null);
      expect($(el, '#address-error')).to.not.equal(null);
      await expectNoAxeViolations(el.parentElement!);
      await chooseNth(el, 2);
      await fillField(el, 'address', '+7 700 111 22 33');
      await pressContinue(el);
      await expectNoAxeViolations(el.parentElement!);
      await pressSend(el); // no consent: the error shows
      expect($(el, '#consent-error')).to.not.equal(null);
      await expectNoAxeViolations(el.parentElement!);

      await endpoint.faults(['503', '503']);
      $<HTMLInputElement>(el, '#consent')!.click();
      await el.updateComplete;
      await pressSend(el);
      await waitUntil(() => $(el, '[part="fallbacks"]') !== null, 'the fallbacks show');
      await expectNoAxeViolations(el.parentElement!);
      $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await waitUntil(() => $(el, '[part="receipt"]') !== null, 'the receipt shows');
      await expectNoAxeViolations(el.parentElement!);
    });

    it('has no axe violations when it cannot send (a bad key)', async () => {
      const realError = console.error;
      console.error = () => undefined;
      try {
        const el = await mount(`public-key="not json"`);
        await expectNoAxeViolations(el.parentElement!);
      } finally {
        console.error = realError;
      }
    });

    it('gives every choice and button a target at least 44 pixels high', async () => {
      const el = await mount();
      await pressContinue(el);
      for (const target of [...$$(el, 'label.choice'), $(el, '[part="continue-button"]')!, $(el, '[part="back-button"]')!]) {
        expect(target.getBoundingClientRect().height, target.textContent!.trim()).to.be.at.least(44);
      }
    });
  });
}

describe('<safe-report-form> at 320 pixels wide', () => {
  afterEach(() => cleanup());

  it('fits without scrolling sideways', async () => {
    const el = await mountForm(new TestEndpoint());
    el.style.width = '320px';
    await pressContinue(el);
    await pressContinue(el);
    const base = $(el, '[part="base"]')!;
    expect(base.scrollWidth).to.be.at.most(320);
  });
});

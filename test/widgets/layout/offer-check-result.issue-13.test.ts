import '../../../src/widgets/index.js';
import type { SafeOfferCheck } from '../../../src/widgets/index.js';
import { fixture, waitUntil } from '../../helpers/fixture.js';
import { allLocales, backToEnglish, expectReadableOnPhone, onPhoneIn, settled } from './support.js';

// A risky offer as people paste it: free visa, passport kept, a fee up front, a messenger handle.
const riskyOffer = [
  'Срочно! Работа в Дубае для девушек 18-25 лет, хостес в ресторане, зарплата 3000$ в месяц.',
  'Виза и билет бесплатно, жильё даём. Опыт и знание языка не нужны.',
  'Паспорт отдать менеджеру по приезду для оформления. Оплата за оформление 500$ заранее.',
  'Пишите только в Telegram @dubai_job_fast или WhatsApp +971 50 123 4567.',
].join('\n');

const $ = <T extends Element = HTMLElement>(el: SafeOfferCheck, selector: string) => el.shadowRoot!.querySelector<T>(selector);

// Fails on today's screens (issue 13): the compact finder in the result breaks 112, 101 and 104
// inside the number, and "116 16" and phone numbers across lines. Held back until the fixes land.
describe('<safe-offer-check> result at 320 px', () => {
  afterEach(backToEnglish);

  for (const locale of allLocales) {
    it(`reads well in ${locale}: the result for a risky offer, with its hotlines`, async () => {
      await onPhoneIn(locale);
      const el = await fixture<SafeOfferCheck>('<safe-offer-check country="KZ"></safe-offer-check>');
      const box = $<HTMLTextAreaElement>(el, 'textarea')!;
      box.value = riskyOffer;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      $(el, '[part="check-button"]')!.click();
      await waitUntil(() => !!$(el, '#result-heading'), 'the result is shown', 10000);
      await settled();
      await expectReadableOnPhone(`offer check, result, ${locale}`);
    });
  }
});

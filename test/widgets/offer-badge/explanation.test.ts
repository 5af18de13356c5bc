import { expect } from 'chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/offer-badge/offer-badge.js';
import { cleanup, fixture } from '../../helpers/fixture.js';
import { badgeButton, checked, dialog, mountWithText, offers, openExplanation, shadow, until, inEnglishEachTest } from './helpers.js';

describe('<safe-offer-badge> explanation', () => {
  inEnglishEachTest();

  describe('the explanation', () => {
    it('lists each sign in plain words with the words quoted from the offer, and what to do', async () => {
      const text = offers.en.high.text;
      const el = await mountWithText(text);
      await openExplanation(el);
      const root = shadow(el);
      expect(root.querySelector('[part="title"]')!.textContent).to.equal('Warning signs in this job offer');
      const items = [...root.querySelectorAll('[part="flags"] > li')];
      expect(items.length).to.be.greaterThan(2);
      const all = items.map((li) => li.textContent!.replace(/\s+/g, ' ')).join('\n');
      expect(all).to.include('Hostess, dancer or model work');
      expect(all).to.include('Passport by messenger');
      for (const q of root.querySelectorAll('[part="evidence"] q')) expect(text).to.include(q.textContent!);
      expect(root.querySelectorAll('[part="advice"] li').length).to.be.greaterThan(2);
      expect(root.textContent).to.include('Checked on this device. The text was not sent anywhere.');
      expect(root.textContent).not.to.match(/\bvictim|invalid|oops\b/i);
    });

    it('says what part each quote plays in a combined sign, so "Hostess" is not read as the pay', async () => {
      const el = await mountWithText('Hostess work in Dubai, $3,000 a month.');
      await openExplanation(el);
      const items = [...shadow(el).querySelectorAll('[part="flags"] > li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
      const pay = items.find((item) => item.includes('Pay too good'));
      expect(pay, 'the pay flag is listed').to.not.equal(undefined);
      expect(pay).to.include('Hostess (the kind of job)');
      expect(pay).to.include('$3,000 a month (the pay)');
    });

    it('says for a low offer that the check is no proof, and gives the basic checks', async () => {
      const el = await mountWithText(offers.en.low.text);
      await openExplanation(el);
      const text = shadow(el).querySelector('dialog')!.textContent!;
      expect(text).to.include('That does not prove the job is safe.');
      expect(text).to.include('Ask for a written contract in a language you read, before you leave.');
      expect(text).to.include('Keep your passport with you.');
    });

    it('links to the site’s help page with help-href, and never to a javascript: address', async () => {
      const el = await mountWithText(offers.en.high.text, 'help-href="/help/offers"');
      await openExplanation(el);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="help-link"]')!;
      expect(link.href).to.equal(new URL('/help/offers', document.baseURI).href);
      expect(link.textContent).to.equal('Where to get help');
      el.close();
      cleanup();

      const realWarn = console.warn;
      console.warn = () => undefined;
      try {
        const bad = await mountWithText(offers.en.high.text, 'help-href="javascript:alert(1)"');
        await openExplanation(bad);
        expect(shadow(bad).querySelector('[part="help-link"]')).to.equal(null);
      } finally {
        console.warn = realWarn;
      }
    });

    it('opens with Enter, moves focus to its heading, closes with Escape and gives focus back to the badge', async () => {
      const el = await mountWithText(offers.en.medium.text);
      badgeButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open, 'Enter opens the explanation');
      await until(() => shadow(el).activeElement?.getAttribute('part') === 'title', 'focus is on the heading');
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(el).open, 'Escape closes it');
      await until(() => shadow(el).activeElement === badgeButton(el), 'focus is back on the badge');
      await until(() => shadow(el).querySelector('[part="flags"]') === null, 'the explanation is gone from the page once closed');
    });

    it('opens with Space, reaches Close with Tab, and closes with it, focus back on the badge', async () => {
      const el = await mountWithText(offers.en.medium.text, 'help-href="https://example.org/help"');
      badgeButton(el).focus();
      await sendKeys({ press: 'Space' });
      await until(() => dialog(el).open, 'Space opens the explanation');
      await until(() => shadow(el).activeElement?.getAttribute('part') === 'title', 'focus is on the heading');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('help-link');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('close-button');
      await sendKeys({ press: 'Enter' });
      await until(() => !dialog(el).open, 'Close closes it');
      await until(() => shadow(el).activeElement === badgeButton(el), 'focus is back on the badge');
    });

    it('is modal: the rest of the page can not be reached while it is open', async () => {
      const wrapper = await fixture<HTMLElement>('<div><button id="outside">Outside</button><safe-offer-badge></safe-offer-badge></div>');
      const el = wrapper.querySelector('safe-offer-badge')!;
      el.text = offers.en.high.text;
      await checked(el);
      await openExplanation(el);
      for (let i = 0; i < 12; i++) {
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).not.to.equal(wrapper.querySelector('#outside'));
      }
    });

    // A real click outside the content (the dialog has no click listener where the browser closes it itself).
    it('closes when the backdrop is clicked, focus back on the badge', async () => {
      const el = await mountWithText(offers.en.high.text);
      await openExplanation(el);
      const box = dialog(el).getBoundingClientRect();
      expect(box.left, 'there is backdrop left of the content').to.be.greaterThan(4);
      await sendMouse({ type: 'click', position: [2, Math.round(box.top + box.height / 2)] });
      await until(() => !dialog(el).open, 'a click outside the content closes it');
      await until(() => shadow(el).activeElement === badgeButton(el), 'focus is back on the badge');
    });

    it('keeps the language picker out of the badge and puts it in the explanation', async () => {
      const el = await mountWithText(offers.en.high.text, 'show-locale-picker');
      expect(shadow(el).querySelector('[part="locale-picker"]')).to.equal(null);
      await openExplanation(el);
      const select = shadow(el).querySelector<HTMLSelectElement>('[part="locale-picker"] select')!;
      select.value = 'ru';
      select.dispatchEvent(new Event('change'));
      await until(() => shadow(el).querySelector('[part="title"]')!.textContent === 'Тревожные признаки в этом предложении о работе', 'the explanation is in Russian');
      expect(dialog(el).open).to.equal(true);
    });
  });
});

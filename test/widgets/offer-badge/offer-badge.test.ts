import { expect } from 'chai';
import '../../../src/widgets/offer-badge/offer-badge.js';
import type { SafeOfferBadge, SafeOfferCheckedEvent } from '../../../src/widgets/offer-badge/offer-badge.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { fixture, sleep } from '../../helpers/fixture.js';
import { badgeButton, checked, exposedText, mountWithText, offers, openExplanation, shadow, until, visibleLabel, inEnglishEachTest } from './helpers.js';

describe('<safe-offer-badge>', () => {
  inEnglishEachTest();

  describe('levels', () => {
    const expected = { high: 'Warning signs', medium: 'Check carefully', low: 'No clear warning signs' } as const;
    for (const level of ['high', 'medium', 'low'] as const) {
      it(`shows "${expected[level]}" with its own icon for a realistic ${level} offer`, async () => {
        const el = await mountWithText(offers.en[level].text);
        expect(el.getAttribute('level')).to.equal(level);
        expect(el.level).to.equal(level);
        expect(visibleLabel(el)).to.equal(expected[level]);
        const button = badgeButton(el);
        expect(button.disabled).to.equal(false);
        expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
        // The accessible name says what the badge is about and contains the visible words.
        expect(exposedText(button)).to.equal(`Job offer check: ${expected[level]}`);
        expect(shadow(el).querySelector('[part="icon"]')!.childElementCount).to.be.greaterThan(0);
      });
    }

    it('gives each level an icon of a different shape, so colour is never the only difference', async () => {
      const shapes = new Set<string>();
      for (const level of ['high', 'medium', 'low'] as const) {
        const el = await mountWithText(offers.en[level].text);
        shapes.add(shadow(el).querySelector('[part="icon"]')!.innerHTML);
      }
      expect(shapes.size).to.equal(3);
    });

    it('shows the level words in Russian for Russian offers when the page is in Russian', async () => {
      document.documentElement.lang = 'ru';
      await useLocale('ru');
      const high = await mountWithText(offers.ru.high.text);
      const medium = await mountWithText(offers.ru.medium.text);
      const low = await mountWithText(offers.ru.low.text);
      expect([high.level, medium.level, low.level]).to.deep.equal(['high', 'medium', 'low']);
      for (const el of [high, medium, low]) {
        expect(visibleLabel(el)).to.match(/[а-яё]/i);
        expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('ru');
      }
    });

    it('has a tap target of at least 44 by 44 pixels', async () => {
      const el = await mountWithText(offers.en.high.text);
      const box = badgeButton(el).getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    });

    it('shows nothing, and can not be pressed, for an empty text', async () => {
      const el = await fixture<SafeOfferBadge>('<safe-offer-badge></safe-offer-badge>');
      el.text = '   ';
      await el.updateComplete;
      await sleep(100);
      expect(el.hasAttribute('level')).to.equal(false);
      expect(badgeButton(el).disabled).to.equal(true);
      expect(getComputedStyle(badgeButton(el)).visibility).to.equal('hidden');
    });
  });

  describe('where the text comes from', () => {
    it('reads the text of the element named by for, and checks again when that text changes', async () => {
      const wrapper = await fixture<HTMLElement>(`<div><safe-offer-badge for="listing-1"></safe-offer-badge><p id="listing-1"></p></div>`);
      const badge = wrapper.querySelector('safe-offer-badge')!;
      const listing = wrapper.querySelector('#listing-1')!;
      listing.textContent = offers.en.low.text;
      const events: SafeOfferCheckedEvent[] = [];
      badge.addEventListener('safe-offer-checked', (e) => events.push(e));
      await checked(badge);
      expect(badge.level).to.equal('low');

      // A site that edits the listing in place (say, a "post a job" preview).
      listing.textContent = offers.en.high.text;
      await until(() => badge.level === 'high', 'the badge follows the changed listing');
      // A change that leaves the text as it was is not checked again.
      listing.append(document.createComment('edited'));
      await sleep(100);
      expect(events.map((e) => e.level)).to.deep.equal(['low', 'high']);
    });

    it('finds the for element inside the same shadow root', async () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<p id="inner">${offers.en.medium.text}</p><safe-offer-badge for="inner"></safe-offer-badge>`;
      document.body.append(host);
      try {
        const badge = root.querySelector('safe-offer-badge')!;
        await checked(badge);
        expect(badge.level).to.equal('medium');
      } finally {
        host.remove();
      }
    });

    it('checks again when the text property changes, and prefers it to for', async () => {
      const wrapper = await fixture<HTMLElement>(`<div><safe-offer-badge for="listing-2"></safe-offer-badge><p id="listing-2"></p></div>`);
      wrapper.querySelector('#listing-2')!.textContent = offers.en.low.text;
      const badge = wrapper.querySelector('safe-offer-badge')!;
      await checked(badge);
      expect(badge.level).to.equal('low');
      badge.text = offers.en.high.text;
      await until(() => badge.level === 'high', 'the text property wins over for');
      badge.text = '';
      await until(() => badge.level === 'low', 'with the property emptied, for is read again');
    });

    it('checks the offer in the language given by offer-lang, and quotes it in that language', async () => {
      const el = await mountWithText(offers.ru.high.text, 'offer-lang="ru"');
      await openExplanation(el);
      const quotes = [...shadow(el).querySelectorAll('q')];
      expect(quotes.length).to.be.greaterThan(0);
      for (const q of quotes) expect(q.getAttribute('lang')).to.equal('ru');
    });

    it('detects the language when offer-lang is not one the rules know, and says so in the console', async () => {
      const warnings: string[] = [];
      const realWarn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await mountWithText(offers.ru.high.text, 'offer-lang="de"');
        expect(el.level).to.equal('high');
        expect(warnings.join('\n')).to.include('offer-lang="de"');
        await openExplanation(el);
        expect(shadow(el).querySelector('q')!.getAttribute('lang')).to.equal('ru');
      } finally {
        console.warn = realWarn;
      }
    });
  });
});

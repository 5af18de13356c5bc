import { expect } from 'chai';
import '../../../src/widgets/offer-badge/offer-badge.js';
import type { SafeOfferCheckedEvent } from '../../../src/widgets/offer-badge/offer-badge.js';
import { fixture, sleep } from '../../helpers/fixture.js';
import { badgeButton, checked, dialog, mountWithText, offers, openExplanation, shadow, until, inEnglishEachTest } from './helpers.js';

describe('<safe-offer-badge> privacy', () => {
  inEnglishEachTest();

  describe('privacy', () => {
    it('fires safe-offer-checked with the level and flag ids only, never the text', async () => {
      const text = offers.en.high.text;
      const events: SafeOfferCheckedEvent[] = [];
      const onWindow = (e: SafeOfferCheckedEvent) => events.push(e);
      window.addEventListener('safe-offer-checked', onWindow);
      try {
        await mountWithText(text);
        await until(() => events.length === 1, 'the event reached window');
        const event = events[0]!;
        expect(event.bubbles && event.composed).to.equal(true);
        expect(Object.keys(event).filter((k) => k !== 'isTrusted').sort()).to.deep.equal(['flagIds', 'level']);
        expect(event.level).to.equal('high');
        expect(event.flagIds).to.include('documents-via-messenger');
        const carried = JSON.stringify({ level: event.level, flagIds: event.flagIds });
        for (const word of text.split(/\s+/).filter((w) => w.length > 4)) expect(carried).not.to.include(word);
      } finally {
        window.removeEventListener('safe-offer-checked', onWindow);
      }
    });

    it('on safe-exit closes the explanation, forgets the text and the result, and stays empty', async () => {
      const wrapper = await fixture<HTMLElement>(`<div><safe-offer-badge for="listing-exit"></safe-offer-badge><p id="listing-exit"></p></div>`);
      const listing = wrapper.querySelector('#listing-exit')!;
      listing.textContent = offers.en.high.text;
      const el = wrapper.querySelector('safe-offer-badge')!;
      await checked(el);
      await openExplanation(el);

      window.dispatchEvent(new Event('safe-exit'));
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(el.hasAttribute('level')).to.equal(false);
      expect(el.level).to.equal(undefined);
      expect(el.text).to.equal('');
      expect(shadow(el).querySelector('dialog')!.textContent!.trim()).to.equal('');
      expect(getComputedStyle(badgeButton(el)).visibility).to.equal('hidden');

      // The listing changing afterwards does not bring the warning back ...
      listing.textContent = offers.en.medium.text;
      await sleep(150);
      expect(el.hasAttribute('level')).to.equal(false);
      // ... until the site gives it a text again.
      el.text = offers.en.medium.text;
      await checked(el);
      expect(el.level).to.equal('medium');
    });
  });
});

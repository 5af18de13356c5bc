import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/offer-badge/offer-badge.js';
import type { SafeOfferBadge, SafeOfferCheckedEvent } from '../../../src/widgets/offer-badge/offer-badge.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { cleanup, fixture, sleep, waitUntil } from '../../helpers/fixture.js';
import { badgeButton, checked, dialog, offers, openExplanation, shadow, visibleLabel } from './helpers.js';

/** The text of `element` that assistive technology gets: not aria-hidden, not visibility: hidden. */
function exposedText(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('[aria-hidden="true"]') || getComputedStyle(parent).visibility === 'hidden') continue;
    text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

async function mountWithText(text: string, attributes = ''): Promise<SafeOfferBadge> {
  const el = await fixture<SafeOfferBadge>(`<safe-offer-badge ${attributes}></safe-offer-badge>`);
  el.text = text;
  await checked(el);
  return el;
}

describe('<safe-offer-badge>', () => {
  beforeEach(async () => {
    document.documentElement.lang = 'en';
    await useLocale('en');
  });
  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

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
      await waitUntil(() => badge.level === 'high', 'the badge follows the changed listing');
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
      await waitUntil(() => badge.level === 'high', 'the text property wins over for');
      badge.text = '';
      await waitUntil(() => badge.level === 'low', 'with the property emptied, for is read again');
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

  describe('no layout shift', () => {
    for (const locale of ['en', 'ru'] as const) {
      it(`keeps its box, and the listing's, the same size before and after the check (${locale})`, async () => {
        document.documentElement.lang = locale;
        await useLocale(locale);
        for (const level of ['high', 'medium', 'low'] as const) {
          const wrapper = await fixture<HTMLElement>(
            `<article><h2>A job</h2><p>Posted today <safe-offer-badge for="shift-${level}"></safe-offer-badge> by an employer</p><p id="shift-${level}"></p><p class="after">Apply</p></article>`,
          );
          wrapper.querySelector(`#shift-${level}`)!.textContent = offers[locale][level].text;
          const badge = wrapper.querySelector('safe-offer-badge')!;
          await badge.updateComplete;
          expect(badge.hasAttribute('level'), 'measured before the check').to.equal(false);
          const before = badge.getBoundingClientRect();
          const afterBefore = wrapper.querySelector('.after')!.getBoundingClientRect();
          await checked(badge);
          expect(badge.level).to.equal(level);
          const after = badge.getBoundingClientRect();
          expect({ w: after.width, h: after.height, x: after.x, y: after.y }).to.deep.equal({ w: before.width, h: before.height, x: before.x, y: before.y });
          expect(before.width).to.be.greaterThan(44);
          expect(wrapper.querySelector('.after')!.getBoundingClientRect().y).to.equal(afterBefore.y);
          cleanup();
        }
      });
    }

    it('has the same size for every level, so a list of listings lines up', async () => {
      const sizes = new Set<string>();
      for (const level of ['high', 'medium', 'low'] as const) {
        const el = await mountWithText(offers.en[level].text);
        const box = el.getBoundingClientRect();
        sizes.add(`${box.width}x${box.height}`);
      }
      expect([...sizes]).to.have.length(1);
    });
  });

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
      await waitUntil(() => dialog(el).open, 'Enter opens the explanation');
      await waitUntil(() => shadow(el).activeElement?.getAttribute('part') === 'title', 'focus is on the heading');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'Escape closes it');
      await waitUntil(() => shadow(el).activeElement === badgeButton(el), 'focus is back on the badge');
      expect(shadow(el).querySelector('[part="flags"]'), 'the explanation is gone from the page once closed').to.equal(null);
    });

    it('opens with Space, reaches Close with Tab, and closes with it, focus back on the badge', async () => {
      const el = await mountWithText(offers.en.medium.text, 'help-href="https://example.org/help"');
      badgeButton(el).focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => dialog(el).open, 'Space opens the explanation');
      await waitUntil(() => shadow(el).activeElement?.getAttribute('part') === 'title', 'focus is on the heading');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('help-link');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('close-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !dialog(el).open, 'Close closes it');
      await waitUntil(() => shadow(el).activeElement === badgeButton(el), 'focus is back on the badge');
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

    it('closes when the backdrop is clicked', async () => {
      const el = await mountWithText(offers.en.high.text);
      await openExplanation(el);
      dialog(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitUntil(() => !dialog(el).open, 'a click outside the content closes it');
    });

    it('keeps the language picker out of the badge and puts it in the explanation', async () => {
      const el = await mountWithText(offers.en.high.text, 'show-locale-picker');
      expect(shadow(el).querySelector('[part="locale-picker"]')).to.equal(null);
      await openExplanation(el);
      const select = shadow(el).querySelector<HTMLSelectElement>('[part="locale-picker"] select')!;
      select.value = 'ru';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => shadow(el).querySelector('[part="title"]')!.textContent === 'Тревожные признаки в этом предложении о работе', 'the explanation is in Russian');
      expect(dialog(el).open).to.equal(true);
    });
  });

  describe('privacy', () => {
    it('fires safe-offer-checked with the level and flag ids only, never the text', async () => {
      const text = offers.en.high.text;
      const events: SafeOfferCheckedEvent[] = [];
      const onWindow = (e: SafeOfferCheckedEvent) => events.push(e);
      window.addEventListener('safe-offer-checked', onWindow);
      try {
        await mountWithText(text);
        await waitUntil(() => events.length === 1, 'the event reached window');
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

  describe('many badges on one page', () => {
    it('checks only the badges that are on screen, and the others when they scroll into view', async () => {
      const count = 50;
      const listings = Array.from(
        { length: count },
        (_, i) => `<li class="listing"><safe-offer-badge for="many-${i}"></safe-offer-badge><p id="many-${i}"></p></li>`,
      ).join('');
      const list = await fixture<HTMLElement>(`<ul class="listings">${listings}</ul>`);
      const texts = [offers.en.high.text, offers.en.medium.text, offers.en.low.text];
      list.querySelectorAll('p').forEach((p, i) => (p.textContent = texts[i % 3]!));
      for (const li of list.querySelectorAll<HTMLElement>('.listing')) li.classList.add('tall');
      const style = document.createElement('style');
      style.textContent = '.tall { height: 240px; overflow: hidden; }';
      document.head.append(style);
      const checkedIds = new Set<string>();
      list.addEventListener('safe-offer-checked', (e) => checkedIds.add((e.target as Element).getAttribute('for')!));
      try {
        window.scrollTo(0, 0);
        const badges = [...list.querySelectorAll('safe-offer-badge')];
        // The badge checks when within 200px of the viewport.
        const near = (b: Element) => {
          const r = b.getBoundingClientRect();
          return r.bottom > -200 && r.top < window.innerHeight + 200;
        };
        const expected = badges.filter(near).map((b) => b.getAttribute('for')!);
        expect(expected.length).to.be.greaterThan(0);
        expect(expected.length).to.be.lessThan(10);
        await waitUntil(() => expected.every((id) => checkedIds.has(id)), 'every badge near the screen has checked');
        await sleep(300);
        expect([...checkedIds].sort()).to.deep.equal([...expected].sort());
        expect(badges.filter((b) => b.hasAttribute('level')).length).to.equal(expected.length);

        const last = badges.at(-1)!;
        last.scrollIntoView();
        await waitUntil(() => last.hasAttribute('level'), 'the last badge checks once scrolled into view');
        expect(checkedIds.size).to.be.lessThan(count);
      } finally {
        style.remove();
        window.scrollTo(0, 0);
      }
    });
  });
});

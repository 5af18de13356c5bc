import { expect } from 'chai';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/offer-badge/offer-badge.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { cleanup, fixture, sleep } from '../../helpers/fixture.js';
import { checked, mountWithText, offers, until, inEnglishEachTest } from './helpers.js';

describe('<safe-offer-badge> layout and laziness', () => {
  inEnglishEachTest();

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

  // Issue 13, item 10: in Russian at 320-360 px the longest label wraps, the box is two lines high,
  // and a one-line label sat at its top.
  describe('on a phone', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const width of [320, 360]) {
      it(`centres a one-line label in a box that is two lines high (ru, ${width} px)`, async () => {
        await setViewport({ width, height: 640 });
        document.documentElement.lang = 'ru';
        await useLocale('ru');
        for (const level of ['high', 'medium'] as const) {
          const wrapper = await fixture<HTMLElement>(
            `<article style="inline-size: ${width - 32}px"><p>Опубликовано сегодня · <safe-offer-badge for="phone-${level}"></safe-offer-badge></p><p id="phone-${level}"></p></article>`,
          );
          wrapper.querySelector(`#phone-${level}`)!.textContent = offers.ru[level].text;
          const badge = wrapper.querySelector('safe-offer-badge')!;
          await checked(badge);
          const button = badge.shadowRoot!.querySelector('[part="badge"]')!.getBoundingClientRect();
          // The text's own box: the label's element may stretch to the box's height with its words at the top.
          const words = document.createRange();
          words.selectNodeContents(badge.shadowRoot!.querySelector('[part="label"]')!);
          const label = words.getBoundingClientRect();
          const middle = (r: DOMRect) => r.top + r.height / 2;
          expect(Math.abs(middle(label) - middle(button)), `${level}: label centred in its box`).to.be.at.most(1.5);
          expect(button.right, `${level}: within the column`).to.be.at.most(width - 16 + 0.5);
          cleanup();
        }
      });
    }
  });

  describe('many badges on one page', () => {
    it('checks only the badges near the screen, and another once it comes into view', async () => {
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
        await until(() => expected.every((id) => checkedIds.has(id)), 'every badge near the screen has checked');
        await sleep(300);
        expect([...checkedIds].sort()).to.deep.equal([...expected].sort());
        expect(badges.filter((b) => b.hasAttribute('level')).length).to.equal(expected.length);

        // A filter or an endless list moves a listing to the top: its badge checks once in view.
        const last = badges.at(-1)!;
        expect(last.hasAttribute('level')).to.equal(false);
        list.prepend(last.closest('li')!);
        await until(() => last.hasAttribute('level'), 'the last badge checks once moved into view');
        expect(checkedIds.size).to.equal(expected.length + 1);
      } finally {
        style.remove();
        window.scrollTo(0, 0);
      }
    });
  });
});

import { expect } from 'chai';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/offer-badge/offer-badge.js';
import type { SafeOfferBadge } from '../../../src/widgets/offer-badge/offer-badge.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { cleanup, fixture, sleep } from '../../helpers/fixture.js';
import { checked, dialog, offers, openExplanation, shadow } from './helpers.js';

/** A job listing as a board shows it: title, the badge, the text the badge reads. */
async function listing(text: string, attributes = ''): Promise<{ wrapper: HTMLElement; badge: SafeOfferBadge }> {
  const wrapper = await fixture<HTMLElement>(
    `<article><h2>Job</h2><p>Posted today <safe-offer-badge for="a11y-offer" ${attributes}></safe-offer-badge></p><p id="a11y-offer"></p></article>`,
  );
  wrapper.querySelector('#a11y-offer')!.textContent = text;
  return { wrapper, badge: wrapper.querySelector('safe-offer-badge')! };
}

describe('<safe-offer-badge> accessibility', () => {
  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const locale of ['en', 'ru'] as const) {
    describe(locale, () => {
      beforeEach(async () => {
        document.documentElement.lang = locale;
        await useLocale(locale);
      });

      it('has no axe violations before the check', async () => {
        const { wrapper, badge } = await listing('');
        await sleep(100);
        expect(badge.hasAttribute('level')).to.equal(false);
        await expectNoAxeViolations(wrapper);
      });

      for (const level of ['high', 'medium', 'low'] as const) {
        it(`has no axe violations showing ${level}, and with its explanation open`, async () => {
          const { wrapper, badge } = await listing(offers[locale][level].text, 'help-href="/help"');
          await checked(badge);
          expect(badge.level).to.equal(level);
          await expectNoAxeViolations(wrapper);
          await openExplanation(badge);
          expect(shadow(badge).querySelector('dialog')!.getAttribute('aria-labelledby')).to.equal('title');
          await expectNoAxeViolations(wrapper);
        });
      }

      it('has no axe violations with the language picker in the open explanation', async () => {
        const { wrapper, badge } = await listing(offers[locale].high.text, 'show-locale-picker');
        await checked(badge);
        await openExplanation(badge);
        expect(shadow(badge).querySelector('[part="locale-picker"] select')).not.to.equal(null);
        await expectNoAxeViolations(wrapper);
      });
    });
  }

  for (const level of ['high', 'medium', 'low'] as const) {
    it(`has no axe violations in dark mode showing ${level}, open and closed`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const style = document.createElement('style');
      style.textContent = 'article.dark { background: #121212; color: #f2f2f2; }';
      document.head.append(style);
      try {
        const { wrapper, badge } = await listing(offers.en[level].text, 'help-href="/help"');
        wrapper.classList.add('dark');
        await checked(badge);
        await expectNoAxeViolations(wrapper);
        await openExplanation(badge);
        await expectNoAxeViolations(wrapper);
      } finally {
        style.remove();
      }
    });
  }

  it('fits a 320px screen: the open explanation is inside the viewport and scrolls on its own', async () => {
    await setViewport({ width: 320, height: 568 });
    const { badge } = await listing(offers.ru.high.text);
    document.documentElement.lang = 'ru';
    await useLocale('ru');
    await checked(badge);
    expect(badge.getBoundingClientRect().width).to.be.at.most(320);
    await openExplanation(badge);
    const box = dialog(badge).getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(box.bottom).to.be.at.most(568);
    expect(dialog(badge).scrollHeight).to.be.greaterThan(dialog(badge).clientHeight);
  });
});

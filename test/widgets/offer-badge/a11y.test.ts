import { expect } from 'chai';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/offer-badge/offer-badge.js';
import type { SafeOfferBadge } from '../../../src/widgets/offer-badge/offer-badge.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { cleanup, fixture, sleep } from '../../helpers/fixture.js';
import { checked, dialog, offers, openExplanation, shadow, until } from './helpers.js';

/** A node of Chromium's accessibility tree, as the `accessibility-tree` test command gives it. */
interface AxNode {
  role: string;
  name?: string;
  description?: string;
  modal?: boolean;
  focused?: boolean;
  children?: AxNode[];
}

function findNode(node: AxNode, test: (n: AxNode) => boolean): AxNode | undefined {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

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

  // Issue 13: Orca read the opened explanation's heading as "… clickable" and never as a dialog.
  for (const locale of ['en', 'kk'] as const) {
    it(`opens from the keyboard as a modal dialog named by its heading and described by its first words, focus inside, Escape back to the badge (${locale})`, async () => {
      document.documentElement.lang = locale;
      await useLocale(locale);
      const { badge } = await listing(offers.en.high.text);
      await checked(badge);
      shadow(badge).querySelector<HTMLButtonElement>('[part="badge"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(badge).open && shadow(badge).activeElement?.getAttribute('part') === 'title', 'Enter opens it and focus is on its heading');
      const title = shadow(badge).querySelector('[part="title"]')!.textContent!.trim();
      const intro = shadow(badge).querySelector('[part="title"] + p')!.textContent!.trim();
      expect(dialog(badge).getAttribute('aria-modal')).to.equal('true');
      const tree = await executeServerCommand<AxNode, undefined>('accessibility-tree');
      const found = findNode(tree, (n) => n.role === 'dialog');
      expect(found, 'a dialog in the accessibility tree').to.not.equal(undefined);
      expect(found!.name).to.equal(title);
      expect(found!.description).to.equal(intro);
      expect(found!.modal).to.equal(true);
      expect(findNode(found!, (n) => n.focused === true)?.role, 'focus is inside the dialog, on its heading').to.equal('heading');
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(badge).open, 'Escape closes it');
      await until(() => shadow(badge).activeElement === shadow(badge).querySelector('[part="badge"]'), 'focus is back on the badge');
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

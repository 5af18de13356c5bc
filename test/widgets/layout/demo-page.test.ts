import { expect } from 'chai';
import '../../../src/widgets/index.js';
import type { SafeExitButton, SafeOfferCheck } from '../../../src/widgets/index.js';
import { fixture, waitUntil } from '../../helpers/fixture.js';
import { deepElements, deepTextNodes, describeElement, findTooWide } from '../../helpers/layout.js';
import { allLocales, backToEnglish, onPhoneIn, settled } from './support.js';

// The demo page as a person opens it on a phone: its own markup and stylesheet, with the elements
// built from the sources (the built page is tested in test/e2e/demo.test.ts).
async function demoPage(): Promise<HTMLElement> {
  const html = await (await fetch('/docs/demo/index.html')).text();
  const page = new DOMParser().parseFromString(html, 'text/html');
  page.querySelectorAll('script').forEach((s) => s.remove());
  if (!document.querySelector('link[data-demo]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/docs/demo/demo.css';
    link.dataset.demo = '';
    document.head.append(link);
    await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  }
  const root = await fixture<HTMLElement>(`<div>${page.body.innerHTML}</div>`);
  await settled();
  return root;
}

function removeDemoStyles(): void {
  document.querySelector('link[data-demo]')?.remove();
}

/** What a person must be able to read or press: headings, buttons, links, form controls and text. */
function readable(root: Element): Element[] {
  const found = new Set<Element>();
  for (const element of deepElements(root)) {
    if (element.matches('h1, h2, h3, h4, button, a[href], input, select, textarea, summary, [role="button"]')) found.add(element);
  }
  for (const text of deepTextNodes(root)) if (text.parentElement) found.add(text.parentElement);
  return [...found];
}

/** The visible boxes of an element's own text, or of the element itself when it has none. */
function boxesOf(element: Element): DOMRect[] {
  const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
  if (own.length === 0) return [...element.getClientRects()];
  return own.flatMap((n) => {
    const range = document.createRange();
    range.selectNodeContents(n);
    return [...range.getClientRects()];
  });
}

/** Everything a person must read that lies, on screen right now, under the page's floating exit button. */
function underTheExitButton(root: Element, exit: SafeExitButton): string[] {
  const button = exit.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
  const covered: string[] = [];
  for (const element of readable(root)) {
    if (exit.contains(element) || element.getRootNode() === exit.shadowRoot) continue;
    if (getComputedStyle(element).visibility === 'hidden') continue;
    for (const box of boxesOf(element)) {
      if (box.width < 1 || box.height < 1) continue;
      const overlapX = Math.min(box.right, button.right) - Math.max(box.left, button.left);
      const overlapY = Math.min(box.bottom, button.bottom) - Math.max(box.top, button.top);
      if (overlapX > 1 && overlapY > 1) {
        covered.push(`${describeElement(element)} ("${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}")`);
        break;
      }
    }
  }
  return covered;
}

const riskyOffer = [
  'Срочно! Работа в Дубае для девушек 18-25 лет, хостес в ресторане, зарплата 3000$ в месяц.',
  'Виза и билет бесплатно, жильё даём. Опыт и знание языка не нужны.',
  'Паспорт отдать менеджеру по приезду для оформления. Оплата за оформление 500$ заранее.',
  'Пишите только в Telegram @dubai_job_fast или WhatsApp +971 50 123 4567.',
].join('\n');

describe('the demo page at 320 px', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    removeDemoStyles();
    await backToEnglish();
  });

  for (const locale of allLocales) {
    it(`is no wider than the screen in ${locale}`, async () => {
      await onPhoneIn(locale);
      await demoPage();
      const problems = findTooWide(document).map((p) => p.description);
      expect(problems, 'what reaches past the screen').to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'the page’s width').to.be.at.most(document.documentElement.clientWidth);
    });

    it(`keeps the floating exit button off what a person reads, in ${locale}: the top of the page and the offer check's verdict`, async () => {
      await onPhoneIn(locale);
      const root = await demoPage();
      const exit = root.querySelector<SafeExitButton>('safe-exit-button[position="fixed"]')!;
      expect(underTheExitButton(root, exit), 'under the exit button at the top of the page').to.deep.equal([]);

      const check = root.querySelector<SafeOfferCheck>('safe-offer-check')!;
      const box = check.shadowRoot!.querySelector('textarea')!;
      box.value = riskyOffer;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await check.updateComplete;
      check.shadowRoot!.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
      await waitUntil(() => !!check.shadowRoot!.querySelector('#result-heading'), 'the result is shown', 10000);
      await settled();
      // The check moves focus to the verdict, which scrolls it into view: it must not land under the button.
      await new Promise((r) => setTimeout(r, 100));
      expect(check.shadowRoot!.activeElement?.id, 'focus is on the verdict').to.equal('result-heading');
      // What came before the verdict may scroll under the bar, as under any page's top bar; the
      // verdict and what follows it may not.
      const result = check.shadowRoot!.querySelector('[part="result"]')!;
      expect(underTheExitButton(result, exit), 'under the exit button once the verdict shows').to.deep.equal([]);
      expect(window.scrollY, 'the verdict was scrolled to').to.be.above(0);

      // The page's own link to the checker (#offer-check) brings it to the top of the screen, as the
      // screenshots do: its verdict must still not sit under the button.
      check.scrollIntoView({ block: 'start' });
      expect(underTheExitButton(result, exit), 'under the exit button with the checker at the top of the screen').to.deep.equal([]);

      // "Talk to a hotline" scrolls the result's lines to the top of the screen.
      const link = check.shadowRoot!.querySelector<HTMLAnchorElement>('[part="hotline-link"]')!;
      link.click();
      const lines = check.shadowRoot!.querySelector('#hotline-heading')!;
      expect(underTheExitButton(lines, exit), 'under the exit button after "Talk to a hotline"').to.deep.equal([]);
    });
  }
});

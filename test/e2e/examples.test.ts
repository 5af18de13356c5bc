import { expect } from 'chai';
import { waitUntil } from '../helpers/fixture.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { openFrame as open } from '../helpers/frames.js';

// The documented examples in docs/examples are loaded as a site would load them.

describe('docs/examples', () => {
  it('plain HTML: the elements appear, in the page language, themed by the site tokens', async () => {
    const frame = await open('/docs/examples/plain-html/index.html');
    try {
      const win = frame.contentWindow!;
      const exit = win.document.querySelector('safe-exit-button')!;
      await waitUntil(() => exit.shadowRoot?.querySelector('button')?.textContent?.trim() === 'Уйти с этой страницы', 'the Russian button shows', 5000);
      const button = exit.shadowRoot!.querySelector('button')!;
      expect(win.getComputedStyle(button).backgroundColor).to.equal('rgb(142, 0, 56)');
      await expectNoAxeViolations(win.document);
    } finally {
      frame.remove();
    }
  });

  // Issue 13, item 9: with scripts blocked there was no number at all; before they arrive, nothing.
  it('plain HTML: the finder and the offer check show the emergency numbers and the help page from their light DOM until they render, with scripts blocked too', async () => {
    const blocked = document.createElement('iframe');
    blocked.setAttribute('sandbox', 'allow-same-origin');
    blocked.src = '/docs/examples/plain-html/index.html';
    document.body.append(blocked);
    await new Promise((resolve) => blocked.addEventListener('load', resolve, { once: true }));
    try {
      const doc = blocked.contentDocument!;
      const call = doc.querySelector<HTMLAnchorElement>('safe-hotline-finder a[href="tel:112"]')!;
      expect(call.getClientRects().length, 'the number shows with scripts blocked').to.be.greaterThan(0);
      expect(doc.querySelector('safe-hotline-finder a[href^="https://"]')!.getClientRects().length).to.be.greaterThan(0);
      expect(doc.querySelector('safe-offer-check a[href^="https://"]')!.getClientRects().length).to.be.greaterThan(0);
    } finally {
      blocked.remove();
    }
    const frame = await open('/docs/examples/plain-html/index.html');
    try {
      const finder = frame.contentDocument!.querySelector('safe-hotline-finder')!;
      await waitUntil(() => !!finder.shadowRoot?.querySelector('[part="emergency-number"]'), 'the finder renders its numbers', 8000);
      expect(finder.querySelector('p')!.getClientRects().length, 'the fallback is hidden once the finder renders').to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it('import map: a site component imports the loader by name and has it define elements in its shadow root', async () => {
    const frame = await open('/docs/examples/import-map/index.html');
    try {
      const win = frame.contentWindow!;
      await waitUntil(() => !!win.document.querySelector('site-help-box')?.shadowRoot?.querySelector('safe-exit-button')?.shadowRoot, 'the nested element renders', 5000);
      const exit = win.document.querySelector('site-help-box')!.shadowRoot!.querySelector('safe-exit-button')!;
      await waitUntil(() => exit.shadowRoot!.querySelector('button')!.textContent!.trim() === 'Бұл беттен шығу', 'Kazakh shows', 5000);
    } finally {
      frame.remove();
    }
  });
});

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

import { expect } from 'chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { sleep, waitUntil } from '../helpers/fixture.js';
import { openFrame } from '../helpers/frames.js';

// Issue 19: the CDN loader paints the finder's static first screen (src/widgets/hotline-finder/first-screen.ts)
// from a part of about 1 KB fetched beside the finder's chunk, so a person on a slow network has the
// numbers to call before Lit and the finder have come. Here, in the built files on a page with a
// strict CSP (no inline style, Trusted Types), the finder's chunk is held back on the network: the
// static screen must show, in Russian, styled, reachable by keyboard; when the chunk comes, the
// finder replaces it. A part that fails leaves the finder to work as before.
type HostWindow = Window & typeof globalThis & { __requests: string[]; __violations: unknown[] };

const finderChunk = String.raw`/chunks/hotline-finder-[\w-]{8}\.js`;
const staticPart = String.raw`/chunks/first-screen-KZ-[\w-]{8}\.js`;

function finderIn(frame: HTMLIFrameElement) {
  return frame.contentDocument!.querySelector('safe-hotline-finder')!;
}

describe("the CDN loader and the finder's static first screen", () => {
  afterEach(async () => {
    await executeServerCommand('release-requests', { fail: false });
  });

  it("paints the numbers to call before the finder's chunk has come, styled under a strict CSP and reachable by keyboard; the finder then replaces it", async () => {
    await executeServerCommand('hold-requests', { pattern: finderChunk });
    const frame = await openFrame('/test/e2e/pages/first-screen.html', { width: 360, height: 800 });
    const win = frame.contentWindow as HostWindow;
    try {
      const root = () => finderIn(frame).shadowRoot;
      await waitUntil(() => (root()?.querySelectorAll('[data-safe-first-screen] a[href^="tel:"]').length ?? 0) > 0, 'the static screen shows numbers to call', 8000);
      expect(win.__requests.some((url) => /\/chunks\/hotline-finder-[\w-]{8}\.js$/.test(new URL(url).pathname)), "the finder's chunk has not come").to.equal(false);
      const section = root()!.querySelector('[data-safe-first-screen]')!;
      expect(section.getAttribute('lang')).to.equal('ru');
      expect(section.textContent).to.include('Найти линию помощи');
      // Styled by the constructed sheet, which a CSP without 'unsafe-inline' allows.
      const call = root()!.querySelector<HTMLAnchorElement>('[part="emergency-number"]')!;
      expect(call.getBoundingClientRect().height).to.be.at.least(44);
      expect(win.getComputedStyle(call).display).to.not.equal('inline');
      expect(win.__violations).to.deep.equal([]);

      const links = [...root()!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
      frame.contentDocument!.querySelector<HTMLButtonElement>('#before')!.focus();
      for (const link of links) {
        await sendKeys({ press: 'Tab' });
        expect(root()!.activeElement, link.href).to.equal(link);
      }

      expect(await executeServerCommand('release-requests', { fail: false, atLeast: 1 })).to.equal(1);
      await waitUntil(() => !root()!.querySelector('[data-safe-first-screen]'), 'the finder replaces the static screen', 15000);
      expect(root()!.querySelectorAll('h2[part="title"]').length, 'one heading, the finder\'s').to.equal(1);
      expect(root()!.querySelectorAll('[part="emergency-number"]').length).to.equal(5);
      expect(root()!.textContent).to.include('Найти линию помощи');
      expect(win.__violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('leaves the finder to work as before when the static part cannot be fetched', async () => {
    await executeServerCommand('hold-requests', { pattern: staticPart });
    const frame = await openFrame('/test/e2e/pages/first-screen.html?failed', { width: 360, height: 800 });
    try {
      expect(await executeServerCommand('release-requests', { fail: true, atLeast: 1 })).to.equal(1);
      const root = () => finderIn(frame).shadowRoot;
      await waitUntil(() => (root()?.querySelectorAll('[part="emergency-number"]').length ?? 0) > 0, 'the finder shows its numbers', 15000);
      await sleep(200);
      expect(root()!.querySelector('[data-safe-first-screen]')).to.equal(null);
      expect(root()!.querySelectorAll('h2[part="title"]').length).to.equal(1);
      expect(root()!.textContent).to.include('Найти линию помощи');
    } finally {
      frame.remove();
    }
  });
});

import { expect } from 'chai';
import { executeServerCommand, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../helpers/fixture.js';
import { openFrame } from '../helpers/frames.js';

// Issue 19, the hand-over without a jump (src/widgets/hotline-finder/static-screen.ts): the CDN
// loader paints the finder's static first screen; when the finder's chunk comes, its own screen
// replaces it. A person about to tap "Call" must not hit something else: with the page at the top,
// the first line's call link (and everything above it) stays where it was; a link under the pointer,
// or the first one in the window of a person who has scrolled, stays where it was too (the page is
// scrolled by as much as the finder's own counterpart moved). Here the built files on a host page,
// with the finder's chunk held back on the network as in first-screen.test.ts.

const finderChunk = String.raw`/chunks/hotline-finder-[\w-]{8}\.js`;

interface Place {
  href: string;
  /** `emergency` or the line's number from 1. */
  line: string;
  top: number;
  left: number;
}

/** Every call link of the finder in `frame` (static or its own) with its place in the frame's window. */
function places(frame: HTMLIFrameElement): Place[] {
  const root = frame.contentDocument!.querySelector('safe-hotline-finder')!.shadowRoot!;
  const cards = [...root.querySelectorAll('[part="result"]')];
  return [...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => {
    const box = a.getBoundingClientRect();
    const card = a.closest('[part="result"]');
    return { href: a.getAttribute('href')!, line: card ? String(cards.indexOf(card) + 1) : 'emergency', top: box.top, left: box.left };
  });
}

/** The finder's own link to the same address as `place` (the n-th to it, as `place` was among `before` on the static screen). */
function counterpart(before: Place[], after: Place[], place: Place): Place | undefined {
  const n = before.filter((p) => p.href === place.href).findIndex((p) => p.line === place.line && p.top === place.top);
  return after.filter((p) => p.href === place.href)[n];
}

/**
 * Opens the host page in `locale` at `width`, with the finder's chunk held, until the static screen
 * shows its lines; `before(frame)` then sets the scene (scrolls, points); the chunk comes, and the
 * places before and after the hand-over are returned.
 */
async function handOver(locale: string, width: number, before: (frame: HTMLIFrameElement) => Promise<void> = async () => {}) {
  await executeServerCommand('hold-requests', { pattern: finderChunk });
  const frame = await openFrame(`/test/e2e/pages/first-screen-jump.html?lang=${locale}`, { width, height: 800 });
  const win = frame.contentWindow!;
  const root = () => frame.contentDocument!.querySelector('safe-hotline-finder')!.shadowRoot;
  try {
    await waitUntil(() => (root()?.querySelectorAll('[data-safe-first-screen] [part="result"] a[href^="tel:"]').length ?? 0) > 2, 'the static screen shows the lines', 15000);
  } catch (error) {
    const held = await executeServerCommand('held-requests');
    const r = root();
    throw new Error(`${(error as Error).message}: shadow root ${!!r}, static screen ${!!r?.querySelector('[data-safe-first-screen]')}, call links ${r?.querySelectorAll('a[href^="tel:"]').length}, results ${r?.querySelectorAll('[part="result"]').length}, held ${JSON.stringify(held)}, text ${JSON.stringify(r?.textContent?.slice(0, 120))}`, { cause: error });
  }
  // The page's text below the finder: the window can be scrolled to any line at every width.
  frame.contentDocument!.querySelector<HTMLElement>('#below')!.style.minBlockSize = '2000px';
  expect(root()!.querySelector('[data-safe-first-screen]')!.getAttribute('lang')).to.equal(locale);
  await before(frame);
  const scrollBefore = win.scrollY;
  const placesBefore = places(frame);
  expect(await executeServerCommand('release-requests', { fail: false, atLeast: 1 })).to.equal(1);
  await waitUntil(() => !root()!.querySelector('[data-safe-first-screen]') && !!root()!.querySelector('[part="result"] a[href^="tel:"]'), "the finder's own screen replaces it", 20000);
  return { frame, placesBefore, placesAfter: places(frame), scrollBefore, scrollAfter: win.scrollY };
}

// Skipped until its flake is fixed (issue 19 stays open for it): run with the other e2e files, one of
// these cases fails in about half the runs — the finder's own screen is already there when the wait
// for the static screen begins, though the finder's chunk request of that frame is still held (the
// message of the wait above says so). Alone, the file passes every time. The shots' jumps.json
// measures the same hand-over meanwhile.
describe.skip("the finder's hand-over from its static first screen", () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
  });

  afterEach(async () => {
    await resetMouse();
    await executeServerCommand('release-requests', { fail: false });
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  // First: after other frames have come and gone, Chromium no longer hovers a new frame's link on a synthetic move.
  it('keeps the call link under the pointer where it was, though the cards above it grow (kk, 1280 px)', async () => {
    let target: Place | undefined;
    const { placesBefore, placesAfter, scrollAfter } = await handOver('kk', 1280, async (frame) => {
      target = places(frame).find((p) => p.line === '3');
      const root = frame.contentDocument!.querySelector('safe-hotline-finder')!.shadowRoot!;
      const link = [...root.querySelectorAll<HTMLAnchorElement>('[part="result"] a[href^="tel:"]')].find((a) => a.getAttribute('href') === target!.href)!;
      const box = link.getBoundingClientRect();
      const offset = frame.getBoundingClientRect();
      const [x, y] = [Math.round(offset.left + box.left + 20), Math.round(offset.top + box.top + box.height / 2)];
      // Two moves: Chromium updates what is hovered in a frame on a move inside it.
      await sendMouse({ type: 'move', position: [x - 5, y - 2] });
      await sendMouse({ type: 'move', position: [x, y] });
      await waitUntil(() => link.matches(':hover'), 'the pointer is on the link');
    });
    const own = counterpart(placesBefore, placesAfter, target!);
    expect(Math.abs(own!.top - target!.top), `${target!.href}: ${target!.top} -> ${own!.top}`).to.be.at.most(2);
    expect(scrollAfter, 'the page scrolled by as much as the cards above it grew').to.be.greaterThan(100);
  });

  for (const locale of ['ru', 'kk']) {
    for (const width of [320, 1280]) {
      it(`keeps the first line's call link, and the emergency numbers above it, where they were (${locale}, ${width} px, the page at the top)`, async () => {
        const { placesBefore, placesAfter, scrollBefore, scrollAfter } = await handOver(locale, width);
        expect(scrollBefore).to.equal(0);
        expect(scrollAfter, 'the page is not scrolled').to.equal(0);
        const first = placesBefore.find((p) => p.line === '1')!;
        const own = counterpart(placesBefore, placesAfter, first);
        expect(own, `the finder's own ${first.href}`).to.not.equal(undefined);
        expect(Math.abs(own!.top - first.top), `${first.href}: ${first.top} -> ${own!.top}`).to.be.at.most(2);
        expect(Math.abs(own!.left - first.left)).to.be.at.most(2);
        for (const place of placesBefore.filter((p) => p.line === 'emergency')) {
          expect(Math.abs(counterpart(placesBefore, placesAfter, place)!.top - place.top), place.href).to.be.at.most(2);
        }
      });
    }
  }

  it('keeps the first call link in the window where it was for a person who has scrolled to the lines (ru, 320 px)', async () => {
    let target: Place | undefined;
    const { placesBefore, placesAfter, scrollBefore, scrollAfter } = await handOver('ru', 320, async (frame) => {
      const root = frame.contentDocument!.querySelector('safe-hotline-finder')!.shadowRoot!;
      const second = root.querySelectorAll('[part="result"]')[1]!;
      frame.contentWindow!.scrollTo({ top: frame.contentWindow!.scrollY + second.getBoundingClientRect().top - 10, behavior: 'instant' });
      target = places(frame).find((p) => p.line === '2');
    });
    expect(scrollBefore).to.be.greaterThan(0);
    const own = counterpart(placesBefore, placesAfter, target!);
    expect(Math.abs(own!.top - target!.top), `${target!.href}: ${target!.top} -> ${own!.top}`).to.be.at.most(2);
    expect(scrollAfter).to.be.greaterThan(scrollBefore);
  });
});

import { expect } from 'chai';
import { waitUntil } from '../helpers/fixture.js';
import { openFrame } from '../helpers/frames.js';

// The hashes of a language's translation parts travel in that language's list of parts
// (src/generated/locale-index/<locale>.ts), whose hash the loader holds; the loader asks for the
// list of <html lang> beside the first element's chunk, so that it costs no round trip of its own.
type HostWindow = Window & typeof globalThis & { __requests: string[] };

describe('the CDN loader and the lists of translation parts', () => {
  it("fetches the page language's list beside the element's chunk, and the element speaks that language", async () => {
    const frame = await openFrame('/test/e2e/pages/locale-list-early.html');
    const win = frame.contentWindow as HostWindow;
    try {
      const exit = () => win.document.querySelector('safe-exit-button');
      await waitUntil(() => (exit()?.shadowRoot?.textContent ?? '').includes('Уйти с этой страницы'), 'the exit button speaks Russian', 8000);
      const timing = (pattern: RegExp) =>
        (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => pattern.test(new URL(e.name).pathname));
      const list = timing(/\/chunks\/ru-[\w-]{8}\.js$/);
      const chunk = timing(/\/chunks\/exit-button-[\w-]{8}\.js$/);
      expect(list, 'the Russian list of parts was fetched').to.not.equal(undefined);
      expect(chunk, "the element's chunk was fetched").to.not.equal(undefined);
      expect(list!.startTime, "the list was asked for before the element's chunk had arrived").to.be.below(chunk!.responseEnd);
      expect(win.__requests.some((url) => /\/chunks\/kk-[\w-]{8}\.js$/.test(url)), 'no other language').to.equal(false);
    } finally {
      frame.remove();
    }
  });
});

import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { waitUntil } from '../helpers/fixture.js';
import { openFrame } from '../helpers/frames.js';

// Issue 19: the finder shows no number to call before its country's part of the hotline data has
// come, so the CDN loader asks for that part beside the finder's chunk (src/widgets/loader.ts,
// `early`) instead of the finder asking once its chunk has arrived and run: a round trip less on a
// slow network. Here the finder's chunk is held back on the network; the country's data must come
// all the same, and no other country's; and the platform's collation and date data are loaded
// meanwhile, which the finder's first render would otherwise pay for after its last byte.
type HostWindow = Window & typeof globalThis & { __requests: string[] };

describe('the CDN loader and the hotline data', () => {
  afterEach(async () => {
    await executeServerCommand('release-requests', { fail: false });
  });

  it("fetches the finder's country data before the finder's chunk has arrived, and only that country's", async () => {
    await executeServerCommand('hold-requests', { pattern: String.raw`/chunks/hotline-finder-[\w-]{8}\.js` });
    const frame = await openFrame('/test/e2e/pages/hotline-data-early.html');
    const win = frame.contentWindow as HostWindow;
    try {
      const fetched = (pattern: RegExp) => win.__requests.some((url) => pattern.test(new URL(url).pathname));
      await waitUntil(() => fetched(/\/chunks\/KZ-[\w-]{8}\.js$/), "Kazakhstan's data arrives while the finder's chunk is held back", 8000);
      expect(fetched(/\/chunks\/hotline-finder-[\w-]{8}\.js$/), "the finder's chunk has not arrived").to.equal(false);
      expect(fetched(/\/chunks\/(RU|TJ|UZ)-[\w-]{8}\.js$/), "no other country's data").to.equal(false);
      // The platform's collation and date data, which the finder's first render needs, are loaded
      // while its chunk is on its way, not after it has arrived (src/widgets/loader.ts, `warmIntl`).
      await waitUntil(() => (win as unknown as { __intlMade: { collators: number } }).__intlMade.collators > 0, 'a collator is made before the chunk arrives', 8000);
      expect((win as unknown as { __intlMade: { dateFormats: number } }).__intlMade.dateFormats, 'and a date format').to.be.greaterThan(0);

      expect(await executeServerCommand('release-requests', { fail: false, atLeast: 1 })).to.equal(1);
      const finder = () => win.document.querySelector('safe-hotline-finder');
      await waitUntil(() => (finder()?.shadowRoot?.querySelectorAll('a[href^="tel:"]').length ?? 0) > 0, 'the finder shows numbers to call', 8000);
      await waitUntil(() => (finder()?.shadowRoot?.textContent ?? '').includes('Найти линию помощи'), 'the finder speaks Russian', 8000);
    } finally {
      frame.remove();
    }
  });
});

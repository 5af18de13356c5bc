import { expect } from 'chai';
import { waitUntil } from '../helpers/fixture.js';
import { openFrame } from '../helpers/frames.js';

// Issue 17, M4: the site pins the loader with `integrity`, and the loader checks every file it
// fetches against the hash the build wrote into it. The pages load dist/cdn through
// /dist/cdn-tampered/NAME/, which alters the one chunk called NAME (test/helpers/host-pages.mjs).
type HostWindow = Window & typeof globalThis & { __tamperedRan?: string[]; __requests: string[] };

async function open(page: string): Promise<{ frame: HTMLIFrameElement; win: HostWindow }> {
  const frame = await openFrame(`/test/e2e/pages/${page}`);
  return { frame, win: frame.contentWindow as HostWindow };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

describe('every file the CDN loader fetches is checked against its hash', () => {
  it('(the control) an altered chunk imported without the check does run', async () => {
    const table = (await (await fetch('/dist/cdn/integrity.json')).json()) as Record<string, string>;
    const chunk = Object.keys(table).find((file) => /^chunks\/exit-button-[\w-]{8}\.js$/.test(file))!;
    await import(/* @vite-ignore */ `/dist/cdn-tampered/exit-button/${chunk}`);
    expect((window as unknown as HostWindow).__tamperedRan).to.deep.equal(['exit-button']);
  });

  it('loads and defines the element from an unaltered copy served the same way', async () => {
    const { frame, win } = await open('chunk-intact.html');
    try {
      await waitUntil(() => !!win.customElements.get('safe-exit-button'), '<safe-exit-button> is defined', 8000);
      expect(win.__tamperedRan).to.equal(undefined);
      expect(win.document.head.querySelectorAll('link[rel="modulepreload"][integrity^="sha384-"]').length).to.be.greaterThan(1);
    } finally {
      frame.remove();
    }
  });

  it('never runs an element chunk whose bytes were altered, though the loader itself is intact', async () => {
    const { frame, win } = await open('chunk-tampered.html');
    try {
      await waitUntil(() => win.__requests.some((url) => /\/chunks\/exit-button-[\w-]{8}\.js$/.test(url)), 'the chunk was fetched', 8000);
      await settle();
      expect(win.__tamperedRan, 'the altered code ran').to.equal(undefined);
      expect(win.customElements.get('safe-exit-button')).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('never runs an altered chunk that the element chunk imports statically', async () => {
    const { frame, win } = await open('shared-chunk-tampered.html');
    try {
      await waitUntil(() => win.__requests.some((url) => /\/chunks\/base-[\w-]{8}\.js$/.test(url)), 'the shared chunk was fetched', 8000);
      await settle();
      expect(win.__tamperedRan, 'the altered code ran').to.equal(undefined);
      expect(win.customElements.get('safe-exit-button')).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('never runs an altered translation chunk, which a chunk loads with import()', async () => {
    const { frame, win } = await open('locale-chunk-tampered.html');
    try {
      await waitUntil(() => win.__requests.some((url) => /\/chunks\/ru\.exit-button-[\w-]{8}\.js$/.test(url)), "the exit button's Russian chunk was fetched", 8000);
      await settle();
      expect(win.__tamperedRan, 'the altered code ran').to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});

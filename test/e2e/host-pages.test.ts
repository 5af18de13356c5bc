import { expect } from 'chai';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../helpers/fixture.js';
import { openFrame } from '../helpers/frames.js';

// Host pages load the built CDN files (dist/cdn) under the headers in test/helpers/host-pages.mjs.
type HostWindow = Window & typeof globalThis & { __violations: unknown[]; __requests: string[] };

async function openHost(path: string): Promise<{ frame: HTMLIFrameElement; win: HostWindow }> {
  const frame = await openFrame(path);
  return { frame, win: frame.contentWindow as HostWindow };
}

async function allDefined(win: HostWindow): Promise<string[]> {
  const tags = [...new Set([...win.document.querySelectorAll('*')].map((e) => e.localName))].filter((t) => t.startsWith('safe-'));
  for (const tag of tags) await waitUntil(() => !!win.customElements.get(tag), `<${tag}> is defined`, 5000);
  for (const tag of tags) {
    for (const el of win.document.querySelectorAll(tag)) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  return tags;
}

function offOrigin(win: HostWindow): string[] {
  return win.__requests.filter((url) => new URL(url).origin !== win.location.origin);
}

describe('a host page with a strict CSP and Trusted Types enforced', () => {
  it('runs every element with zero policy violations and no request off its own origin', async () => {
    const { frame, win } = await openHost('/test/e2e/pages/strict-csp.html');
    try {
      const tags = await allDefined(win);
      expect(tags).to.include('safe-exit-button');
      const exit = win.document.querySelector('safe-exit-button')!;
      let left = '';
      exit.addEventListener('safe-exit', (e) => {
        e.preventDefault();
        left = (e as Event & { href: string }).href;
      });
      (exit.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
      expect(left).to.equal('/test/e2e/pages/neutral.html');
      win.document.documentElement.lang = 'kk';
      await waitUntil(() => exit.shadowRoot!.querySelector('button')!.getAttribute('lang') === 'kk', 'Kazakh loads', 5000);
      expect(win.__violations).to.deep.equal([]);
      expect(offOrigin(win)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('is the policy the test claims: an inline script on that page is blocked', async () => {
    const { frame, win } = await openHost('/test/e2e/pages/strict-csp.html');
    try {
      const script = win.document.createElement('script');
      try {
        script.textContent = 'window.__inlineRan = true';
        win.document.body.append(script);
      } catch {
        // Trusted Types refuses the assignment outright; either way the script must not run.
      }
      await waitUntil(() => win.__violations.length > 0, 'a violation is reported', 3000);
      expect((win as unknown as { __inlineRan?: boolean }).__inlineRan).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});

describe('a host page that cannot use modules (all-in-one IIFE)', () => {
  it('defines every element from one classic script, speaks the page language, and exposes the SDK', async () => {
    const { frame, win } = await openHost('/test/e2e/pages/iife.html');
    try {
      await allDefined(win);
      const exit = win.document.querySelector('safe-exit-button')!;
      await waitUntil(() => exit.shadowRoot?.querySelector('button')?.textContent?.trim() === 'Уйти с этой страницы', 'Russian shows', 5000);
      const sdk = (win as unknown as { SafeMigrationKit: Record<string, unknown> }).SafeMigrationKit;
      expect(typeof sdk.SafeError).to.equal('function');
      expect(win.__violations).to.deep.equal([]);
      expect(offOrigin(win)).to.deep.equal([]);
      exit.shadowRoot!.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
    } finally {
      frame.remove();
    }
  });
});

describe('a host page that pins the loader with Subresource Integrity', () => {
  it('loads the loader and its elements when the hash from integrity.json matches', async () => {
    const { frame, win } = await openHost('/test/e2e/pages/sri.html');
    try {
      expect(win.document.querySelector('script[integrity]')!.getAttribute('integrity')).to.match(/^sha384-/);
      const tags = await allDefined(win);
      expect(tags).to.include('safe-exit-button');
    } finally {
      frame.remove();
    }
  });

  it('refuses to run a loader whose bytes do not match the hash', async () => {
    const { frame, win } = await openHost('/test/e2e/pages/sri-tampered.html');
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(win.customElements.get('safe-exit-button')).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});

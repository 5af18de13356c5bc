import { expect } from 'chai';
import { waitUntil } from '../helpers/fixture.js';
import { openFrame } from '../helpers/frames.js';

// Issue 19: the all-in-one IIFE fetches each language's translations, each country's hotline data
// and the offer rules from its own folder (src/cdn/iife-parts.ts), as classic scripts checked
// against the hashes it carries. The pages are served with scripts allowed from that folder only,
// no connect-src at all and Trusted Types enforced (iifeCsp in test/helpers/host-pages.mjs).
type Sdk = {
  ready(): Promise<void>;
  checkOffer(text: string): { level: string; flags: { id: string }[] };
  emergencyNumbersFor(country: string): { numbers: unknown[] };
  bundledHotlineData?: { hotlines: unknown[] };
  offerRuleSet?: { rules: unknown[] };
};
type HostWindow = Window & typeof globalThis & { __violations: unknown[]; __requests: string[]; __tamperedRan?: string[]; SafeMigrationKit: Sdk };

async function open(page: string): Promise<{ frame: HTMLIFrameElement; win: HostWindow }> {
  const frame = await openFrame(`/test/e2e/pages/${page}`);
  return { frame, win: frame.contentWindow as HostWindow };
}

const offer = 'Hostess work in Dubai, $3,000 a month, no experience. Free tickets and visa. Send your passport copy on Telegram @jobs_dubai_now';

async function checkInWidget(win: HostWindow): Promise<ShadowRoot> {
  const checker = win.document.querySelector('safe-offer-check')!;
  await waitUntil(() => !!checker.shadowRoot?.querySelector('textarea'), 'the offer check shows its form', 8000);
  const box = checker.shadowRoot!.querySelector('textarea')!;
  box.value = offer;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  checker.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  return checker.shadowRoot!;
}

describe('the all-in-one IIFE under a CSP that allows scripts from its folder only', () => {
  it('defines every element, speaks Russian then Kazakh, checks offers and asks nothing of any other folder', async () => {
    const { frame, win } = await open('iife-strict.html');
    try {
      const tags = ['safe-exit-button', 'safe-hotline-finder', 'safe-report-form', 'safe-offer-check', 'safe-offer-badge', 'safe-offer-quiz'];
      for (const tag of tags) await waitUntil(() => !!win.customElements.get(tag), `<${tag}> is defined`, 8000);
      const exit = win.document.querySelector('safe-exit-button')!;
      await waitUntil(() => exit.shadowRoot?.querySelector('button')?.textContent?.trim() === 'Уйти с этой страницы', 'the exit button speaks Russian', 8000);
      // The finder's country part of the hotline data came from the IIFE's folder: its lines show.
      const finder = win.document.querySelector('safe-hotline-finder') as HTMLElement & { dataReady: Promise<void>; dataOrigin?: string };
      await finder.dataReady;
      expect(finder.dataOrigin).to.equal('bundled');
      await waitUntil(() => (finder.shadowRoot?.querySelectorAll('a[href^="tel:"]').length ?? 0) > 0, 'the finder offers a number to call', 8000);
      expect(win.document.querySelector('script[src*="/iife/hotlines/KZ.js"]'), 'a part leaves no script element behind').to.equal(null);

      const root = await checkInWidget(win);
      await waitUntil(() => (root.querySelectorAll('[part~="flag"]').length ?? 0) > 0, 'the offer check shows flags', 15000);

      // The SDK's data functions work once ready() has fetched the rules and the whole hotline file.
      const sdk = win.SafeMigrationKit;
      await sdk.ready();
      expect(sdk.checkOffer(offer).level).to.equal('high');
      expect(sdk.emergencyNumbersFor('KZ').numbers.length).to.be.greaterThan(0);
      expect(sdk.bundledHotlineData!.hotlines.length).to.be.greaterThan(10);
      expect(sdk.offerRuleSet!.rules.length).to.be.greaterThan(100);
      // The engine part throws the IIFE's own error classes, not copies of them.
      let thrown: unknown;
      try {
        sdk.checkOffer(42 as unknown as string);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).to.be.instanceOf((sdk as unknown as { OfferCheckError: new () => Error }).OfferCheckError);
      expect(thrown).to.be.instanceOf((sdk as unknown as { SafeError: new () => Error }).SafeError);

      win.document.documentElement.lang = 'kk';
      await waitUntil(() => exit.shadowRoot!.querySelector('button')!.getAttribute('lang') === 'kk', 'Kazakh loads', 8000);
      expect(exit.shadowRoot!.querySelector('button')!.textContent!.trim()).to.not.equal('Уйти с этой страницы');

      // The test server injects its own reload script into every page; this policy rightly refuses it,
      // and it is no part of the kit.
      const violations = win.__violations.filter((v) => !String((v as { blocked?: string }).blocked).includes('/__web-dev-server'));
      expect(violations).to.deep.equal([]);
      const folder = `${win.location.origin}/dist/cdn/`;
      const harness = [`${win.location.origin}/test/e2e/pages/record.js`, `${win.location.origin}/__web-dev-server__web-socket.js`];
      const elsewhere = win.__requests.filter((url) => !url.startsWith(folder) && !harness.includes(url));
      expect(elsewhere, 'requests outside the IIFE folder').to.deep.equal([]);
      const parts = win.__requests.filter((url) => url.startsWith(`${folder}iife/`)).map((url) => url.slice(folder.length));
      expect(parts).to.include.members(['iife/locales/ru.exit-button.js', 'iife/locales/kk.exit-button.js', 'iife/locale-index/ru.js', 'iife/hotlines/KZ.js', 'iife/offer-engine.js', 'iife/hotlines.js']);
      // A page pays for the languages it shows, not for all seven.
      expect(parts.filter((p) => /^iife\/locales\/(ky|uz|uz-Cyrl|tg|tk)\./.test(p))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('says when the SDK is used before ready(), with a typed error', async () => {
    const { frame, win } = await open('iife-strict.html');
    try {
      await waitUntil(() => !!win.SafeMigrationKit, 'the IIFE ran', 8000);
      let error: (Error & { code?: string }) | undefined;
      try {
        win.SafeMigrationKit.emergencyNumbersFor('KZ');
      } catch (e) {
        error = e as Error & { code?: string };
      }
      expect(error?.name).to.equal('SafeError');
      expect(error?.code).to.equal('cdn/not-ready');
    } finally {
      frame.remove();
    }
  });
});

describe("a part of the IIFE whose bytes were altered", () => {
  it('(the control) is really altered: the tampered folder serves it with a line of code prepended', async () => {
    const text = await (await fetch('/dist/cdn-tampered-iife/offer-engine/iife/offer-engine.js')).text();
    expect(text.startsWith('(window.__tamperedRan ??= []).push("offer-engine");')).to.equal(true);
  });

  it('a translation part is refused before it runs, and the exit button still works in the words it has', async () => {
    const { frame, win } = await open('iife-locale-tampered.html');
    try {
      await waitUntil(() => win.__requests.some((url) => url.endsWith('/iife/locales/ru.exit-button.js')), "the exit button's Russian part was fetched", 8000);
      const exit = win.document.querySelector('safe-exit-button')!;
      await waitUntil(() => !!exit.shadowRoot?.querySelector('button'), 'the exit button renders', 8000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(win.__tamperedRan, 'the altered code ran').to.equal(undefined);
      expect(exit.shadowRoot!.querySelector('button')!.textContent!.trim()).to.not.equal('');
    } finally {
      frame.remove();
    }
  });

  it('is refused before it runs: the offer check says it could not load, and ready() rejects', async () => {
    const { frame, win } = await open('iife-engine-tampered.html');
    try {
      await waitUntil(() => !!win.customElements.get('safe-offer-check'), 'the offer check is defined', 8000);
      const root = await checkInWidget(win);
      await waitUntil(() => /не удалось загрузить|could not be loaded/i.test(root.textContent ?? ''), 'the offer check says the check could not be loaded', 15000);
      expect(root.querySelectorAll('[part~="flag"]').length).to.equal(0);
      let rejected = false;
      await win.SafeMigrationKit.ready().catch(() => (rejected = true));
      expect(rejected).to.equal(true);
      expect(win.__tamperedRan, 'the altered code ran').to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});

describe('a part of the IIFE that fails to load', () => {
  it('is told as in the module build, and checking again fetches it again and gives the result', async () => {
    const { frame, win } = await open('iife-engine-flaky.html');
    try {
      await waitUntil(() => !!win.customElements.get('safe-offer-check'), 'the offer check is defined', 8000);
      // The widget's own fetch in idle time fails first, unseen; then the person's check fails.
      await waitUntil(() => win.__requests.some((url) => url.endsWith('/iife/offer-engine.js')), 'the engine was asked for in idle time', 8000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const root = await checkInWidget(win);
      await waitUntil(() => /не удалось загрузить/i.test(root.textContent ?? ''), 'the offer check says the check could not be loaded', 15000);
      expect(root.querySelectorAll('[part~="flag"]').length).to.equal(0);
      // The person tries again: the part is fetched again, and this time it comes.
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await waitUntil(() => root.querySelectorAll('[part~="flag"]').length > 0, 'the second check shows flags', 15000);
      expect(win.__requests.filter((url) => url.endsWith('/iife/offer-engine.js')).length).to.equal(3);
    } finally {
      frame.remove();
    }
  });
});

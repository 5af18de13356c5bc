import { expect } from 'chai';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { cleanup, fixture, sleep, waitUntil } from '../../helpers/fixture.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { allLocales, resolveLocale } from '../../../src/widgets/localization.js';
import { firstScreenLocale } from '../../../src/widgets/hotline-finder/first-screen-locale.js';
import { parts } from '../../../src/generated/first-screens/first-screens.js';
import { paintFirstScreen } from '../../../src/widgets/hotline-finder/first-screen.js';
import type { FirstScreen } from '../../../src/widgets/hotline-finder/first-screen.js';
import { bundledHotlineDirectory } from '../../../src/sdk/hotlines/bundled.js';
import { SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';
import type { CSSResult } from 'lit';

// The finder's static first screen (issue 19, first-screen.ts): what the CDN loader paints before
// the finder's code has come must be what the finder's own first screen shows — the same numbers,
// the same names, in the same order, in every locale — and it must give way to the finder without a
// moment in which both, or a "Loading…", are shown. The loader's side (the part fetched beside the
// finder's chunk, a held chunk, a failed part, a strict CSP) is in test/e2e/first-screen.test.ts.

const countries = bundledHotlineDirectory().countries();

async function screensOf(country: string): Promise<Readonly<Record<string, FirstScreen>>> {
  return (await parts[country]!()).screens;
}

/** What a screen offers: the emergency bar's links, and each line's name and call links. */
function offered(root: ShadowRoot) {
  const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    title: text(root.querySelector('[part="title"]')),
    emergencyText: text(root.querySelector('.emergency-text')),
    emergency: [...root.querySelectorAll<HTMLAnchorElement>('[part="emergency-number"]')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-label'), text(a)]),
    lines: [...root.querySelectorAll('[part="result"]')].map((line) => ({
      name: text(line.querySelector('[part="result-name"]')),
      kind: text(line.querySelector('[part="result-kind"]')),
      operator: text(line.querySelector('[part="operator"]')),
      badge: [text(line.querySelector('[part~="badge"]')), line.querySelector('[part~="badge"]')?.getAttribute('part') ?? ''],
      calls: [...line.querySelectorAll<HTMLAnchorElement>('a[part="contact"][href^="tel:"]')].map((a) => [a.getAttribute('href'), text(a)]),
    })),
  };
}

/** A finder with the static first screen painted in its shadow root before it starts, as the loader does. */
function paintedFinder(attributes: string, screens: Readonly<Record<string, FirstScreen>>): SafeHotlineFinder {
  const holder = document.createElement('div');
  holder.innerHTML = `<safe-hotline-finder ${attributes}></safe-hotline-finder>`;
  const el = holder.firstElementChild as SafeHotlineFinder;
  expect(paintFirstScreen(el, screens)).to.equal(true);
  return el;
}

describe("<safe-hotline-finder>'s static first screen", () => {
  afterEach(async () => {
    cleanup();
    await executeServerCommand('release-requests', { fail: false });
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  // First in the file: no country's data has been fetched by this page yet.
  it("is shown alone until the finder's call buttons are ready, then replaced in one update: never both, never a \"Loading…\"", async () => {
    const dataPart = String.raw`/src/generated/hotlines/TJ\.(js|ts)`;
    await executeServerCommand('hold-requests', { pattern: dataPart });
    const screen = (await screensOf('TJ')).ru!;
    const el = paintedFinder('lang="ru" country="TJ"', await screensOf('TJ'));
    const seen: string[] = [];
    const wrong: string[] = [];
    let watching = true;
    // Every frame the browser may paint: one first screen, the static one or the finder's, and never "Loading…".
    const look = () => {
      const root = el.shadowRoot!;
      const statics = root.querySelectorAll('[data-safe-first-screen]').length;
      const own = root.querySelectorAll('section[part="base"]:not([data-safe-first-screen])').length;
      const state = `${statics}/${own}`;
      if (seen.at(-1) !== state) seen.push(state);
      if (statics + own !== 1) wrong.push(`${state} screens`);
      if (/Загрузка|Loading/.test(root.textContent ?? '')) wrong.push('"Loading…" shown');
      if (watching) requestAnimationFrame(look);
    };
    document.body.append(el);
    look();
    const calls = () => [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    const lines = (screen.orders[''] ?? []).slice(0, 5).map((i) => screen.lines[i]!);
    expect(calls(), 'the numbers are there before the data has come').to.deep.equal([...screen.emergency.map((c) => c.href), ...lines.flatMap((l) => l.calls.map((c) => c.href))]);
    expect(calls().length).to.be.greaterThan(0);
    await sleep(600);
    expect(el.shadowRoot!.querySelector('[data-safe-first-screen]'), 'still the static screen while the data is held').to.not.equal(null);
    // A person on the second emergency number keeps their place when the finder takes over.
    const held = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="emergency-number"]')[1]!;
    held.focus();
    expect(await executeServerCommand('release-requests', { fail: false, atLeast: 1 })).to.equal(1);
    await el.dataReady;
    await waitUntil(() => !el.shadowRoot!.querySelector('[data-safe-first-screen]'), 'the static screen is gone', 8000);
    await sleep(100);
    watching = false;
    expect(wrong).to.deep.equal([]);
    expect(seen).to.deep.equal(['1/0', '0/1']);
    expect(el.shadowRoot!.querySelectorAll('[part="emergency-number"]').length).to.equal(screen.emergency.length);
    expect(el.shadowRoot!.querySelectorAll('h2[part="title"]').length).to.equal(1);
    const focused = el.shadowRoot!.activeElement as HTMLAnchorElement | null;
    expect(focused?.getAttribute('part'), 'focus moved to the finder\'s own link').to.equal('emergency-number');
    expect(focused!.getAttribute('href')).to.equal(held.getAttribute('href'));
    expect(focused!.isConnected).to.equal(true);
    el.remove();
  });

  for (const locale of allLocales) {
    it(`shows, in ${locale}, for every country, the numbers and names of the finder's own first screen, in its order`, async () => {
      for (const country of countries) {
        const screens = await screensOf(country);
        const screen = screens[locale]!;
        const probe = await fixture<HTMLDivElement>(`<div lang="${locale}" country="${country}"></div>`);
        expect(paintFirstScreen(probe, screens)).to.equal(true);
        const finder = await fixture<SafeHotlineFinder>(`<safe-hotline-finder lang="${locale}" country="${country}"></safe-hotline-finder>`);
        await finder.dataReady;
        await waitUntil(() => offered(finder.shadowRoot!).title === screen.title, `the finder speaks ${locale}`, 8000);
        await finder.updateComplete;
        const own = offered(finder.shadowRoot!);
        const painted = offered(probe.shadowRoot!);
        // A badge that says a time of day ("Open now, closes at 18:00") is the finder's alone; one whose words never change is on both.
        painted.lines.forEach((line, i) => {
          if (!line.badge[0] && own.lines[i]) line.badge = own.lines[i]!.badge;
        });
        expect(probe.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal(locale);
        expect(painted.emergency.length, `${country}: emergency numbers`).to.equal(own.emergency.length);
        if (screen.orders['']) expect(painted, `${country} in ${locale}`).to.deep.equal(own);
        else expect({ ...painted, lines: [] }, `${country} in ${locale}: the emergency numbers (the lines' order depends on the hour)`).to.deep.equal({ ...own, lines: [] });
        cleanup();
      }
    });
  }

  it('follows `need` and `limit` as the finder does, and shows no line it cannot rank as the finder would (a home country)', async () => {
    const screens = await screensOf('KZ');
    const screen = screens.ru!;
    for (const attributes of ['need="trafficking"', 'need="labour-exploitation" limit="2"', 'need="no-such-need"']) {
      const probe = await fixture<HTMLDivElement>(`<div lang="ru" country="KZ" ${attributes}></div>`);
      paintFirstScreen(probe, screens);
      const finder = await fixture<SafeHotlineFinder>(`<safe-hotline-finder lang="ru" country="KZ" ${attributes}></safe-hotline-finder>`);
      await finder.dataReady;
      await waitUntil(() => offered(finder.shadowRoot!).title === screen.title, 'the finder speaks Russian', 8000);
      expect(offered(probe.shadowRoot!), attributes).to.deep.equal(offered(finder.shadowRoot!));
      cleanup();
    }
    const probe = await fixture<HTMLDivElement>('<div lang="ru" country="KZ" from="TJ"></div>');
    paintFirstScreen(probe, screens);
    expect(probe.shadowRoot!.querySelectorAll('[part="result"]').length, 'with a home country, the emergency numbers alone').to.equal(0);
    expect(probe.shadowRoot!.querySelectorAll('[part="emergency-number"]').length).to.be.greaterThan(0);
  });

  it("is painted in the locale the finder will speak: the loader's copy of `resolveLocale` agrees with it", async () => {
    const screens = await screensOf('KZ');
    const htmlLang = document.documentElement.getAttribute('lang');
    const tags = ['', 'ru', 'ru-KZ', 'kk', 'KK-kz', 'uz', 'uz-Latn', 'uz-Cyrl', 'uz_cyrl', 'uz-Cyrl-UZ', 'tg', 'tk', 'ky', 'en-GB', 'de', 'not a tag', 'zh-Hant'];
    try {
      for (const page of ['ru', 'de', 'uz-Cyrl', '']) {
        document.documentElement.setAttribute('lang', page);
        for (const own of tags) {
          for (const outer of ['', 'kk']) {
            const wrap = await fixture<HTMLDivElement>(`<div${outer ? ` lang="${outer}"` : ''}><span${own ? ` lang="${own}"` : ''}></span></div>`);
            const span = wrap.querySelector('span')!;
            for (const languages of [['tg-TJ', 'ru'], ['de'], []]) {
              expect(firstScreenLocale(span, Object.keys(screens), languages), `page ${page}, outer ${outer}, own ${own}, ${languages.join()}`).to.equal(resolveLocale(span, languages));
            }
            cleanup();
          }
        }
      }
    } finally {
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    }
    expect(Object.keys(screens)).to.deep.equal([...allLocales]);
  });

  it("is styled by the finder's stylesheet less the rules for what it does not show: each element's computed style is the one the finder's whole stylesheet gives it", async () => {
    const screens = await screensOf('KZ');
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme });
      const painted = await fixture<HTMLDivElement>('<div lang="kk" country="KZ"></div>');
      paintFirstScreen(painted, screens);
      const whole = await fixture<HTMLDivElement>('<div lang="kk" country="KZ"></div>');
      paintFirstScreen(whole, screens);
      whole.shadowRoot!.adoptedStyleSheets = (SafeHotlineFinder.styles as CSSResult[]).map((s) => s.styleSheet!);
      const a = [painted, ...painted.shadowRoot!.querySelectorAll('*')];
      const b = [whole, ...whole.shadowRoot!.querySelectorAll('*')];
      expect(a.length).to.equal(b.length);
      expect(a.length).to.be.greaterThan(40);
      const differences: string[] = [];
      a.forEach((el, i) => {
        const [mine, theirs] = [getComputedStyle(el), getComputedStyle(b[i]!)];
        // Custom properties compare as written (the compacted sheet drops spaces); what they resolve to is in the properties that use them.
        for (const name of mine) if (!name.startsWith('--') && mine.getPropertyValue(name) !== theirs.getPropertyValue(name)) differences.push(`${el.localName}.${el.className} ${name}: ${mine.getPropertyValue(name)} / ${theirs.getPropertyValue(name)}`);
      });
      expect(differences, colorScheme).to.deep.equal([]);
      cleanup();
    }
  });

  it('is reached by keyboard: Tab goes to each call link in turn', async () => {
    const probe = await fixture<HTMLDivElement>('<div lang="ru" country="KZ"></div>');
    paintFirstScreen(probe, await screensOf('KZ'));
    const links = [...probe.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
    expect(links.length).to.be.greaterThan(3);
    const before = document.createElement('button');
    before.textContent = 'before';
    probe.before(before);
    before.focus();
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(probe.shadowRoot!.activeElement, link.href).to.equal(link);
      const ring = getComputedStyle(link);
      expect(ring.outlineStyle, 'a visible focus ring').to.not.equal('none');
    }
    before.remove();
  });

  for (const locale of allLocales) {
    it(`passes axe in ${locale}, light and dark, with reduced motion, and its tap targets are large`, async () => {
      const screens = await screensOf('KZ');
      for (const colorScheme of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        const probe = await fixture<HTMLDivElement>(`<div lang="${locale}" country="KZ"></div>`);
        paintFirstScreen(probe, screens);
        expect(probe.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal(locale);
        await expectNoAxeViolations(probe);
        for (const link of probe.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')) {
          const box = link.getBoundingClientRect();
          expect(box.height, `${link.href}: tall enough to tap`).to.be.at.least(44);
          expect(getComputedStyle(link).transitionDuration.split(',').every((d) => parseFloat(d) === 0), 'no motion').to.equal(true);
        }
        cleanup();
      }
    });
  }
});

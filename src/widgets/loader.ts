/**
 * The lazy loader behind the CDN's `safe-migration-kit.js`: defines each `safe-*` element the first
 * time it appears in the page, so a site pays only for the elements it uses.
 *
 * One static `import()` per element keeps every chunk visible to bundlers.
 */
import { localeIndexes } from '../generated/locale-indexes.js';

const elements: Record<string, () => Promise<unknown>> = {
  'safe-exit-button': () => import('./exit-button/exit-button.js'),
  'safe-report-form': () => import('./report-form/report-form.js'),
  'safe-hotline-finder': () => import('./hotline-finder/hotline-finder.js'),
  'safe-offer-badge': () => import('./offer-badge/offer-badge.js'),
  'safe-offer-check': () => import('./offer-check/offer-check.js'),
  'safe-offer-quiz': () => import('./offer-quiz/offer-quiz.js'),
};

/**
 * What an element fetches as soon as it runs, started beside its chunk instead of after it: on a
 * slow mobile network a fetch that waits for the chunk to arrive and run costs a round trip more
 * (400 ms). The finder shows no number to call before the hotline data of its country (and home
 * country) has come (src/widgets/shared/hotline-parts.ts), so the loader asks for those parts of
 * the finders in the page now; the finder finds them fetched, or on their way.
 */
const early: Record<string, () => void> = {
  'safe-hotline-finder': () => {
    warmIntl();
    const codes = [...document.querySelectorAll('safe-hotline-finder')].flatMap((el) => [el.getAttribute('country'), el.getAttribute('from')]);
    const countries = new Set(codes.map((c) => c?.trim().toUpperCase() ?? '').filter((c) => /^[A-Z]{2}$/.test(c)));
    if (countries.size === 0) return;
    // A failure here is the finder's to report, when it asks for the same part.
    import('../generated/hotlines/index.js').then(
      ({ parts }) => {
        for (const country of countries) parts[country]?.().catch(() => undefined);
      },
      () => undefined,
    );
  },
};

/**
 * What an element's chunk waits for before it is fetched: on a slow network its 30–50 KB would
 * share the line with what must come first. Each resolves, never rejects.
 */
const before: Record<string, () => Promise<void>> = {
  'safe-hotline-finder': paintFirstScreens,
};

/**
 * How long the finder's chunk waits at most for the module that carries the static first screens'
 * hashes (one that hangs must not hold the finder back): on the bench's slow network it comes about
 * 0.5 s after the loader. The chunk is asked for right after the country's part, not after it has
 * come and been painted: the part is then ahead of it on the line, and in paired runs the static
 * screen came as soon (2.79 s both ways) and the finder's own 0.36 s sooner (docs/performance.md).
 */
const firstScreenWait = 2000;

/**
 * The finder's static first screen (hotline-finder/first-screen.ts): in each finder of the page
 * whose country is set and that shows the bundled data (no `src`, not `compact`), the heading, the
 * emergency numbers and the country's lines, in its language, as plain DOM, from the country's part
 * (2–5 KB gzip, every locale's words) and the painter with the finder's stylesheet (about 3 KB),
 * asked for before the finder's chunk (which waits for that, `before`, at most `firstScreenWait`): a
 * person on a slow network has numbers to call before Lit and the finder (about 50 KB) have arrived. The finder replaces it with its own first screen
 * once that has its call buttons. A finder without a country gets none (the finder suggests one);
 * a part that fails leaves the finder to show its own, as without it.
 */
function paintFirstScreens(): Promise<void> {
  const code = (host: Element) => (host.getAttribute('country') ?? '').trim().toUpperCase();
  const hosts = [...document.querySelectorAll<HTMLElement>('safe-hotline-finder')].filter(
    (host) => /^[A-Z]{2}$/.test(code(host)) && !host.shadowRoot && !host.hasAttribute('src') && !host.hasAttribute('compact'),
  );
  if (hosts.length === 0) return Promise.resolve();
  // Resolves once the parts are asked for: their requests go out before the finder's chunk's.
  const painted = import('../generated/first-screens/first-screens.js').then(
    ({ parts }) => {
      for (const host of hosts) parts[code(host)]?.().then((part) => void (host.isConnected && part.paint(host)), () => undefined);
    },
    () => undefined,
  );
  return Promise.race([painted, new Promise((resolve) => setTimeout(resolve, firstScreenWait))]).then(() => undefined);
}

/**
 * The first `Intl.DateTimeFormat` and `Intl.Collator` a page creates load the platform's date and
 * collation data: on a slow phone (the bench's CPU slowed six times) about 0.15 s, after the last
 * byte had arrived. The finder's first render writes dates (each source's date) just before its call
 * buttons show; its lists of countries sorted by name come with its later screens, in idle time
 * (later-screens.ts), and sort with the collator made here. Made in a task of its own while the
 * chunks are still on their way and the page has nothing else to do; later ones, in any of our
 * locales, are cheap (docs/performance.md).
 */
function warmIntl(): void {
  setTimeout(() => {
    const lang = document.documentElement.lang || 'en';
    try {
      new Intl.Collator(lang).compare('a', 'b');
      new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(0);
    } catch {
      // A page language the platform does not know: nothing to warm.
    }
  });
}

/**
 * The locale whose messages the page will want, from `<html lang>`: its module of part loaders
 * (which carries their hashes, so the loader need not) is fetched beside the first element's chunk,
 * instead of a round trip after it. A wrong guess costs one small file; the element still asks for
 * the locale it resolves (src/widgets/localization.ts).
 */
function fetchLocaleIndex(): void {
  const lang = (document.documentElement.getAttribute('lang') ?? '').trim().toLowerCase();
  const locale = Object.keys(localeIndexes)
    .filter((l) => lang === l.toLowerCase() || lang.startsWith(`${l.toLowerCase()}-`))
    .sort((a, b) => b.length - a.length)[0];
  // A failure here is the element's to report, when it asks for the same module.
  if (locale) localeIndexes[locale]!().catch(() => undefined);
}

let localeIndexFetched = false;

/** The tag names the loader knows, for docs and tests. */
export const knownElements: readonly string[] = Object.keys(elements);

const pending = new Map<string, Promise<void>>();

/** Defines one element by tag name; resolves when it is defined, or at once for unknown tags. */
export function register(tagName: string): Promise<void> {
  const tag = tagName.toLowerCase();
  if (customElements.get(tag)) return Promise.resolve();
  const existing = pending.get(tag);
  if (existing) return existing;
  const load = elements[tag];
  if (!load) {
    console.warn(`safe-migration-kit: there is no element called <${tag}>; known: ${knownElements.join(', ')}`);
    return Promise.resolve();
  }
  // Its first screen's own fetches first (the finder's static first screen), then the chunk.
  const loading = (before[tag]?.() ?? Promise.resolve()).then(load).then(
    () => undefined,
    (error: unknown) => {
      pending.delete(tag);
      console.error(`safe-migration-kit: <${tag}> could not be loaded`, error);
    },
  );
  pending.set(tag, loading);
  if (!localeIndexFetched) {
    localeIndexFetched = true;
    fetchLocaleIndex();
  }
  early[tag]?.();
  return loading;
}

/**
 * Defines every undefined `safe-*` element in `root` (and `root` itself). Call it for a shadow root
 * the loader cannot see; the document is watched already.
 */
export async function discover(root: Element | ShadowRoot | Document): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && root.localName.startsWith('safe-')) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) {
    if (el.localName.startsWith('safe-')) tags.add(el.localName);
  }
  await Promise.all([...tags].map(register));
}

let observer: MutationObserver | undefined;

/** Starts watching the document for new `safe-*` elements; safe to call more than once. */
export function startLoader(): void {
  if (observer) return;
  observer = new MutationObserver((mutations) => {
    for (const { addedNodes } of mutations) {
      for (const node of addedNodes) if (node instanceof Element) void discover(node);
    }
  });
  observer.observe(document.documentElement, { subtree: true, childList: true });
  void discover(document);
}

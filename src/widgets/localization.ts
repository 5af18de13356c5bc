/**
 * The one place that configures @lit/localize for every widget.
 *
 * @lit/localize keeps one active locale per page, so every widget asks this module for the locale
 * it wants and the last request wins. Each locale's messages are split by the elements that use
 * them (scripts/split-locales.ts, at build time), and a page loads only the parts of the elements
 * on it, merged into the one catalogue per locale that lit-localize reads. Each part is loaded
 * lazily by its own static `import()` (src/generated/locale-parts.ts) so that bundlers keep it (a
 * template-string import is dropped silently by Rollup).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { allParts, partLoaders, partsOf } from '../generated/locale-parts.js';
import type { LocalePart } from '../generated/locale-parts.js';

/** A locale the widgets are translated into. */
export type SafeLocale = typeof sourceLocale | (typeof targetLocales)[number];

type TargetLocale = (typeof targetLocales)[number];

/** Every supported locale, the source locale first. */
export const allLocales: readonly SafeLocale[] = [sourceLocale, ...targetLocales];

/**
 * The messages loaded so far, per locale. lit-localize keeps a reference to the locale's object,
 * so parts merged in later are seen by the next render.
 */
const catalogues = new Map<TargetLocale, Record<string, never>>();
/** Each part being loaded or loaded, by `locale/part`, so that none is fetched twice. */
const loading = new Map<string, Promise<void>>();
/** The tag names of the elements on the page so far: a locale switch loads their parts. */
const onPage = new Set<string>();
/** What modules on the page fetch beside the messages of each locale they show (`loadWithLocale`). */
const besideMessages = new Set<(locale: string) => Promise<void>>();

/**
 * Has `load` run, beside the messages, for each locale the widgets switch to from now on: data a
 * module shows in that language, such as the CLDR names (cldr-names.ts), fetched one language at a
 * time. Its failure is reported and does not stop the switch; the module shows what it can.
 */
export function loadWithLocale(load: (locale: string) => Promise<void>): void {
  besideMessages.add(load);
}

function loadBeside(locale: string): Promise<void> {
  return Promise.all([...besideMessages].map((load) => load(locale).catch((error: unknown) => console.error(`What the widgets show in ${locale} beside its messages could not be loaded`, error)))).then(() => undefined);
}

function catalogue(locale: TargetLocale): Record<string, never> {
  let found = catalogues.get(locale);
  if (!found) {
    found = {};
    catalogues.set(locale, found);
  }
  return found;
}

/**
 * Loads and merges the parts of `locale` that the elements `tags` need: every part for `null` or
 * for a tag the build does not know (an element defined under another name).
 */
function loadParts(locale: TargetLocale, tags: Iterable<string> | null): Promise<void> {
  const parts = new Set<LocalePart>(tags ? [] : allParts);
  for (const tag of tags ?? []) for (const part of partsOf[tag] ?? allParts) parts.add(part);
  return Promise.all(
    [...parts].map((part) => {
      const key = `${locale}/${part}`;
      let done = loading.get(key);
      if (!done) {
        done = partLoaders[locale]().then((loaders) => loaders[part]()).then(
          (mod) => {
            Object.assign(catalogue(locale), mod.templates);
          },
          (error: unknown) => {
            // A failed fetch may succeed on the next try (a flaky mobile network).
            loading.delete(key);
            throw error;
          },
        );
        loading.set(key, done);
      }
      return done;
    }),
  ).then(() => undefined);
}

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    const target = locale as TargetLocale;
    // Before any element has asked (a page calling setLocale itself), every part is loaded.
    await Promise.all([loadParts(target, onPage.size > 0 ? onPage : null), loadBeside(target)]);
    return { templates: catalogue(target) };
  },
});

export { getLocale };

/**
 * Maps a BCP 47 language tag to a supported locale, or `undefined` when none fits.
 *
 * Uzbek without a script, or with `Latn`, is Latin (`uz`); `uz-Cyrl` is Cyrillic. Region subtags
 * are ignored (`ru-KZ` is `ru`).
 */
export function matchLocale(tag: string | null | undefined): SafeLocale | undefined {
  if (!tag) return undefined;
  let parts: string[];
  try {
    const locale = new Intl.Locale(tag.trim().replace(/_/g, '-'));
    const script = locale.script ?? (locale.language === 'uz' && /cyrl/i.test(tag) ? 'Cyrl' : undefined);
    parts = [locale.language, script ?? ''];
  } catch {
    return undefined;
  }
  const [language, script] = parts as [string, string];
  if (language === 'uz') return script.toLowerCase() === 'cyrl' ? 'uz-Cyrl' : 'uz';
  return allLocales.find((l) => l === language);
}

/**
 * Chooses the locale for an element when it connects or its `lang` changes: the element's own
 * `lang`, else the nearest ancestor's `lang` (crossing shadow roots), else `<html lang>`, else the
 * browser's languages, else English.
 */
export function resolveLocale(element: Element, languages: readonly string[] = navigator.languages): SafeLocale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const found = matchLocale(node.getAttribute('lang'));
      if (found) return found;
      // An explicit but unsupported lang (say "de") stops the walk: the page asked for that language.
      break;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  const htmlLang = matchLocale(document.documentElement.getAttribute('lang'));
  if (htmlLang) return htmlLang;
  for (const language of languages) {
    const found = matchLocale(language);
    if (found) return found;
  }
  return sourceLocale;
}

/**
 * Loads the messages of a module that elements load after their first screen (a name of
 * `lazyEntries` in scripts/split-locales.ts, such as `offer-engine`) in the locale in force, and
 * keeps them loaded when the language changes later. The module's loader awaits this with the
 * module itself, so whatever it shows is in the page's language from the start.
 */
export function loadMessagesOf(name: string): Promise<void> {
  onPage.add(name);
  const locale = getLocale() as SafeLocale;
  return locale === sourceLocale ? Promise.resolve() : loadParts(locale, [name]);
}

/**
 * `load` run once per page, its promise shared by every caller; a rejected load (a dropped
 * connection) is forgotten, so the next call fetches again instead of remembering the failure.
 * The parts elements load after their first screen — the form's later steps and sending code,
 * the finder's number report and print sheet, the offer engine, place names, the CLDR names of a
 * language (one loader per language) — load this way, with their words from `loadMessagesOf`. It
 * lives here, in the chunk every element already loads, because a module of its own would be one
 * more file and hash on every first screen.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/**
 * Switches every widget to `locale`; resolves once its messages have loaded. Widgets decorated
 * with `@localized()` re-render by themselves.
 *
 * Given `tag` (an element's tag name, as each element does), only that element's messages are
 * made sure of, and the element must re-render itself once this resolves: they may arrive after
 * the switch, when it joins a page already in that locale. Without it, every message of the
 * locale is loaded.
 */
export async function useLocale(locale: SafeLocale, tag?: string): Promise<void> {
  if (tag) onPage.add(tag);
  const own = Promise.all([locale === sourceLocale ? undefined : loadParts(locale, tag ? [tag] : null), loadBeside(locale)]);
  if (getLocale() !== locale) await setLocale(locale);
  await own;
}

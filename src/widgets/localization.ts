/**
 * The one place that configures @lit/localize for every widget.
 *
 * @lit/localize keeps one active locale per page, so every widget asks this module for the locale
 * it wants and the last request wins. Locale modules are loaded lazily, each by its own static
 * `import()` so that bundlers keep them (a template-string import is dropped silently by Rollup).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** A locale the widgets are translated into. */
export type SafeLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** Every supported locale, the source locale first. */
export const allLocales: readonly SafeLocale[] = [sourceLocale, ...targetLocales];

const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  ru: () => import('../generated/locales/ru.js'),
  kk: () => import('../generated/locales/kk.js'),
  ky: () => import('../generated/locales/ky.js'),
  uz: () => import('../generated/locales/uz.js'),
  'uz-Cyrl': () => import('../generated/locales/uz-Cyrl.js'),
  tg: () => import('../generated/locales/tg.js'),
  tk: () => import('../generated/locales/tk.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
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
 * Switches every widget to `locale`; resolves once its messages have loaded. Widgets decorated
 * with `@localized()` re-render by themselves.
 */
export async function useLocale(locale: SafeLocale): Promise<void> {
  if (getLocale() !== locale) await setLocale(locale);
}

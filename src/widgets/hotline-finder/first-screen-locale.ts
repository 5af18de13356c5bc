/**
 * Which locale a finder will speak, worked out by the CDN loader for its static first screen
 * (first-screen.ts) before lit-localize and the finder have come: the same rules as `resolveLocale`
 * in src/widgets/localization.ts — the element's own `lang`, else the nearest ancestor's, else
 * `<html lang>`, else the browser's languages, else English; Uzbek without a script is Latin,
 * `uz-Cyrl` Cyrillic, regions ignored. A copy, because the loader may share no module with the
 * elements' chunks (rollup.config.mjs, `chunkIntegrity`: a shared module becomes a chunk the loader
 * imports); test/widgets/hotline-finder/first-screen.test.ts proves the two agree.
 *
 * `locales` are the widgets' locales, the source locale (`en`) first.
 */
export function firstScreenLocale(element: Element, locales: readonly string[], languages: readonly string[] = navigator.languages): string {
  const match = (tag: string | null | undefined): string | undefined => {
    if (!tag) return undefined;
    try {
      const locale = new Intl.Locale(tag.trim().replace(/_/g, '-'));
      if (locale.language === 'uz') return (locale.script ?? (/cyrl/i.test(tag) ? 'Cyrl' : '')).toLowerCase() === 'cyrl' ? 'uz-Cyrl' : 'uz';
      return locales.find((l) => l === locale.language);
    } catch {
      return undefined;
    }
  };
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const found = match(node.getAttribute('lang'));
      if (found) return found;
      break;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return match(document.documentElement.getAttribute('lang')) ?? languages.map(match).find(Boolean) ?? locales[0]!;
}

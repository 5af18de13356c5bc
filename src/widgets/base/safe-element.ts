import { LitElement } from 'lit';
import { getLocale, resolveLocale, useLocale } from '../localization.js';

const connected = new Set<SafeElement>();
let langObserver: MutationObserver | undefined;

/** Re-resolves the locale when any `lang` attribute in the page changes (say, a site's language switch). */
function watchLang(): void {
  if (langObserver) return;
  langObserver = new MutationObserver((records) => {
    const affected = [...connected].filter((el) => records.some((r) => r.target === el || r.target.contains(el)));
    const newest = affected.at(-1);
    if (newest) void newest.applyLocale();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The base of every `safe-*` element: picks the locale from `lang` (its own, an ancestor's, the
 * page's or the browser's) when it connects and whenever a `lang` attribute changes.
 *
 * `lang` stays the platform's own reflected attribute rather than a Lit property, so that an empty
 * default never lands on the element and hides an ancestor's language.
 */
export class SafeElement extends LitElement {
  /** The locale the shadow content is rendered in; set it as `lang` on the element's base part. */
  protected get renderLocale(): string {
    return getLocale();
  }

  /** Resolves this element's locale and switches the widgets to it; resolves once loaded. */
  applyLocale(): Promise<void> {
    return useLocale(resolveLocale(this));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.delete(this);
    connected.add(this);
    watchLang();
    void this.applyLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }
}

import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { getLocale, resolveLocale, useLocale } from '../localization.js';
import type { SafeLocale } from '../localization.js';

/** Each language's name in that language, in the picker's order, so a reader finds their own whatever is shown now. */
export const localeNames: Record<SafeLocale, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  ky: 'Кыргызча',
  uz: 'Oʻzbekcha',
  'uz-Cyrl': 'Ўзбекча',
  tg: 'Тоҷикӣ',
  tk: 'Türkmençe',
};

const pickerOrder = Object.keys(localeNames) as SafeLocale[];

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
  /** Shows a language picker at the top of the widget; choosing sets this element's `lang`. */
  @property({ type: Boolean, attribute: 'show-locale-picker' }) showLocalePicker = false;

  /** The locale the shadow content is rendered in; set it as `lang` on the element's base part. */
  protected get renderLocale(): string {
    return getLocale();
  }

  /**
   * The language picker, when `show-locale-picker` is set; widgets place it at their top and add
   * `localePickerStyles` to their styles.
   */
  protected renderLocalePicker() {
    if (!this.showLocalePicker) return nothing;
    const current = getLocale();
    return html`<label part="locale-picker"
      >${msg('Language')}
      <select
        @change=${(event: Event) => {
          this.setAttribute('lang', (event.target as HTMLSelectElement).value);
        }}
      >
        ${pickerOrder.map(
          (locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === current}>${localeNames[locale]}</option>`,
        )}
      </select></label
    >`;
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

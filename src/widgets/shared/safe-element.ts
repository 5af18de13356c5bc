import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { allLocales, getLocale, matchLocale, resolveLocale, useLocale } from '../localization.js';
import type { SafeLocale } from '../localization.js';
import type { SafeError } from '../../sdk/errors.js';
import { SafeAttributeError, SafeErrorEvent } from './errors.js';

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
 * page's or the browser's) when it connects and whenever a `lang` attribute changes, and reports
 * values it cannot use the same way for every element (`warnDeveloper`).
 *
 * `lang` stays the platform's own reflected attribute rather than a Lit property, so that an empty
 * default never lands on the element and hides an ancestor's language. A `lang` the widgets do not
 * speak (say `de`) is reported, and the page's or the browser's language is used instead.
 */
export class SafeElement extends LitElement {
  /**
   * Shows a language picker at the top of the widget; choosing sets this element's `lang`. A boolean
   * attribute: any value, even `"false"`, shows the picker.
   */
  @property({ type: Boolean, attribute: 'show-locale-picker' }) showLocalePicker = false;

  /** The last problem reported per attribute, so that a value is reported once, not on every render. */
  private readonly reported = new Map<string, string>();
  /** `safe-error` events for problems found before the element was in a document; sent once it is. */
  private unsent: SafeErrorEvent[] = [];
  /**
   * Settles once the element speaks its language, its messages loaded (`applyLocale` on connecting).
   * What an element fetches after its first screen waits for this: on a slow network a fetch
   * started sooner shares the line with those messages and holds back the first text in the page's
   * language.
   */
  protected localeApplied: Promise<void> = Promise.resolve();

  /**
   * Runs `work` once the element speaks its language — or could not (the messages failed to load:
   * what comes after the first screen is needed all the same). Its result, or its failure, for the
   * caller to handle.
   */
  protected afterLocale<T>(work: () => T | PromiseLike<T>): Promise<T> {
    return this.localeApplied.catch(() => undefined).then(work);
  }

  /**
   * Tells the developer, once per value, that `attribute` holds a value this element cannot use:
   * the typed error goes to the console (`console.warn` when the element falls back and keeps
   * working, `console.error` when it cannot do its job) and in a `safe-error` event. Never throws.
   */
  protected warnDeveloper(attribute: string, error: SafeError, level: 'warn' | 'error' = 'warn', note = ''): void {
    const key = `${error.name} ${error.code} ${error.message}`;
    if (this.reported.get(attribute) === key) return;
    this.reported.set(attribute, key);
    const text = error instanceof SafeAttributeError ? error.message : `<${this.localName}> ${attribute}: ${error.message}`;
    const line = note ? `${text}; ${note}` : text;
    if (level === 'error') console.error(line, error);
    else console.warn(line, error);
    const event = new SafeErrorEvent(error, attribute);
    if (this.isConnected) this.dispatchEvent(event);
    else this.unsent.push(event);
  }

  /**
   * Reports that `value`, given for `attribute`, is not `expected` (the end of "… is not …"), and
   * says what the element does instead (`fallback`).
   */
  protected reportAttribute(attribute: string, value: string, expected: string, fallback: string): void {
    this.warnDeveloper(attribute, new SafeAttributeError(this.localName, attribute, value, expected, fallback));
  }

  /**
   * Reports `value` for `attribute` unless it is `usable` or empty (an empty value means "not set"
   * and takes the default quietly); a usable value clears what was reported before.
   */
  protected checkAttribute(attribute: string, value: string, usable: boolean, expected: string, fallback: string): void {
    if (usable || value.trim() === '') this.clearError(attribute);
    else this.reportAttribute(attribute, value, expected, fallback);
  }

  /** Forgets what was reported for `attribute`, once it holds a usable value again. */
  protected clearError(attribute: string): void {
    this.reported.delete(attribute);
  }

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

  /**
   * Resolves this element's locale, switches the widgets to it and loads this element's part of its
   * messages (each element's messages are a part of their own, scripts/split-locales.ts); resolves
   * once they are loaded and the element has re-rendered with them.
   */
  applyLocale(): Promise<void> {
    const locale = resolveLocale(this);
    const own = this.getAttribute('lang')?.trim();
    if (own && !matchLocale(own)) {
      this.reportAttribute('lang', own, `a language the widgets speak (${allLocales.join(', ')})`, `they speak ${locale}, from the page or the browser`);
    } else {
      this.clearError('lang');
    }
    // The part may arrive after the locale's 'ready' event (the page was in this locale already).
    return useLocale(locale, this.localName).then(async () => {
      this.requestUpdate();
      await this.updateComplete;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.delete(this);
    connected.add(this);
    watchLang();
    this.localeApplied = this.applyLocale();
    for (const event of this.unsent.splice(0)) this.dispatchEvent(event);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }
}

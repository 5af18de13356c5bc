import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { SafeElement } from '../shared/safe-element.js';
import { bundledHotlineDirectory } from '../../sdk/hotlines/bundled.js';
import { contactHref, contactText, pickLocalized, toVCard, vCardDataUrl } from '../../sdk/hotlines/contact-links.js';
import type { ChannelStatus, HotlineDirectory, HotlineQuery, HotlineResult } from '../../sdk/hotlines/directory.js';
import { HotlineQueryError } from '../../sdk/hotlines/errors.js';
import { channelTypes, hotlineTopics } from '../../sdk/hotlines/schema.js';
import type { Channel, ChannelType, EmergencyService, Hotline, HotlineTopic, OperatorType } from '../../sdk/hotlines/schema.js';
import { deviceTimeZone, suggestCountry } from './suggest-country.js';
import type { SuggestionBasis } from './suggest-country.js';
import { styles } from './hotline-finder.styles.js';
import { baseStyles } from '../shared/base.styles.js';
import { localePickerStyles } from '../shared/locale-picker.styles.js';
import { countryCode, textAttribute } from '../shared/attribute-values.js';
import { tokenStyles } from '../shared/tokens.styles.js';

/** The filters a person can set, as the widget applies them. */
export interface HotlineFilters {
  readonly country: string;
  readonly region: string;
  readonly need: HotlineTopic | '';
  readonly language: string;
  readonly channel: ChannelType | '';
  readonly openNow: boolean;
  readonly from: string;
}

/** What the person did with a contact. */
export type SafeContactAction = 'open' | 'copy' | 'save-contact';

/**
 * Fired when a person opens a channel (a call, a chat, a site), copies a number, or saves the
 * contact card. It says which line and channel, never what the person typed. It bubbles out of
 * the shadow root; nothing is sent anywhere unless the page itself listens and sends it.
 */
export class SafeContactEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-contact';

  constructor(
    /** The line's id in the data. */
    readonly hotlineId: string,
    /** What was done. */
    readonly action: SafeContactAction,
    /** The channel used, or `null` for `save-contact`. */
    readonly channel: ChannelType | null,
    /** The channel's index in the line's `channels`, or -1 for `save-contact`. */
    readonly channelIndex: number,
  ) {
    super(SafeContactEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the person changes a filter, with every filter as it now stands. */
export class SafeFilterChangeEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-filter-change';

  constructor(
    /** The filters after the change. */
    readonly filters: HotlineFilters,
  ) {
    super(SafeFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** How many lines are shown before "Show more" when `limit` is not set or cannot be used. */
const defaultLimit = 5;

/** Languages offered in the language filter: the widgets' own, Uzbek in both scripts. */
const languageChoices = ['ru', 'kk', 'ky', 'uz-Latn', 'uz-Cyrl', 'tg', 'tk', 'en'] as const;

let instances = 0;

/**
 * A hotline finder: the lines that help with a person's problem, in their language, open now and
 * reachable from where they are, each one tap away; the country's emergency numbers always on top.
 *
 * By default it uses the data bundled in the package (built from sourced research, every entry
 * with its source and the date it was last confirmed). With `src` it loads a data file in the same
 * format (docs/data-format.md) and falls back to the bundled data, saying so, when that fails.
 *
 * When `country` is not set, it suggests one from the page's language and the device's time zone
 * only (never the IP address, never a permission prompt), and says so. "Save contact" downloads a
 * vCard made in the page (no request). On `safe-exit` (from `<safe-exit-button>`) it resets every
 * filter and forgets what was copied.
 *
 * @summary Find a hotline that helps, in your language, open now; one tap to call or write.
 *
 * @attribute lang - The language to show (`ru`, `kk`, `ky`, `uz`, `uz-Cyrl`, `tg`, `tk`, `en`); when absent, the nearest ancestor's `lang`, then the browser's languages decide. One the widgets do not speak (say `de`) is reported, and `<html lang>` or the browser's languages decide.
 *
 * @csspart locale-picker - The language picker, shown with `show-locale-picker`.
 * @csspart base - The whole finder.
 * @csspart title - The heading.
 * @csspart emergency - The emergency numbers bar, always shown.
 * @csspart emergency-number - One emergency number's call button.
 * @csspart filters - The filter form.
 * @csspart status - The line that says how many lines were found, or what went wrong; read out by screen readers.
 * @csspart results - The list of lines.
 * @csspart result - One line.
 * @csspart result-name - A line's name.
 * @csspart operator - Who runs the line.
 * @csspart badge - The open-now badge; also `badge-open`, `badge-closed` or `badge-unknown`.
 * @csspart contact - A button that calls, texts or opens a channel.
 * @csspart copy - A copy button.
 * @csspart languages - The languages a line answers in.
 * @csspart provenance - "Last confirmed" with the link to the source.
 * @csspart save - The "Save contact" link.
 * @csspart more - The "Show more" button.
 * @csspart empty - What is shown when no line fits.
 *
 * @cssproperty --safe-color-surface - The finder's background, and the text on its buttons (global).
 * @cssproperty --safe-color-text - The finder's text; secondary text and borders are mixed from it (global).
 * @cssproperty --safe-color-accent - Contact buttons, links and "More filters" (global).
 * @cssproperty --safe-color-danger - The emergency bar and its numbers (global).
 * @cssproperty --safe-color-focus - The focus ring (global).
 * @cssproperty --safe-radius - Corner radius (global).
 * @cssproperty --safe-space-m - The base spacing (global).
 * @cssproperty --safe-font-family - The font (global).
 * @cssproperty --safe-hotline-finder-open-color - The "open now" badge; by default a green mixed with `--safe-color-text`.
 * @cssproperty --safe-hotline-finder-closed-color - The "closed" badge and the "not confirmed recently" note; by default an amber mixed with `--safe-color-text`.
 *
 * @event {SafeContactEvent} safe-contact - When a person opens a channel, copies a number or saves the contact.
 * @event {SafeFilterChangeEvent} safe-filter-change - When a person changes a filter.
 * @event {SafeErrorEvent} safe-error - When an attribute holds a value the finder cannot use, or the `src` file cannot be loaded; the finder falls back as each attribute says and keeps working.
 */
@customElement('safe-hotline-finder')
@localized()
export class SafeHotlineFinder extends SafeElement {
  static override styles = [baseStyles, tokenStyles, localePickerStyles, styles];

  /**
   * The country the person is in (ISO 3166-1 alpha-2, such as `KZ`); when absent, or not a country
   * code (say `XX` or `Kazakhstan`), one is suggested from the page's language and time zone, or the
   * person is asked to choose; the finder says which.
   */
  @property({ attribute: 'country', converter: textAttribute }) country = '';

  /**
   * The region within the country (ISO 3166-2, such as `KZ-79` for Shymkent): local services there
   * come first. Ignored when it is not a region of the country shown.
   */
  @property({ attribute: 'region', converter: textAttribute }) region = '';

  /**
   * The problem to start with: `trafficking`, `labour-exploitation`, `migrant-rights`, `legal-aid`,
   * `psychological-support`, `shelter`, `domestic-violence`, `child-protection` or `emergency`; any
   * other value starts with every problem ("Anything").
   */
  @property({ attribute: 'need', converter: textAttribute }) need = '';

  /** The person's home country, for migrants abroad: lines for its citizens come first. Ignored when it is not a country code. */
  @property({ attribute: 'from', converter: textAttribute }) from = '';

  /**
   * A hotline data file to load instead of the bundled data (same format), over `https:` (plain
   * `http:` only from the same machine). When it cannot be loaded or is not valid, the bundled data
   * is used and the finder says so.
   */
  @property({ attribute: 'src', converter: textAttribute }) src = '';

  /** How many lines to show before "Show more": a whole number from 1; any other value shows 5. */
  @property({ attribute: 'limit', type: Number }) limit = defaultLimit;

  /** Hides the filters and the notes under the list: for a small space beside other content; a compact finder is not a landmark region of its own. */
  @property({ attribute: 'compact', type: Boolean, reflect: true }) compact = false;

  /** A directory to use instead of the bundled data or `src` (for pages that load data themselves). */
  @property({ attribute: false }) directory: HotlineDirectory | undefined;

  /** The moment "open now" is worked out for; when unset, the current time, refreshed every minute. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private filters: HotlineFilters = emptyFilters();
  @state() private active: HotlineDirectory | undefined;
  @state() private loading = false;
  @state() private shown = 0;
  @state() private announcement = '';
  @state() private suggested: SuggestionBasis | undefined;
  @state() private tick = 0;

  private touched = false;
  private loadController: AbortController | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;
  private readonly uid = `shf${++instances}`;
  private focusIndex = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('safe-exit', this.onSafeExit);
    this.clock = setInterval(() => {
      if (!this.now) this.tick += 1;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('safe-exit', this.onSafeExit);
    clearInterval(this.clock);
    this.loadController?.abort();
  }

  /** The filters now in use. */
  get currentFilters(): HotlineFilters {
    return this.filters;
  }

  /** Which data is in use: `bundled`, `remote`, `bundled-fallback` (the `src` file failed) or `custom`. */
  get dataOrigin(): HotlineDirectory['origin']['kind'] | undefined {
    return this.active?.origin.kind;
  }

  /** Resolves once the data (bundled, given, or loaded from `src`) is in use and rendered. */
  get dataReady(): Promise<void> {
    return this.readyPromise;
  }

  private readyPromise: Promise<void> = Promise.resolve();

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkAttributes(changed);
    if (changed.has('directory') || changed.has('src')) this.chooseData();
    if (['country', 'region', 'need', 'from'].some((k) => changed.has(k as keyof SafeHotlineFinder)) && !this.touched) this.resetFilters();
    if (changed.has('limit')) this.shown = this.pageSize;
  }

  /** Reports each changed attribute whose value cannot be used; the getters below fall back. */
  private checkAttributes(changed: PropertyValues<this>): void {
    if (changed.has('country')) {
      this.checkAttribute('country', this.country, !!this.countryValue, 'a country code such as KZ (ISO 3166-1 alpha-2)', "a country is suggested from the page's language and time zone");
    }
    if (changed.has('country') || changed.has('region')) {
      const country = this.countryValue;
      const region = this.regionValue;
      this.checkAttribute(
        'region',
        this.region,
        !!region && (!country || region.startsWith(`${country}-`)),
        country ? `a region of ${country} such as ${country}-01 (ISO 3166-2)` : 'a region code such as KZ-79 (ISO 3166-2)',
        'the region is ignored',
      );
    }
    if (changed.has('need')) {
      this.checkAttribute('need', this.need, !!this.needValue, `one of ${hotlineTopics.join(', ')}`, 'every problem is shown');
    }
    if (changed.has('from')) {
      this.checkAttribute('from', this.from, !!this.fromValue, 'a country code such as TJ (ISO 3166-1 alpha-2)', 'it is ignored');
    }
    if (changed.has('limit')) {
      const raw = this.getAttribute('limit') ?? (this.limit == null ? '' : String(this.limit));
      this.checkAttribute('limit', raw, this.limitValue !== undefined, 'a whole number from 1', `${defaultLimit} lines are shown at a time`);
    }
  }

  /** `country` as a code, or '' when it is absent or not a country code. */
  private get countryValue(): string {
    return countryCode(this.country) ?? '';
  }

  /** `region` in capitals when it is an ISO 3166-2 code, else ''; it applies only while its country is shown. */
  private get regionValue(): string {
    const region = this.region.trim().toUpperCase();
    return /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region) ? region : '';
  }

  private get needValue(): HotlineTopic | '' {
    const need = this.need.trim();
    return (hotlineTopics as readonly string[]).includes(need) ? (need as HotlineTopic) : '';
  }

  private get fromValue(): string {
    return countryCode(this.from) ?? '';
  }

  private get limitValue(): number | undefined {
    return Number.isSafeInteger(this.limit) && this.limit >= 1 ? this.limit : undefined;
  }

  /** How many lines "Show more" adds: `limit` when usable, else 5. */
  private get pageSize(): number {
    return this.limitValue ?? defaultLimit;
  }

  private chooseData(): void {
    this.loadController?.abort();
    if (this.directory) {
      this.setDirectory(this.directory);
      this.readyPromise = this.updateComplete.then(() => undefined);
      return;
    }
    if (!this.src.trim()) {
      this.setDirectory(bundledHotlineDirectory());
      this.readyPromise = this.updateComplete.then(() => undefined);
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.loading = true;
    const src = this.src.trim();
    this.readyPromise = import('../../sdk/hotlines/remote.js')
      .then(({ loadHotlineDirectory }) => loadHotlineDirectory(src, { signal: controller.signal }))
      .then(
        (directory) => {
          if (controller.signal.aborted) return;
          this.loading = false;
          this.setDirectory(directory);
          if (directory.origin.kind === 'bundled-fallback') this.reportError('src', directory.origin.error, 'warn', 'the bundled data is used');
          else this.clearError('src');
        },
        (error: unknown) => {
          // Only a cancelled load rejects; a newer `src` or `directory` has taken over.
          if (!controller.signal.aborted) console.error('<safe-hotline-finder>', error);
        },
      )
      .then(() => this.updateComplete.then(() => undefined));
  }

  private setDirectory(directory: HotlineDirectory): void {
    this.active = directory;
    this.loading = false;
    if (!this.touched) this.resetFilters();
  }

  private resetFilters(): void {
    const known = this.active?.countries() ?? [];
    let country = this.countryValue;
    let from = this.fromValue;
    this.suggested = undefined;
    if (!country && known.length) {
      const guess = suggestCountry({
        timeZone: deviceTimeZone(),
        languages: [this.closest('[lang]')?.getAttribute('lang') ?? '', document.documentElement.lang, ...navigator.languages].filter(Boolean),
        known,
      });
      if (guess.country) {
        country = guess.country;
        from ||= guess.from ?? '';
        this.suggested = guess.basis;
      }
    }
    this.filters = { country, region: this.regionValue, need: this.needValue, language: '', channel: '', openNow: false, from };
    this.shown = this.pageSize;
  }

  private readonly onSafeExit = (): void => {
    // Wipe what the person chose: back to the page's settings, nothing copied, nothing announced.
    this.touched = false;
    this.announcement = '';
    this.resetFilters();
    const details = this.renderRoot.querySelector('details');
    if (details) details.open = false;
  };

  /** Dispatches one of the element's events (documented in the class comment). */
  private emit(event: SafeContactEvent | SafeFilterChangeEvent): void {
    this.dispatchEvent(event);
  }

  private setFilter<K extends keyof HotlineFilters>(key: K, value: HotlineFilters[K]): void {
    this.touched = true;
    this.filters = { ...this.filters, [key]: value, ...(key === 'country' ? { region: '' } : {}) };
    this.shown = this.pageSize;
    this.suggested = key === 'country' ? undefined : this.suggested;
    this.emit(new SafeFilterChangeEvent(this.filters));
  }

  private results(): HotlineResult[] {
    if (!this.active) return [];
    const f = this.filters;
    const query: HotlineQuery = {
      openAt: this.now ?? new Date(),
      ...(f.country ? { country: f.country } : {}),
      ...(f.region && f.region.startsWith(`${f.country}-`) ? { region: f.region } : {}),
      ...(f.need ? { need: f.need } : {}),
      ...(f.language ? { language: f.language } : {}),
      ...(f.channel ? { channel: f.channel } : {}),
      ...(f.openNow ? { openNow: true } : {}),
      ...(f.from && f.from !== f.country ? { from: f.from } : {}),
    };
    try {
      return this.active.query(query);
    } catch (error) {
      if (error instanceof HotlineQueryError) {
        // A malformed attribute (say country="Kazakhstan"): the typed error goes to the console, the page keeps working.
        console.warn(`<safe-hotline-finder>: ${error.message}`, error);
        return [];
      }
      throw error;
    }
  }

  override render() {
    const results = this.results();
    const visible = results.slice(0, this.shown);
    const remaining = results.length - visible.length;
    const f = this.filters;
    const content = html`
        ${this.renderLocalePicker()}
        <h2 part="title" id="${this.uid}-title">${msg('Find a helpline')}</h2>
        ${this.renderEmergency(f.country)} ${this.compact ? nothing : this.renderFilters()}
        <p part="status" role="status" aria-live="polite">${this.statusText(results.length)}</p>
        ${this.loading
          ? nothing
          : results.length === 0
            ? this.renderEmpty()
            : html`<ul part="results" class="results">
                  ${visible.map((r, i) => this.renderResult(r, i))}
                </ul>
                ${remaining > 0
                  ? html`<button part="more" class="more" type="button" @click=${this.showMore}>
                      ${msg(str`Show more (${remaining})`)}
                    </button>`
                  : nothing}`}
        ${this.compact || !this.active ? nothing : this.renderAbout()}
        <span class="visually-hidden" role="status" aria-live="assertive">${this.announcement}</span>
    `;
    // A compact finder sits inside other content (the offer checker's result, a sidebar): it is not a
    // landmark of its own, so a page with a full finder too has one "Find a helpline" region, not two.
    return this.compact
      ? html`<div part="base" lang=${this.renderLocale}>${content}</div>`
      : html`<section part="base" lang=${this.renderLocale} aria-labelledby="${this.uid}-title">${content}</section>`;
  }

  protected override updated(): void {
    if (this.focusIndex >= 0) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-r${this.focusIndex}`)?.focus();
      this.focusIndex = -1;
    }
  }

  private showMore(): void {
    this.focusIndex = this.shown;
    this.shown += this.pageSize;
  }

  private statusText(count: number): string {
    if (this.loading) return msg('Loading the list…');
    const parts: string[] = [];
    if (this.active?.origin.kind === 'bundled-fallback') parts.push(msg('The online list could not be loaded, so the built-in list is shown.'));
    if (this.suggested && this.filters.country) parts.push(msg('The country was chosen from your device settings. Change it if it is wrong.'));
    if (!this.filters.country && count > 0) parts.push(msg('No country is chosen, so lines from every country are shown.'));
    if (count > 0) parts.push(msg(str`Lines found: ${count}.`));
    return parts.join(' ');
  }

  private countryName(code: string): string {
    try {
      return new Intl.DisplayNames([this.renderLocale, 'en'], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  private languageName(tag: string): string {
    try {
      return new Intl.DisplayNames([this.renderLocale, 'en'], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  private renderEmergency(country: string): TemplateResult {
    if (!this.active || !country) {
      return html`<div part="emergency" class="emergency">
        <p class="emergency-text">${msg('In danger right now? Call your local emergency number.')}</p>
      </div>`;
    }
    const { numbers } = this.active.emergencyNumbers(country);
    if (numbers.length === 0) {
      const name = this.countryName(country);
      return html`<div part="emergency" class="emergency">
        <p class="emergency-text">
          ${msg(str`In danger right now? Call your local emergency number. We have no checked emergency number for ${name}.`)}
        </p>
      </div>`;
    }
    return html`<div part="emergency" class="emergency">
      <p class="emergency-text" id="${this.uid}-emergency">${msg('In danger right now? Call:')}</p>
      <ul class="emergency-numbers" aria-labelledby="${this.uid}-emergency">
        ${numbers.map(
          (n) => html`<li>
            <a part="emergency-number" class="emergency-number" href="tel:${n.dial}"
              ><span class="number">${n.printed}</span> <span class="service">${serviceName(n.service)}${n.label ? ` (${pickLocalized(n.label, this.renderLocale)})` : ''}</span></a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const f = this.filters;
    const countries = this.active?.countries() ?? [];
    const byName = [...countries].sort((a, b) => this.countryName(a).localeCompare(this.countryName(b), this.renderLocale));
    const id = this.uid;
    return html`<form part="filters" class="filters" @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="${id}-country">${msg('Where are you now?')}</label>
        <select id="${id}-country" @change=${(e: Event) => this.setFilter('country', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!f.country}>${msg('Choose a country')}</option>
          ${byName.map((c) => html`<option value=${c} ?selected=${c === f.country}>${this.countryName(c)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="${id}-need">${msg('What do you need help with?')}</label>
        <select id="${id}-need" @change=${(e: Event) => this.setFilter('need', (e.target as HTMLSelectElement).value as HotlineTopic | '')}>
          <option value="" ?selected=${!f.need}>${msg('Anything')}</option>
          ${hotlineTopics.map((t) => html`<option value=${t} ?selected=${t === f.need}>${topicName(t)}</option>`)}
        </select>
      </div>
      <details class="more-filters">
        <summary>${msg('More choices')}</summary>
        <div class="field">
          <label for="${id}-language">${msg('Your language')}</label>
          <select id="${id}-language" @change=${(e: Event) => this.setFilter('language', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!f.language}>${msg('Any language')}</option>
            ${languageChoices.map((l) => html`<option value=${l} ?selected=${l === f.language}>${this.languageName(l)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="${id}-channel">${msg('How do you want to get in touch?')}</label>
          <select id="${id}-channel" @change=${(e: Event) => this.setFilter('channel', (e.target as HTMLSelectElement).value as ChannelType | '')}>
            <option value="" ?selected=${!f.channel}>${msg('Any way')}</option>
            ${channelTypes.map((c) => html`<option value=${c} ?selected=${c === f.channel}>${channelName(c)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="${id}-from">${msg('Your home country')}</label>
          <select id="${id}-from" @change=${(e: Event) => this.setFilter('from', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!f.from}>${msg('Same as where I am')}</option>
            ${byName.map((c) => html`<option value=${c} ?selected=${c === f.from}>${this.countryName(c)}</option>`)}
          </select>
        </div>
      </details>
      <div class="check">
        <input
          id="${id}-open"
          type="checkbox"
          .checked=${f.openNow}
          @change=${(e: Event) => this.setFilter('openNow', (e.target as HTMLInputElement).checked)}
        />
        <label for="${id}-open">${msg('Open now only')}</label>
      </div>
    </form>`;
  }

  private renderEmpty(): TemplateResult {
    const f = this.filters;
    const narrowed = f.need || f.channel || f.openNow || f.language;
    const name = f.country ? this.countryName(f.country) : '';
    return html`<div part="empty" class="empty">
      <p>
        ${!f.country
          ? msg('Choose the country you are in to see the lines there.')
          : narrowed
            ? msg('No line fits all these choices.')
            : msg(str`We have no lines for ${name} yet. The emergency numbers above are always there.`)}
      </p>
      ${f.country && narrowed
        ? html`<button class="more" type="button" @click=${this.widen}>${msg(str`Show every line for ${name}`)}</button>`
        : nothing}
    </div>`;
  }

  private widen(): void {
    this.touched = true;
    this.filters = { ...this.filters, need: '', channel: '', openNow: false, language: '' };
    this.emit(new SafeFilterChangeEvent(this.filters));
  }

  private renderResult(result: HotlineResult, index: number): TemplateResult {
    const { hotline } = result;
    const locale = this.renderLocale;
    const nameId = `${this.uid}-r${index}`;
    const best = bestChannel(result.channels);
    const languages = [...new Set(result.channels.flatMap((c) => c.channel.languages))];
    const more = result.channels.some((c) => c.channel.moreLanguages);
    const list = `${languages.map((l) => this.languageName(l)).join(', ')}${more ? ', …' : ''}`;
    // When channels keep different hours, each one says its own.
    const mixedHours = new Set(result.channels.map((c) => JSON.stringify(c.channel.hours))).size > 1;
    return html`<li part="result" class="result">
      <article aria-labelledby=${nameId}>
        <h3 part="result-name" class="name" id=${nameId} tabindex="-1">${pickLocalized(hotline.name, locale)}</h3>
        <p class="meta">
          <span part="operator" class="operator">${operatorName(hotline.organization.operator)}</span>
          ${best && (!mixedHours || best.open === 'open') ? this.renderBadge(best) : nothing}
        </p>
        <ul class="channels">
          ${result.channels.map((status) => this.renderChannel(hotline, status, mixedHours))}
        </ul>
        ${languages.length
          ? html`<p part="languages" class="languages">
              ${msg(str`Languages: ${list}`)}
            </p>`
          : nothing}
        ${this.renderProvenance(hotline)}
        <a
          part="save"
          class="save"
          href=${vCardDataUrl(toVCard(hotline, { locale, note: this.vCardNote(hotline) }))}
          download="${hotline.id}.vcf"
          @click=${() => this.emit(new SafeContactEvent(hotline.id, 'save-contact', null, -1))}
          >${msg('Save contact')}</a
        >
      </article>
    </li>`;
  }

  private renderBadge(status: ChannelStatus): TemplateResult {
    const kind = status.channel.hours.type === 'unknown' ? 'unknown' : status.open;
    return html`<span part="badge badge-${kind}" class="badge badge-${kind}">${this.hoursText(status)}</span>`;
  }

  /** Open now and until when, in the visitor's own time, in words. */
  private hoursText(status: ChannelStatus): string {
    const { hours } = status.channel;
    if (hours.type === 'always') return msg('Open 24 hours');
    if (hours.type === 'unknown') return msg('Hours not known');
    const time = status.next ? this.time(status.next) : '';
    if (status.open === 'open') return time ? msg(str`Open now, closes at ${time}`) : msg('Open now');
    if (status.open === 'closed') return time ? msg(str`Closed now, opens at ${time}`) : msg('Closed now');
    return time ? msg(str`May be open now, until ${time}`) : msg('Hours not known');
  }

  /** A time in the visitor's own time zone, with the weekday when it is not today. */
  private time(date: Date): string {
    const now = this.now ?? new Date();
    const sameDay = new Intl.DateTimeFormat('en-CA').format(date) === new Intl.DateTimeFormat('en-CA').format(now);
    return new Intl.DateTimeFormat(this.renderLocale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(sameDay ? {} : { weekday: 'short' }),
    }).format(date);
  }

  private renderChannel(hotline: Hotline, status: ChannelStatus, showHours: boolean): TemplateResult {
    const { channel, index } = status;
    const href = contactHref(channel);
    const shown = contactText(channel);
    const label = channel.label ? pickLocalized(channel.label, this.renderLocale) : '';
    const notes = [
      showHours ? this.hoursText(status) : '',
      'tollFree' in channel && channel.tollFree === 'yes' ? msg('Free call') : '',
      channel.reachableFromAbroad === 'no' ? msg('Not from abroad') : '',
    ].filter(Boolean);
    const open = () => this.emit(new SafeContactEvent(hotline.id, 'open', channel.type, index));
    // A number is never split across lines: no-break spaces and hyphens, for display only.
    const display = 'printed' in channel ? shown.replace(/ /g, '\u00a0').replace(/-/g, '\u2011') : shown;
    const isWeb = channel.type === 'website' || channel.type === 'web-chat';
    return html`<li class="channel">
      ${href
        ? html`<a
            part="contact"
            class="contact"
            href=${href}
            @click=${open}
            target=${isWeb || href.startsWith('https://') ? '_blank' : nothing}
            rel=${isWeb || href.startsWith('https://') ? 'noopener noreferrer' : nothing}
            >${actionText(channel, display)}</a
          >`
        : html`<span class="contact contact-text">${channelName(channel.type)}: ${display}</span>`}
      ${isWeb
        ? nothing
        : html`<button part="copy" class="copy" type="button" aria-label=${msg(str`Copy ${shown}`)} @click=${() => this.copy(hotline, channel, index)}>
            ${msg('Copy')}
          </button>`}
      ${label || notes.length ? html`<span class="channel-notes">${[label, ...notes].filter(Boolean).join(' · ')}</span>` : nothing}
    </li>`;
  }

  private async copy(hotline: Hotline, channel: Channel, index: number): Promise<void> {
    const text = contactText(channel);
    // The clipboard may be refused (an insecure page, an old browser): then the number is read out instead.
    const done = await navigator.clipboard?.writeText(text).then(
      () => true,
      () => false,
    ) ?? false;
    this.announcement = done ? msg(str`Copied: ${text}`) : msg(str`Could not copy. The number is ${text}.`);
    this.emit(new SafeContactEvent(hotline.id, 'copy', channel.type, index));
  }

  private renderProvenance(hotline: Hotline): TemplateResult {
    const { provenance } = hotline;
    const source = provenance.sources.find((s) => s.url);
    const date = provenance.lastConfirmed ? this.partialDate(provenance.lastConfirmed) : '';
    return html`<p part="provenance" class="provenance">
      ${date ? msg(str`Last confirmed ${date}`) : msg('Date of last confirmation not known')}
      ${source?.url
        ? html`· <a href=${source.url} target="_blank" rel="noopener noreferrer">${msg('Source')}</a>`
        : nothing}
      ${provenance.status === 'confirmed' ? nothing : html`<br /><span class="warning">${msg('Not confirmed recently. It may have changed.')}</span>`}
    </p>`;
  }

  private partialDate(date: string): string {
    const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
    const value = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
    const options: Intl.DateTimeFormatOptions = d ? { year: 'numeric', month: 'long', day: 'numeric' } : m ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
    return new Intl.DateTimeFormat(this.renderLocale, { ...options, timeZone: 'UTC' }).format(value);
  }

  private vCardNote(hotline: Hotline): string {
    const { provenance } = hotline;
    const source = provenance.sources.find((s) => s.url)?.url;
    const date = provenance.lastConfirmed ? this.partialDate(provenance.lastConfirmed) : msg('not known');
    return source ? msg(str`Last confirmed: ${date}; source: ${source}`) : msg(str`Last confirmed: ${date}`);
  }

  private renderAbout(): TemplateResult {
    const reviewed = this.active ? this.partialDate(this.active.data.reviewed) : '';
    return html`<p class="about">${msg(str`Nothing you choose here leaves this page. List last checked: ${reviewed}`)}</p>`;
  }
}

function emptyFilters(): HotlineFilters {
  return { country: '', region: '', need: '', language: '', channel: '', openNow: false, from: '' };
}

/** The channel whose open state speaks for the line: open first, then unknown, then closed. */
function bestChannel(channels: readonly ChannelStatus[]): ChannelStatus | undefined {
  const rank = { open: 2, unknown: 1, closed: 0 } as const;
  return [...channels].sort((a, b) => rank[b.open] - rank[a.open] || Number(b.channel.hours.type !== 'unknown') - Number(a.channel.hours.type !== 'unknown'))[0];
}

function topicName(topic: HotlineTopic): string {
  switch (topic) {
    case 'trafficking':
      return msg('Trafficking, being sold or forced');
    case 'labour-exploitation':
      return msg('Unpaid or forced work');
    case 'migrant-rights':
      return msg('Rights as a migrant, documents');
    case 'legal-aid':
      return msg('Help from a lawyer');
    case 'psychological-support':
      return msg('Someone to talk to');
    case 'shelter':
      return msg('A safe place to stay');
    case 'domestic-violence':
      return msg('Violence at home');
    case 'child-protection':
      return msg('Help for a child');
    case 'emergency':
      return msg('Emergency');
  }
}

function channelName(type: ChannelType): string {
  switch (type) {
    case 'phone':
      return msg('Phone call');
    case 'sms':
      return msg('SMS');
    case 'whatsapp':
      return 'WhatsApp';
    case 'telegram':
      return 'Telegram';
    case 'viber':
      return 'Viber';
    case 'email':
      return msg('Email');
    case 'web-chat':
      return msg('Web chat');
    case 'website':
      return msg('Website');
  }
}

function actionText(channel: Channel, shown: string): string {
  switch (channel.type) {
    case 'phone':
      return msg(str`Call ${shown}`);
    case 'sms':
      return msg(str`Text ${shown}`);
    case 'whatsapp':
      return msg(str`WhatsApp ${shown}`);
    case 'viber':
      return msg(str`Viber ${shown}`);
    case 'telegram':
      return msg(str`Telegram ${shown}`);
    case 'email':
      return msg(str`Email ${shown}`);
    case 'web-chat':
      return msg('Open the chat');
    case 'website':
      return msg('Open the website');
  }
}

function operatorName(operator: OperatorType): string {
  switch (operator) {
    case 'ngo':
      return msg('Run by an NGO');
    case 'government':
      return msg('Run by the government');
    case 'police':
      return msg('Run by the police or another law-enforcement body');
    case 'international':
      return msg('Run by an international organisation');
    case 'other':
      return msg('Run by another organisation');
  }
}

function serviceName(service: EmergencyService): string {
  switch (service) {
    case 'general':
      return msg('Emergency');
    case 'police':
      return msg('Police');
    case 'ambulance':
      return msg('Ambulance');
    case 'fire':
      return msg('Fire');
    case 'gas':
      return msg('Gas leak');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-hotline-finder': SafeHotlineFinder;
  }
  interface GlobalEventHandlersEventMap {
    'safe-contact': SafeContactEvent;
    'safe-filter-change': SafeFilterChangeEvent;
  }
}

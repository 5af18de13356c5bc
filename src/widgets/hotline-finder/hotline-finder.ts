import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { HotlineDirectory } from '../../sdk/hotlines/directory.js';
import type { CheckedDataDirectory, HotlineResult } from '../../sdk/hotlines/directory-core.js';
import type { NumberReportChannel } from '../../sdk/hotlines/number-report.js';
import { hotlineTopics } from '../../sdk/hotlines/vocabulary.js';
import type { Channel, Hotline, HotlineTopic } from '../../sdk/hotlines/schema.js';
import { SafeElement } from '../shared/safe-element.js';
import { countryCode, textAttribute } from '../shared/attribute-values.js';
import { contactText } from '../../sdk/hotlines/contact-links.js';
import { baseStyles } from '../shared/base.styles.js';
import { countryListStyles } from '../shared/country-list.styles.js';
import { localePickerStyles } from '../shared/locale-picker.styles.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { HotlineDataLoader } from './data-loader.js';
import { SafeContactEvent, SafeFilterChangeEvent } from './events.js';
import type { HotlineFilters } from './events.js';
import { StaticScreenHandover } from './static-screen.js';
import { SheetActions } from './sheet-actions.js';
import type { SuggestionBasis } from './suggest-country.js';
import { renderAbout, renderEmergency, renderFilters, renderResult } from './views.js';
import { findLines } from './find-lines.js';
import { LaterScreensLoad } from './screens-code.js';
import { idle } from '../shared/idle.js';
import type { FinderView } from './views.js';
import type * as NumberReportView from './number-report-view.js';
import { styles } from './hotline-finder.styles.js';
import { loadOnce, loadWithLocale } from '../localization.js';
import { cldrNamesFor, loadCldrNames } from '../shared/cldr-names.js';

export { SafeContactEvent, SafeFilterChangeEvent } from './events.js';
export type { HotlineFilters, SafeContactAction } from './events.js';

/** How many lines are shown before "Show more" when `limit` is not set or cannot be used. */
const defaultLimit = 5;

let instances = 0;

// The names of countries and languages, and the words of dates, of each language the finder shows
// come beside its messages: one language's, not all eight.
loadWithLocale(loadCldrNames);

/** Loads "This number did not work" once per page; a failed load is retried on the next call. */
const loadReportView: () => Promise<typeof NumberReportView> = loadOnce(() => import('./number-report-view.js'));

/**
 * A hotline finder: the lines that help with a person's problem, in their language, open now and
 * reachable from where they are, each one tap away; the country's emergency numbers always on top.
 *
 * By default it uses the data bundled in the package (built from sourced research, every entry
 * with its source and the date it was last confirmed), fetched a country at a time: the country
 * shown and the home country first, another when the person chooses it. With `src` it loads a data file in the same
 * format (docs/data-format.md) and falls back to the bundled data, saying so, when that fails.
 *
 * When `country` is not set, it suggests one from the page's language and the device's time zone
 * only (never the IP address, never a permission prompt), and says so. "Save contact" downloads a
 * vCard made in the page (no request). "Print this list" and "Share this list" give the country's
 * sourced emergency numbers and the top lines for the chosen need, each number whole and with the
 * date of its source: printed as a clean one-page sheet, or as plain text through the phone's share
 * sheet (or the clipboard where there is none). On `safe-exit` (from `<safe-exit-button>`) it resets every
 * filter and forgets what was copied.
 *
 * Loaded by the CDN loader with `country` set (and no `src`, not `compact`), the finder first shows a
 * static first screen the loader paints in its shadow root from a small part made at build time: the
 * heading, the country's emergency numbers and its lines, each number a `tel:` link, in the page's
 * language (first-screen.ts). The finder shows nothing of its own until its call buttons are ready,
 * then replaces it in one update.
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
 * @csspart status - The line that says how many lines were found, or what went wrong; read out by screen readers after the person changes a filter, never on load.
 * @csspart results - The list of lines.
 * @csspart result - One line.
 * @csspart result-name - A line's name.
 * @csspart operator - Who runs the line.
 * @csspart badge - The open-now badge; also `badge-open`, `badge-closed` or `badge-unknown`.
 * @csspart contact - A button that calls, texts or opens a channel.
 * @csspart copy - A copy button.
 * @csspart languages - The languages a line answers in.
 * @csspart provenance - Why the line is or is not shown as confirmed ("Confirmed by a call on …", "Seen in a source dated …", "Not confirmed since …"), with the link to the source.
 * @csspart result-kind - Under a name not in the reader's language: what kind of service the line is, in their language.
 * @csspart hours-unknown - With "Open now only": the "Hours not known" heading over lines whose hours no source gives.
 * @csspart save-name - The name a saved contact gets; prefilled with a first name that says nothing about the line.
 * @csspart save - The "Save contact" link.
 * @csspart number-report - "This number did not work" (with `report-number-to`): what would be sent, and the link that sends it.
 * @csspart number-report-link - The link that sends a "This number did not work" report.
 * @csspart more - The "Show more" button.
 * @csspart empty - What is shown when no line fits.
 * @csspart retry-button - "Try again", shown when the lines of the country chosen, or the lists of choices that load after the first screen, could not be fetched (a dropped connection).
 * @csspart print-share - The "Print this list" and "Share this list" buttons, shown when a country is chosen (not in a compact finder).
 * @csspart print-button - "Print this list": opens the browser's print dialog with the sheet.
 * @csspart share-button - "Share this list": the phone's share sheet with the list as text, or the clipboard where there is none.
 * @csspart print-sheet - The list as printed: shown only on paper, in place of everything else.
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
  static override styles = [baseStyles, tokenStyles, localePickerStyles, styles, countryListStyles];

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

  /**
   * Where "This number did not work" goes: `mailto:team@ngo.example`, an `https:` address (the
   * report's fields are added as query parameters) or a Telegram username (`@ngo_team`). When set,
   * each line offers the action and shows exactly what would be sent; nothing is sent until the
   * person taps the link. Absent (the default) or not usable: no such action.
   */
  @property({ attribute: 'report-number-to', converter: textAttribute }) reportNumberTo = '';

  /** How many lines to show before "Show more": a whole number from 1; any other value shows 5. */
  @property({ attribute: 'limit', type: Number }) limit = defaultLimit;

  /** Hides the filters and the notes under the list: for a small space beside other content; a compact finder is not a landmark region of its own. */
  @property({ attribute: 'compact', type: Boolean, reflect: true }) compact = false;

  /** A directory to use instead of the bundled data or `src` (for pages that load data themselves). */
  @property({ attribute: false }) directory: HotlineDirectory | undefined;

  /** The moment "open now" is worked out for; when unset, the current time, refreshed every minute. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private filters: HotlineFilters = emptyFilters();
  @state() private active: CheckedDataDirectory | undefined;
  @state() private shown = 0;
  @state() private announcement = '';
  @state() private suggested: SuggestionBasis | undefined;
  @state() private tick = 0;
  /** "Print or share", once its chunk has arrived. */
  /** "This number did not work", once its chunk has arrived (fetched only with `report-number-to`). */
  @state() private reportView: typeof NumberReportView | undefined;

  private touched = false;
  private screensTried = false;
  /** No line was found at the last render: the empty view needs the later screens, asked for once. */
  private emptyShown = false;
  private emptyAsked = false;
  /** Set while a country is to be suggested once the later screens (which suggest it) arrive. */
  private suggesting: Promise<void> | undefined;
  private readonly later = new LaterScreensLoad(this);
  private reportTried = false;
  private readonly data = new HotlineDataLoader(
    this,
    (directory) => this.setDirectory(directory),
    (directory) => (this.active = directory),
  );
  private clock: ReturnType<typeof setInterval> | undefined;
  private readonly uid = `shf${++instances}`;
  private focusIndex = -1;
  /** Set once the finder speaks its language (or could not load its messages). */
  private localeSettled = false;
  /**
   * The loader's static first screen, until the finder's own has its call buttons: its messages and
   * its country's data have come (or failed to: then it says so and offers "Try again").
   */
  private readonly sheet = new SheetActions(
    this,
    () => ({ directory: this.active!, filters: this.filters, now: this.now, locale: this.renderLocale }),
    (said) => (this.announcement = said),
  );
  private readonly handover = new StaticScreenHandover(this, () => this.localeSettled && !!this.active && !this.data.loading);

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit renders into a shadow root that is there already: the loader's static first screen.
    this.handover.adopt(this.shadowRoot);
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const settled = () => {
      this.localeSettled = true;
      this.requestUpdate();
    };
    void this.localeApplied.then(settled, settled);
    window.addEventListener('safe-exit', this.onSafeExit);
    this.clock = setInterval(() => {
      if (!this.now) this.tick += 1;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('safe-exit', this.onSafeExit);
    clearInterval(this.clock);
  }

  /** The filters now in use. */
  get currentFilters(): HotlineFilters {
    return this.filters;
  }

  /** Which data is in use: `bundled`, `remote`, `bundled-fallback` (the `src` file failed) or `custom`. */
  get dataOrigin(): HotlineDirectory['origin']['kind'] | undefined {
    return this.active?.origin.kind;
  }

  /**
   * Resolves once the data (bundled, given, or loaded from `src`) is in use and rendered; with the
   * bundled data, once the countries shown have arrived (after choosing another country, await it
   * again).
   */
  get dataReady(): Promise<void> {
    // With no country to show, the country suggested comes first (its code comes with the later screens).
    const suggested = this.suggesting ?? Promise.resolve();
    return suggested.then(() => this.updateComplete).then(() => this.data.ready);
  }

  /**
   * Resolves once the finder's later screens have loaded and rendered: the full lists of "Where are
   * you now?" and "What do you need help with?", "More choices", what is shown when no line fits,
   * and "Print this list" and "Share this list". The finder loads them in idle time after its first
   * screen (a control reached sooner says "Loading…" and works once they arrive); awaiting this
   * starts the load at once. Rejects when they could not be fetched (the next try fetches again).
   */
  get screensReady(): Promise<void> {
    return this.later.load().then(() => this.updateComplete.then(() => undefined));
  }

  /**
   * Resolves once "This number did not work" is shown with `report-number-to` (its code, which checks
   * the address with the SDK's schema, is fetched after the first screen, or when this is first
   * read) and `report-number-to` has been checked; at once when it is not set.
   */
  get numberReportReady(): Promise<void> {
    if (!this.reportNumberTo.trim()) return this.updateComplete.then(() => undefined);
    return this.numberReportView().then(() => this.updateComplete.then(() => undefined));
  }

  /** The "This number did not work" module, loaded once; checks `report-number-to` when it arrives. */
  private async numberReportView(): Promise<typeof NumberReportView> {
    if (this.reportView) return this.reportView;
    const view = await loadReportView();
    if (!this.reportView) {
      this.reportView = view;
      this.checkReportNumberTo();
    }
    return view;
  }

  private checkReportNumberTo(): void {
    this.checkAttribute('report-number-to', this.reportNumberTo, !this.reportNumberTo.trim() || !!this.numberReportChannel, 'mailto:ADDRESS, an https: address or a Telegram username such as @ngo_team', 'no "This number did not work" action is offered');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkAttributes(changed);
    // Their fetch failed with the messages' (English names are shown meanwhile): tried again, then rendered.
    cldrNamesFor(this.renderLocale, () => this.requestUpdate());
    if (changed.has('directory') || changed.has('src')) this.data.choose(this.directory, this.src);
    if (['country', 'region', 'need', 'from'].some((k) => changed.has(k as keyof SafeHotlineFinder)) && !this.touched) this.resetFilters();
    if (changed.has('limit')) this.shown = this.pageSize;
    // The bundled data comes a country at a time: the one shown and the home country, or every
    // country when none is chosen (then lines from every country are listed).
    const f = this.filters;
    this.data.cover(f.country ? [f.country, f.from] : this.suggesting ? [] : 'all');
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
    // Until its code has arrived, `report-number-to` is checked when it does (numberReportView).
    if (changed.has('reportNumberTo') && this.reportView) this.checkReportNumberTo();
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

  /** `report-number-to` as a channel the SDK accepts, or undefined (also until its code has arrived). */
  private get numberReportChannel(): NumberReportChannel | undefined {
    return this.reportView?.reportChannel(this.reportNumberTo);
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

  private setDirectory(directory: CheckedDataDirectory): void {
    this.active = directory;
    if (!this.touched) this.resetFilters();
    if (directory.origin.kind === 'bundled-fallback') this.warnDeveloper('src', directory.origin.error, 'warn', 'the bundled data is used');
    else if (directory.origin.kind === 'remote') this.clearError('src');
  }

  private resetFilters(): void {
    const known = this.active?.countries() ?? [];
    let country = this.countryValue;
    let from = this.fromValue;
    this.suggested = undefined;
    const screens = this.later.screens;
    // The suggestion's code comes with the later screens: fetched now, and the filters set again then.
    if (!country && known.length && !screens) this.suggesting ??= this.later.load().then(() => this.suggestionCame(), (error: unknown) => this.suggestionCame(error));
    if (!country && known.length && screens) {
      const guess = screens.suggestCountry({
        timeZone: screens.deviceTimeZone(),
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

  /** The later screens came, with the code that suggests a country (or could not: then every country's lines are listed). */
  private suggestionCame(error?: unknown): void {
    this.suggesting = undefined;
    if (error) console.error('<safe-hotline-finder>: no country could be suggested', error);
    if (!this.touched) this.resetFilters();
    this.requestUpdate();
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

  override render() {
    if (this.handover.holding) return nothing;
    const results = this.active ? findLines(this.active, this.filters, this.now ?? new Date()) : [];
    const visible = results.slice(0, this.shown);
    const remaining = results.length - visible.length;
    const f = this.filters;
    const view = this.view();
    const status = this.statusText(results.length);
    this.emptyShown = !this.data.loading && !this.data.failed && results.length === 0 && !this.suggesting;
    // Spoken only after the person changed something: read out unasked on load, or beside the offer
    // checker's verdict (which takes focus), it drowned what the page was saying. Once spoken, the
    // visible line is hidden from screen readers, so that reading on does not say it twice.
    const waiting = this.later.waitText();
    const spoken = waiting || (this.touched ? status : '');
    const sheet = this.sheet.renderSheet(!this.compact && !!f.country && !!this.active);
    const filters = html`${this.compact ? nothing : renderFilters(view)}
      <p part="status" aria-hidden=${this.touched && status ? 'true' : nothing}>${status}</p>
      <span class="visually-hidden" role="status" aria-live="polite">${spoken}</span>
      ${waiting ? html`<p class="wait" aria-hidden="true">${waiting}</p>` : nothing} ${this.later.renderRetry()}`;
    const lines = html`${this.data.failed ? html`<button part="retry-button" class="more" type="button" @click=${() => this.data.retry()}>${msg('Try again')}</button>` : nothing}
    ${this.data.loading || this.data.failed
      ? nothing
      : results.length === 0
        ? (this.later.screens?.renderEmpty(view) ?? nothing)
        : html`${this.renderResults(view, visible)}
          ${remaining > 0 ? html`<button part="more" class="more" type="button" @click=${this.showMore}>${msg(str`Show more (${remaining})`)}</button>` : nothing}`}`;
    // Where the page names the country, its lines come right under the emergency numbers and the
    // filters follow them: the lines are where the static first screen showed them (first-screen.ts),
    // and a call is the first thing under the emergency bar. Without a country, choosing one comes
    // first; a compact finder (no filters, no static screen) keeps its status line above its lines.
    const content = html`
        ${this.renderLocalePicker()}
        <h2 part="title" id="${this.uid}-title">${msg('Find a helpline')}</h2>
        ${renderEmergency(view, f.country)} ${this.countryValue && !this.compact ? html`${lines} ${filters}` : html`${filters} ${lines}`}
        ${!this.compact && f.country && this.active && !this.data.loading && !this.data.failed ? (this.later.screens?.renderPrintShare(this.sheet.print, this.sheet.share) ?? nothing) : nothing}
        ${this.compact || !this.active ? nothing : renderAbout(view)}
        ${sheet ?? nothing}
        <span class="visually-hidden" role="status" aria-live="assertive">${this.announcement}</span>
    `;
    // A compact finder sits inside other content (the offer checker's result, a sidebar): it is not a
    // landmark of its own, so a page with a full finder too has one "Find a helpline" region, not two.
    return this.compact
      ? html`<div part="base" lang=${this.renderLocale}>${content}</div>`
      : html`<section part="base" class=${sheet ? 'printable' : nothing} lang=${this.renderLocale} aria-labelledby="${this.uid}-title">${content}</section>`;
  }

  /**
   * The lines; with "Open now only", those whose hours no source gives follow under "Hours not
   * known" instead of being dropped: at 3 am the trafficking line may be the only one that helps.
   */
  private renderResults(view: FinderView, visible: readonly HotlineResult[]) {
    const unknown = (r: HotlineResult) => r.reasons.some((reason) => reason.code === 'hours-not-known');
    const known = this.filters.openNow ? visible.filter((r) => !unknown(r)) : visible;
    const rest = this.filters.openNow ? visible.filter(unknown) : [];
    const indexOf = (r: HotlineResult) => visible.indexOf(r);
    return html`${known.length
      ? html`<ul part="results" class="results">
          ${known.map((r) => renderResult(view, r, indexOf(r)))}
        </ul>`
      : nothing}
    ${rest.length
      ? html`<h3 part="hours-unknown" class="group" id="${this.uid}-unknown">${msg('Hours not known')}</h3>
          <p class="group-note">${msg('No source gives the hours of these lines. They may be open now.')}</p>
          <ul part="results" class="results" aria-labelledby="${this.uid}-unknown">
            ${rest.map((r) => renderResult(view, r, indexOf(r)))}
          </ul>`
      : nothing}`;
  }

  protected override updated(): void {
    // The later screens in the first idle period once the list speaks the page's language, so that
    // they share the network with neither; at once when no line fits (the empty view is theirs). A
    // compact finder shows no lists and no print or share: it fetches them only for the empty view.
    if (!this.later.screens && !this.data.loading && this.emptyShown && !this.emptyAsked) this.later.want();
    this.emptyAsked ||= this.emptyShown;
    if (!this.screensTried && !this.data.loading && !this.compact) {
      this.screensTried = true;
      void this.afterLocale(() => idle()).then(() => this.later.load()).catch((error: unknown) => console.error('<safe-hotline-finder>: its choices could not be loaded; reaching for one tries again', error));
    }
    // After the first render with the country's data, so that neither the list nor the data a
    // number to call waits for shares the network with it: the sheet is there long before anyone
    // prints. Tried once here; a failed load is tried again when the person presses Print or Share.
    if (!this.compact && !this.data.loading) this.sheet.preload();
    // "This number did not work" likewise, only where the site configured where reports go.
    if (!this.reportView && !this.reportTried && !this.data.loading && this.reportNumberTo.trim()) {
      this.reportTried = true;
      void this.numberReportView().catch((error: unknown) => console.error('<safe-hotline-finder>: "This number did not work" could not be loaded', error));
    }
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
    if (this.data.loading) return msg('Loading the list…');
    if (this.data.failed) return msg('The list could not be loaded. Check your connection and try again.');
    const parts: string[] = [];
    if (this.active?.origin.kind === 'bundled-fallback') parts.push(msg('The online list could not be loaded, so the built-in list is shown.'));
    if (this.suggested && this.filters.country) parts.push(msg('The country was chosen from your device settings. Change it if it is wrong.'));
    if (!this.filters.country && count > 0) parts.push(msg('No country is chosen, so lines from every country are shown.'));
    if (count > 0) parts.push(msg(str`Lines found: ${count}.`));
    return parts.join(' ');
  }

  private view(): FinderView {
    return {
      directory: this.active,
      arriving: this.data.loading || this.data.failed,
      filters: this.filters,
      locale: this.renderLocale,
      uid: this.uid,
      now: this.now,
      numberReportChannel: this.numberReportChannel,
      numberReportView: this.reportView,
      screens: this.later.screens,
      want: this.later.want,
      setFilter: (key, value) => this.setFilter(key, value),
      widen: () => this.widen(),
      copy: (hotline, channel, index) => void this.copy(hotline, channel, index),
      emit: (event) => this.emit(event),
    };
  }

  private widen(): void {
    this.touched = true;
    this.filters = { ...this.filters, need: '', channel: '', openNow: false, language: '' };
    this.emit(new SafeFilterChangeEvent(this.filters));
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
}

function emptyFilters(): HotlineFilters {
  return { country: '', region: '', need: '', language: '', channel: '', openNow: false, from: '' };
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-hotline-finder': SafeHotlineFinder;
  }
}

import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { SafeElement } from '../shared/safe-element.js';
import { defaultExitHref } from '../shared/exit-href.js';
// The built-in exit button: composed by its tag, so only its defining module is imported.
import '../exit-button/exit-button.js';
import { countryCode, textAttribute, webAddress } from '../shared/attribute-values.js';
import { contactChannels, reportIndicators, reporterRoles, reportSchema } from '../../sdk/report/schema.js';
import type { Report, ReportIndicator } from '../../sdk/report/schema.js';
import { ReportClient, ReportDeliveryError, ReportValidationError } from '../../sdk/report/client.js';
import type { PendingReport, ReportClientOptions } from '../../sdk/report/client.js';
import { ReportConfigError, ReportCryptoError } from '../../sdk/report/errors.js';
import { parseReportPublicKey } from '../../sdk/report/crypto.js';
import { SafeError } from '../../sdk/errors.js';
import type { PropertyValues } from 'lit';
import { checkDraft, emptyDraft, fieldStep, problemsFromIssues, problemsOnStep, steps, toReportInput } from './draft.js';
import type { Draft, FieldId, FieldProblem, StepId, YesNoUnknown } from './draft.js';
import {
  addressLabel,
  channelLabel,
  failureText,
  indicatorLabel,
  partialDate,
  problemText,
  roleLabel,
  serviceLabel,
  yesNoUnknownLabel,
} from './messages.js';
import { emailChannel, fallbackChannels, mailtoWithReport, phoneChannel, telegramChannel } from './channels.js';
import type { FallbackChannel } from './channels.js';
import { countriesWithEmergencyNumbers, emergencyCalls, loadEmergencyDirectory } from '../shared/emergency-numbers.js';
import type { HotlineDirectory } from '../../sdk/hotlines/directory.js';
import { styles } from './report-form.styles.js';
import { baseStyles } from '../shared/base.styles.js';
import { localePickerStyles } from '../shared/locale-picker.styles.js';
import { tokenStyles } from '../shared/tokens.styles.js';

/**
 * Fired when the person presses "Send report", after the report passed every check and before
 * anything leaves the page. Cancel it (`preventDefault()`) to deliver the report yourself: the form
 * then sends nothing and stays on "Check your report".
 *
 * Unlike the other events it carries what the person wrote (`report`), because a site that
 * delivers reports itself needs it. Never log it, and send it nowhere but to the organisation.
 */
export class SafeReportSubmitEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-report-submit';

  constructor(
    /** The checked report, exactly as the form would send it (before any encryption). */
    readonly report: Report,
  ) {
    super(SafeReportSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the organisation's server has confirmed the report. Carries the receipt code only. */
export class SafeReportSentEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-report-sent';

  constructor(
    /** The code the server gave for this report, as the person sees it. */
    readonly receipt: string,
  ) {
    super(SafeReportSentEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Why a report has not arrived: a delivery code of `ReportDeliveryError` (`network`, `timeout`,
 * `deadline`, `rate-limited`, `server`, `rejected`, `bad-reply`), or a setup problem found when
 * sending (`endpoint-invalid`, `endpoint-insecure`, `key-invalid`, `key-is-private`,
 * `crypto-unavailable`).
 */
export type SafeReportFailureCode = string;

/** Fired when a report could not be sent, after every retry. Carries the error code only. */
export class SafeReportFailedEvent extends Event {
  /** The event's type, for listeners typed by `GlobalEventHandlersEventMap`. */
  static readonly eventName = 'safe-report-failed';

  constructor(
    /** Why it failed; never any of the report's text. */
    readonly code: SafeReportFailureCode,
  ) {
    super(SafeReportFailedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The delivery client's options a site may tune: timeouts and retries for very slow networks. */
export type ReportFormDeliveryOptions = Pick<ReportClientOptions, 'timeout' | 'deadline' | 'retries' | 'backoff' | 'fetch'>;

type View = 'form' | 'sending' | 'sent' | 'failed';

/** Countries offered in "Where did it happen?": Central Asia and where its migrants most often go. */
const countryCodes = [
  'KZ', 'KG', 'UZ', 'TJ', 'TM', 'RU', 'TR', 'AE', 'SA', 'QA', 'KR', 'JP', 'CN', 'PL', 'DE', 'CZ',
  'LT', 'GB', 'US', 'IL', 'CY', 'TH', 'MY', 'BY', 'AZ', 'GE', 'AM', 'UA',
];

/**
 * A report form for a suspected case of trafficking or forced labour, written by the person
 * themselves or by someone who knows or saw them. It asks one thing per step, anonymous by default,
 * and never says "sent" before the organisation's server has confirmed the report.
 *
 * "Is anyone in danger right now?" comes first and shows the country's emergency numbers at once.
 * When anyone involved is under 18 the form says what the organisation may be required to do. The
 * person checks the report before sending it; after the server confirms, they get a receipt code.
 * When delivery fails after every retry, the report stays in the page's memory, "Try again" sends
 * the same report (the same idempotency key), and the site's fallback channels are offered, each
 * with a note of the trace it leaves on the phone.
 *
 * What the person types lives in memory only: no storage, no cookies, no history entries. A
 * `safe-exit` event from any `<safe-exit-button>` (one is built in) wipes the form: its fields, any
 * unsent report, focus and text. The form has no `required` attributes and uses `novalidate`:
 * errors are shown in an error summary that takes focus, and beside each field, in the same words.
 *
 * @summary An anonymous, step-by-step form to report a case, that never loses a report.
 *
 * @attribute lang - The language to show (`ru`, `kk`, `ky`, `uz`, `uz-Cyrl`, `tg`, `tk`, `en`); when absent, the nearest ancestor's `lang`, then the browser's languages decide. One the widgets do not speak (say `de`) is reported, and `<html lang>` or the browser's languages decide.
 *
 * @slot under-18-notice - The site's own words for what it must do when a child may be at risk; replaces the form's general notice.
 * @slot emergency - Extra advice shown with the emergency numbers when someone is in danger now.
 *
 * @csspart base - The form's box.
 * @csspart locale-picker - The language picker, shown with `show-locale-picker`.
 * @csspart exit-button - The built-in `<safe-exit-button>`.
 * @csspart back-button - "Back", on every step after the first.
 * @csspart progress - "Step N of M".
 * @csspart error-summary - The list of problems shown at the top of a step; it takes focus.
 * @csspart emergency - The emergency numbers shown when someone is in danger now.
 * @csspart notice - The under-18 notice.
 * @csspart continue-button - "Continue" on each question.
 * @csspart send-button - "Send report" on "Check your report".
 * @csspart receipt - The receipt code after the server has confirmed the report.
 * @csspart retry-button - "Try again" after a failed delivery.
 * @csspart fallbacks - The other ways to reach the organisation after a failed delivery.
 *
 * @cssproperty --safe-color-surface - The form's background, and the text on its buttons and confirmation panel (global).
 * @cssproperty --safe-color-text - The form's text and field borders; hints and lines are mixed from it (global).
 * @cssproperty --safe-color-accent - Buttons, the confirmation panel and information notices (global).
 * @cssproperty --safe-color-danger - Errors, the under-18 and danger notices, and the exit button (global).
 * @cssproperty --safe-color-focus - The focus ring, and the background of a focused button or link (global).
 * @cssproperty --safe-radius - Corner radius of the form and its buttons (global).
 * @cssproperty --safe-space-m - The base spacing (global).
 * @cssproperty --safe-font-family - The font (global).
 * @cssproperty --safe-report-form-max-width - The widest the form grows (default 40rem).
 *
 * @event {SafeReportSubmitEvent} safe-report-submit - When the person sends a checked report, before it leaves the page; cancelable, and carries the report.
 * @event {SafeReportSentEvent} safe-report-sent - When the server has confirmed the report; carries the receipt code only.
 * @event {SafeReportFailedEvent} safe-report-failed - When the report could not be sent after every retry; carries the error code only.
 * @event {SafeErrorEvent} safe-error - When an attribute holds a value the form cannot use: an unusable `endpoint` or `public-key` (the form then says it cannot send, and offers the other ways), or a value that is left out or replaced by its default.
 */
@customElement('safe-report-form')
@localized()
export class SafeReportForm extends SafeElement {
  static override styles = [baseStyles, tokenStyles, localePickerStyles, styles];

  /**
   * The URL reports are POSTed to (the organisation's receiver, `POST /reports`): `https:`, or plain
   * `http:` only to the same machine; a relative URL resolves against the page. Any other value
   * stops sending: the form says so at once and offers the fallback channels.
   */
  @property({ attribute: 'endpoint', converter: textAttribute }) endpoint = '';

  /**
   * The organisation's public key, as JWK JSON text (ECDH P-256). When set, the report is encrypted
   * in the page, so the web host and the server see only ciphertext. A key that cannot be used
   * stops sending: the form says so and offers the fallback channels.
   */
  @property({ attribute: 'public-key', converter: textAttribute }) publicKey = '';

  /**
   * The ISO 3166-1 country code whose emergency numbers are shown, e.g. `KZ`. When absent, or not a
   * country code, the form asks the person where they are.
   */
  @property({ attribute: 'country', converter: textAttribute }) country = '';

  /** The organisation's name, as the person knows it, shown as plain text; "the organisation" when empty. */
  @property({ attribute: 'org-name', converter: textAttribute }) orgName = '';

  /** The organisation's Telegram username (`name`, `@name` or `https://t.me/name`), offered when delivery fails; left out when it is not one. */
  @property({ attribute: 'telegram', converter: textAttribute }) telegram = '';

  /** The organisation's email address, offered when delivery fails; left out when it is not one. */
  @property({ attribute: 'email', converter: textAttribute }) email = '';

  /** The organisation's phone number (digits, spaces, `()-`, an optional leading `+`), offered when delivery fails; left out when it is not one. */
  @property({ attribute: 'phone', converter: textAttribute }) phone = '';

  /**
   * Where the built-in exit button takes the person: a neutral page. Only an `http:` or `https:`
   * address is used; when empty, or any other value (such as `javascript:`), the default weather page is.
   */
  @property({ attribute: 'exit-href', converter: textAttribute }) exitHref = defaultExitHref;

  /** Timeouts and retries for delivery; the defaults suit most mobile networks. */
  @property({ attribute: false }) deliveryOptions: ReportFormDeliveryOptions = {};

  @state() private step: StepId = 'danger';
  @state() private view: View = 'form';
  @state() private draft: Draft = emptyDraft();
  @state() private problems: FieldProblem[] = [];
  @state() private returnToCheck = false;
  @state() private receipt = '';
  @state() private failure = '';
  @state() private retryable = false;
  @state() private copied = false;
  @state() private setupProblem: SafeError | undefined;
  @state() private emergencyDirectory: HotlineDirectory | undefined;
  /** The country the person chose for emergency numbers; empty means the `country` attribute. */
  @state() private emergencyCountry = '';

  private client: ReportClient | undefined;
  private pendingReport: PendingReport | undefined;
  private sendController: AbortController | undefined;
  /** What to focus after the next render: a step heading, the error summary, or a field. */
  private focusTarget: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('safe-exit', this.onExit);
    if (!this.emergencyDirectory) {
      loadEmergencyDirectory().then(
        (directory) => (this.emergencyDirectory = directory),
        (error: unknown) => console.error('<safe-report-form> could not load the emergency numbers', error),
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('safe-exit', this.onExit);
  }

  /** Clears everything the person typed or was shown about their report, and starts again at the first step. */
  wipe(): void {
    this.sendController?.abort();
    this.sendController = undefined;
    this.client?.discardAll();
    this.pendingReport = undefined;
    const active = this.shadowRoot?.activeElement;
    if (active instanceof HTMLElement) active.blur();
    for (const form of this.renderRoot.querySelectorAll('form')) form.reset();
    if (this.copied) navigator.clipboard?.writeText('').catch(() => undefined);
    this.draft = emptyDraft();
    this.problems = [];
    this.step = 'danger';
    this.view = 'form';
    this.returnToCheck = false;
    this.receipt = '';
    this.failure = '';
    this.retryable = false;
    this.copied = false;
    this.emergencyCountry = '';
    this.focusTarget = undefined;
  }

  /**
   * Why this form cannot send reports as set up (a `ReportConfigError` or `ReportCryptoError` with
   * its `code`), or `undefined`. The same error is logged to the console when the setup changes.
   */
  get setupError(): SafeError | undefined {
    return this.setupProblem;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('publicKey') || changed.has('deliveryOptions')) this.configure();
    if (changed.has('country')) {
      this.checkAttribute('country', this.country, !!countryCode(this.country), 'a country code such as KZ (ISO 3166-1 alpha-2)', 'the form asks where the person is');
    }
    if (changed.has('telegram')) this.checkAttribute('telegram', this.telegram, !!telegramChannel(this.telegram), 'a Telegram username', 'it is not offered');
    if (changed.has('email')) this.checkAttribute('email', this.email, !!emailChannel(this.email), 'an email address', 'it is not offered');
    if (changed.has('phone')) this.checkAttribute('phone', this.phone, !!phoneChannel(this.phone), 'a phone number', 'it is not offered');
    if (changed.has('exitHref')) {
      this.checkAttribute('exit-href', this.exitHref, !!webAddress(this.exitHref), 'an http: or https: address', `the exit button leaves for ${defaultExitHref}`);
    }
  }

  /** `exit-href` when it is a web address, else the exit button's default. */
  private get exitTarget(): string {
    return (this.exitHref.trim() && webAddress(this.exitHref)) || defaultExitHref;
  }

  /**
   * Makes the delivery client for the current setup. A setup that cannot work is reported, never
   * thrown: each unusable attribute, so that a site with two mistakes sees both.
   */
  private configure(): void {
    this.client?.discardAll();
    this.client = undefined;
    for (const attribute of ['endpoint', 'public-key', 'deliveryOptions']) this.clearError(attribute);
    let publicKey: JsonWebKey | undefined;
    let keyProblem: SafeError | undefined;
    if (this.publicKey.trim()) {
      try {
        publicKey = parsePublicKeyText(this.publicKey);
      } catch (error) {
        keyProblem = error instanceof SafeError ? error : new ReportCryptoError('key-invalid', String(error));
      }
    }
    let clientProblem: SafeError | undefined;
    // With no endpoint the site may deliver reports itself (safe-report-submit); sending says so if not.
    if (this.endpoint.trim()) {
      try {
        const client = new ReportClient({ ...this.deliveryOptions, endpoint: this.endpoint, publicKey });
        // A bad key stops sending even when the endpoint is fine: the report must never go unencrypted.
        if (!keyProblem) this.client = client;
      } catch (error) {
        clientProblem = error instanceof SafeError ? error : new ReportConfigError('option-invalid', String(error));
      }
    }
    this.setupProblem = keyProblem ?? clientProblem;
    if (keyProblem) this.reportError('public-key', keyProblem, 'error', 'this form cannot send reports');
    if (clientProblem) {
      this.reportError(clientProblem.code === 'option-invalid' ? 'deliveryOptions' : 'endpoint', clientProblem, 'error', 'this form cannot send reports');
    }
  }

  private startAgain(): void {
    this.wipe();
    this.focusTarget = 'heading';
  }

  private readonly onExit = (): void => {
    // Wipe even when a listener cancelled the exit: the site may be running its own exit.
    this.wipe();
  };

  private get org(): string {
    return this.orgName.trim() || msg('the organisation');
  }

  private get channels(): FallbackChannel[] {
    return fallbackChannels({ telegram: this.telegram, email: this.email, phone: this.phone });
  }

  private set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this.draft = { ...this.draft, [key]: value };
  }

  private goTo(step: StepId, focus = 'heading'): void {
    this.step = step;
    this.view = 'form';
    this.focusTarget = focus;
  }

  protected override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const element = this.renderRoot.querySelector<HTMLElement>(target === 'heading' ? '[data-heading]' : target);
    // A group of radios is focused at its first choice, as GOV.UK's error summary does.
    const focusable = element?.localName === 'fieldset' ? element.querySelector('input') : element;
    focusable?.focus();
  }

  private onContinue(event: Event): void {
    event.preventDefault();
    const found = problemsOnStep(checkDraft(this.draft, this.renderLocale), this.step);
    this.problems = found;
    if (found.length > 0) {
      this.focusTarget = '[part="error-summary"]';
      return;
    }
    const next = this.returnToCheck ? 'check' : steps[steps.indexOf(this.step) + 1];
    if (next) this.goTo(next);
  }

  private onBack(): void {
    const previous = steps[steps.indexOf(this.step) - 1];
    this.problems = [];
    if (previous) this.goTo(previous);
  }

  private change(step: StepId): void {
    this.problems = [];
    this.returnToCheck = true;
    this.goTo(step);
  }

  private onSummaryLink(event: Event, field: FieldId): void {
    event.preventDefault();
    const step = fieldStep[field];
    if (step !== this.step) {
      this.returnToCheck = true;
      this.goTo(step, `#${field}`);
      return;
    }
    this.focusTarget = `#${field}`;
    this.requestUpdate();
  }

  private async onSend(event: Event): Promise<void> {
    event.preventDefault();
    const found = checkDraft(this.draft, this.renderLocale);
    this.problems = found;
    if (found.length > 0) {
      this.focusTarget = '[part="error-summary"]';
      return;
    }
    if (this.setupProblem) {
      this.fail(this.setupProblem.code, false);
      return;
    }
    const client = this.client;
    const input = toReportInput(this.draft, this.renderLocale);
    let pending: PendingReport | undefined;
    let report: Report;
    try {
      if (client) {
        pending = client.prepare(input);
        report = pending.report;
        // Sending an unchanged report again after a failure reuses its idempotency key, so that a
        // try that did arrive is not stored twice; a changed report is a new one.
        const earlier = this.pendingReport;
        if (earlier) {
          const same = JSON.stringify(earlier.report) === JSON.stringify(pending.report);
          client.discard(same ? pending.id : earlier.id);
          if (same) pending = earlier;
          else this.pendingReport = undefined;
        }
      } else {
        // No endpoint: the site may deliver the report itself from safe-report-submit.
        report = reportSchema.parse(input);
      }
    } catch (error) {
      if (!(error instanceof ReportValidationError)) throw error;
      this.problems = problemsFromIssues(error.issues);
      this.focusTarget = '[part="error-summary"]';
      return;
    }
    const submit = new SafeReportSubmitEvent(report);
    if (!this.dispatchEvent(submit)) {
      if (pending) client?.discard(pending.id);
      this.pendingReport = undefined;
      return;
    }
    if (!client || !pending) {
      const error = new ReportConfigError('endpoint-invalid', '<safe-report-form> has no endpoint, and no safe-report-submit listener delivered the report');
      console.error(error);
      this.fail(error.code, false);
      return;
    }
    this.pendingReport = pending;
    await this.deliver(client, pending);
  }

  private async onRetry(): Promise<void> {
    const pending = this.pendingReport;
    if (!pending || !this.client) return;
    await this.deliver(this.client, pending);
  }

  private async deliver(client: ReportClient, pending: PendingReport): Promise<void> {
    this.sendController?.abort();
    const controller = new AbortController();
    this.sendController = controller;
    this.view = 'sending';
    this.focusTarget = 'heading';
    try {
      const { receipt } = await client.send(pending, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.sendController = undefined;
      this.pendingReport = undefined;
      client.discard(pending.id);
      this.draft = emptyDraft();
      this.receipt = receipt;
      this.view = 'sent';
      this.focusTarget = 'heading';
      const sent = new SafeReportSentEvent(receipt);
      this.dispatchEvent(sent);
    } catch (error) {
      // An aborted delivery belongs to a wipe or a newer try, which has already set the view.
      if (controller.signal.aborted) return;
      this.sendController = undefined;
      if (error instanceof ReportDeliveryError) {
        this.fail(error.code, error.retryable);
      } else {
        console.error('<safe-report-form> could not send the report', error);
        this.fail(error instanceof SafeError ? error.code : 'setup', false);
      }
    }
  }

  private fail(code: string, retryable: boolean): void {
    this.failure = code;
    this.retryable = retryable;
    this.view = 'failed';
    this.focusTarget = 'heading';
    const failed = new SafeReportFailedEvent(code);
    this.dispatchEvent(failed);
  }

  private async copyReport(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.reportText());
      this.copied = true;
    } catch {
      this.copied = false;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#copy-text')?.select();
    }
  }

  /** The check-page rows, also used for the plain-text copy. */
  private summaryRows(): { step: StepId; key: string; value: string }[] {
    const d = this.draft;
    const notAnswered = msg('Not answered');
    const join = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n') || notAnswered;
    const contact =
      d.contactMode === 'anonymous'
        ? msg('No, keep me anonymous')
        : join([
            d.channel && channelLabel(d.channel),
            d.address.trim(),
            d.safeTimes.trim() && msg(str`Safe times: ${d.safeTimes.trim()}`),
            d.mayLeaveMessage === 'yes' && msg('They may leave a message'),
            d.mayLeaveMessage === 'no' && msg('Do not leave a message'),
            d.codeWord.trim() && msg(str`Code word: ${d.codeWord.trim()}`),
          ]);
    return [
      { step: 'danger', key: msg('Is anyone in danger right now?'), value: d.dangerNow ? yesNoUnknownLabel(d.dangerNow) : notAnswered },
      { step: 'role', key: msg('Who is this report about?'), value: d.reporterRole === '' || d.reporterRole === 'rather-not-say' ? notAnswered : roleLabel(d.reporterRole) },
      { step: 'what', key: msg('What happened?'), value: d.description.trim() || notAnswered },
      { step: 'signs', key: msg('Did any of these happen?'), value: join(d.indicators.map(indicatorLabel)) },
      {
        step: 'where',
        key: msg('Where and when did it happen?'),
        value: join([
          d.country && this.countryName(d.country),
          d.city.trim(),
          d.placeDetails.trim(),
          d.whenText.trim(),
          d.ongoing === 'yes' && msg('It is still happening'),
          d.ongoing === 'no' && msg('It has stopped'),
        ]),
      },
      {
        step: 'people',
        key: msg('People involved'),
        value: join([
          d.peopleCount.trim() && msg(str`Number of people: ${d.peopleCount.trim()}`),
          d.anyUnder18 && msg(str`Anyone under 18: ${yesNoUnknownLabel(d.anyUnder18)}`),
        ]),
      },
      { step: 'contact', key: msg(str`Can ${this.org} contact you?`), value: contact },
    ];
  }

  private reportText(): string {
    return this.summaryRows()
      .map((row) => `${row.key}\n${row.value}`)
      .join('\n\n');
  }

  private countryName(code: string): string {
    try {
      return new Intl.DisplayNames([this.renderLocale, 'en'], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────────────────

  override render() {
    return html`
      <div part="base" lang=${this.renderLocale}>
        ${this.renderLocalePicker()}
        <div class="top">
          ${this.view === 'form' && this.step !== 'danger'
            ? html`<button part="back-button" class="link back" type="button" @click=${this.onBack}>${msg('Back')}</button>`
            : nothing}
          <safe-exit-button part="exit-button" href=${this.exitTarget}></safe-exit-button>
        </div>
        ${this.setupProblem && this.view === 'form'
          ? html`<div class="notice" role="note">
              <p>${msg(str`This form cannot send reports right now. You can still write your report, then copy it or reach ${this.org} another way.`)}</p>
            </div>`
          : nothing}
        ${this.view === 'form' ? this.renderStep() : nothing} ${this.view === 'sending' ? this.renderSending() : nothing}
        ${this.view === 'sent' ? this.renderSent() : nothing} ${this.view === 'failed' ? this.renderFailed() : nothing}
      </div>
    `;
  }

  private renderStep(): TemplateResult {
    const index = steps.indexOf(this.step) + 1;
    const isCheck = this.step === 'check';
    return html`
      <form novalidate autocomplete="off" @submit=${isCheck ? this.onSend : this.onContinue}>
        ${this.renderErrorSummary()}
        <p part="progress" class="caption">${msg(str`Step ${index} of ${steps.length}`)}</p>
        ${this.renderQuestion()}
        <div class="actions">
          ${isCheck
            ? html`<button part="send-button" class="button" type="submit">${msg('Send report')}</button>`
            : html`<button part="continue-button" class="button" type="submit">${msg('Continue')}</button>`}
        </div>
      </form>
    `;
  }

  private renderQuestion(): TemplateResult {
    switch (this.step) {
      case 'danger':
        return this.renderDanger();
      case 'role':
        return this.renderRole();
      case 'what':
        return this.renderWhat();
      case 'signs':
        return this.renderSigns();
      case 'where':
        return this.renderWhere();
      case 'people':
        return this.renderPeople();
      case 'contact':
        return this.renderContact();
      case 'check':
        return this.renderCheck();
    }
  }

  private visibleProblems(): FieldProblem[] {
    return this.step === 'check' ? this.problems : problemsOnStep(this.problems, this.step);
  }

  private problemFor(field: FieldId): FieldProblem | undefined {
    return this.visibleProblems().find((p) => p.field === field);
  }

  private renderErrorSummary() {
    const problems = this.visibleProblems();
    if (problems.length === 0) return nothing;
    return html`
      <div part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">${msg('There is a problem')}</h2>
        <ul>
          ${problems.map(
            (p) =>
              html`<li>
                <a href="#${p.field}" @click=${(e: Event) => this.onSummaryLink(e, p.field)}
                  >${problemText(p, this.draft.channel, this.org)}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private errorMessage(field: FieldId) {
    const problem = this.problemFor(field);
    if (!problem) return nothing;
    return html`<p class="error-message" id="${field}-error">
      <span class="visually-hidden">${msg('Error:')}</span> ${problemText(problem, this.draft.channel, this.org)}
    </p>`;
  }

  private describedBy(field: FieldId, hint?: string): string {
    return [hint, this.problemFor(field) ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  private radios<T extends string>(name: keyof Draft, options: readonly { value: T; label: string }[], current: string) {
    return html`<div class="choices">
      ${options.map(
        (o) =>
          html`<label class="choice"
            ><input
              type="radio"
              name=${name}
              .value=${o.value}
              .checked=${live(current === o.value)}
              @change=${() => this.set(name, o.value as never)}
            /><span>${o.label}</span></label
          >`,
      )}
    </div>`;
  }

  private yesNoUnknownOptions(): { value: YesNoUnknown; label: string }[] {
    return (['yes', 'no', 'unknown'] as const).map((value) => ({ value, label: yesNoUnknownLabel(value) }));
  }

  private textField(
    field: FieldId,
    key: 'city' | 'placeDetails' | 'whenText' | 'peopleCount' | 'address' | 'safeTimes' | 'codeWord',
    label: string,
    options: { hint?: string; inputmode?: string; short?: boolean } = {},
  ) {
    const hintId = options.hint ? `${field}-hint` : undefined;
    const problem = this.problemFor(field);
    return html`<div class="field ${problem ? 'has-error' : ''}">
      <label class="field-label" for=${field}>${label}</label>
      ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing} ${this.errorMessage(field)}
      <input
        id=${field}
        type="text"
        class=${options.short ? 'short' : ''}
        autocomplete="off"
        inputmode=${options.inputmode ?? 'text'}
        aria-describedby=${this.describedBy(field, hintId) || nothing}
        aria-invalid=${problem ? 'true' : nothing}
        .value=${live(this.draft[key])}
        @input=${(e: Event) => this.set(key, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private heading(text: string) {
    return html`<h2 tabindex="-1" data-heading>${text}</h2>`;
  }

  private renderDanger(): TemplateResult {
    const showNumbers = this.draft.dangerNow === 'yes' || this.draft.dangerNow === 'unknown';
    return html`
      <fieldset>
        <legend>${this.heading(msg('Is anyone in danger right now?'))}</legend>
        ${this.radios('dangerNow', this.yesNoUnknownOptions(), this.draft.dangerNow)}
      </fieldset>
      <div aria-live="polite">${showNumbers ? this.renderEmergency() : nothing}</div>
      ${showNumbers ? nothing : html`<p class="hint">${msg('You do not have to give your name. Only “What happened?” must be answered: you can skip any other question.')}</p>`}
    `;
  }

  private renderEmergency(): TemplateResult {
    const directory = this.emergencyDirectory;
    const country = this.emergencyCountry || (countryCode(this.country) ?? '');
    const found = directory ? emergencyCalls(directory, country) : undefined;
    const countries = directory ? countriesWithEmergencyNumbers(directory) : [];
    if (found && found.country && !countries.includes(found.country)) countries.push(found.country);
    const collator = new Intl.Collator(this.renderLocale);
    const options = countries.map((code) => ({ code, name: this.countryName(code) })).sort((a, b) => collator.compare(a.name, b.name));
    return html`<div part="emergency" class="notice">
      <h3>${msg('If someone is in danger now, call for help')}</h3>
      ${found && found.calls.length > 0
        ? html`<ul class="numbers">
              ${found.calls.map((call) => html`<li><a href=${call.href}>${serviceLabel(call.service)}: ${call.printed}</a></li>`)}
            </ul>
            ${found.lastConfirmed ? html`<p class="hint">${msg(str`Source last checked: ${partialDate(found.lastConfirmed, this.renderLocale)}`)}</p>` : nothing}`
        : html`<p>${msg('Call the local emergency number.')}</p>`}
      ${options.length > 0
        ? html`<div class="field">
            <label class="field-label" for="emergency-country">${msg('Where are you now?')}</label>
            <select id="emergency-country" @change=${(e: Event) => (this.emergencyCountry = (e.target as HTMLSelectElement).value)}>
              ${found?.country ? nothing : html`<option value="" selected>${msg('Choose a country')}</option>`}
              ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === found?.country}>${o.name}</option>`)}
            </select>
          </div>`
        : nothing}
      <slot name="emergency"></slot>
      <p>${msg('A report is not always read straight away: if someone is in danger, call now. You can still send this report.')}</p>
    </div>`;
  }

  private renderRole(): TemplateResult {
    const options = [
      ...reporterRoles.map((value) => ({ value, label: roleLabel(value) })),
      { value: 'rather-not-say' as const, label: msg('I would rather not say') },
    ];
    return html`
      <fieldset aria-describedby="role-hint">
        <legend>${this.heading(msg('Who is this report about?'))}</legend>
        <p class="hint" id="role-hint">${msg('You can skip this question.')}</p>
        ${this.radios('reporterRole', options, this.draft.reporterRole)}
      </fieldset>
    `;
  }

  private renderWhat(): TemplateResult {
    const problem = this.problemFor('description');
    return html`
      <div class="field ${problem ? 'has-error' : ''}">
        <h2 tabindex="-1" data-heading><label class="field-label" for="description">${msg('What happened?')}</label></h2>
        <p class="hint" id="description-hint">
          ${msg('Write in your own words, in any language. You do not need to give anyone’s name.')}
        </p>
        ${this.errorMessage('description')}
        <textarea
          id="description"
          rows="8"
          autocomplete="off"
          aria-describedby=${this.describedBy('description', 'description-hint')}
          aria-invalid=${problem ? 'true' : nothing}
          .value=${live(this.draft.description)}
          @input=${(e: Event) => this.set('description', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
    `;
  }

  private toggleIndicator(indicator: ReportIndicator, on: boolean): void {
    const rest = this.draft.indicators.filter((i) => i !== indicator);
    this.set('indicators', on ? reportIndicators.filter((i) => i === indicator || rest.includes(i)) : rest);
  }

  private renderSigns(): TemplateResult {
    return html`
      <fieldset aria-describedby="signs-hint">
        <legend>${this.heading(msg('Did any of these happen?'))}</legend>
        <p class="hint" id="signs-hint">${msg('Tick any that fit. You can leave them all empty.')}</p>
        <div class="choices">
          ${reportIndicators.map(
            (indicator) =>
              html`<label class="choice"
                ><input
                  type="checkbox"
                  .checked=${live(this.draft.indicators.includes(indicator))}
                  @change=${(e: Event) => this.toggleIndicator(indicator, (e.target as HTMLInputElement).checked)}
                /><span>${indicatorLabel(indicator)}</span></label
              >`,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderWhere(): TemplateResult {
    const collator = new Intl.Collator(this.renderLocale);
    const countries = countryCodes
      .map((code) => ({ code, name: this.countryName(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    return html`
      ${this.heading(msg('Where and when did it happen?'))}
      <p class="hint">${msg('You can skip this question. A rough answer is fine.')}</p>
      <div class="field">
        <label class="field-label" for="country">${msg('Country')}</label>
        <select id="country" @change=${(e: Event) => this.set('country', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.draft.country === ''}>${msg('Not sure, or not in this list')}</option>
          ${countries.map((c) => html`<option value=${c.code} ?selected=${this.draft.country === c.code}>${c.name}</option>`)}
        </select>
      </div>
      ${this.textField('city', 'city', msg('Town or city'))}
      ${this.textField('place-details', 'placeDetails', msg('More about the place'), {
        hint: msg('For example, a street, a market, or the name of a business.'),
      })}
      ${this.textField('when-text', 'whenText', msg('When did it happen?'), {
        hint: msg('For example, “last spring” or “since March”.'),
      })}
      <fieldset>
        <legend>${msg('Is it still happening?')}</legend>
        ${this.radios(
          'ongoing',
          [
            { value: 'yes', label: msg('Yes') },
            { value: 'no', label: msg('No') },
          ],
          this.draft.ongoing,
        )}
      </fieldset>
    `;
  }

  private renderUnder18Notice() {
    if (this.draft.anyUnder18 !== 'yes') return nothing;
    return html`<div part="notice" class="notice">
      <slot name="under-18-notice">
        <h3>${msg('If anyone is under 18')}</h3>
        <p>
          ${msg(
            str`When a child (anyone under 18) may be at risk, ${this.org} may be required by law to tell child-protection services or the police, especially if you give your contact details.`,
          )}
        </p>
        <p>${msg('You choose what to share. You can still stay anonymous.')}</p>
      </slot>
    </div>`;
  }

  private renderPeople(): TemplateResult {
    return html`
      ${this.heading(msg('People involved'))}
      <p class="hint">${msg('You can skip this question. A guess is fine.')}</p>
      ${this.textField('people-count', 'peopleCount', msg('How many people are in this situation?'), {
        hint: msg('Count yourself if it is about you.'),
        inputmode: 'numeric',
        short: true,
      })}
      <fieldset>
        <legend>${msg('Is anyone involved under 18? This includes you.')}</legend>
        ${this.radios('anyUnder18', this.yesNoUnknownOptions(), this.draft.anyUnder18)}
      </fieldset>
      <div aria-live="polite">${this.renderUnder18Notice()}</div>
    `;
  }

  private renderContact(): TemplateResult {
    const d = this.draft;
    const channelProblem = this.problemFor('channel');
    return html`
      <fieldset aria-describedby="contact-hint">
        <legend>${this.heading(msg(str`Is it safe for ${this.org} to contact you?`))}</legend>
        <p class="hint" id="contact-hint">
          ${msg(str`If you stay anonymous, ${this.org} will not know who you are and cannot reply to you.`)}
        </p>
        <div class="choices">
          <label class="choice"
            ><input
              type="radio"
              name="contactMode"
              .checked=${live(d.contactMode === 'anonymous')}
              @change=${() => this.set('contactMode', 'anonymous')}
            /><span>${msg('No, keep me anonymous')}</span></label
          >
          <label class="choice"
            ><input
              type="radio"
              name="contactMode"
              .checked=${live(d.contactMode === 'contact')}
              @change=${() => this.set('contactMode', 'contact')}
            /><span>${msg('Yes, it is safe to contact me')}</span></label
          >
        </div>
      </fieldset>
      <div id="contact-details" class="conditional" ?hidden=${d.contactMode !== 'contact'}>
        ${d.contactMode === 'contact'
          ? html`
              <fieldset id="channel" class=${channelProblem ? 'has-error' : ''} aria-describedby=${this.describedBy('channel') || nothing}>
                <legend>${msg('How should they contact you?')}</legend>
                ${this.errorMessage('channel')}
                ${this.radios(
                  'channel',
                  contactChannels.map((value) => ({ value, label: channelLabel(value) })),
                  d.channel,
                )}
              </fieldset>
              ${this.textField('address', 'address', addressLabel(d.channel), {
                inputmode: d.channel === 'email' ? 'email' : d.channel === 'telegram' || d.channel === 'signal' ? 'text' : 'tel',
              })}
              ${this.textField('safe-times', 'safeTimes', msg('When is it safe to contact you?'), {
                hint: msg('For example, “weekdays after 18:00”. Leave it empty if any time is safe.'),
              })}
              <fieldset>
                <legend>${msg('May they leave a message if you do not answer?')}</legend>
                ${this.radios(
                  'mayLeaveMessage',
                  [
                    { value: 'yes', label: msg('Yes') },
                    { value: 'no', label: msg('No') },
                  ],
                  d.mayLeaveMessage,
                )}
              </fieldset>
              ${this.textField('code-word', 'codeWord', msg('A code word'), {
                hint: msg('They will say this word first, so you know it is them. You can leave it empty.'),
              })}
            `
          : nothing}
      </div>
      ${d.contactMode === 'contact' ? this.renderUnder18Notice() : nothing}
    `;
  }

  private renderCheck(): TemplateResult {
    const consentProblem = this.problemFor('consent');
    const encrypted = this.publicKey.trim() !== '';
    return html`
      ${this.heading(msg('Check your report'))}
      <dl>
        ${this.summaryRows().map(
          (row) => html`<div class="row">
            <dt>${row.key}</dt>
            <dd>${row.value}</dd>
            <dd class="change">
              <button class="link" type="button" @click=${() => this.change(row.step)}>
                ${msg('Change')}<span class="visually-hidden"> ${row.key}</span>
              </button>
            </dd>
          </div>`,
        )}
      </dl>
      ${this.renderUnder18Notice()}
      <h3>${msg('Send your report')}</h3>
      <p>
        ${encrypted
          ? msg(str`Your report is locked before it leaves this phone, so only ${this.org} can read it.`)
          : msg(str`Your report goes only to ${this.org}.`)}
        ${msg('Even without your name, the website can see your internet address when you send it.')}
      </p>
      <div class="field ${consentProblem ? 'has-error' : ''}">
        ${this.errorMessage('consent')}
        <label class="choice"
          ><input
            id="consent"
            type="checkbox"
            aria-describedby=${this.describedBy('consent') || nothing}
            aria-invalid=${consentProblem ? 'true' : nothing}
            .checked=${live(this.draft.consent)}
            @change=${(e: Event) => this.set('consent', (e.target as HTMLInputElement).checked)}
          /><span>${msg(str`I agree that ${this.org} may receive this report and use it to help.`)}</span></label
        >
      </div>
    `;
  }

  private renderSending(): TemplateResult {
    return html`<div role="status">
      ${this.heading(msg('Sending your report…'))}
      <p>${msg('Keep this page open. On a slow connection this can take a minute.')}</p>
    </div>`;
  }

  private renderSent(): TemplateResult {
    return html`
      <div class="panel">
        ${this.heading(msg(str`Your report has reached ${this.org}`))}
        <p>${msg('Your receipt code')}</p>
        <strong part="receipt">${this.receipt}</strong>
      </div>
      <p>${msg('Keep this code only if it is safe. It does not show what you wrote, but it shows that you sent a report.')}</p>
      <p>${msg('What you wrote has been cleared from this page.')}</p>
      <div class="actions">
        <button class="button secondary" type="button" @click=${this.startAgain}>${msg('Write another report')}</button>
      </div>
    `;
  }

  private renderFailed(): TemplateResult {
    const hasReport = this.draft.description.trim() !== '';
    return html`
      ${this.heading(msg('Your report has not been sent yet'))}
      <p>${failureText(this.failure, this.org)}</p>
      ${hasReport ? html`<p>${msg('Your report is still on this page. Nothing is lost while you keep this page open.')}</p>` : nothing}
      <div class="actions">
        ${this.retryable
          ? html`<button part="retry-button" class="button" type="button" @click=${this.onRetry}>${msg('Try again')}</button>`
          : nothing}
        <button class="button secondary" type="button" @click=${() => this.goTo('check')}>${msg('Go back to your report')}</button>
      </div>
      ${this.renderFallbacks()}
    `;
  }

  private renderFallbacks(): TemplateResult {
    const text = this.reportText();
    const subject = msg('A report');
    return html`
      <h3>${msg(str`Other ways to reach ${this.org}`)}</h3>
      <ul part="fallbacks" class="fallbacks">
        <li>
          <button class="button secondary" type="button" @click=${this.copyReport}>${msg('Copy your report')}</button>
          <span role="status">${this.copied ? msg('Copied.') : ''}</span>
          <p class="trace">${msg('Copying puts the text on your clipboard: clear it after pasting.')}</p>
        </li>
        ${this.channels.map((channel) => {
          switch (channel.kind) {
            case 'telegram':
              return html`<li>
                <a href=${channel.href} rel="noreferrer noopener" target="_blank">${msg(str`Write to ${this.org} on Telegram (${channel.label})`)}</a>
                <p class="trace">${msg('Copy your report first, then paste it into the chat.')}</p>
                <p class="trace">${msg('A Telegram message stays in your chat history: delete it after sending.')}</p>
              </li>`;
            case 'email': {
              const mail = mailtoWithReport(channel.label, subject, text);
              return html`<li>
                <a href=${mail.href}>${msg(str`Email ${this.org} (${channel.label})`)}</a>
                ${mail.hasBody ? nothing : html`<p class="trace">${msg('Copy your report first, then paste it into the email.')}</p>`}
                <p class="trace">${msg('An email stays in your sent mail: delete it after sending.')}</p>
              </li>`;
            }
            case 'phone':
              return html`<li>
                <a href=${channel.href}>${msg(str`Call ${this.org} (${channel.label})`)}</a>
                <p class="trace">${msg('A call shows in your call log: delete it after calling.')}</p>
              </li>`;
          }
        })}
      </ul>
    `;
  }
}

/** The `public-key` attribute's JWK, checked; throws `ReportCryptoError` when it is not JSON or not an ECDH P-256 public key. */
function parsePublicKeyText(text: string): JsonWebKey {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch (cause) {
    throw new ReportCryptoError('key-invalid', 'public-key must be the JWK as JSON text', { cause });
  }
  parseReportPublicKey(jwk);
  return jwk as JsonWebKey;
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-report-form': SafeReportForm;
  }
  interface GlobalEventHandlersEventMap {
    'safe-report-submit': SafeReportSubmitEvent;
    'safe-report-sent': SafeReportSentEvent;
    'safe-report-failed': SafeReportFailedEvent;
  }
}

import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { SafeElement } from '../shared/safe-element.js';
import { defaultExitHref } from '../shared/exit-href.js';
import { countryCode, textAttribute, webAddress } from '../shared/attribute-values.js';
import type { EmergencySource } from '../shared/emergency-numbers.js';
import { baseStyles } from '../shared/base.styles.js';
import { countryListStyles } from '../shared/country-list.styles.js';
import { localePickerStyles } from '../shared/locale-picker.styles.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { idle } from '../shared/idle.js';
// The built-in exit button: composed by its tag, so only its defining module is imported.
import '../exit-button/exit-button.js';
import { emailChannel, phoneChannel, telegramChannel } from './channels.js';
import type { DeliveryOutcome, ReportDelivery, ReportFormDeliveryOptions } from './delivery.js';
import { emptyDraft, fieldStep, problemsOnStep, steps } from './form-steps.js';
import type { Draft, FieldId, FieldProblem, StepId } from './form-steps.js';
import { SafeReportFailedEvent, SafeReportSentEvent, SafeReportSubmitEvent } from './events.js';
import type { SafeReportFailureCode } from './events.js';
import type { FollowUpPanel } from './follow-up.js';
import { loadSendingCode } from './sending-code.js';
import type { Sending } from './sending-code.js';
import { LaterStepsLoad } from './steps-code.js';
import type { LaterSteps } from './steps-code.js';
import type { ResultView } from './results.js';
import { renderDanger } from './danger-step.js';
import { StepHistory } from './history.js';
import { PageExitWatch, reserveExitSpace } from './page-exit.js';
import type { StepView } from './steps.js';
import type { EmergencyView } from './emergency.js';
import { loadNumbersWithNames } from './place-names.js';
import { styles } from './report-form.styles.js';

export { SafeReportFailedEvent, SafeReportSentEvent, SafeReportSubmitEvent } from './events.js';
export type { SafeReportFailureCode } from './events.js';
export type { ReportFormDeliveryOptions } from './delivery.js';

type View = 'form' | 'sending' | 'sent' | 'failed' | 'follow-up';


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
 * The first screen is the first question alone. The later steps load in idle time after it
 * (`stepsReady` resolves when they have), and a "Continue" pressed sooner says "Loading…" and moves
 * on once they are there, or offers "Try again" with every answer kept. Then the encryption,
 * delivery client and report schema load (`sendingReady` resolves when they have, and the form's
 * setup has been checked with them), and "Send report" pressed sooner says "Sending…" and sends
 * once they are there.
 *
 * What the person types lives in memory only: no storage, no cookies. The phone's Back gesture
 * goes to the previous step: each step adds a history entry with the same address whose state is
 * one number (see docs/report-form.md); a sent report or the exit button takes them away again. A
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
 * @csspart exit-button - The built-in `<safe-exit-button>`, shown only when the page has none of its own outside the form.
 * @csspart back-button - "Back", on every step after the first.
 * @csspart progress - "Step N of M".
 * @csspart error-summary - The list of problems shown at the top of a step; it takes focus.
 * @csspart emergency - The emergency numbers shown when someone is in danger now.
 * @csspart emergency-number - One emergency number's call link.
 * @csspart notice - The under-18 notice.
 * @csspart continue-button - "Continue" on each question.
 * @csspart send-button - "Send report" on "Check your report".
 * @csspart receipt - The receipt code after the server has confirmed the report.
 * @csspart retry-button - "Try again" after a failed delivery, and in place of "Continue" when the later steps could not be fetched.
 * @csspart fallbacks - The other ways to reach the organisation after a failed delivery.
 * @csspart follow-up-code - The follow-up code after the server has confirmed the report, with `follow-up`.
 * @csspart copy-code-button - "Copy the code", beside the follow-up code.
 * @csspart follow-up-link - "I have a follow-up code" on the first step, with `follow-up`.
 * @csspart follow-up - The view where a person reads replies with their follow-up code and answers.
 * @csspart follow-up-show-button - "Show replies" in that view.
 * @csspart follow-up-messages - The list of replies and answers.
 * @csspart follow-up-send-button - "Send answer" in that view.
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
  static override styles = [baseStyles, tokenStyles, localePickerStyles, styles, countryListStyles];

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

  /**
   * Offer the two-way follow-up: each report gets a follow-up code, shown with the receipt when the
   * receiver keeps it, and the first step offers "I have a follow-up code" to read the
   * organisation's replies and answer them. Only for a receiver that runs the inbox
   * (docs/report-form.md). The code is never stored on the phone.
   */
  @property({ attribute: 'follow-up', type: Boolean, reflect: true }) followUp = false;

  /** Timeouts and retries for delivery; the defaults suit most mobile networks. */
  @property({ attribute: false }) deliveryOptions: ReportFormDeliveryOptions = {};

  @state() private step: StepId = 'danger';
  @state() private view: View = 'form';
  @state() private draft: Draft = emptyDraft();
  @state() private problems: FieldProblem[] = [];
  @state() private returnToCheck = false;
  @state() private receipt = '';
  /** The follow-up code of the report just sent, while its receipt is shown. */
  @state() private followUpCode = '';
  @state() private failure: SafeReportFailureCode | undefined;
  @state() private retryable = false;
  @state() private emergencyDirectory: EmergencySource | undefined;
  /** The country the person chose for emergency numbers; empty means the `country` attribute. */
  @state() private emergencyCountry = '';
  /** The page's own `<safe-exit-button>`, when it has one outside this form: the form then shows none of its own. */
  private readonly pageExit = new PageExitWatch(this);

  /** The steps after the first and the views after "Send report", loaded after the first screen. */
  private readonly later = new LaterStepsLoad(this);
  /** The sending code, once loaded, with the delivery and follow-up view made from it. */
  private sending: Sending | undefined;
  private delivery: ReportDelivery | undefined;
  private followUpPanel: FollowUpPanel | undefined;
  /** Counts wipes, so that a send waiting for the sending code is dropped when the form was wiped meanwhile. */
  private wipes = 0;
  private readonly history = new StepHistory((step) => {
    // The phone's Back or Forward gesture: the step shows as it was left, answers and all; a
    // report on its way is not interrupted.
    if (this.view === 'sending') return;
    if (this.view === 'follow-up') this.followUpPanel?.forget();
    this.problems = [];
    this.goTo(step);
  });
  /** What to focus after the next render: a step heading, the error summary, or a field. */
  private focusTarget: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('safe-exit', this.onExit);
    this.history.connect();
    // Once the first question speaks the page's language (or could not: the numbers come all the same).
    if (!this.emergencyDirectory) {
      void this.afterLocale(() => loadNumbersWithNames(() => this.requestUpdate())).then((directory) => (this.emergencyDirectory = directory), (error: unknown) => console.error('<safe-report-form> could not load the emergency numbers', error));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('safe-exit', this.onExit);
    this.history.disconnect();
  }

  protected override firstUpdated(): void {
    // In the first idle time once the first screen speaks the page's language, the later steps
    // first (the next thing a person needs), then the sending code: Continue and Send rarely wait.
    void this.afterLocale(idle).then(async () => {
      await this.later.load().catch((error: unknown) => console.error('<safe-report-form> could not load its later steps; "Continue" tries again', error));
      await this.loadSending().catch((error: unknown) => console.error('<safe-report-form> could not load its sending code; "Send report" tries again', error));
    });
  }

  /**
   * Resolves once the steps after the first and the views after "Send report" have loaded, so that
   * "Continue" moves on at once. The form loads them in idle time after its first screen; awaiting
   * this starts the load at once. Rejects when they could not be fetched (the next try fetches again).
   */
  get stepsReady(): Promise<void> {
    return this.later.load().then(() => this.updateComplete.then(() => undefined));
  }

  /**
   * Resolves once the code that checks, encrypts and sends reports has loaded and the form's setup
   * has been checked with it: `setupError` is then set and any `safe-error` for `endpoint` or
   * `public-key` given, and "I have a follow-up code" shown with `follow-up`. The form loads it in
   * idle time after its first render; awaiting this starts the load at once. Rejects when it could
   * not be fetched (the next send or await tries again).
   */
  get sendingReady(): Promise<void> {
    return this.loadSending().then(() => this.updateComplete.then(() => undefined));
  }

  private async loadSending(): Promise<Sending> {
    const sending = await loadSendingCode();
    if (!this.sending) {
      this.sending = sending;
      this.delivery = new sending.ReportDelivery(this);
      this.followUpPanel = new sending.FollowUpPanel(this, () => this.delivery!);
      this.configure();
    }
    return sending;
  }

  /** Clears everything the person typed or was shown about their report, and starts again at the first step. */
  wipe(): void {
    this.wipes += 1;
    this.delivery?.wipe();
    const active = this.shadowRoot?.activeElement;
    if (active instanceof HTMLElement) active.blur();
    for (const form of this.renderRoot.querySelectorAll('form')) form.reset();
    this.later.forget();
    this.followUpPanel?.forget();
    this.history.forget();
    this.draft = emptyDraft();
    this.problems = [];
    this.step = 'danger';
    this.view = 'form';
    this.returnToCheck = false;
    this.receipt = '';
    this.followUpCode = '';
    this.failure = undefined;
    this.retryable = false;
    this.emergencyCountry = '';
    this.focusTarget = undefined;
  }

  /**
   * Why this form cannot send reports as set up (a `ReportConfigError` or `ReportCryptoError` with
   * its `code`), or `undefined`. The same error is logged to the console when the setup changes.
   */
  get setupError() {
    return this.delivery?.setupError;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('publicKey') || changed.has('deliveryOptions') || changed.has('followUp')) this.configure();
    if (changed.has('country')) this.checkAttribute('country', this.country, !!countryCode(this.country), 'a country code such as KZ (ISO 3166-1 alpha-2)', 'the form asks where the person is');
    if (changed.has('telegram')) this.checkAttribute('telegram', this.telegram, !!telegramChannel(this.telegram), 'a Telegram username', 'it is not offered');
    if (changed.has('email')) this.checkAttribute('email', this.email, !!emailChannel(this.email), 'an email address', 'it is not offered');
    if (changed.has('phone')) this.checkAttribute('phone', this.phone, !!phoneChannel(this.phone), 'a phone number', 'it is not offered');
    if (changed.has('exitHref')) this.checkAttribute('exit-href', this.exitHref, !!webAddress(this.exitHref), 'an http: or https: address', `the exit button leaves for ${defaultExitHref}`);
  }

  /** `exit-href` when it is a web address, else the exit button's default. */
  private get exitTarget(): string {
    return (this.exitHref.trim() && webAddress(this.exitHref)) || defaultExitHref;
  }

  /** Sets up delivery again; each attribute that stops sending is reported, never thrown. Before the sending code has loaded there is nothing to set up: it sets itself up when it arrives. */
  private configure(): void {
    if (!this.delivery) return;
    for (const attribute of ['endpoint', 'public-key', 'deliveryOptions']) this.clearError(attribute);
    const problems = this.delivery.configure({ endpoint: this.endpoint, publicKey: this.publicKey, options: this.deliveryOptions, followUp: this.followUp });
    for (const { attribute, error } of problems) this.warnDeveloper(attribute, error, 'error', 'this form cannot send reports');
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

  private goTo(step: StepId, focus = 'heading'): void {
    this.step = step;
    this.view = 'form';
    this.focusTarget = focus;
  }

  protected override updated(): void {
    reserveExitSpace(this, this.renderRoot);
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const element = this.renderRoot.querySelector<HTMLElement>(target === 'heading' ? '[data-heading]' : target);
    // A group of radios is focused at its first choice, as GOV.UK's error summary does.
    const focusable = element?.localName === 'fieldset' ? element.querySelector('input') : element;
    focusable?.focus();
  }

  private showProblems(problems: FieldProblem[]): boolean {
    this.problems = problems;
    if (problems.length > 0) this.focusTarget = '[part="error-summary"]';
    return problems.length > 0;
  }

  private onContinue(event: Event): void {
    event.preventDefault();
    const { step } = this;
    this.later.whenPressed(
      () => step === this.step && this.view === 'form',
      (later) => {
        if (this.showProblems(problemsOnStep(later.basicProblems(this.draft), this.step))) return;
        const next = this.returnToCheck ? 'check' : steps[steps.indexOf(this.step) + 1];
        if (!next) return;
        this.history.push(next);
        this.goTo(next);
      },
    );
  }

  private onBack(): void {
    // The step history came from, as the phone's Back gesture would show; the step before when
    // history has none (the page was reloaded, or the form wiped).
    const previous = this.history.back() ?? steps[steps.indexOf(this.step) - 1];
    this.problems = [];
    if (previous) this.goTo(previous);
  }

  private change(step: StepId): void {
    this.problems = [];
    this.returnToCheck = true;
    this.history.push(step);
    this.goTo(step);
  }

  private showField(event: Event, field: FieldId): void {
    event.preventDefault();
    const step = fieldStep[field];
    if (step !== this.step) {
      this.returnToCheck = true;
      this.history.push(step);
      this.goTo(step, `#${field}`);
      return;
    }
    this.focusTarget = `#${field}`;
    this.requestUpdate();
  }

  private onSend(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  /**
   * Checks the whole report and sends it. Without the sending code yet, the draft's problems are
   * found without zod first (the same ones), and a report without any waits for the code, "Sending…"
   * on screen, then goes through the schema and is sent as if pressed then.
   */
  private async send(): Promise<void> {
    // Only "Check your report" sends, so the later steps are there.
    const later = this.later.steps;
    if (!later) return;
    let sending = this.sending;
    if (!sending) {
      if (this.showProblems(later.basicProblems(this.draft))) return;
      const wipes = this.wipes;
      this.view = 'sending';
      this.focusTarget = 'heading';
      try {
        sending = await this.loadSending();
      } catch (error) {
        console.error('<safe-report-form> could not load its sending code', error);
        if (wipes === this.wipes) this.fail('report/network', true);
        return;
      }
      // A wipe while it loaded took the report away; the person starts again.
      if (wipes !== this.wipes) return;
      await this.updateComplete;
    }
    const delivery = this.delivery!;
    let report;
    try {
      // Checked once, by the SDK: the same check gives the problems and the report to send.
      report = delivery.prepare(later.toReportInput(this.draft, this.renderLocale));
    } catch (error) {
      if (!(error instanceof sending.ReportValidationError)) throw error;
      this.view = 'form';
      this.showProblems(sending.problemsFromIssues(error.issues));
      return;
    }
    this.problems = [];
    const setupError = delivery.setupError;
    if (setupError) {
      this.fail(sending.failureCode(setupError), false);
      return;
    }
    const submit = new SafeReportSubmitEvent(report);
    if (!this.dispatchEvent(submit)) {
      delivery.drop();
      this.view = 'form';
      return;
    }
    await this.deliver();
  }

  private async deliver(): Promise<void> {
    this.view = 'sending';
    this.focusTarget = 'heading';
    this.show(await this.delivery!.deliver());
  }

  private show(outcome: DeliveryOutcome): void {
    if (outcome.kind === 'superseded') return;
    if (outcome.kind === 'failed') {
      this.fail(outcome.code, outcome.retryable);
      return;
    }
    this.draft = emptyDraft();
    // The report has arrived: its steps' entries go, so Back leaves the page as it came.
    this.history.collapse('danger');
    this.receipt = outcome.receipt;
    this.followUpCode = outcome.followUpCode ?? '';
    this.view = 'sent';
    this.focusTarget = 'heading';
    const sent = new SafeReportSentEvent(outcome.receipt);
    this.dispatchEvent(sent);
  }

  private fail(code: SafeReportFailureCode, retryable: boolean): void {
    this.failure = code;
    this.retryable = retryable;
    this.view = 'failed';
    this.focusTarget = 'heading';
    const failed = new SafeReportFailedEvent(code);
    this.dispatchEvent(failed);
  }

  private openFollowUp(): void {
    this.problems = [];
    this.view = 'follow-up';
    this.focusTarget = 'heading';
  }

  private closeFollowUp(): void {
    this.followUpPanel?.forget();
    this.view = 'form';
    this.focusTarget = '[part="follow-up-link"]';
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
          ${this.pageExit.kind === 'none'
            ? html`<safe-exit-button part="exit-button" href=${this.exitTarget}></safe-exit-button>`
            : this.pageExit.kind === 'fixed'
              ? html`<span class="exit-space" aria-hidden="true"></span>`
              : nothing}
        </div>
        ${this.delivery?.setupError && this.view === 'form'
          ? html`<div class="notice" role="note">
              <p>${msg(str`This form cannot send reports right now. You can still write your report, then copy it or reach ${this.org} another way.`)}</p>
            </div>`
          : nothing}
        ${this.view === 'form'
          ? this.renderStep()
          : this.view === 'follow-up'
            ? (this.followUpPanel?.render(this.org, this.renderLocale, () => this.closeFollowUp()) ?? nothing)
            : (this.later.steps?.renderResult(this.view, this.resultView(this.later.steps)) ?? nothing)}
      </div>
    `;
  }

  private renderStep(): TemplateResult {
    const index = steps.indexOf(this.step) + 1;
    const isCheck = this.step === 'check';
    const view = this.stepView();
    return html`
      <form novalidate autocomplete="off" @submit=${isCheck ? this.onSend : this.onContinue}>
        ${this.later.steps?.errorSummary(view) ?? nothing}
        <p part="progress" class="caption">${msg(str`Step ${index} of ${steps.length}`)}</p>
        ${this.step === 'danger' || !this.later.steps ? renderDanger(view) : this.later.steps.renderQuestion(view)}
        <div class="actions">
          ${isCheck ? html`<button part="send-button" class="button" type="submit">${msg('Send report')}</button>` : this.later.renderContinue()}
        </div>
      </form>
      ${this.step === 'danger' && this.followUp && this.delivery?.canFollowUp
        ? html`<p class="follow-up-entry">
            <button part="follow-up-link" class="link" type="button" @click=${this.openFollowUp}>${msg('I have a follow-up code')}</button>
          </p>`
        : nothing}
    `;
  }

  private stepView(): StepView {
    return {
      draft: this.draft,
      step: this.step,
      problems: this.step === 'check' ? this.problems : problemsOnStep(this.problems, this.step),
      org: this.org,
      locale: this.renderLocale,
      set: (key, value) => (this.draft = { ...this.draft, [key]: value }),
      showField: (event, field) => this.showField(event, field),
      emergency: this.emergencyView(),
      encrypted: this.publicKey.trim() !== '',
      change: (step) => this.change(step),
    };
  }

  private emergencyView(): EmergencyView {
    return {
      directory: this.emergencyDirectory,
      country: this.emergencyCountry || (countryCode(this.country) ?? ''),
      choose: (country) => (this.emergencyCountry = country),
    };
  }

  private resultView(later: LaterSteps): ResultView {
    const text = () => later.reportText(this.draft, this.org, this.renderLocale);
    const clipboard = this.later.clipboard!;
    return {
      org: this.org,
      receipt: this.receipt,
      followUpCode: this.followUpCode,
      failure: this.failure ?? 'report/setup-failed',
      retryable: this.retryable,
      hasReport: this.draft.description.trim() !== '',
      copied: clipboard.copied,
      reportText: this.view === 'failed' ? text() : '',
      channels: later.fallbackChannels({ telegram: this.telegram, email: this.email, phone: this.phone }),
      emergency: this.emergencyView(),
      locale: this.renderLocale,
      retry: () => {
        if (this.delivery?.canRetry) void this.deliver();
        // The sending code did not arrive: the same report, still in the form, is sent once it does.
        else if (!this.sending) void this.send();
      },
      startAgain: () => this.startAgain(),
      backToReport: () => this.goTo('check'),
      copy: () => void clipboard.copy(text()),
      copyCode: () => void clipboard.copy(this.followUpCode),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-report-form': SafeReportForm;
  }
}

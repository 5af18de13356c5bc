import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { SafeElement } from '../shared/safe-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { localePickerStyles } from '../shared/locale-picker.styles.js';
import { countryCode, textAttribute } from '../shared/attribute-values.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { formatNumber } from '../shared/number-format.js';
import { maxOfferLength } from '../../sdk/offer-check/limits.js';
import type { OfferAnswers, OfferQuestionId, QuestionAnswer } from '../../sdk/offer-check/questionnaire.js';
import type { AdviceCode, OfferCheckResult, OfferEvidence, OfferFlag } from '../../sdk/offer-check/types.js';
import { levelLabel } from '../shared/level-label.js';
import { SafeOfferCheckedEvent } from '../shared/offer-checked-event.js';
import { segmentText } from './highlight.js';
import { EngineWait, loadOfferEngine, prepareRulesWhenIdle, resultWords } from '../shared/prepare-rules.js';
import type { OfferEngine } from '../shared/prepare-rules.js';
import { answerChoices, askedQuestions, answerText, questionText } from './questions.js';
import { ConsultAttributes } from '../shared/consult-channels.js';
import { styles } from './offer-check.styles.js';

export { SafeOfferCheckedEvent };

/** What the element can ask for: the offer's text, the questions, or both. */
export type OfferCheckMode = 'text' | 'questions' | 'both';

type View = 'start' | 'questions' | 'result';

let hotlineFinder: Promise<unknown> | undefined;

/** Defines `<safe-hotline-finder>` once; a failed load is retried on the next call. */
function loadHotlineFinder(): Promise<unknown> {
  hotlineFinder ??= import('../hotline-finder/hotline-finder.js').catch((error: unknown) => {
    hotlineFinder = undefined;
    console.error('safe-migration-kit: <safe-hotline-finder> could not be loaded', error);
  });
  return hotlineFinder;
}

/** Questions to ask a recruiter when the check found nothing that calls for a particular one. */
const baselineQuestions: readonly AdviceCode[] = ['ask-exact-job', 'ask-company-details', 'ask-written-contract', 'ask-pay-in-writing'];

/**
 * Checks a job offer for recruitment risk signals, on the device: the person pastes the offer
 * and/or answers up to ten short questions (one per screen), and sees the level, each warning sign
 * in plain words with its evidence marked in their own text, what to ask the recruiter, how to check
 * an agency's licence, and the hotline for the selected country. When the site names a counsellor
 * (`consult-telegram`, `consult-whatsapp`, `consult-email`), the result offers to ask them about the
 * offer: the person sees the whole message first, may change or leave out the offer's text, and
 * their own app sends it (the checker itself sends and stores nothing).
 *
 * The text is checked by the bundled engine (`checkOffer`) in the page: it is never sent anywhere,
 * never stored, and browser spell-check (which some browsers run on a server) is off for it. The
 * engine and its rules, most of the checker's bytes, load in idle time after the first screen; a
 * check asked for before they arrive says "Checking the offer…" and shows its result then
 * (`engineReady` resolves when they are there). The
 * result speaks of warning signs, never of a verdict. "Check another" and a `safe-exit` event from
 * any `<safe-exit-button>` clear the text, the answers and the result.
 *
 * @summary Paste a job offer or answer a few questions; see the warning signs, what to ask, and whom to call.
 *
 * @attribute lang - The language to show (`ru`, `kk`, `ky`, `uz`, `uz-Cyrl`, `tg`, `tk`, `en`); when absent, the nearest ancestor's `lang`, then the browser's languages decide. One the widgets do not speak (say `de`) is reported, and `<html lang>` or the browser's languages decide. The offer itself may be in any of these languages.
 *
 * @csspart base - The whole checker.
 * @csspart locale-picker - The language picker, shown with `show-locale-picker`.
 * @csspart privacy - The sentence that says the text stays on the device.
 * @csspart textarea - The box the offer is pasted into.
 * @csspart error - The message shown when there is nothing to check.
 * @csspart check-button - The button that runs the check.
 * @csspart questions-button - The button that starts the questions (mode `both`).
 * @csspart question - One question and its answers.
 * @csspart progress - "Question 3 of 10".
 * @csspart next-button - Goes to the next question, or to the result after the last.
 * @csspart back-button - Goes to the previous question.
 * @csspart result - The result.
 * @csspart level - The result's heading; also `level-low`, `level-medium` or `level-high`.
 * @csspart flags - The list of warning signs.
 * @csspart flag - One warning sign.
 * @csspart evidence - A stretch of the offer that shows a sign (a `<mark>`).
 * @csspart offer-text - The offer's text with the evidence marked.
 * @csspart advice - What to do, right after the hotlines.
 * @csspart ask - What to ask the recruiter.
 * @csspart licence - How to check an agency's licence.
 * @csspart hotline - The hotlines for the selected country, right after the result's summary: help comes before the explanations.
 * @csspart hotline-link - The "talk to a hotline" advice, a link that moves focus to those hotlines.
 * @csspart again-button - "Check another".
 * @csspart consult - "Ask a counsellor about this offer", shown with `consult-telegram`, `consult-whatsapp` or `consult-email`.
 * @csspart consult-button - The button that opens the message for one counsellor.
 * @csspart consult-offer - The box where the person edits the offer's text in the message, or empties it.
 * @csspart consult-message - The whole message, exactly as it will be sent.
 * @csspart consult-link - The link that opens the counsellor's chat or e-mail: with the message in it (WhatsApp, e-mail), or after copying it (Telegram, or a message too long for a link).
 *
 * @cssproperty --safe-color-surface - The checker's background, and the text on its main buttons (global).
 * @cssproperty --safe-color-text - The checker's text; hints, borders and the level colours are mixed from it (global).
 * @cssproperty --safe-color-accent - Buttons and the privacy note's edge (global).
 * @cssproperty --safe-color-danger - The high level and error messages (global).
 * @cssproperty --safe-color-focus - The focus ring (global).
 * @cssproperty --safe-radius - Corner radius (global).
 * @cssproperty --safe-space-m - The base spacing (global).
 * @cssproperty --safe-font-family - The font (global).
 * @cssproperty --safe-offer-check-mark-background - The background of marked evidence; by default a yellow mixed with `--safe-color-surface`.
 * @cssproperty --safe-offer-check-medium-color - The medium level's colour; by default an amber mixed with `--safe-color-text`.
 * @cssproperty --safe-offer-check-low-color - The low level's colour; by default a green mixed with `--safe-color-text`.
 *
 * @event {SafeOfferCheckedEvent} safe-offer-checked - After each check, with the level and the flag ids only: never the text or its evidence.
 * @event {SafeErrorEvent} safe-error - When an attribute holds a value the checker cannot use; it falls back as the attribute says and keeps working.
 */
@customElement('safe-offer-check')
@localized()
export class SafeOfferCheck extends SafeElement {
  static override styles = [baseStyles, tokenStyles, localePickerStyles, styles];

  /** The country whose hotlines the result shows (ISO 3166-1 alpha-2, like `KZ`); none are shown when empty or not a country code. */
  @property({ attribute: 'country', converter: textAttribute }) country = '';

  /** What the person is asked for: `text` (paste the offer), `questions` (the questionnaire) or `both`; any other value counts as `both`. */
  @property({ attribute: 'mode', converter: textAttribute, reflect: true }) mode: OfferCheckMode = 'both';

  /**
   * A counsellor's Telegram username (`ngo_consult`, `@ngo_consult` or `https://t.me/ngo_consult`)
   * (attribute: `consult-telegram`): the result offers to ask them. Telegram cannot take the message
   * in a link, so it is copied when the person taps, and the chat opens. Any other value is reported
   * and nothing is offered.
   */
  @property({ attribute: 'consult-telegram', converter: textAttribute }) consultTelegram = '';

  /**
   * A counsellor's WhatsApp number in international form, such as `+996 555 123 456` (attribute:
   * `consult-whatsapp`): the result offers a chat with the message filled in. A number without `+`
   * and its country code is reported and nothing is offered.
   */
  @property({ attribute: 'consult-whatsapp', converter: textAttribute }) consultWhatsapp = '';

  /**
   * A counsellor's e-mail address (attribute: `consult-email`): the result offers an e-mail with the
   * subject and the message filled in. Any other value is reported and nothing is offered.
   */
  @property({ attribute: 'consult-email', converter: textAttribute }) consultEmail = '';

  @state() private view: View = 'start';
  /**
   * The view the person left for the result, kept in the page until the verdict heading has focus:
   * when the focused "Check" button vanished first, Orca moved its focus to the heading silently and
   * then said nothing when the heading took focus, so the verdict was never heard.
   */
  @state() private leaving: View | undefined;
  @state() private text = '';
  @state() private answers: OfferAnswers = {};
  @state() private questionIndex = 0;
  @state() private result: OfferCheckResult | undefined;
  /** The text the result was computed from: evidence offsets point into it. */
  @state() private checkedText = '';
  @state() private problem: 'empty' | 'too-long' | 'not-loaded' | undefined;
  /** A check waiting for the engine, which loads after the first screen; "Check another" and `safe-exit` drop it. */
  private readonly pending = new EngineWait(this);

  @query('#offer') private textarea?: HTMLTextAreaElement;

  /**
   * Resolves once the offer-check engine and its rules have loaded, fetching them now if the
   * checker has not yet done so in idle time after its first render. A check asked for before
   * then shows that it is checking and gives its result when they arrive; await this (and then
   * `updateComplete`) to see that result.
   */
  get engineReady(): Promise<void> {
    return loadOfferEngine().then(() => undefined);
  }

  /** The `consult-*` attributes, and "Ask a counsellor" once loaded (only when the site names a usable counsellor). */
  private readonly counsellors = new ConsultAttributes(this, (attribute, value, usable, expected) =>
    this.checkAttribute(attribute, value, usable, expected, 'no counsellor is offered for it'),
  );

  /** Set when the next render must move focus: to the result heading, a question, or the text box. */
  private focusAfterRender: 'result' | 'question' | 'start' | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('safe-exit', this.onExit);
    // The hotline finder and the engine are fetched once the first screen speaks the page's
    // language: on a slow network they would otherwise share the line with its messages. They are
    // there long before a person has pasted and checked an offer; a failed load of the engine is
    // told to the person when they check (`not-loaded`), and tried again then.
    void this.afterLocale(() => {
      void loadHotlineFinder();
      return prepareRulesWhenIdle();
    }).catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('safe-exit', this.onExit);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('country')) {
      this.checkAttribute('country', this.country, !!countryCode(this.country), 'a country code such as KZ (ISO 3166-1 alpha-2)', 'no hotlines are shown');
    }
    this.counsellors.update(changed);
    if (changed.has('mode')) {
      const mode = String(this.mode);
      this.checkAttribute('mode', mode, mode === 'text' || mode === 'questions' || mode === 'both', '"text", "questions" or "both"', 'both are offered');
    }
  }

  /** The effective mode: an unknown `mode` value counts as `both`. */
  private get effectiveMode(): OfferCheckMode {
    return this.mode === 'text' || this.mode === 'questions' ? this.mode : 'both';
  }

  /** The view shown: in `questions` mode there is no start view. */
  private get currentView(): View {
    return this.view === 'start' && this.effectiveMode === 'questions' ? 'questions' : this.view;
  }

  /**
   * Clears the text, the answers and the result, and goes back to the start, and empties the
   * clipboard if the checker put a message for a counsellor there. Called on `safe-exit`.
   */
  wipe(): void {
    this.counsellors.controller?.wipe();
    this.reset();
  }

  /** Clears the text, the answers and the result ("Check another"); a copied message stays for the person to paste. */
  private reset(): void {
    if (this.textarea) this.textarea.value = '';
    this.text = '';
    this.checkedText = '';
    this.answers = {};
    this.questionIndex = 0;
    this.result = undefined;
    this.problem = undefined;
    this.pending.cancel();
    this.leaving = undefined;
    this.view = 'start';
    this.counsellors.controller?.reset();
  }

  private readonly onExit = (): void => {
    this.wipe();
  };

  /** Checks what was given so far and shows the result; with nothing to check, says so. */
  private check(): void {
    const mode = this.effectiveMode;
    const text = mode === 'questions' ? '' : this.text;
    const hasAnswers = Object.keys(this.answers).length > 0;
    if (!text.trim() && !hasAnswers) {
      this.problem = 'empty';
      this.view = 'start';
      this.focusAfterRender = 'start';
      return;
    }
    if (text.length > maxOfferLength) {
      this.problem = 'too-long';
      this.view = 'start';
      this.focusAfterRender = 'start';
      return;
    }
    this.problem = undefined;
    const answers = { ...this.answers };
    this.pending.run(
      (engine) => this.showResult(engine, text, answers),
      (error) => {
        console.error('safe-migration-kit: the offer check could not be loaded', error);
        this.problem = 'not-loaded';
        this.view = 'start';
        this.focusAfterRender = 'start';
      },
    );
  }

  private showResult(engine: OfferEngine, text: string, answers: OfferAnswers): void {
    this.result = engine.checkOffer(text, { answers });
    this.checkedText = text;
    this.leaving = this.currentView === 'result' ? undefined : this.currentView;
    this.view = 'result';
    this.focusAfterRender = 'result';
    const checked = new SafeOfferCheckedEvent(this.result.level, this.result.flags.map((flag) => flag.id));
    this.dispatchEvent(checked);
  }

  private startQuestions(): void {
    this.problem = undefined;
    this.questionIndex = 0;
    this.view = 'questions';
    this.focusAfterRender = 'question';
  }

  private next(): void {
    if (this.questionIndex < askedQuestions.length - 1) {
      this.questionIndex += 1;
      this.focusAfterRender = 'question';
    } else {
      this.check();
    }
  }

  private back(): void {
    if (this.questionIndex > 0) {
      this.questionIndex -= 1;
      this.focusAfterRender = 'question';
    } else {
      this.view = 'start';
      this.focusAfterRender = 'start';
    }
  }

  private checkAnother(): void {
    this.reset();
    this.focusAfterRender = this.effectiveMode === 'questions' ? 'question' : 'start';
  }

  private answer(id: OfferQuestionId, value: QuestionAnswer): void {
    this.answers = { ...this.answers, [id]: value };
  }

  protected override updated(): void {
    const target = this.focusAfterRender;
    if (!target) return;
    this.focusAfterRender = undefined;
    const root = this.renderRoot;
    const selector = target === 'result' ? '#result-heading' : target === 'question' ? '#question-heading' : 'textarea';
    root.querySelector<HTMLElement>(selector)?.focus();
    if (this.leaving) this.leaving = undefined;
  }

  override render() {
    const view = this.currentView;
    return html`<div part="base" lang=${this.renderLocale}>
      ${this.renderLocalePicker()}
      ${view === 'result' && this.result ? this.renderResult(this.result) : nothing}
      ${this.leavingOr(view) === 'questions' ? this.renderQuestion() : this.leavingOr(view) === 'start' ? this.renderStart() : nothing}
      <p class="visually-hidden" role="status">${this.pending.waiting ? msg('Checking the offer…') : nothing}</p>
    </div>`;
  }

  /** The start or questions view to render: the one shown, or the one left for a result, until focus has moved. */
  private leavingOr(view: View): View | undefined {
    if (view !== 'result') return view;
    return this.result ? this.leaving : 'start';
  }

  private renderPrivacy() {
    return html`<p part="privacy" class="privacy">
      ${msg('Your text stays on this device. It is checked right here and is never sent or saved.')}
    </p>`;
  }

  private renderStart() {
    const mode = this.effectiveMode;
    const error =
      this.problem === 'empty'
        ? mode === 'text'
          ? msg('Paste the job offer first.')
          : msg('Paste the job offer first, or answer the questions.')
        : this.problem === 'too-long'
          ? msg('This text is too long to check. Paste only the job offer.')
          : this.problem === 'not-loaded'
            ? msg('The check could not be loaded. Check your connection and try again.')
            : '';
    return html`
      <h2 class="title">${msg('Check a job offer')}</h2>
      ${this.renderPrivacy()}
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          this.check();
        }}
      >
        <label for="offer" class="label">${msg('Paste the job offer here')}</label>
        <p id="offer-hint" class="hint">${msg('Copy the whole ad or message, with the phone numbers and links.')}</p>
        ${error
          ? html`<p id="offer-error" part="error" class="error">
              <span class="visually-hidden">${msg('Error:')}</span> ${error}
            </p>`
          : nothing}
        <textarea
          id="offer"
          part="textarea"
          rows="8"
          maxlength=${maxOfferLength}
          spellcheck="false"
          autocomplete="off"
          autocapitalize="off"
          aria-describedby=${error ? 'offer-hint offer-error' : 'offer-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this.text}
          @input=${(event: Event) => {
            this.text = (event.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
        <div class="actions">
          <button part="check-button" class="primary" type="submit" aria-disabled=${this.pending.waiting ? 'true' : nothing}>
            ${this.pending.waiting ? msg('Checking the offer…') : msg('Check this offer')}
          </button>
          ${mode === 'both'
            ? html`<button part="questions-button" class="secondary" type="button" @click=${this.startQuestions}>
                ${msg('Answer a few questions too')}
              </button>`
            : nothing}
        </div>
      </form>
    `;
  }

  private renderQuestion() {
    const index = Math.min(this.questionIndex, askedQuestions.length - 1);
    const id = askedQuestions[index]!;
    const total = askedQuestions.length;
    const current = this.answers[id];
    const last = index === total - 1;
    const canGoBack = index > 0 || this.effectiveMode === 'both';
    return html`
      ${this.effectiveMode === 'questions' ? this.renderPrivacy() : nothing}
      <form
        novalidate
        part="question"
        @submit=${(event: Event) => {
          event.preventDefault();
          this.next();
        }}
      >
        <p part="progress" class="progress">${msg(str`Question ${formatNumber(index + 1, this.renderLocale)} of ${formatNumber(total, this.renderLocale)}`)}</p>
        <fieldset aria-labelledby="question-heading">
          <h2 id="question-heading" class="question" tabindex="-1">${questionText(id)}</h2>
          <div class="answers">
            ${answerChoices.map(
              (answer) => html`<label class="answer">
                <input
                  type="radio"
                  name=${`q-${id}`}
                  value=${answer}
                  .checked=${current === answer}
                  @change=${() => this.answer(id, answer)}
                />
                <span>${answerText(answer)}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        <div class="actions">
          <button part="next-button" class="primary" type="submit" aria-disabled=${last && this.pending.waiting ? 'true' : nothing}>
            ${last ? (this.pending.waiting ? msg('Checking the offer…') : msg('See the result')) : msg('Next question')}
          </button>
          ${canGoBack
            ? html`<button part="back-button" class="secondary" type="button" @click=${this.back}>${msg('Back')}</button>`
            : nothing}
        </div>
      </form>
    `;
  }

  private renderResult(result: OfferCheckResult) {
    const asks = result.advice.filter((code) => code.startsWith('ask-'));
    const actions = result.advice.filter((code) => !code.startsWith('ask-'));
    const evidence = result.flags.flatMap((flag) => flag.evidence);
    const summary =
      result.level === 'high'
        ? msg('This offer shows several warning signs that often come with dangerous recruitment. It does not prove anything, but do not go or pay until you have checked it.')
        : result.level === 'medium'
          ? msg('This offer shows some warning signs. Check them before you decide.')
          : msg('The check found no clear warning signs. That does not prove the offer is fair: still ask the questions below.');
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1" part=${`level level-${result.level}`} class=${`level level-${result.level}`}>
        ${levelLabel(result.level)}
      </h2>
      <p class="summary">${summary}</p>
      ${this.renderHotline()} ${this.counsellors.controller?.render(this.counsellors.channels, result, this.checkedText)}
      ${actions.length
        ? html`<h3>${msg('What to do')}</h3>
            <ul part="advice" class="advice">
              ${actions.map((code) => html`<li>${this.renderAdvice(code)}</li>`)}
            </ul>`
        : nothing}
      <p class="count">${msg(str`Warning signs found: ${formatNumber(result.flags.length, this.renderLocale)}`)}</p>
      ${result.flags.length
        ? html`<ol part="flags" class="flags">
            ${result.flags.map((flag) => this.renderFlag(flag))}
          </ol>`
        : nothing}
      ${this.checkedText
        ? html`<h3 id="offer-text-heading">${evidence.length ? msg('Your offer, with the warning signs marked') : msg('Your offer')}</h3>
            <!-- A long offer scrolls in its box: the box takes focus, so the keyboard can scroll it too. -->
            <div part="offer-text" class="offer-text" tabindex="0" role="region" aria-labelledby="offer-text-heading">${this.renderSegments(evidence)}</div>`
        : nothing}
      <h3>${msg('What to ask the recruiter')}</h3>
      <ul part="ask" class="advice">
        ${(asks.length ? asks : baselineQuestions).map((code) => html`<li>${resultWords().adviceText(code)}</li>`)}
      </ul>
      ${this.renderLicence()}
      <div class="actions">
        <button part="again-button" class="primary" type="button" @click=${this.checkAnother}>${msg('Check another')}</button>
      </div>
    </section>`;
  }

  /**
   * One piece of advice; "talk to a hotline" is a link to the lines shown above it, when there are
   * any (the lines live in this shadow root, so the link moves focus itself: a `#` link would look
   * for them in the page).
   */
  private renderAdvice(code: AdviceCode) {
    if (code !== 'call-hotline' || !countryCode(this.country)) return resultWords().adviceText(code);
    const go = (e: Event) => {
      e.preventDefault();
      const heading = this.renderRoot.querySelector<HTMLElement>('#hotline-heading');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
    };
    return html`<a part="hotline-link" href="#hotline-heading" @click=${go}>${resultWords().adviceText(code)}</a>`;
  }

  /** The checked text with its evidence in `<mark>`s; no whitespace is added, so offsets still match. */
  private renderSegments(evidence: readonly OfferEvidence[]) {
    return segmentText(this.checkedText, evidence).map((segment) =>
      segment.marked ? html`<mark part="evidence">${segment.text}</mark>` : segment.text,
    );
  }

  private renderFlag(flag: OfferFlag): TemplateResult {
    const title = resultWords().flagTitle(flag.id) || msg('A warning sign');
    return html`<li part="flag" class=${`flag strength-${flag.strength}`}>
      <h3 class="flag-title">${title}</h3>
      <p>${resultWords().flagExplanation(flag.id)}</p>
      ${flag.evidence.length
        ? html`<p class="quote">
            ${msg('In the offer:')}
            ${flag.evidence.map((span, i) => {
              // In a combined flag each quote says what part it plays ("Hostess" is the job, not the pay).
              const label = resultWords().evidenceLabel(span.signal);
              return html`${i > 0 ? ' … ' : ''}<mark part="evidence">${span.text}</mark>${label ? ` (${label})` : ''}`;
            })}
          </p>`
        : nothing}
      ${flag.source !== 'text' ? html`<p class="quote">${msg('From your answers.')}</p>` : nothing}
    </li>`;
  }

  private renderLicence() {
    return html`<div part="licence" class="box">
      <h3>${msg('How to check an agency’s licence')}</h3>
      <ol>
        <li>${msg('Ask the agency for its licence number and the name of the office that gave it.')}</li>
        <li>
          ${msg(
            'Look the number up yourself on the official register of your government (the labour ministry or migration agency). Find that site through the government’s main website, not through a link the recruiter sends.',
          )}
        </li>
        <li>${msg('If the agency will not tell you the number, or it is not on the register, do not go through that agency.')}</li>
      </ol>
    </div>`;
  }

  private renderHotline() {
    const country = countryCode(this.country);
    if (!country) return nothing;
    void loadHotlineFinder();
    return html`<div part="hotline" class="hotline">
      <h3 id="hotline-heading" tabindex="-1">${msg('Who can help')}</h3>
      <safe-hotline-finder country=${country} need="trafficking" compact limit="2" lang=${this.renderLocale}></safe-hotline-finder>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-offer-check': SafeOfferCheck;
  }
}

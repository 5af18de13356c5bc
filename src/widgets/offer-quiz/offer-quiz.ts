import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { OfferLanguage, OfferLevel } from './engine.js';
import { SafeElement } from '../shared/safe-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { localePickerStyles } from '../shared/locale-picker.styles.js';
import { tokenStyles } from '../shared/tokens.styles.js';
import { levelLabel } from '../shared/level-label.js';
import { answerKey, parseResultCode, phrasesOf, quizLevels, resultCode, scoreAnswer, setMark, totalOf } from './quiz-round.js';
import type { OfferKey, OfferScore, Phrase, QuizOffer, RoundResult } from './quiz-round.js';
import { EngineWait, loadOfferEngine, prepareRulesWhenIdle, resultWords } from '../shared/prepare-rules.js';
import type { OfferEngine } from '../shared/prepare-rules.js';
import { dimensionText } from './quiz-messages.js';
import { sampleMarks, sampleOffersFor } from './sample-offers.js';
import { styles } from './offer-quiz.styles.js';
import { renderGroupTable } from './group-view.js';
import { TrainerSet } from './trainer-set.js';
import type { GroupEntry } from './group-view.js';

// Types only: `parseQuizSet` and `QuizSetError` (with zod) are exported by the widgets entry from
// quiz-set.ts, which the element imports only when a page sets `offers`.
export type { QuizOffer } from './quiz-round.js';
export type { QuizSetErrorCode } from './quiz-set.js';

type View = 'start' | 'offer' | 'feedback' | 'score' | 'group';

/**
 * A practice quiz for trainings and self-study: the learner sees sample job offers one at a time,
 * marks the phrases that look risky to them and chooses how risky the whole offer is; then sees
 * which signs the offer-check engine finds (each with its plain-words explanation, the offer's own
 * words and the ILO dimension it points to), which of them they found and missed, and a score at
 * the end.
 *
 * The offer is shown as a row of phrases, each a toggle button (`aria-pressed`), so marking works
 * the same by touch, with the keyboard (Tab, then Space or Enter) and with a screen reader, which
 * reads each phrase and whether it is marked.
 *
 * The engine and its rules load in idle time after the quiz's first screen: an offer's phrases are
 * shown without them, and an answer given before they arrive says "Checking the offer…" and shows
 * what the check finds then (`engineReady` resolves when they are there).
 *
 * The bundled offers are in the learner's language (eight languages, invented companies, numbers
 * and handles). A trainer may give their own set with `offers`; the code that checks it loads only
 * then, so the set is checked just after it is set (`offersReady` resolves when it has been, and a
 * bad set's `safe-error` has been sent). Until then the start counts the trainer's offers, and
 * "Start" waits for the check, so the bundled offers never stand in for a good set. With `trainer`, a group view adds
 * learners' results on this screen only: a round played on this device ("pass the phone"), or the
 * short result code a learner shows at the end of a round on their own phone. Nothing is sent
 * anywhere or stored; "Clear the group", leaving the page and `safe-exit` forget it.
 *
 * @summary Practise spotting the warning signs in job offers: mark the risky phrases, see what the check finds, get a score.
 *
 * @attribute lang - The language to show (`ru`, `kk`, `ky`, `uz`, `uz-Cyrl`, `tg`, `tk`, `en`); when absent, the nearest ancestor's `lang`, then the browser's languages decide. The bundled offers follow it. One the widgets do not speak (say `de`) is reported, and `<html lang>` or the browser's languages decide.
 *
 * @csspart base - The whole quiz.
 * @csspart locale-picker - The language picker, shown with `show-locale-picker`.
 * @csspart privacy - The sentence that says nothing leaves the device.
 * @csspart start-button - Starts a round.
 * @csspart group-button - Opens the group results (with `trainer`).
 * @csspart status - After "Add to the group": the result is added, pass the phone on.
 * @csspart progress - "Offer 2 of 5".
 * @csspart offer - The offer, as a group of phrases.
 * @csspart phrase - One phrase of the offer, a toggle button; also `phrase-marked` when marked.
 * @csspart levels - The choice of level.
 * @csspart error - The message shown when no level is chosen.
 * @csspart answer-button - Shows what the check finds.
 * @csspart verdict - The check's level beside the learner's.
 * @csspart review - The offer again, with the signs and the learner's marks shown.
 * @csspart signs - The list of signs the check finds.
 * @csspart sign - One sign; also `sign-found` or `sign-missed`.
 * @csspart evidence - The offer's words that show a sign.
 * @csspart next-button - The next offer, or the score after the last.
 * @csspart score - The score at the end of a round.
 * @csspart code - The learner's result code.
 * @csspart add-button - Adds a round played on this device to the group (with `trainer`).
 * @csspart again-button - Starts again.
 * @csspart code-form - The form where the trainer types a learner's result code.
 * @csspart group-table - The group's results.
 * @csspart clear-button - Forgets the group's results.
 * @csspart back-button - Leaves the group view.
 *
 * @cssproperty --safe-color-surface - The quiz's background, and the text of its main buttons (global).
 * @cssproperty --safe-color-text - The quiz's text; borders and the found/missed colours are mixed from it (global).
 * @cssproperty --safe-color-accent - Buttons, marked phrases and the privacy note's edge (global).
 * @cssproperty --safe-color-danger - Missed signs and error messages (global).
 * @cssproperty --safe-color-focus - The focus ring (global).
 * @cssproperty --safe-radius - Corner radius (global).
 * @cssproperty --safe-space-m - The base spacing (global).
 * @cssproperty --safe-font-family - The font (global).
 *
 * @event {SafeErrorEvent} safe-error - When `offers` is not JSON or not a set of offers (`QuizSetError`, codes `quiz/offers-not-json`, `quiz/offers-invalid`; sent once the code that checks the set has loaded, by the time `offersReady` resolves), or an attribute holds a value the quiz cannot use; it shows its bundled offers instead.
 */
@customElement('safe-offer-quiz')
@localized()
export class SafeOfferQuiz extends SafeElement {
  static override styles = [baseStyles, tokenStyles, localePickerStyles, styles];

  /**
   * The trainer's own offers instead of the bundled ones: as the attribute, a JSON array such as
   * `[{"text": "…", "lang": "ru"}]`; as a property, the same array. One to 30 offers, each a text of
   * up to the SDK's `maxOfferLength` and an optional language. The set is checked with code that
   * loads when `offers` is set, so the check ends after the update that follows (await
   * `offersReady`). A value that is not such a set is reported then (`safe-error` with a
   * `QuizSetError`) and the bundled offers are used. A new set takes effect at the next "Start".
   */
  @property({ attribute: 'offers' }) offers: string | readonly QuizOffer[] = '';

  /**
   * Shows the group view for a trainer: "Group results" at the start, and at the end of a round
   * "Add to the group on this screen". A boolean attribute.
   */
  @property({ type: Boolean, attribute: 'trainer' }) trainer = false;

  @state() private view: View = 'start';
  @state() private index = 0;
  @state() private marked: ReadonlySet<number> = new Set();
  @state() private level: OfferLevel | undefined;
  @state() private problem: 'no-level' | 'not-loaded' | undefined;
  /** An answer waiting for the engine, which loads after the first screen; a new offer or `safe-exit` drops it. */
  private readonly pending = new EngineWait(this);
  @state() private scores: OfferScore[] = [];
  @state() private group: GroupEntry[] = [];
  @state() private codeProblem: 'unreadable' | 'other-set' | undefined;
  @state() private codeAdded = false;
  /** Set after "Add to the group": the start says the result was added, until the next round starts. */
  @state() private passedOn = false;

  private readonly trainerSet = new TrainerSet({
    report: (error) => this.warnDeveloper('offers', error, 'warn', 'the bundled offers are used'),
    clear: () => this.clearError('offers'),
    requestUpdate: () => this.requestUpdate(),
  });
  /** The set of the round in progress, fixed at "Start" so a language switch cannot change it midway. */
  private round: QuizOffer[] = [];
  private keys: (OfferKey | undefined)[] = [];
  private focusAfterRender = false;
  private announce = '';

  /**
   * Resolves once the offer-check engine and its rules have loaded, fetching them now if the quiz
   * has not yet done so in idle time after its first render. An answer given before then shows
   * that the quiz is checking and gives its feedback when they arrive; await this (and then
   * `updateComplete`) to see that feedback.
   */
  get engineReady(): Promise<void> {
    return loadOfferEngine().then(() => undefined);
  }

  /**
   * Resolves once the latest `offers` has been checked: the trainer's set is in use, or a bad one
   * has been reported (`safe-error`) and the bundled offers are used. The code that checks a set
   * loads only when `offers` is set; without a set this resolves after the next update.
   */
  get offersReady(): Promise<void> {
    return this.updateComplete.then(() => this.trainerSet.checking);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('safe-exit', this.onExit);
    // Once the quiz speaks the page's language, so as not to share a slow line with its messages.
    // A failed load is told to the learner when they answer (`not-loaded`), and tried again then.
    void this.afterLocale(prepareRulesWhenIdle).catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('safe-exit', this.onExit);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('offers')) this.trainerSet.read(this.offers);
  }

  /** The set a new round uses: the trainer's, or the bundled one in the shown language (sample-offers.ts). */
  private get activeSet(): QuizOffer[] {
    return this.trainerSet.offers ?? sampleOffersFor(this.renderLocale as OfferLanguage, () => this.requestUpdate());
  }

  /** Forgets the round, the scores and the group, and goes back to the start. Called on `safe-exit`. */
  wipe(): void {
    this.round = [];
    this.keys = [];
    this.index = 0;
    this.marked = new Set();
    this.level = undefined;
    this.problem = undefined;
    this.pending.cancel();
    this.scores = [];
    this.group = [];
    this.codeProblem = undefined;
    this.codeAdded = false;
    this.passedOn = false;
    this.view = 'start';
  }

  private readonly onExit = (): void => {
    this.wipe();
  };

  private key(i: number, engine: OfferEngine): OfferKey {
    const known = this.keys[i];
    if (known) return known;
    const made = answerKey(this.round[i]!, engine.checkOffer);
    this.keys[i] = made;
    return made;
  }

  private go(view: View): void {
    this.view = view;
    this.focusAfterRender = true;
  }

  private start(): void {
    // A trainer's set still being checked: start with it (or, if it is bad, the bundled one) once checked.
    if (this.trainerSet.checking) {
      void this.trainerSet.checking.then(() => this.start());
      return;
    }
    this.passedOn = false;
    this.round = this.activeSet;
    this.keys = [];
    this.scores = [];
    this.index = 0;
    this.resetAnswer();
    this.go('offer');
  }

  private resetAnswer(): void {
    this.marked = new Set();
    this.level = undefined;
    this.problem = undefined;
    this.pending.cancel();
    this.announce = '';
  }

  private toggle(i: number): void {
    const next = new Set(this.marked);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    this.marked = next;
    this.announce = msg(str`Phrases marked: ${this.format(next.size)}`);
  }

  private answer(): void {
    if (!this.level) {
      this.problem = 'no-level';
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name="level"]')?.focus(), () => undefined);
      return;
    }
    this.problem = undefined;
    const { index, marked, level } = this;
    this.pending.run(
      (engine) => this.score(engine, index, marked, level),
      (error) => {
        console.error('safe-migration-kit: the offer check could not be loaded', error);
        this.problem = 'not-loaded';
      },
    );
    if (this.pending.waiting) this.announce = msg('Checking the offer…');
  }

  private score(engine: OfferEngine, index: number, marked: ReadonlySet<number>, level: OfferLevel): void {
    const score = scoreAnswer(this.key(index, engine), marked, level);
    this.scores = [...this.scores.slice(0, index), score];
    this.go('feedback');
  }

  private next(): void {
    if (this.index < this.round.length - 1) {
      this.index += 1;
      this.resetAnswer();
      this.go('offer');
    } else {
      this.codeAdded = false;
      this.go('score');
    }
  }

  /**
   * Adds a round played on this device to the group and goes back to the start, not to the group:
   * the next learner gets the phone and should not see who scored what.
   */
  private addRound(total: RoundResult): void {
    this.group = [...this.group, { points: total.points, max: total.max, missed: total.missed }];
    this.scores = [];
    this.passedOn = true;
    this.go('start');
  }

  private addCode(event: Event): void {
    event.preventDefault();
    // The event's target is cleared once it has been dispatched: the form is kept for a read that waits.
    this.readCode(event.target as HTMLFormElement);
  }

  private readCode(form: HTMLFormElement, marks?: string[]): void {
    // A code is read against the set shown, so not before a trainer's set has been checked.
    if (this.trainerSet.checking) {
      void this.trainerSet.checking.then(() => this.readCode(form));
      return;
    }
    // Without a trainer's set, learners may play the bundled set in their own language: a code is
    // read against every language's set, fetched the first time (sample-offers.ts).
    if (!this.trainerSet.offers && !marks) return void sampleMarks().then((all) => this.readCode(form, all));
    const input = form.querySelector('input')!;
    const parsed = parseResultCode(input.value, this.trainerSet.offers ? [setMark(this.trainerSet.offers)] : marks!);
    if (!parsed.ok) {
      this.codeProblem = parsed.problem;
      this.codeAdded = false;
      input.focus();
      return;
    }
    this.codeProblem = undefined;
    this.group = [...this.group, { points: parsed.points, max: parsed.max }];
    this.codeAdded = true;
    input.value = '';
    input.focus();
  }

  protected override updated(): void {
    if (!this.focusAfterRender) return;
    this.focusAfterRender = false;
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  private format(n: number): string {
    return new Intl.NumberFormat(this.renderLocale).format(n);
  }

  private percent(points: number, max: number): string {
    return new Intl.NumberFormat(this.renderLocale, { style: 'percent', maximumFractionDigits: 0 }).format(max ? points / max : 0);
  }

  override render() {
    return html`<div part="base" lang=${this.renderLocale}>
      ${this.renderLocalePicker()} ${this.renderView()}
    </div>`;
  }

  private renderView() {
    switch (this.view) {
      case 'offer':
        return this.renderOffer();
      case 'feedback':
        return this.renderFeedback();
      case 'score':
        return this.renderScore();
      case 'group':
        return this.renderGroup();
      default:
        return this.renderStart();
    }
  }

  private renderPrivacy() {
    return html`<p part="privacy" class="privacy">${msg('Your answers stay on this device. Nothing is sent or saved.')}</p>`;
  }

  private renderStart() {
    const count = this.trainerSet.uncheckedCount ?? this.activeSet.length;
    return html`<h2 id="heading" tabindex="-1">${msg('Practise: spot the warning signs')}</h2>
      ${this.passedOn
        ? html`<p part="status" class="status-note" role="status">${msg('Your result is added to the group. Pass the phone to the next learner.')}</p>`
        : nothing}
      <p>
        ${msg(
          str`You will see ${this.format(count)} job offers. In each one, mark the phrases that look risky to you and choose how risky the whole offer is. Then see what the check finds.`,
        )}
      </p>
      ${this.renderPrivacy()}
      <div class="actions">
        <button part="start-button" class="primary" type="button" @click=${this.start}>${msg('Start')}</button>
        ${this.trainer
          ? html`<button part="group-button" class="secondary" type="button" @click=${() => this.go('group')}>
              ${msg('Group results')}
            </button>`
          : nothing}
      </div>`;
  }

  /**
   * The offer's phrases, drawn by `draw`, with the gaps between them as a space or, where the offer
   * breaks its line, a break (an element, so the template's own white space never shows).
   */
  private renderPhrases(phrases: readonly Phrase[], text: string, draw: (i: number) => unknown) {
    const parts: unknown[] = [];
    let at = 0;
    phrases.forEach((phrase, i) => {
      if (i > 0) parts.push(text.slice(at, phrase.start).includes('\n') ? html`<span class="break"></span>` : ' ');
      parts.push(draw(i));
      at = phrase.end;
    });
    return parts;
  }

  private renderOffer() {
    const offer = this.round[this.index]!;
    const phrases = phrasesOf(offer);
    const error = this.problem === 'no-level';
    return html`<p part="progress" class="progress">${msg(str`Offer ${this.format(this.index + 1)} of ${this.format(this.round.length)}`)}</p>
      <h2 id="heading" tabindex="-1">${msg('Which phrases look risky?')}</h2>
      <p id="offer-hint" class="hint">${msg('Tap each phrase that looks risky to you; tap it again to unmark it. With a keyboard, use Tab and then Space.')}</p>
      <div part="offer" class="offer" role="group" aria-labelledby="heading" aria-describedby="offer-hint" lang=${offer.lang ?? nothing}>
        ${this.renderPhrases(phrases, offer.text, (i) => {
          const on = this.marked.has(i);
          return html`<button
            type="button"
            part=${on ? 'phrase phrase-marked' : 'phrase'}
            class="phrase"
            aria-pressed=${on ? 'true' : 'false'}
            @click=${() => this.toggle(i)}
          >
            ${phrases[i]!.text}
          </button>`;
        })}
      </div>
      <p class="count" aria-hidden="true">${msg(str`Phrases marked: ${this.format(this.marked.size)}`)}</p>
      <p class="visually-hidden" aria-live="polite">${this.announce}</p>
      <form
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          this.answer();
        }}
      >
        <fieldset part="levels" aria-describedby=${error ? 'level-error' : nothing}>
          <legend>${msg('How risky is the whole offer?')}</legend>
          ${error
            ? html`<p id="level-error" part="error" class="error"><span class="visually-hidden">${msg('Error:')}</span> ${msg('Choose how risky the offer is.')}</p>`
            : nothing}
          ${quizLevels.map(
            (level) => html`<label class="choice">
              <input type="radio" name="level" value=${level} .checked=${this.level === level} @change=${() => (this.level = level)} />
              <span>${levelLabel(level)}</span>
            </label>`,
          )}
        </fieldset>
        <div class="actions">
          <button part="answer-button" class="primary" type="submit" aria-disabled=${this.pending.waiting ? 'true' : nothing}>
            ${this.pending.waiting ? msg('Checking the offer…') : msg('See what the check finds')}
          </button>
        </div>
        ${this.problem === 'not-loaded'
          ? html`<p part="error" class="error" role="alert">
              <span class="visually-hidden">${msg('Error:')}</span> ${msg('The check could not be loaded. Check your connection and try again.')}
            </p>`
          : nothing}
      </form>`;
  }

  private renderFeedback() {
    const offer = this.round[this.index]!;
    // Feedback follows an answer, which made the key with the loaded engine.
    const key = this.keys[this.index]!;
    const score = this.scores[this.index]!;
    const last = this.index === this.round.length - 1;
    const signPhrases = new Set(key.signs.flatMap((s) => s.phrases));
    const chosen = this.level ? levelLabel(this.level) : '';
    return html`<p part="progress" class="progress">${msg(str`Offer ${this.format(this.index + 1)} of ${this.format(this.round.length)}`)}</p>
      <h2 id="heading" tabindex="-1">${msg('What the check finds')}</h2>
      <p part="verdict" class=${`verdict ${score.levelRight ? 'right' : 'wrong'}`}>
        ${msg(str`The check says: ${levelLabel(key.result.level)}. You chose: ${chosen}.`)}
        <strong>${score.levelRight ? msg('Same level.') : msg('Not the same level.')}</strong>
      </p>
      <p class="points">${msg(str`Points for this offer: ${this.format(score.points)} of ${this.format(score.max)}`)}</p>
      <h3>${msg('The offer, with the signs and your marks')}</h3>
      <p class="legend">${msg('Signs the check finds are highlighted; the phrases you marked are underlined.')}</p>
      <div part="review" class="review" lang=${offer.lang ?? nothing}>
        ${this.renderPhrases(key.phrases, offer.text, (i) => {
          const sign = signPhrases.has(i);
          const mine = this.marked.has(i);
          const words = key.phrases[i]!.text;
          const note = sign && mine ? msg('(a sign; you marked it)') : sign ? msg('(a sign you missed)') : mine ? msg('(you marked it; no sign found)') : '';
          const cls = `${sign ? 'sign' : ''} ${mine ? 'mine' : ''}`;
          const inner = html`${words}${note ? html`<span class="visually-hidden"> ${note}</span>` : nothing}`;
          return sign ? html`<mark class=${cls}>${inner}</mark>` : html`<span class=${cls}>${inner}</span>`;
        })}
      </div>
      ${key.signs.length
        ? html`<ol part="signs" class="signs">
            ${key.signs.map(({ flag }) => {
              const found = score.found.includes(flag.id);
              return html`<li part=${`sign ${found ? 'sign-found' : 'sign-missed'}`} class=${`sign-item ${found ? 'found' : 'missed'}`}>
                <h4>${resultWords().flagTitle(flag.id)}</h4>
                <p class="status">${found ? msg('You found this sign.') : msg('You missed this sign.')}</p>
                <p>
                  ${msg('In the offer:')}
                  ${flag.evidence.map((span, n) => {
                    const label = resultWords().evidenceLabel(span.signal);
                    return html`${n > 0 ? ' … ' : ''}<q part="evidence" lang=${offer.lang ?? nothing}>${span.text}</q>${label ? ` (${label})` : ''}`;
                  })}
                </p>
                <p>${resultWords().flagExplanation(flag.id)}</p>
                <p class="ilo">${dimensionText(flag.dimension)}</p>
              </li>`;
            })}
          </ol>`
        : html`<p>${msg('The check finds no clear warning signs in this offer. That is no proof that it is fair: a real offer still comes with a written contract and no fees.')}</p>`}
      ${score.extra.length
        ? html`<h3>${msg('You also marked')}</h3>
            <p>${msg('The check finds no sign in these phrases. Talk about them with your trainer: what made you think so?')}</p>
            <ul class="extra">
              ${score.extra.map((i) => html`<li><q lang=${offer.lang ?? nothing}>${key.phrases[i]!.text}</q></li>`)}
            </ul>`
        : nothing}
      <div class="actions">
        <button part="next-button" class="primary" type="button" @click=${this.next}>${last ? msg('See my score') : msg('Next offer')}</button>
      </div>`;
  }

  private renderScore() {
    const total = totalOf(this.scores);
    const code = resultCode(setMark(this.round), total.points, total.max);
    const missed = [...new Set(total.missed)];
    return html`<h2 id="heading" tabindex="-1">${msg('Your score')}</h2>
      <p part="score" class="score">
        ${msg(str`${this.format(total.points)} of ${this.format(total.max)} points (${this.percent(total.points, total.max)})`)}
      </p>
      <p>${msg(str`Right level: ${this.format(total.levelsRight)} of ${this.format(total.offers)} offers`)}</p>
      <p class="hint">${msg('A point for each sign you found and for each right level; a point off for each phrase you marked where the check finds no sign.')}</p>
      ${missed.length
        ? html`<h3>${msg('Signs to look for next time')}</h3>
            <ul>
              ${missed.map((id) => html`<li>${resultWords().flagTitle(id)}</li>`)}
            </ul>`
        : nothing}
      <p part="code" class="code">
        ${msg('Your result code:')} <strong class="code-value">${code}</strong><br />
        ${msg('Show it to your trainer if they ask. It says nothing about who you are.')}
      </p>
      <div class="actions">
        ${this.trainer
          ? html`<button part="add-button" class="primary" type="button" @click=${() => this.addRound(total)}>
              ${msg('Add to the group on this screen')}
            </button>`
          : nothing}
        <button part="again-button" class=${this.trainer ? 'secondary' : 'primary'} type="button" @click=${this.start}>${msg('Start again')}</button>
      </div>`;
  }

  private renderGroup() {
    const group = this.group;
    const codeError =
      this.codeProblem === 'unreadable'
        ? msg('This code cannot be read. Check it and type it again, like K3F9-7-12-Q.')
        : this.codeProblem === 'other-set'
          ? msg('This code is from another set of offers. Add codes only from the set shown on this screen.')
          : '';
    return html`<h2 id="heading" tabindex="-1">${msg('Group results')}</h2>
      <p part="privacy" class="privacy">
        ${msg('These results are only on this screen. Nothing is sent or saved, and they are gone when the page is closed.')}
      </p>
      <p>${msg('Pass the phone: each learner plays a round here and adds it at the end. Or each learner plays on their own phone and reads out their result code.')}</p>
      <form part="code-form" novalidate @submit=${this.addCode}>
        <label for="code" class="label">${msg('A learner’s result code')}</label>
        ${codeError ? html`<p id="code-error" part="error" class="error"><span class="visually-hidden">${msg('Error:')}</span> ${codeError}</p>` : nothing}
        <div class="row">
          <input
            id="code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${codeError ? 'code-error' : nothing}
            aria-invalid=${codeError ? 'true' : 'false'}
          />
          <button class="secondary" type="submit">${msg('Add')}</button>
        </div>
        <p class="visually-hidden" aria-live="polite">${this.codeAdded ? msg(str`Added. Learners: ${this.format(group.length)}`) : ''}</p>
      </form>
      ${renderGroupTable(group, (n) => this.format(n), (points, max) => this.percent(points, max))}
      <div class="actions">
        <button part="start-button" class="primary" type="button" @click=${this.start}>${msg('Start a round')}</button>
        ${group.length
          ? html`<button
              part="clear-button"
              class="secondary"
              type="button"
              @click=${() => {
                this.group = [];
                this.codeAdded = false;
              }}
            >
              ${msg('Clear the group')}
            </button>`
          : nothing}
        <button part="back-button" class="secondary" type="button" @click=${() => this.go('start')}>${msg('Back')}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'safe-offer-quiz': SafeOfferQuiz;
  }
}

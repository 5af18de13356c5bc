/**
 * "I have a follow-up code": where a person who sent a report types their code, reads the
 * organisation's replies (decrypted in this page) and answers them. The code lives in this view's
 * memory only while the view is open; closing the view, or a quick exit, forgets it with the replies.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { FollowUpError } from '../../sdk/report/errors.js';
import { followUpTextLimit, parseFollowUpCode } from '../../sdk/report/follow-up.js';
import type { FollowUpThread } from '../../sdk/report/pending.js';
import { formatDay } from '../shared/cldr-names.js';
import { heading } from './choices.js';

/** An example code, with non-breaking hyphens: a phone must not break it across lines. */
const EXAMPLE_CODE = '7KQM\u20114XWA\u20119PZD\u20113HRT';

/** What the view needs from the form's delivery. */
export interface FollowUpSource {
  readReplies(code: string, signal?: AbortSignal): Promise<FollowUpThread>;
  answer(code: string, text: string, signal?: AbortSignal): Promise<void>;
}

/** Why the replies could not be shown, or an answer not sent, in the words the view has for it. */
type Problem = 'code' | 'not-found' | 'rate-limited' | 'network' | 'answer-empty';

export class FollowUpPanel implements ReactiveController {
  code = '';
  answerText = '';
  thread: FollowUpThread | undefined;
  loading = false;
  sending = false;
  problem: Problem | undefined;
  answerProblem: Problem | undefined;
  /** Set once an answer has been confirmed, until the next one is typed. */
  answered = false;
  #canonical: string | undefined;
  #controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly source: () => FollowUpSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.forget();
  }

  /** Forgets the code, the replies and any answer being written; stops any request. */
  forget(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.code = '';
    this.answerText = '';
    this.thread = undefined;
    this.#canonical = undefined;
    this.loading = false;
    this.sending = false;
    this.problem = undefined;
    this.answerProblem = undefined;
    this.answered = false;
    for (const form of this.host.renderRoot.querySelectorAll<HTMLFormElement>('form.follow-up')) form.reset();
    this.host.requestUpdate();
  }

  #focus(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  async #load(code: string): Promise<boolean> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    try {
      const thread = await this.source().readReplies(code, controller.signal);
      if (controller.signal.aborted) return false;
      this.thread = thread;
      this.#canonical = code;
      return true;
    } catch (error) {
      if (controller.signal.aborted) return false;
      this.problem = problemOf(error);
      this.thread = undefined;
      return false;
    }
  }

  async show(event: Event): Promise<void> {
    event.preventDefault();
    this.problem = undefined;
    let code: string;
    try {
      code = parseFollowUpCode(this.code);
    } catch {
      this.problem = 'code';
      this.host.requestUpdate();
      this.#focus('#follow-up-code');
      return;
    }
    this.loading = true;
    this.host.requestUpdate();
    const ok = await this.#load(code);
    this.loading = false;
    this.host.requestUpdate();
    this.#focus(ok ? '#follow-up-replies' : '#follow-up-code');
  }

  async send(event: Event): Promise<void> {
    event.preventDefault();
    const code = this.#canonical;
    if (!code) return;
    if (this.answerText.trim() === '') {
      this.answerProblem = 'answer-empty';
      this.host.requestUpdate();
      this.#focus('#follow-up-answer');
      return;
    }
    this.answerProblem = undefined;
    this.sending = true;
    this.host.requestUpdate();
    const controller = new AbortController();
    this.#controller = controller;
    try {
      await this.source().answer(code, this.answerText, controller.signal);
      if (controller.signal.aborted) return;
      this.answerText = '';
      this.answered = true;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.answerProblem = problemOf(error);
    }
    this.sending = false;
    // The thread again, with the answer in it; this request has a controller of its own.
    if (this.answered) await this.#load(code);
    this.host.requestUpdate();
    this.#focus(this.answerProblem ? '#follow-up-answer' : '#follow-up-sent');
  }

  /** The view, for the organisation `org`, in `locale`; `close` leaves it. */
  render(org: string, locale: string, close: () => void): TemplateResult {
    const problem = this.problem;
    return html`
      <div part="follow-up">
        ${heading(msg(str`Replies from ${org}`))}
        <form class="follow-up" novalidate autocomplete="off" @submit=${(e: Event) => void this.show(e)}>
          <div class="field ${problem ? 'has-error' : ''}">
            <label class="field-label" for="follow-up-code">${msg('Your follow-up code')}</label>
            <p class="hint" id="follow-up-code-hint">${msg(str`16 letters and numbers, like ${EXAMPLE_CODE}. Small or capital letters are both fine.`)}</p>
            ${problem
              ? html`<p class="error-message" id="follow-up-code-error" role="alert">
                  <span class="visually-hidden">${msg('Error:')}</span> ${problemText(problem, org)}
                </p>`
              : nothing}
            <input
              id="follow-up-code"
              type="text"
              class="code-input"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              aria-describedby=${problem ? 'follow-up-code-hint follow-up-code-error' : 'follow-up-code-hint'}
              aria-invalid=${problem ? 'true' : nothing}
              .value=${live(this.code)}
              @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="actions">
            <button part="follow-up-show-button" class="button" type="submit" ?disabled=${this.loading}>${msg('Show replies')}</button>
          </div>
          <p role="status">${this.loading ? msg('Loading the replies…') : ''}</p>
        </form>
        ${this.thread ? this.#renderThread(this.thread, org, locale) : nothing}
        <div class="actions">
          <button class="button secondary" type="button" @click=${close}>${msg('Close and go back to the form')}</button>
        </div>
        <p class="trace">${msg('Closing clears your code and the replies from this page.')}</p>
      </div>
    `;
  }

  #renderThread(thread: FollowUpThread, org: string, locale: string): TemplateResult {
    const answerProblem = this.answerProblem;
    return html`
      <section aria-labelledby="follow-up-replies">
        <h3 id="follow-up-replies" tabindex="-1">${msg('Messages')}</h3>
        ${thread.messages.length === 0
          ? html`<p>${msg(str`${org} has not replied yet. Come back later with the same code.`)}</p>`
          : html`<ol part="follow-up-messages" class="messages">
              ${thread.messages.map(
                (m) => html`<li class=${m.from}>
                  <p class="caption">
                    ${m.from === 'organisation' ? org : msg('You')}, ${formatDay(new Date(m.at), locale)}
                  </p>
                  ${m.text !== undefined
                    ? html`<p class="message-text">${m.text}</p>`
                    : html`<p class="trace">
                        ${m.from === 'reporter'
                          ? msg(str`Your answer was sent. Only ${org} can read it.`)
                          : msg('This reply could not be opened with this code.')}
                      </p>`}
                </li>`,
              )}
            </ol>`}
        <form class="follow-up" novalidate autocomplete="off" @submit=${(e: Event) => void this.send(e)}>
          <div class="field ${answerProblem ? 'has-error' : ''}">
            <label class="field-label" for="follow-up-answer">${msg(str`Your answer to ${org}`)}</label>
            ${answerProblem
              ? html`<p class="error-message" id="follow-up-answer-error" role="alert">
                  <span class="visually-hidden">${msg('Error:')}</span> ${problemText(answerProblem, org)}
                </p>`
              : nothing}
            <textarea
              id="follow-up-answer"
              rows="4"
              maxlength=${followUpTextLimit}
              autocomplete="off"
              aria-describedby=${answerProblem ? 'follow-up-answer-error' : nothing}
              aria-invalid=${answerProblem ? 'true' : nothing}
              .value=${live(this.answerText)}
              @input=${(e: Event) => {
                this.answerText = (e.target as HTMLTextAreaElement).value;
                this.answered = false;
              }}
            ></textarea>
          </div>
          <div class="actions">
            <button part="follow-up-send-button" class="button" type="submit" ?disabled=${this.sending}>${msg('Send answer')}</button>
          </div>
          <p role="status" id="follow-up-sent" tabindex="-1">
            ${this.sending ? msg('Sending your answer…') : this.answered ? msg(str`Your answer has reached ${org}.`) : ''}
          </p>
        </form>
      </section>
    `;
  }
}

function problemOf(error: unknown): Problem {
  if (!(error instanceof FollowUpError)) return 'network';
  switch (error.code) {
    case 'report/follow-up-code-invalid':
      return 'code';
    case 'report/follow-up-not-found':
      return 'not-found';
    case 'report/rate-limited':
      return 'rate-limited';
    case 'report/follow-up-text-invalid':
      return 'answer-empty';
    default:
      return 'network';
  }
}

function problemText(problem: Problem, org: string): string {
  switch (problem) {
    case 'code':
      return msg('Enter the 16 letters and numbers of your follow-up code.');
    case 'not-found':
      return msg('No replies were found for this code. Check each letter and number, and try again.');
    case 'rate-limited':
      return msg('Too many tries in a short time. Wait a minute, then try again.');
    case 'answer-empty':
      return msg(str`Write your answer to ${org}.`);
    case 'network':
      return msg('This did not work. Check your internet connection and try again.');
  }
}

/**
 * What the form shows after Send: "Sending", the receipt, or why the report has not arrived with
 * "Try again" and the site's other channels, each with a note of the trace it leaves on the phone.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { mailtoWithReport } from './channels.js';
import type { FallbackChannel } from './channels.js';
import { heading } from './fields.js';
import { renderEmergency } from './emergency.js';
import type { EmergencyView } from './emergency.js';
import { failureText } from './messages.js';
import type { SafeReportFailureCode } from './events.js';

/** What the result views read from the form, and what their buttons do. */
export interface ResultView {
  readonly org: string;
  readonly receipt: string;
  /** The follow-up code, when the receiver keeps it; empty otherwise. */
  readonly followUpCode: string;
  readonly failure: SafeReportFailureCode;
  readonly retryable: boolean;
  /** Whether the person's report is still in the form (it is cleared once sent). */
  readonly hasReport: boolean;
  readonly copied: boolean;
  /** The report as plain text, for the fallback channels. */
  readonly reportText: string;
  readonly channels: readonly FallbackChannel[];
  /** The emergency numbers, repeated on the failure screen: the report has not arrived, and someone may need help now. */
  readonly emergency: EmergencyView;
  readonly locale: string;
  retry(): void;
  startAgain(): void;
  backToReport(): void;
  copy(): void;
  copyCode(): void;
}

/** The view for `view`'s delivery state. */
export function renderResult(kind: 'sending' | 'sent' | 'failed', view: ResultView): TemplateResult {
  switch (kind) {
    case 'sending':
      return renderSending();
    case 'sent':
      return renderSent(view);
    case 'failed':
      return renderFailed(view);
  }
}

function renderSending(): TemplateResult {
  return html`<div role="status">
    ${heading(msg('Sending your report…'))}
    <p>${msg('Keep this page open. On a slow connection this can take a minute.')}</p>
  </div>`;
}

function renderSent(view: ResultView): TemplateResult {
  return html`
    <div class="panel">
      ${heading(msg(str`Your report has reached ${view.org}`))}
      <p>${msg('Your receipt code')}</p>
      <strong part="receipt">${view.receipt}</strong>
    </div>
    <p>${msg('Keep this code only if it is safe. It does not show what you wrote, but it shows that you sent a report.')}</p>
    <p>${msg('What you wrote has been cleared from this page.')}</p>
    ${view.followUpCode ? renderFollowUpCode(view) : nothing}
    <div class="actions">
      <button class="button secondary" type="button" @click=${view.startAgain}>${msg('Write another report')}</button>
    </div>
  `;
}

/** The follow-up code and what it is for, in plain words: it is shown once and kept nowhere. */
function renderFollowUpCode(view: ResultView): TemplateResult {
  return html`
    <section class="follow-up-code" aria-labelledby="follow-up-code-title">
      <h3 id="follow-up-code-title">${msg('Your follow-up code')}</h3>
      <p>${msg(str`With this code you can read replies from ${view.org} and answer them. Choose “I have a follow-up code” on this form.`)}</p>
      <strong part="follow-up-code" class="code" translate="no">${view.followUpCode}</strong>
      <ul class="advice">
        <li>${msg('Write it down somewhere safe, or remember it. It is not saved on this phone.')}</li>
        <li>${msg('Anyone who has this code can read the replies.')}</li>
        <li>${msg(str`If you lose it, ${view.org} cannot give it to you again.`)}</li>
      </ul>
      <div class="actions">
        <button part="copy-code-button" class="button secondary" type="button" @click=${view.copyCode}>${msg('Copy the code')}</button>
        <span role="status">${view.copied ? msg('Copied.') : ''}</span>
      </div>
      <p class="trace">${msg('Copying puts the code on your clipboard: clear it after pasting.')}</p>
    </section>
  `;
}

function renderFailed(view: ResultView): TemplateResult {
  const hasReport = view.hasReport;
  return html`
    ${heading(msg('Your report has not been sent yet'))}
    <p>${failureText(view.failure, view.org)}</p>
    ${hasReport ? html`<p>${msg('Your report is still on this page. Nothing is lost while you keep this page open.')}</p>` : nothing}
    <div class="actions">
      ${view.retryable
        ? html`<button part="retry-button" class="button" type="button" @click=${view.retry}>${msg('Try again')}</button>`
        : nothing}
      <button class="button secondary" type="button" @click=${view.backToReport}>${msg('Go back to your report')}</button>
    </div>
    ${renderEmergency(view.emergency, view.locale)}
    ${renderFallbacks(view)}
  `;
}

function renderFallbacks(view: ResultView): TemplateResult {
  const text = view.reportText;
  const subject = msg('A report');
  return html`
    <h3>${msg(str`Other ways to reach ${view.org}`)}</h3>
    <ul part="fallbacks" class="fallbacks">
      <li>
        <button class="button secondary" type="button" @click=${view.copy}>${msg('Copy your report')}</button>
        <span role="status">${view.copied ? msg('Copied.') : ''}</span>
        <p class="trace">${msg('Copying puts the text on your clipboard: clear it after pasting.')}</p>
      </li>
      ${view.channels.map((channel) => {
        switch (channel.kind) {
          case 'telegram':
            return html`<li>
              <a href=${channel.href} rel="noreferrer noopener" target="_blank">${msg(str`Write to ${view.org} on Telegram (${channel.label})`)}</a>
              <p class="trace">${msg('Copy your report first, then paste it into the chat.')}</p>
              <p class="trace">${msg('A Telegram message stays in your chat history: delete it after sending.')}</p>
            </li>`;
          case 'email': {
            const mail = mailtoWithReport(channel.label, subject, text);
            return html`<li>
              <a href=${mail.href}>${msg(str`Email ${view.org} (${channel.label})`)}</a>
              ${mail.hasBody ? nothing : html`<p class="trace">${msg('Copy your report first, then paste it into the email.')}</p>`}
              <p class="trace">${msg('An email stays in your sent mail: delete it after sending.')}</p>
            </li>`;
          }
          case 'phone':
            return html`<li>
              <a href=${channel.href}>${msg(str`Call ${view.org} (${channel.label})`)}</a>
              <p class="trace">${msg('A call shows in your call log: delete it after calling.')}</p>
            </li>`;
        }
      })}
    </ul>
  `;
}

/**
 * The form's eight steps, one question each, and "Check your report". Each step is a template of
 * the form's state (`StepView`); none keeps state of its own, so Back, Change and a wipe need
 * nothing from them. The first question is in danger-step.ts, on the form's first screen; the
 * rest come with the later steps (later-steps.ts).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { contactChannels, reportIndicators, reporterRoles } from '../../sdk/report/vocabulary.js';
import type { ReportIndicator } from '../../sdk/report/schema.js';
import { placeNames } from './place-names.js';
import { channelName } from '../shared/words.js';
import type { EmergencyView } from './emergency.js';
import { renderDanger } from './danger-step.js';
import type { StepId } from './form-steps.js';
import { describedBy, errorMessage, heading, problemFor, radios, textField, yesNoOptions, yesNoUnknownOptions } from './fields.js';
import type { FormView } from './fields.js';
import { addressLabel, indicatorLabel, roleLabel } from './messages.js';
import { summaryRows } from './summary.js';

/** What the steps read beyond the fields: the emergency numbers, encryption, and "Change". */
export interface StepView extends FormView {
  readonly emergency: EmergencyView;
  /** Whether the report is encrypted in the page (`public-key` is set). */
  readonly encrypted: boolean;
  /** Goes back to a step from "Check your report", returning there after it. */
  change(step: StepId): void;
}

/** Countries offered in "Where did it happen?": Central Asia and where its migrants most often go. */
const countryCodes = [
  'KZ', 'KG', 'UZ', 'TJ', 'TM', 'RU', 'TR', 'AE', 'SA', 'QA', 'KR', 'JP', 'CN', 'PL', 'DE', 'CZ',
  'LT', 'GB', 'US', 'IL', 'CY', 'TH', 'MY', 'BY', 'AZ', 'GE', 'AM', 'UA',
];

/** The question of `view.step`. */
export function renderQuestion(view: StepView): TemplateResult {
  switch (view.step) {
    case 'danger':
      return renderDanger(view);
    case 'role':
      return renderRole(view);
    case 'what':
      return renderWhat(view);
    case 'signs':
      return renderSigns(view);
    case 'where':
      return renderWhere(view);
    case 'people':
      return renderPeople(view);
    case 'contact':
      return renderContact(view);
    case 'check':
      return renderCheck(view);
  }
}

function renderRole(view: StepView): TemplateResult {
  const options = [
    ...reporterRoles.map((value) => ({ value, label: roleLabel(value) })),
    { value: 'rather-not-say' as const, label: msg('I would rather not say') },
  ];
  return html`
    <fieldset aria-describedby="role-hint">
      <legend>${heading(msg('Who is this report about?'))}</legend>
      <p class="hint" id="role-hint">${msg('You can skip this question.')}</p>
      ${radios(view, 'reporterRole', options, view.draft.reporterRole)}
    </fieldset>
  `;
}

function renderWhat(view: StepView): TemplateResult {
  const problem = problemFor(view, 'description');
  return html`
    <div class="field ${problem ? 'has-error' : ''}">
      <h2 tabindex="-1" data-heading><label class="field-label" for="description">${msg('What happened?')}</label></h2>
      <p class="hint" id="description-hint">
        ${msg('Write in your own words, in any language. You do not need to give anyone’s name.')}
      </p>
      ${errorMessage(view, 'description')}
      <textarea
        id="description"
        rows="8"
        autocomplete="off"
        aria-describedby=${describedBy(view, 'description', 'description-hint')}
        aria-invalid=${problem ? 'true' : nothing}
        .value=${live(view.draft.description)}
        @input=${(e: Event) => view.set('description', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
  `;
}

function toggleIndicator(view: StepView, indicator: ReportIndicator, on: boolean): void {
  const rest = view.draft.indicators.filter((i) => i !== indicator);
  view.set('indicators', on ? reportIndicators.filter((i) => i === indicator || rest.includes(i)) : rest);
}

function renderSigns(view: StepView): TemplateResult {
  return html`
    <fieldset aria-describedby="signs-hint">
      <legend>${heading(msg('Did any of these happen?'))}</legend>
      <p class="hint" id="signs-hint">${msg('Tick any that fit. You can leave them all empty.')}</p>
      <div class="choices">
        ${reportIndicators.map(
          (indicator) =>
            html`<label class="choice"
              ><input
                type="checkbox"
                .checked=${live(view.draft.indicators.includes(indicator))}
                @change=${(e: Event) => toggleIndicator(view, indicator, (e.target as HTMLInputElement).checked)}
              /><span>${indicatorLabel(indicator)}</span></label
            >`,
        )}
      </div>
    </fieldset>
  `;
}

function renderWhere(view: StepView): TemplateResult {
  // By name once the names have come (with the emergency numbers, after the first screen); by code if they could not be fetched.
  const countries = placeNames(view.locale)?.byCountryName(countryCodes, view.locale) ?? countryCodes.map((code) => ({ code, name: code }));
  return html`
    ${heading(msg('Where and when did it happen?'))}
    <p class="hint">${msg('You can skip this question. A rough answer is fine.')}</p>
    <div class="field">
      <label class="field-label" for="country">${msg('Country')}</label>
      <select id="country" @change=${(e: Event) => view.set('country', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${view.draft.country === ''}>${msg('Not sure, or not in this list')}</option>
        ${countries.map((c) => html`<option value=${c.code} ?selected=${view.draft.country === c.code}>${c.name}</option>`)}
      </select>
    </div>
    ${textField(view, 'city', 'city', msg('Town or city'))}
    ${textField(view, 'place-details', 'placeDetails', msg('More about the place'), {
      hint: msg('For example, a street, a market, or the name of a business.'),
    })}
    ${textField(view, 'when-text', 'whenText', msg('When did it happen?'), {
      hint: msg('For example, “last spring” or “since March”.'),
    })}
    <fieldset>
      <legend>${msg('Is it still happening?')}</legend>
      ${radios(view, 'ongoing', yesNoOptions(), view.draft.ongoing)}
    </fieldset>
  `;
}

function renderUnder18Notice(view: StepView) {
  if (view.draft.anyUnder18 !== 'yes') return nothing;
  return html`<div part="notice" class="notice">
    <slot name="under-18-notice">
      <h3>${msg('If anyone is under 18')}</h3>
      <p>
        ${msg(
          str`When a child (anyone under 18) may be at risk, ${view.org} may be required by law to tell child-protection services or the police, especially if you give your contact details.`,
        )}
      </p>
      <p>${msg('You choose what to share. You can still stay anonymous.')}</p>
    </slot>
  </div>`;
}

function renderPeople(view: StepView): TemplateResult {
  return html`
    ${heading(msg('People involved'))}
    <p class="hint">${msg('You can skip this question. A guess is fine.')}</p>
    ${textField(view, 'people-count', 'peopleCount', msg('How many people are in this situation?'), {
      hint: msg('Count yourself if it is about you.'),
      inputmode: 'numeric',
      short: true,
    })}
    <fieldset>
      <legend>${msg('Is anyone involved under 18? This includes you.')}</legend>
      ${radios(view, 'anyUnder18', yesNoUnknownOptions(), view.draft.anyUnder18)}
    </fieldset>
    <div aria-live="polite">${renderUnder18Notice(view)}</div>
  `;
}

function renderContact(view: StepView): TemplateResult {
  const d = view.draft;
  const channelProblem = problemFor(view, 'channel');
  return html`
    <fieldset aria-describedby="contact-hint">
      <legend>${heading(msg(str`Is it safe for ${view.org} to contact you?`))}</legend>
      <p class="hint" id="contact-hint">
        ${msg(str`If you stay anonymous, ${view.org} will not know who you are and cannot reply to you.`)}
      </p>
      <div class="choices">
        <label class="choice"
          ><input
            type="radio"
            name="contactMode"
            .checked=${live(d.contactMode === 'anonymous')}
            @change=${() => view.set('contactMode', 'anonymous')}
          /><span>${msg('No, keep me anonymous')}</span></label
        >
        <label class="choice"
          ><input
            type="radio"
            name="contactMode"
            .checked=${live(d.contactMode === 'contact')}
            @change=${() => view.set('contactMode', 'contact')}
          /><span>${msg('Yes, it is safe to contact me')}</span></label
        >
      </div>
    </fieldset>
    <div id="contact-details" class="conditional" ?hidden=${d.contactMode !== 'contact'}>
      ${d.contactMode === 'contact'
        ? html`
            <fieldset id="channel" class=${channelProblem ? 'has-error' : ''} aria-describedby=${describedBy(view, 'channel') || nothing}>
              <legend>${msg('How should they contact you?')}</legend>
              ${errorMessage(view, 'channel')}
              ${radios(view, 'channel', contactChannels.map((value) => ({ value, label: channelName(value) })), d.channel)}
            </fieldset>
            ${textField(view, 'address', 'address', addressLabel(d.channel), {
              inputmode: d.channel === 'email' ? 'email' : d.channel === 'telegram' || d.channel === 'signal' ? 'text' : 'tel',
            })}
            ${textField(view, 'safe-times', 'safeTimes', msg('When is it safe to contact you?'), {
              hint: msg('For example, “weekdays after 18:00”. Leave it empty if any time is safe.'),
            })}
            <fieldset>
              <legend>${msg('May they leave a message if you do not answer?')}</legend>
              ${radios(view, 'mayLeaveMessage', yesNoOptions(), d.mayLeaveMessage)}
            </fieldset>
            ${textField(view, 'code-word', 'codeWord', msg('A code word'), {
              hint: msg('They will say this word first, so you know it is them. You can leave it empty.'),
            })}
          `
        : nothing}
    </div>
    ${d.contactMode === 'contact' ? renderUnder18Notice(view) : nothing}
  `;
}

function renderCheck(view: StepView): TemplateResult {
  const consentProblem = problemFor(view, 'consent');
  // A summary list as GOV.UK's: question, answer and "Change" stacked on a phone, in a row when
  // there is room (the styles decide). Only the answer keeps its line breaks, and no template
  // whitespace reaches it or the button.
  return html`
    ${heading(msg('Check your report'))}
    <dl class="summary">
      ${summaryRows(view.draft, view.org, view.locale).map(
        (row) => html`<div class="row">
          <dt>${row.key}</dt>
          <dd class="value">${row.value}</dd>
          <dd class="change"><button class="link" type="button" @click=${() => view.change(row.step)}>${msg('Change')}<span class="visually-hidden"> ${row.key}</span></button></dd>
        </div>`,
      )}
    </dl>
    ${renderUnder18Notice(view)}
    <h3>${msg('Send your report')}</h3>
    <p>
      ${view.encrypted
        ? msg(str`Your report is locked before it leaves this phone, so only ${view.org} can read it.`)
        : msg(str`Your report goes only to ${view.org}.`)}
      ${msg('Even without your name, the website can see your internet address when you send it.')}
    </p>
    <div class="field ${consentProblem ? 'has-error' : ''}">
      ${errorMessage(view, 'consent')}
      <label class="choice"
        ><input
          id="consent"
          type="checkbox"
          aria-describedby=${describedBy(view, 'consent') || nothing}
          aria-invalid=${consentProblem ? 'true' : nothing}
          .checked=${live(view.draft.consent)}
          @change=${(e: Event) => view.set('consent', (e.target as HTMLInputElement).checked)}
        /><span>${msg(str`I agree that ${view.org} may receive this report and use it to help.`)}</span></label
      >
    </div>
  `;
}

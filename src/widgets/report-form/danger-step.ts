/**
 * The form's first question, "Is anyone in danger right now?", with the emergency numbers when
 * someone may be: all of the form's first screen. The other steps load after it (later-steps.ts).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading, radios, yesNoUnknownOptions } from './choices.js';
import { renderEmergency } from './emergency.js';
import type { StepView } from './steps.js';

/** The first question, and the emergency numbers when the answer is yes or not known. */
export function renderDanger(view: StepView): TemplateResult {
  const showNumbers = view.draft.dangerNow === 'yes' || view.draft.dangerNow === 'unknown';
  return html`
    <fieldset>
      <legend>${heading(msg('Is anyone in danger right now?'))}</legend>
      ${radios(view, 'dangerNow', yesNoUnknownOptions(), view.draft.dangerNow)}
    </fieldset>
    <div aria-live="polite">
      ${showNumbers
        ? renderEmergency(
            view.emergency,
            view.locale,
            html`<p>${msg('A report is not always read straight away: if someone is in danger, call now. You can still send this report.')}</p>`,
          )
        : nothing}
    </div>
    ${showNumbers ? nothing : html`<p class="hint">${msg('You do not have to give your name. Only “What happened?” must be answered: you can skip any other question.')}</p>`}
  `;
}

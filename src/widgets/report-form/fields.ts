/**
 * The pieces the question steps are built of (text fields, error messages and the error summary;
 * headings and radios are in choices.ts, which the first step needs), written once so that each
 * step shows problems the same way: the summary at the top takes focus, and each field says the
 * same words beside it (GOV.UK). They come with the later steps (later-steps.ts).
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { FieldId, FieldProblem } from './form-steps.js';
import type { FormView } from './choices.js';
import { problemText } from './messages.js';

export { heading, radios, yesNoUnknownOptions } from './choices.js';
export type { FormView } from './choices.js';

export function problemFor(view: FormView, field: FieldId): FieldProblem | undefined {
  return view.problems.find((p) => p.field === field);
}

export function errorSummary(view: FormView) {
  const { problems } = view;
  if (problems.length === 0) return nothing;
  return html`
    <div part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${msg('There is a problem')}</h2>
      <ul>
        ${problems.map(
          (p) =>
            html`<li>
              <a href="#${p.field}" @click=${(e: Event) => view.showField(e, p.field)}
                >${problemText(p, view.draft.channel, view.org, view.locale)}</a
              >
            </li>`,
        )}
      </ul>
    </div>
  `;
}

export function errorMessage(view: FormView, field: FieldId) {
  const problem = problemFor(view, field);
  if (!problem) return nothing;
  return html`<p class="error-message" id="${field}-error">
    <span class="visually-hidden">${msg('Error:')}</span> ${problemText(problem, view.draft.channel, view.org, view.locale)}
  </p>`;
}

export function describedBy(view: FormView, field: FieldId, hint?: string): string {
  return [hint, problemFor(view, field) ? `${field}-error` : ''].filter(Boolean).join(' ');
}

export function yesNoOptions(): { value: 'yes' | 'no'; label: string }[] {
  return [
    { value: 'yes', label: msg('Yes') },
    { value: 'no', label: msg('No') },
  ];
}

export function textField(
  view: FormView,
  field: FieldId,
  key: 'city' | 'placeDetails' | 'whenText' | 'peopleCount' | 'address' | 'safeTimes' | 'codeWord',
  label: string,
  options: { hint?: string; inputmode?: string; short?: boolean } = {},
) {
  const hintId = options.hint ? `${field}-hint` : undefined;
  const problem = problemFor(view, field);
  return html`<div class="field ${problem ? 'has-error' : ''}">
    <label class="field-label" for=${field}>${label}</label>
    ${options.hint ? html`<p class="hint" id=${hintId!}>${options.hint}</p>` : nothing} ${errorMessage(view, field)}
    <input
      id=${field}
      type="text"
      class=${options.short ? 'short' : ''}
      autocomplete="off"
      inputmode=${options.inputmode ?? 'text'}
      aria-describedby=${describedBy(view, field, hintId) || nothing}
      aria-invalid=${problem ? 'true' : nothing}
      .value=${live(view.draft[key])}
      @input=${(e: Event) => view.set(key, (e.target as HTMLInputElement).value)}
    />
  </div>`;
}

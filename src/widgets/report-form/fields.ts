/**
 * The pieces every question step is built of (headings, radios, text fields, error messages and
 * the error summary), written once so that each step shows problems the same way: the summary at
 * the top takes focus, and each field says the same words beside it (GOV.UK).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { Draft, FieldId, FieldProblem, StepId, YesNoUnknown } from './form-state.js';
import { problemText, yesNoUnknownLabel } from './messages.js';

/** What a step's template reads from the form, and the few things it may ask the form to do. */
export interface FormView {
  readonly draft: Draft;
  readonly step: StepId;
  /** The problems shown on this step. */
  readonly problems: readonly FieldProblem[];
  /** The organisation's name, or "the organisation". */
  readonly org: string;
  /** The locale the form renders in. */
  readonly locale: string;
  /** Sets one answer. */
  set<K extends keyof Draft>(key: K, value: Draft[K]): void;
  /** Moves to the step of a field named in the error summary and focuses it. */
  showField(event: Event, field: FieldId): void;
}

export function problemFor(view: FormView, field: FieldId): FieldProblem | undefined {
  return view.problems.find((p) => p.field === field);
}

/** A step's heading, focused when the step opens. */
export function heading(text: string): TemplateResult {
  return html`<h2 tabindex="-1" data-heading>${text}</h2>`;
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

export function radios<T extends string>(view: FormView, name: keyof Draft, options: readonly { value: T; label: string }[], current: string) {
  return html`<div class="choices">
    ${options.map(
      (o) =>
        html`<label class="choice"
          ><input
            type="radio"
            name=${name}
            .value=${o.value}
            .checked=${live(current === o.value)}
            @change=${() => view.set(name, o.value as never)}
          /><span>${o.label}</span></label
        >`,
    )}
  </div>`;
}

export function yesNoUnknownOptions(): { value: YesNoUnknown; label: string }[] {
  return (['yes', 'no', 'unknown'] as const).map((value) => ({ value, label: yesNoUnknownLabel(value) }));
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

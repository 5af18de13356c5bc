/**
 * The pieces of a question that the first step is built of (its heading and its choices), apart
 * from the text fields and error messages of the later steps (fields.ts), so that the form's first
 * screen carries no more than it shows.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import type { Draft, FieldId, FieldProblem, StepId, YesNoUnknown } from './form-steps.js';

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

/** A step's heading, focused when the step opens. */
export function heading(text: string): TemplateResult {
  return html`<h2 tabindex="-1" data-heading>${text}</h2>`;
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

export function yesNoUnknownLabel(value: YesNoUnknown): string {
  switch (value) {
    case 'yes':
      return msg('Yes');
    case 'no':
      return msg('No');
    case 'unknown':
      return msg('I do not know');
  }
}

export function yesNoUnknownOptions(): { value: YesNoUnknown; label: string }[] {
  return (['yes', 'no', 'unknown'] as const).map((value) => ({ value, label: yesNoUnknownLabel(value) }));
}

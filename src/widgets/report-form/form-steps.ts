/**
 * What the person has typed so far, as plain strings the form's fields can show, and the form's
 * steps: all the first screen needs of the draft. The report made from it and the checks by the
 * report's rules are in form-state.ts, which loads with the later steps.
 *
 * The draft lives in memory only: nothing here touches storage.
 */
import type { ContactChannel, ReportIndicator, ReporterRole } from '../../sdk/report/schema.js';

export type YesNoUnknown = 'yes' | 'no' | 'unknown';

/** The form's fields. Empty string means "not answered"; only `description` and `consent` are required. */
export interface Draft {
  dangerNow: '' | YesNoUnknown;
  /** `rather-not-say` is a choice the person made; it sends nothing. */
  reporterRole: '' | 'rather-not-say' | ReporterRole;
  description: string;
  indicators: ReportIndicator[];
  country: string;
  city: string;
  placeDetails: string;
  whenText: string;
  ongoing: '' | 'yes' | 'no';
  peopleCount: string;
  anyUnder18: '' | YesNoUnknown;
  contactMode: 'anonymous' | 'contact';
  channel: '' | ContactChannel;
  address: string;
  safeTimes: string;
  mayLeaveMessage: '' | 'yes' | 'no';
  codeWord: string;
  consent: boolean;
}

export function emptyDraft(): Draft {
  return {
    dangerNow: '',
    reporterRole: '',
    description: '',
    indicators: [],
    country: '',
    city: '',
    placeDetails: '',
    whenText: '',
    ongoing: '',
    peopleCount: '',
    anyUnder18: '',
    contactMode: 'anonymous',
    channel: '',
    address: '',
    safeTimes: '',
    mayLeaveMessage: '',
    codeWord: '',
    consent: false,
  };
}

/** The form's steps, in order. `check` is "Check your report". */
export const steps = ['danger', 'role', 'what', 'signs', 'where', 'people', 'contact', 'check'] as const;
export type StepId = (typeof steps)[number];

/** A field that can show an error: its element id inside the form, and the step it is on. */
export type FieldId =
  | 'description'
  | 'city'
  | 'place-details'
  | 'when-text'
  | 'people-count'
  | 'channel'
  | 'address'
  | 'safe-times'
  | 'code-word'
  | 'consent';

/** Which step each field is on. */
export const fieldStep: Record<FieldId, StepId> = {
  description: 'what',
  city: 'where',
  'place-details': 'where',
  'when-text': 'where',
  'people-count': 'people',
  channel: 'contact',
  address: 'contact',
  'safe-times': 'contact',
  'code-word': 'contact',
  consent: 'check',
};

/** A problem with one field, as a code the element turns into words. */
export interface FieldProblem {
  field: FieldId;
  /** `missing` (empty but needed), `too-long`, or `not-a-number` (people count only). */
  kind: 'missing' | 'too-long' | 'not-a-number' | 'too-small' | 'too-big';
}

/** The problems that belong to one step, in the order the fields appear on it. */
export function problemsOnStep(problems: readonly FieldProblem[], step: StepId): FieldProblem[] {
  const order = Object.keys(fieldStep) as FieldId[];
  return problems.filter((p) => fieldStep[p.field] === step).sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

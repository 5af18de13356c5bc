/**
 * What the person has typed so far, as plain strings the form's fields can show, the form's steps,
 * and the report made from them. Nothing here loads zod: the form's first screen needs it all, and
 * the check against the report's schema (draft.ts) loads after it.
 *
 * The draft lives in memory only: nothing here touches storage.
 */
import type { ContactChannel, ReportIndicator, ReportInput, ReporterRole } from '../../sdk/report/schema.js';
import { reportLimits, reportPeopleLimit } from '../../sdk/report/vocabulary.js';

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

const optionalText = (value: string) => (value.trim() === '' ? undefined : value);

/** Drops keys whose value is undefined, and returns undefined for an object left empty. */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/**
 * Builds the report from the draft. Unanswered questions are left out; a people count that is not
 * a whole number is passed on as text so that the schema, not the form, says it is wrong.
 */
export function toReportInput(draft: Draft, locale?: string): ReportInput {
  const count = draft.peopleCount.trim();
  const contact: ReportInput['contact'] =
    draft.contactMode === 'contact'
      ? {
          mode: 'contact',
          channel: (draft.channel || undefined) as ContactChannel,
          address: draft.address,
          safeTimes: optionalText(draft.safeTimes),
          mayLeaveMessage: draft.mayLeaveMessage === '' ? undefined : draft.mayLeaveMessage === 'yes',
          codeWord: optionalText(draft.codeWord),
        }
      : undefined;
  const input: ReportInput = {
    description: draft.description,
    consent: draft.consent as true,
    reporterRole: draft.reporterRole === '' || draft.reporterRole === 'rather-not-say' ? undefined : draft.reporterRole,
    indicators: draft.indicators.length > 0 ? [...draft.indicators] : undefined,
    where: compact({ country: draft.country || undefined, city: optionalText(draft.city), details: optionalText(draft.placeDetails) }),
    when: compact({ text: optionalText(draft.whenText), ongoing: draft.ongoing === '' ? undefined : draft.ongoing === 'yes' }),
    people: compact({
      count: count === '' ? undefined : /^\d{1,6}$/.test(count) ? Number(count) : (count as unknown as number),
      anyUnder18: draft.anyUnder18 || undefined,
    }),
    dangerNow: draft.dangerNow || undefined,
    contact: contact ? compact(contact) : undefined,
    locale,
  };
  return compact(input) as ReportInput;
}

/** The problems that belong to one step, in the order the fields appear on it. */
export function problemsOnStep(problems: readonly FieldProblem[], step: StepId): FieldProblem[] {
  const order = Object.keys(fieldStep) as FieldId[];
  return problems.filter((p) => fieldStep[p.field] === step).sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/**
 * The draft's problems by the same rules as `reportSchema`, in the order its check finds them
 * (`checkDraft` in draft.ts), without zod: "Continue" checks a step with these on the first
 * screen, and "Send report" checks the whole report with the schema once it has loaded. A test
 * holds the two equal over every field's edge cases.
 */
export function basicProblems(draft: Draft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // The schema trims a text, then needs at least one character when the field is required and at most its limit.
  const text = (field: FieldId, value: string, max: number, required: boolean) => {
    const trimmed = value.trim();
    if (trimmed === '' ? required : trimmed.length > max) problems.push({ field, kind: trimmed === '' ? 'missing' : 'too-long' });
  };
  text('description', draft.description, reportLimits.description, true);
  if (!draft.consent) problems.push({ field: 'consent', kind: 'missing' });
  text('city', draft.city, reportLimits.city, false);
  text('place-details', draft.placeDetails, reportLimits.placeDetails, false);
  text('when-text', draft.whenText, reportLimits.whenText, false);
  const count = draft.peopleCount.trim();
  if (count !== '') {
    // As `toReportInput`: up to six digits is a number, anything else is not one.
    const value = /^\d{1,6}$/.test(count) ? Number(count) : undefined;
    const kind = value === undefined ? 'not-a-number' : value < 1 ? 'too-small' : value > reportPeopleLimit ? 'too-big' : undefined;
    if (kind) problems.push({ field: 'people-count', kind });
  }
  if (draft.contactMode === 'contact') {
    if (draft.channel === '') problems.push({ field: 'channel', kind: 'missing' });
    text('address', draft.address, reportLimits.address, true);
    text('safe-times', draft.safeTimes, reportLimits.safeTimes, false);
    text('code-word', draft.codeWord, reportLimits.codeWord, false);
  }
  return problems;
}

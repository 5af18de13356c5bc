/**
 * What the person has typed so far, as plain strings the form's fields can show, and the one place
 * that turns it into a report and checks it with the shared `reportSchema`.
 *
 * The draft lives in memory only: nothing here touches storage.
 */
import { reportIssues } from '../../sdk/report/validate.js';
import type { ReportIssue, ReportIssueCode } from '../../sdk/report/errors.js';
import type { ContactChannel, ReportIndicator, ReportInput, ReporterRole } from '../../sdk/report/schema.js';

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

/** Each field's draft key: its id in camelCase (`place-details` is `placeDetails`). */
const draftKey = (field: FieldId) => field.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as keyof Draft;

let pathFields: Map<string, FieldId> | undefined;

/**
 * Which field each report path comes from, found by running `toReportInput` on a draft whose every
 * field holds its own marker: the paths follow the report's schema and this module's conversion,
 * so renaming a field in either can never leave a problem tied to no field or to the wrong one.
 */
export function fieldPaths(): ReadonlyMap<string, FieldId> {
  if (pathFields) return pathFields;
  const marker = (field: FieldId) => `\u0000${field}`;
  const probe: Record<string, unknown> = { ...emptyDraft(), contactMode: 'contact' };
  const fields = Object.keys(fieldStep) as FieldId[];
  for (const field of fields) probe[draftKey(field)] = marker(field);
  const found = new Map<string, FieldId>();
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string' && value.startsWith('\u0000')) found.set(path.join('.'), value.slice(1) as FieldId);
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(toReportInput(probe as unknown as Draft), []);
  pathFields = found;
  return found;
}

/** Turns the SDK's report issues (`{path, code}`) into field problems; an issue on no field of the form is left out. */
export function problemsFromIssues(issues: readonly ReportIssue[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byPath = fieldPaths();
  for (const issue of issues) {
    const field = byPath.get(issue.path);
    if (!field || problems.some((p) => p.field === field)) continue;
    problems.push({ field, kind: kindOf(field, issue.code) });
  }
  return problems;
}

function kindOf(field: FieldId, code: ReportIssueCode): FieldProblem['kind'] {
  if (field === 'people-count') {
    if (code === 'too-small') return 'too-small';
    if (code === 'too-big') return 'too-big';
    return 'not-a-number';
  }
  return code === 'too-big' ? 'too-long' : 'missing';
}

/** Checks the whole draft with `reportSchema`; returns every problem, each tied to a field. */
export function checkDraft(draft: Draft, locale?: string): FieldProblem[] {
  return problemsFromIssues(reportIssues(toReportInput(draft, locale)));
}

/** The problems that belong to one step, in the order the fields appear on it. */
export function problemsOnStep(problems: readonly FieldProblem[], step: StepId): FieldProblem[] {
  const order = Object.keys(fieldStep) as FieldId[];
  return problems.filter((p) => fieldStep[p.field] === step).sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

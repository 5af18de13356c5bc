/**
 * The report made from what the person has typed, and the check of a step by the report's rules
 * without zod. The draft and the steps themselves are in form-steps.ts (re-exported here), which
 * the form's first screen needs; this module comes with the later steps (later-steps.ts), and the
 * check against the report's schema (draft.ts) with the sending code.
 *
 * The draft lives in memory only: nothing here touches storage.
 */
import type { ContactChannel, ReportInput } from '../../sdk/report/schema.js';
import { reportLimits, reportPeopleLimit } from '../../sdk/report/vocabulary.js';
import type { Draft, FieldId, FieldProblem } from './form-steps.js';

export * from './form-steps.js';

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

/**
 * The one place that checks the form's draft with the shared `reportSchema`, and turns the SDK's
 * issues into the form's field problems. It loads zod, so the form imports it with its sending
 * code after the first screen (sending.ts); the draft itself and the steps are in form-state.ts.
 */
import { reportIssues } from '../../sdk/report/validate.js';
import type { ReportIssue, ReportIssueCode } from '../../sdk/report/errors.js';
import { emptyDraft, fieldStep, toReportInput } from './form-state.js';
import type { Draft, FieldId, FieldProblem } from './form-state.js';

export * from './form-state.js';

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


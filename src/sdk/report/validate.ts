/**
 * The one check of a report against `reportSchema`, used by `ReportClient.prepare()`, by a form
 * that delivers reports itself, and by the receiver: each gets the same problems in the same words.
 */
import { reportSchema } from './schema.js';
import type { Report } from './schema.js';
import { ReportValidationError } from './errors.js';
import type { ReportIssue } from './errors.js';

/** The problems of `input` as a report, in the order the schema found them; empty when it is valid. */
export function reportIssues(input: unknown): ReportIssue[] {
  const parsed = reportSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code }));
}

/** Checks `input` once and returns the report (strings trimmed); throws `ReportValidationError` with every problem's path and code. */
export function validateReport(input: unknown): Report {
  const parsed = reportSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ReportValidationError(
    parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code })),
    { cause: parsed.error },
  );
}

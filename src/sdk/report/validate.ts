/**
 * The one check of a report against `reportSchema`, used by `ReportClient.prepare()` and by a form
 * that delivers reports itself: each gets the same problems, in the kit's own codes (zod's issue
 * codes stay inside; `cause` keeps zod's error for debugging).
 */
import { reportSchema } from './schema.js';
import type { Report } from './schema.js';
import { ReportValidationError } from './errors.js';
import type { ReportIssue } from './errors.js';
import { schemaIssueCode } from '../schema-issues.js';

/** zod's issue, as far as the mapping reads it. */
interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly input?: unknown;
}

function toIssue(issue: SchemaIssue): ReportIssue {
  return { path: issue.path.map(String).join('.'), code: schemaIssueCode(issue.code, issue.input) };
}

/** The problems of `input` as a report, in the order the schema found them; empty when it is valid. */
export function reportIssues(input: unknown): ReportIssue[] {
  const parsed = reportSchema.safeParse(input, { reportInput: true });
  return parsed.success ? [] : parsed.error.issues.map(toIssue);
}

/** Checks `input` once and returns the report (strings trimmed); throws `ReportValidationError` with every problem's path and code. */
export function validateReport(input: unknown): Report {
  const parsed = reportSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new ReportValidationError(parsed.error.issues.map(toIssue), { cause: parsed.error });
}

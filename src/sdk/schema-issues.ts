/**
 * One vocabulary for "what is wrong with this value", shared by reports (`ReportIssue`) and hotline
 * data (`DataProblem`): zod's issue codes stay inside the SDK, so a zod upgrade that renames one
 * cannot change our API.
 */

/**
 * What kind of problem a value has: `missing` (absent or empty but required), `wrong-type` (say
 * text where a number belongs), `too-small` or `too-big` (a number out of range, a text or list too
 * short or too long), `not-allowed` (a value outside the choices), `wrong-format` (text that does
 * not match its pattern, such as a country code), `unknown-field` (a key the object does not have),
 * or `invalid` for any other problem.
 */
export type SchemaIssueCode = 'missing' | 'wrong-type' | 'too-small' | 'too-big' | 'not-allowed' | 'wrong-format' | 'unknown-field' | 'invalid';

/** zod's issue codes in our words; every other code is `invalid`. */
const fromZod: Readonly<Record<string, SchemaIssueCode>> = {
  invalid_type: 'wrong-type',
  too_small: 'too-small',
  too_big: 'too-big',
  invalid_value: 'not-allowed',
  invalid_format: 'wrong-format',
  unrecognized_keys: 'unknown-field',
};

/**
 * Our code for a zod issue. `value` is what the input holds at the issue's path: a type mismatch
 * where nothing is (`undefined`) is `missing`, not `wrong-type`.
 */
export function schemaIssueCode(issueCode: string, value: unknown): SchemaIssueCode {
  if (issueCode === 'invalid_type' && value === undefined) return 'missing';
  return Object.hasOwn(fromZod, issueCode) ? fromZod[issueCode]! : 'invalid';
}

/**
 * What `<safe-report-form>` needs only to send a report or read replies: the delivery client with
 * its encryption (WebCrypto, ky), the report's zod schema, and the follow-up view. The form's first
 * screen needs none of it, so the form imports this module after its first render, in idle time
 * (report-form.ts, `sendingReady`), and "Send report" waits for it when pressed sooner.
 */
export { ReportDelivery, failureCode } from './delivery.js';
export { FollowUpPanel } from './follow-up.js';
export { problemsFromIssues } from './draft.js';
export { ReportValidationError } from '../../sdk/report/errors.js';

/**
 * What `<safe-report-form>` needs after its first question: the other steps and "Check your
 * report", their text fields and error summary, the views after "Send report" with the site's
 * other channels and the clipboard, the report as plain text, and the checks by the report's
 * rules. The first screen needs none of it, so the form imports this module in idle time after
 * its first screen (steps-code.ts), and "Continue" on the first step waits for it when pressed
 * sooner.
 */
export { renderQuestion } from './steps.js';
export { errorSummary } from './fields.js';
export { renderResult } from './results.js';
export { ReportClipboard } from './clipboard.js';
export { fallbackChannels } from './channels.js';
export { reportText } from './summary.js';
export { basicProblems, toReportInput } from './form-state.js';

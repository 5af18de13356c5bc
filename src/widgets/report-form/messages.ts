/**
 * The words of `<safe-report-form>` that depend on a code: answers, field errors and delivery
 * failures. Every string goes through `msg()`, so each is called when the form renders, in the
 * locale in force then.
 *
 * Wording: plain and short, describing situations rather than labels; never "invalid" or
 * "victim"; error messages reuse the question's words (GOV.UK).
 */
import { msg, str } from '@lit/localize';
import type { ContactChannel, ReportIndicator, ReporterRole } from '../../sdk/report/schema.js';
import { reportLimits } from '../../sdk/report/vocabulary.js';
import { formatNumber } from '../shared/number-format.js';
import type { FieldProblem } from './form-steps.js';
import type { SafeReportFailureCode } from './events.js';

export { yesNoUnknownLabel } from './choices.js';

export function roleLabel(role: ReporterRole): string {
  switch (role) {
    case 'self':
      return msg('It is about me');
    case 'family-or-friend':
      return msg('It is about someone in my family, or a friend');
    case 'witness':
      return msg('It is about someone I saw or heard about');
    case 'professional':
      return msg('I am writing as part of my work');
  }
}

export function indicatorLabel(indicator: ReportIndicator): string {
  switch (indicator) {
    case 'deceived-about-job':
      return msg('The job or pay was not what was promised');
    case 'documents-taken':
      return msg('Passport or ID taken away');
    case 'not-paid':
      return msg('Not paid, or paid much less than promised');
    case 'debt-or-fees':
      return msg('A debt or fees that never get paid off');
    case 'cannot-leave':
      return msg('Not free to leave');
    case 'threats':
      return msg('Threats against the person or their family');
    case 'violence':
      return msg('Hitting or other violence');
    case 'forced-sex':
      return msg('Made to have sex or do sex work');
    case 'forced-to-commit-crimes':
      return msg('Made to break the law');
    case 'watched-or-isolated':
      return msg('Watched all the time, or kept away from other people');
    case 'excessive-hours':
      return msg('Very long hours with no rest');
    case 'bad-living-conditions':
      return msg('A bad or crowded place to live');
  }
}

/** The label of the contact address field, which depends on the channel chosen. */
export function addressLabel(channel: ContactChannel | ''): string {
  switch (channel) {
    case 'email':
      return msg('Your email address');
    case 'telegram':
      return msg('Your Telegram username or phone number');
    case 'signal':
      return msg('Your Signal username or phone number');
    default:
      return msg('Your phone number');
  }
}

/** The words of one field problem, used both in the error summary and beside the field; numbers in the form's `locale`. */
export function problemText(problem: FieldProblem, channel: ContactChannel | '', orgName: string, locale: string): string {
  const { field, kind } = problem;
  const n = (value: number) => formatNumber(value, locale);
  switch (field) {
    case 'description':
      return kind === 'missing'
        ? msg('Write what happened')
        : msg(str`What happened must be ${n(reportLimits.description)} characters or fewer`);
    case 'city':
      return msg(str`Town or city must be ${n(reportLimits.city)} characters or fewer`);
    case 'place-details':
      return msg(str`More about the place must be ${n(reportLimits.placeDetails)} characters or fewer`);
    case 'when-text':
      return msg(str`When it happened must be ${n(reportLimits.whenText)} characters or fewer`);
    case 'people-count':
      if (kind === 'too-small') return msg('Number of people must be 1 or more');
      if (kind === 'too-big') return msg(str`Number of people must be ${n(10000)} or fewer`);
      return msg('Number of people must be a whole number, like 3');
    case 'channel':
      return msg(str`Choose how ${orgName} should contact you`);
    case 'address':
      if (kind === 'too-long') return msg(str`Your contact details must be ${n(reportLimits.address)} characters or fewer`);
      if (channel === 'email') return msg('Enter your email address');
      if (channel === 'telegram' || channel === 'signal') return msg('Enter your username or phone number');
      return msg('Enter your phone number');
    case 'safe-times':
      return msg(str`Safe times must be ${n(reportLimits.safeTimes)} characters or fewer`);
    case 'code-word':
      return msg(str`Code word must be ${n(reportLimits.codeWord)} characters or fewer`);
    case 'consent':
      return msg(str`Tick the box if you agree to send this report to ${orgName}`);
  }
}

/** Why a report has not arrived, by the failure's code. */
export function failureText(code: SafeReportFailureCode, orgName: string): string {
  switch (code) {
    case 'report/rate-limited':
      return msg('Too many reports were sent from this connection. Wait a few minutes, then try again.');
    case 'report/server':
    case 'report/bad-reply':
      return msg(str`The server of ${orgName} did not answer properly.`);
    case 'report/rejected':
      return msg(str`The server of ${orgName} did not accept this report.`);
    case 'report/endpoint-invalid':
    case 'report/endpoint-insecure':
    case 'report/key-invalid':
    case 'report/key-is-private':
    case 'report/crypto-unavailable':
    case 'report/option-invalid':
    case 'report/setup-failed':
      return msg('This form is not set up to send reports.');
    case 'report/network':
    case 'report/timeout':
    case 'report/deadline':
    case 'report/aborted':
    case 'report/too-large':
      return msg('The connection did not work.');
  }
}

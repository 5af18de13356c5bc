/**
 * The answers as the person checks them before sending, and as plain text when they copy the
 * report or send it another way. Both come from one list, so the copy says what the page showed.
 */
import { msg, str } from '@lit/localize';
import { countryNameOrCode } from './place-names.js';
import { channelName } from '../shared/words.js';
import type { Draft, StepId } from './form-state.js';
import { indicatorLabel, roleLabel, yesNoUnknownLabel } from './messages.js';

/** One row of "Check your report": the step it is on, the question, and the answer in words. */
export interface SummaryRow {
  step: StepId;
  key: string;
  value: string;
}

/** The check page's rows, also used for the plain-text copy: each question and the answer given. */
export function summaryRows(d: Draft, org: string, locale: string): SummaryRow[] {
  const notAnswered = msg('Not answered');
  const join = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n') || notAnswered;
  const contact =
    d.contactMode === 'anonymous'
      ? msg('No, keep me anonymous')
      : join([
          d.channel && channelName(d.channel),
          d.address.trim(),
          d.safeTimes.trim() && msg(str`Safe times: ${d.safeTimes.trim()}`),
          d.mayLeaveMessage === 'yes' && msg('They may leave a message'),
          d.mayLeaveMessage === 'no' && msg('Do not leave a message'),
          d.codeWord.trim() && msg(str`Code word: ${d.codeWord.trim()}`),
        ]);
  return [
    { step: 'danger', key: msg('Is anyone in danger right now?'), value: d.dangerNow ? yesNoUnknownLabel(d.dangerNow) : notAnswered },
    { step: 'role', key: msg('Who is this report about?'), value: d.reporterRole === '' || d.reporterRole === 'rather-not-say' ? notAnswered : roleLabel(d.reporterRole) },
    { step: 'what', key: msg('What happened?'), value: d.description.trim() || notAnswered },
    { step: 'signs', key: msg('Did any of these happen?'), value: join(d.indicators.map(indicatorLabel)) },
    {
      step: 'where',
      key: msg('Where and when did it happen?'),
      value: join([
        d.country && countryNameOrCode(d.country, locale),
        d.city.trim(),
        d.placeDetails.trim(),
        d.whenText.trim(),
        d.ongoing === 'yes' && msg('It is still happening'),
        d.ongoing === 'no' && msg('It has stopped'),
      ]),
    },
    {
      step: 'people',
      key: msg('People involved'),
      value: join([
        d.peopleCount.trim() && msg(str`Number of people: ${d.peopleCount.trim()}`),
        d.anyUnder18 && msg(str`Anyone under 18: ${yesNoUnknownLabel(d.anyUnder18)}`),
      ]),
    },
    { step: 'contact', key: msg(str`Can ${org} contact you?`), value: contact },
  ];
}

/** The report as plain text, for the clipboard and an email: each question, then its answer. */
export function reportText(draft: Draft, org: string, locale: string): string {
  return summaryRows(draft, org, locale)
    .map((row) => `${row.key}\n${row.value}`)
    .join('\n\n');
}

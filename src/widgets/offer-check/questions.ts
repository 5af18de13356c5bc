/**
 * The questionnaire's words: each of the SDK's `offerQuestions` as a plain question, and the three
 * answers. The SDK decides what an answer means; these texts only ask.
 */
import { msg } from '@lit/localize';
import type { OfferQuestionId, QuestionAnswer } from '../../sdk/offer-check/questionnaire.js';

/**
 * The questions the checker asks, in the SDK's order (`offerQuestionIds`), and the answers it
 * offers (`questionAnswers`). Written out here because the questionnaire module builds its zod
 * schema as it loads (about 9 KB gzip with zod), and the questions are a first screen: the SDK
 * reads the answers when the engine, loaded later, checks them. A test keeps both lists equal to
 * the SDK's.
 */
export const askedQuestions: readonly OfferQuestionId[] = [
  'fees',
  'passport',
  'contract',
  'repay-travel',
  'met-employer',
  'licensed-agency',
  'state-programme',
  'partner',
  'work-visa',
  'secrecy',
];

/** The answers offered to every question, in the SDK's order. */
export const answerChoices: readonly QuestionAnswer[] = ['yes', 'no', 'unknown'];

/** The question shown for a question id, in the locale in force when called. */
export function questionText(id: OfferQuestionId): string {
  switch (id) {
    case 'fees':
      return msg('Have they asked you to pay for anything: the job, a visa, papers or training?', { id: 'question.fees' });
    case 'passport':
      return msg('Will the employer or the agent keep your passport?', { id: 'question.passport' });
    case 'contract':
      return msg('Do you have a written contract in a language you read?', { id: 'question.contract' });
    case 'repay-travel':
      return msg('Must you pay back the tickets or the housing, or will they be taken from your pay?', { id: 'question.repay-travel' });
    case 'met-employer':
      return msg('Have you talked to the employer itself, not only an agent, and do you know the company’s name and address?', {
        id: 'question.met-employer',
      });
    case 'licensed-agency':
      return msg('Does the agency have a licence, and have you checked its number on the official list?', { id: 'question.licensed-agency' });
    case 'state-programme':
      return msg('Is someone offering to get you into a state programme (like Korea’s EPS) faster, or around the official agency?', {
        id: 'question.state-programme',
      });
    case 'partner':
      return msg('Did a boyfriend, a girlfriend or a new friend find you this job?', { id: 'question.partner' });
    case 'work-visa':
      return msg('Will you get a work visa or a work permit, not a tourist visa?', { id: 'question.work-visa' });
    case 'secrecy':
      return msg('Have they told you to keep the job secret from your family or friends?', { id: 'question.secrecy' });
  }
}

/** The label of an answer. */
export function answerText(answer: QuestionAnswer): string {
  switch (answer) {
    case 'yes':
      return msg('Yes', { id: 'answer.yes' });
    case 'no':
      return msg('No', { id: 'answer.no' });
    case 'unknown':
      return msg('I don’t know', { id: 'answer.unknown' });
  }
}

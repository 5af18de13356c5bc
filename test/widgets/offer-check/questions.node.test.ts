import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offerQuestionIds, questionAnswers } from '../../../src/sdk/offer-check/questionnaire.js';
import { answerChoices, askedQuestions, answerText, questionText } from '../../../src/widgets/offer-check/questions.js';

test('the checker asks every question of the SDK, in its order, with its answers', () => {
  assert.deepEqual(askedQuestions, offerQuestionIds);
  assert.deepEqual(answerChoices, questionAnswers);
});

test('every question and answer the checker asks has words', () => {
  for (const id of askedQuestions) assert.ok(questionText(id), id);
  for (const answer of answerChoices) assert.ok(answerText(answer), answer);
});

import * as stories from '../../../stories/offer-quiz.stories.js';
import type { SafeOfferQuiz } from '../../../src/widgets/offer-quiz/offer-quiz.js';
import type { StoryState } from '../../helpers/stories.js';
import { describeStories, showing } from '../../helpers/stories.js';

const marked: StoryState<SafeOfferQuiz> = {
  shows: 'two marked phrases and a chosen level',
  reached: (el) =>
    el.shadowRoot!.querySelectorAll('[part~="phrase"][aria-pressed="true"]').length === 2 &&
    !!el.shadowRoot!.querySelector<HTMLInputElement>('input[value="high"]')?.checked,
};

// Every story is also a tested example: what each must show once its steps have played.
describeStories<SafeOfferQuiz>(stories, 'safe-offer-quiz', {
  Start: showing('[part="start-button"]'),
  MarkingPhrases: marked,
  Feedback: showing('[part~="sign"]'),
  Score: showing('[part="code"]'),
  TrainerSet: showing('[part="group-button"]'),
  WithLanguagePicker: showing('[part="locale-picker"] select'),
});

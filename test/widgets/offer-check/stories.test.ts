import * as stories from '../../../stories/offer-check.stories.js';
import type { SafeOfferCheck } from '../../../src/widgets/offer-check/offer-check.js';
import { describeStories, showing } from '../../helpers/stories.js';

// Every story is also a tested example: what each must show once its actions have played.
describeStories<SafeOfferCheck>(stories, 'safe-offer-check', {
  Empty: showing('textarea'),
  TextHigh: showing('[part~="level-high"]'),
  TextMedium: showing('[part~="level-medium"]'),
  TextLow: showing('[part~="level-low"]'),
  Questionnaire: showing('#question-heading'),
  ResultWithAnswers: showing('[part~="level-high"]'),
  WithLanguagePicker: showing('[part="locale-picker"] select'),
  AskACounsellor: showing('[part="consult-button"]'),
  AskACounsellorPreview: showing('[part="consult-message"]'),
});

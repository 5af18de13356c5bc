import * as stories from '../../../stories/offer-badge.stories.js';
import type { SafeOfferBadge } from '../../../src/widgets/offer-badge/offer-badge.js';
import type { StoryState } from '../../helpers/stories.js';
import { describeStories } from '../../helpers/stories.js';
import { until } from './helpers.js';

/** The level a story's badge shows, and, when its explanation is open, what the explanation holds. */
function badge(level: 'low' | 'medium' | 'high', openWith?: string): StoryState<SafeOfferBadge> {
  return {
    shows: openWith ? `${level}, open, with ${openWith}` : level,
    reached: (el) =>
      el.level === level &&
      (!openWith || (!!el.shadowRoot!.querySelector('dialog')?.open && !!el.shadowRoot!.querySelector(openWith))),
  };
}

// Every story is also a tested example. The badge waits by task, not by timer (see helpers.ts).
describeStories<SafeOfferBadge>(
  stories,
  'safe-offer-badge',
  {
    High: badge('high'),
    Medium: badge('medium'),
    Low: badge('low'),
    BesideAListing: badge('high'),
    ExplanationOpen: badge('high', '[part="flags"]'),
    LowExplanationOpen: badge('low', '[part="advice"]'),
    WithHelpLink: badge('high', '[part="help-link"]'),
    RussianOffer: badge('high', 'q[lang="ru"]'),
    WithLanguagePicker: badge('high', '[part="locale-picker"] select'),
    AskACounsellor: badge('high', '[part="consult-button"]'),
    AskACounsellorPreview: badge('high', '[part="consult-message"]'),
  },
  { wait: until },
);

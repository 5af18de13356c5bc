import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/offer-quiz/offer-quiz.js';
import type { SafeOfferQuiz } from '../src/widgets/offer-quiz/offer-quiz.js';

interface Args {
  trainer: boolean;
}

// A trainer's own set, as the `offers` attribute takes it: invented offers (no real company,
// number or handle).
const trainerSet = JSON.stringify([
  {
    text: 'Hostess jobs in Dubai for girls 18-25, free visa and ticket. Send your passport copy on Telegram @gulf_stars_hiring',
    lang: 'en',
  },
  {
    text: 'Cook at a school canteen in Shymkent. Salary 220,000 tenge, employment contract, 5/2 schedule. Call +7 7252 00 00 00.',
    lang: 'en',
  },
]);

/** Plays the first steps of a round: Start, mark the first two phrases, choose a level, and (unless `stop`) see the answer. */
async function play(quiz: SafeOfferQuiz, stop: 'marked' | 'feedback' | 'score'): Promise<void> {
  await quiz.updateComplete;
  const root = quiz.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part="start-button"]')!.click();
  await quiz.updateComplete;
  const rounds = stop === 'score' ? Number.POSITIVE_INFINITY : 1;
  for (let n = 0; n < rounds; n++) {
    const phrases = root.querySelectorAll<HTMLButtonElement>('[part~="phrase"]');
    if (phrases.length === 0) break;
    phrases[0]!.click();
    await quiz.updateComplete;
    root.querySelectorAll<HTMLButtonElement>('[part~="phrase"]')[1]?.click();
    await quiz.updateComplete;
    root.querySelector<HTMLInputElement>('input[value="high"]')!.click();
    await quiz.updateComplete;
    if (stop === 'marked') return;
    root.querySelector<HTMLButtonElement>('[part="answer-button"]')!.click();
    await quiz.updateComplete;
    if (stop === 'feedback') return;
    root.querySelector<HTMLButtonElement>('[part="next-button"]')!.click();
    await quiz.updateComplete;
  }
}

/** Runs `play` once the quiz is in the page (the story's ref callback). */
const playing = (stop: 'marked' | 'feedback' | 'score') => (el: Element | undefined) => {
  if (el) void play(el as SafeOfferQuiz, stop);
};

const meta: Meta<Args> = {
  title: 'Elements/Offer quiz',
  component: 'safe-offer-quiz',
  args: { trainer: false },
  render: ({ trainer }) => html`<safe-offer-quiz ?trainer=${trainer}></safe-offer-quiz>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The start: how the quiz works, and that nothing leaves the device. The bundled offers follow the page's language. */
export const Start: Story = {};

/** An offer as a row of phrases, each a toggle button: two are marked and a level is chosen. */
export const MarkingPhrases: Story = {
  render: () => html`<safe-offer-quiz ${ref(playing('marked'))}></safe-offer-quiz>`,
};

/** After "See what the check finds": each sign with the offer's words, why it matters and its ILO dimension, found or missed. */
export const Feedback: Story = {
  render: () => html`<safe-offer-quiz ${ref(playing('feedback'))}></safe-offer-quiz>`,
};

/** The end of a round: the score, the signs to look for next time, and the result code for the trainer. */
export const Score: Story = {
  render: () => html`<safe-offer-quiz ${ref(playing('score'))}></safe-offer-quiz>`,
};

/** With `trainer` and a trainer's own two offers (`offers`): "Group results" at the start, "Add to the group" at the end. */
export const TrainerSet: Story = {
  render: () => html`<safe-offer-quiz trainer offers=${trainerSet}></safe-offer-quiz>`,
};

/** With `show-locale-picker`: choosing a language also changes the bundled offers of the next round. */
export const WithLanguagePicker: Story = {
  render: () => html`<safe-offer-quiz show-locale-picker></safe-offer-quiz>`,
};

import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/offer-check/offer-check.js';
import type { OfferCheckMode, SafeOfferCheck } from '../src/widgets/offer-check/offer-check.js';

interface Args {
  mode: OfferCheckMode;
  country: string;
  lang: string;
  showLocalePicker: boolean;
  consultTelegram: string;
  consultWhatsapp: string;
  consultEmail: string;
}

// Invented offers (every name, number and handle is made up) that show each level.
const sampleOffers = {
  high: `URGENT! Hostess jobs in Dubai for girls 18-25. Salary 3500 USD per month, no experience needed.
Free visa and air ticket. Send your passport copy to Telegram @dubai_star_jobs. Places are limited!`,
  medium: `Caregiver for an elderly woman in Haifa, Israel. Live-in, 6 days a week, salary 7,000 ILS per month.
Agency fee 1,500 USD, paid before the visa. Work visa through our agency. Call +972 50 000 0000.`,
  low: `Backend developer (Go) in Berlin, Germany. Salary €60,000 per year, EU Blue Card sponsored by the company.
3+ years of experience required. Written contract before relocation. Apply through our careers page.`,
};

/** One thing a person does: paste text, answer the current question, or press a button. */
type Action = { paste: string } | { answer: 'yes' | 'no' | 'unknown' } | { press: 'check' | 'questions' | 'next' } | { consult: 'telegram' | 'whatsapp' | 'email' };

/** Plays `actions` on the element once it has rendered, so that a story can show a later state. */
function play(actions: Action[]) {
  let played = false;
  return ref(async (element) => {
    if (!element || played) return;
    played = true;
    const checker = element as SafeOfferCheck;
    await checker.updateComplete;
    const root = checker.shadowRoot!;
    for (const action of actions) {
      if ('paste' in action) {
        const box = root.querySelector('textarea')!;
        box.value = action.paste;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      } else if ('consult' in action) {
        // The hand-off is loaded once the page names a counsellor: wait for its button.
        for (let i = 0; i < 100 && !root.querySelector(`[data-consult="${action.consult}"]`); i++) await new Promise((r) => setTimeout(r, 20));
        root.querySelector<HTMLButtonElement>(`[data-consult="${action.consult}"]`)?.click();
      } else if ('answer' in action) {
        root.querySelector<HTMLInputElement>(`input[value="${action.answer}"]`)!.click();
      } else {
        root.querySelector<HTMLButtonElement>(`[part="${action.press === 'check' ? 'check' : action.press}-button"]`)!.click();
      }
      await checker.updateComplete;
    }
  });
}

const draw = (actions: Action[]) => (args: Args) =>
  html`<safe-offer-check
    mode=${args.mode}
    country=${args.country}
    lang=${args.lang || undefined}
    ?show-locale-picker=${args.showLocalePicker}
    consult-telegram=${args.consultTelegram || undefined}
    consult-whatsapp=${args.consultWhatsapp || undefined}
    consult-email=${args.consultEmail || undefined}
    ${play(actions)}
  ></safe-offer-check>`;

const meta: Meta<Args> = {
  title: 'Elements/Offer check',
  component: 'safe-offer-check',
  args: { mode: 'both', country: 'KZ', lang: '', showLocalePicker: false, consultTelegram: '', consultWhatsapp: '', consultEmail: '' },
  argTypes: { mode: { control: 'inline-radio', options: ['both', 'text', 'questions'] } },
  render: draw([]),
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet: the box, the privacy sentence, and the way to the questions. */
export const Empty: Story = {};

/** A pasted offer with many warning signs: each one explained, its words marked in the offer. */
export const TextHigh: Story = { render: draw([{ paste: sampleOffers.high }, { press: 'check' }]) };

/** A pasted offer with a fee to pay before the visa: some warning signs. */
export const TextMedium: Story = { render: draw([{ paste: sampleOffers.medium }, { press: 'check' }]) };

/** A pasted offer with no clear warning signs: still the questions to ask and how to check a licence. */
export const TextLow: Story = { render: draw([{ paste: sampleOffers.low }, { press: 'check' }]) };

/** `mode="questions"`: one question per screen. */
export const Questionnaire: Story = { args: { mode: 'questions' } };

/** The result of the questions alone: a fee asked for and the passport kept by the employer. */
export const ResultWithAnswers: Story = {
  args: { mode: 'questions' },
  render: draw([
    { answer: 'yes' },
    { press: 'next' },
    { answer: 'yes' },
    ...Array.from({ length: 9 }, () => ({ press: 'next' }) as const),
  ]),
};

// Invented counsellor addresses, as a site would name its own.
const counsellors = { consultTelegram: '@ngo_consult', consultWhatsapp: '+996 555 123 456', consultEmail: 'advice@ngo.example' };

/** With `consult-telegram`, `consult-whatsapp` and `consult-email`: the result offers to ask a counsellor about the offer. */
export const AskACounsellor: Story = { args: counsellors, render: draw([{ paste: sampleOffers.high }, { press: 'check' }]) };

/** "Ask on WhatsApp" pressed: the whole message as it will be sent, the offer's text to edit or leave out, and the link that opens WhatsApp with it. */
export const AskACounsellorPreview: Story = { args: counsellors, render: draw([{ paste: sampleOffers.high }, { press: 'check' }, { consult: 'whatsapp' }]) };

/** With the language picker on top. */
export const WithLanguagePicker: Story = { args: { showLocalePicker: true } };

import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/offer-badge/offer-badge.js';
import type { SafeOfferBadge } from '../src/widgets/offer-badge/offer-badge.js';

interface Args {
  lang: string;
  helpHref: string;
  showLocalePicker: boolean;
}

// Invented offers (every name, number and handle is made up) that show each level.
const offers = {
  high: `Hostess jobs in Dubai for girls 18-25! Salary 3500 USD per month, no experience needed.
Free visa and air ticket. Send your passport copy to Telegram @dubai_star_jobs.`,
  medium: `Caregiver for an elderly woman in Haifa, Israel. Live-in, salary 7,000 ILS per month.
Agency fee 1,500 USD, paid before the visa. Call Anna.`,
  low: `Sales assistant in Almaty. Salary 250,000 tenge per month, official employment under the Labour Code,
paid annual leave. Send your CV to hr@example-retail.kz.`,
  ru: `Требуются девушки 18-25 лет хостес в ночной клуб в Дубае. Доход от 4000$ в месяц, билет бесплатно.
Скиньте фото паспорта в телеграм @dxb_work.`,
};

/** Opens the explanation once the badge has checked its offer, so a story can show the dialog. */
function openWhenChecked() {
  let opened = false;
  return ref((element) => {
    if (!element || opened) return;
    opened = true;
    const badge = element as SafeOfferBadge;
    // The badge is not in the page yet when `ref` runs, and checks only once on screen: wait.
    let tries = 0;
    const open = () => {
      if (tries++ > 200) return;
      if (!badge.isConnected || !badge.hasAttribute('level')) {
        setTimeout(open, 50);
        return;
      }
      badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="badge"]')!.click();
    };
    open();
  });
}

const badge = (text: string, args: Args, open = false) =>
  html`<safe-offer-badge
    .text=${text}
    lang=${args.lang || undefined}
    help-href=${args.helpHref || undefined}
    ?show-locale-picker=${args.showLocalePicker}
    ${open ? openWhenChecked() : undefined}
  ></safe-offer-badge>`;

/** How a job board might lay out a listing; the badge needs none of it. */
const boardStyles = html`<style>
  .story-listing {
    max-inline-size: 40rem;
    font-family: system-ui, sans-serif;
    border-block-end: 1px solid #cccccc;
    padding-block: 0.75rem;
  }
  .story-listing h3 {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0 0 0.25rem;
  }
  .story-listing p {
    margin: 0;
    white-space: pre-line;
  }
</style>`;

/** A job listing as a board shows it, with the badge beside the title. */
const listing = (title: string, text: string, args: Args, open = false) =>
  html`${boardStyles}<article class="story-listing">
    <h3>${title} ${badge(text, args, open)}</h3>
    <p>${text}</p>
  </article>`;

const meta: Meta<Args> = {
  title: 'Elements/Offer badge',
  component: 'safe-offer-badge',
  args: { lang: '', helpHref: '', showLocalePicker: false },
  render: (args) => listing('Hostess, Dubai', offers.high, args),
};
export default meta;

type Story = StoryObj<Args>;

/** "Warning signs": an offer with several recruitment risk signals. */
export const High: Story = {};

/** "Check carefully": a fee to pay before the visa. */
export const Medium: Story = { render: (args) => listing('Caregiver, Israel', offers.medium, args) };

/** "No clear warning signs", quiet and without colour: never "safe". */
export const Low: Story = { render: (args) => listing('Sales assistant, Almaty', offers.low, args) };

/** The explanation, opened: each sign in plain words with the offer's own words quoted, and what to do. */
export const ExplanationOpen: Story = {
  args: { helpHref: 'https://example.org/check-an-offer' },
  render: (args) => listing('Hostess, Dubai', offers.high, args, true),
};

/** The text taken from the element named by `for`, as on a board whose listing is already in the page. */
export const ForElement: Story = {
  render: (args) =>
    html`${boardStyles}<article class="story-listing">
      <h3>
        Caregiver, Israel
        <safe-offer-badge for="listing-42" lang=${args.lang || undefined}></safe-offer-badge>
      </h3>
      <p id="listing-42">${offers.medium}</p>
    </article>`,
};

/** A Russian offer on a page in Russian. */
export const InRussian: Story = {
  args: { lang: 'ru' },
  render: (args) => listing('Хостес, Дубай', offers.ru, args),
};

/** A board's list: three listings, three levels, and no listing moves when its badge appears. */
export const JobBoard: Story = {
  render: (args) =>
    html`${listing('Hostess, Dubai', offers.high, args)} ${listing('Caregiver, Israel', offers.medium, args)}
    ${listing('Sales assistant, Almaty', offers.low, args)}`,
};

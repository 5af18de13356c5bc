import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/offer-badge/offer-badge.js';
import type { SafeOfferBadge } from '../src/widgets/offer-badge/offer-badge.js';

interface Args {
  text: string;
  offerLang: string;
  helpHref: string;
}

// Invented offers in the style of real ones (see test/fixtures/offers): no real company, person,
// number or handle.
const offers = {
  high: `URGENT! Hostess jobs in DUBAI for girls 18-25. Salary 3000-4000 USD a month, FREE visa and air ticket.
No experience needed. Send your passport copy and 2 full length photos to Telegram @dubai_vip_staff`,
  medium: `Warehouse workers for a logistics centre near Wrocław, Poland. Salary 4,800 PLN a month, shared flat.
Registration fee 250 USD for the documents, paid before departure. Write to us on WhatsApp +48 500 000 111.`,
  low: `Sales assistant, Dostyk Plaza, Almaty. Salary 280,000 tenge a month, official employment contract under the Labour Code, 5/2 schedule, paid leave.
Send your CV to hr@dostyk-retail.kz or call +7 727 000 00 00.`,
  russian: `Срочно! Девушки 18-25 лет, работа хостес в Дубае. Зарплата от 3000$ в месяц, билет и виза бесплатно. Опыт не нужен.
Фото в полный рост и копию паспорта присылайте в Телеграм @dubai_vip_staff`,
};

/** Opens the explanation as soon as the badge has checked its offer, for the stories that show it open. */
const openWhenChecked = (event: Event) => void (event.target as SafeOfferBadge).show();

/** A modal dialog covers its page: in the Docs tab, each open story gets a frame of its own. */
const ownFrame = { docs: { story: { inline: false, height: '560px' } } };

const meta: Meta<Args> = {
  title: 'Elements/Offer badge',
  component: 'safe-offer-badge',
  args: { text: offers.high, offerLang: '', helpHref: '' },
  render: ({ text, offerLang, helpHref }) =>
    html`<safe-offer-badge .text=${text} offer-lang=${offerLang} help-href=${helpHref}></safe-offer-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

/** "Warning signs": several strong or combined signs (hostess work abroad, passport copy by Telegram, young women only). */
export const High: Story = {};

/** "Check carefully": a sign that needs checking (a fee for the documents). */
export const Medium: Story = { args: { text: offers.medium } };

/** "No clear warning signs", quiet and without colour: never "safe". */
export const Low: Story = { args: { text: offers.low } };

/** As on a job board: the badge reads the listing named by `for`, and keeps its space while it checks. */
export const BesideAListing: Story = {
  render: () => html`<article>
    <h2>Hostess, Dubai</h2>
    <p>Posted today · <safe-offer-badge for="story-listing" help-href="#help"></safe-offer-badge></p>
    <p id="story-listing">${offers.high}</p>
  </article>`,
};

/** The explanation, open: each sign in plain words with the words quoted from the offer, and what to do. */
export const ExplanationOpen: Story = {
  parameters: ownFrame,
  render: ({ text }) => html`<safe-offer-badge .text=${text} @safe-offer-checked=${openWhenChecked}></safe-offer-badge>`,
};

/** The explanation of a low result: the check is no proof, and the basic checks still apply. */
export const LowExplanationOpen: Story = {
  parameters: ownFrame,
  render: () => html`<safe-offer-badge .text=${offers.low} @safe-offer-checked=${openWhenChecked}></safe-offer-badge>`,
};

/** With `help-href`: the explanation links to the site's own help page (the badge looks up no hotlines). */
export const WithHelpLink: Story = {
  parameters: ownFrame,
  render: ({ text }) =>
    html`<safe-offer-badge .text=${text} help-href="https://example.org/help" @safe-offer-checked=${openWhenChecked}></safe-offer-badge>`,
};

/** A Russian offer with `offer-lang="ru"`; the quotes carry `lang="ru"` whatever the page's language. */
export const RussianOffer: Story = {
  parameters: ownFrame,
  render: () => html`<safe-offer-badge .text=${offers.russian} offer-lang="ru" @safe-offer-checked=${openWhenChecked}></safe-offer-badge>`,
};

/** Opens the explanation, then the message for the WhatsApp counsellor. */
const openConsultWhenChecked = async (event: Event) => {
  const badge = event.target as SafeOfferBadge;
  await badge.show();
  // The hand-off is loaded once the page names a counsellor: wait for its button.
  const root = badge.shadowRoot!;
  for (let i = 0; i < 100 && !root.querySelector('[data-consult="whatsapp"]'); i++) await new Promise((r) => setTimeout(r, 20));
  root.querySelector<HTMLButtonElement>('[data-consult="whatsapp"]')?.click();
};

/** With `consult-telegram`, `consult-whatsapp` and `consult-email` (invented addresses): the explanation offers to ask a counsellor about the offer. */
export const AskACounsellor: Story = {
  parameters: ownFrame,
  render: ({ text }) =>
    html`<safe-offer-badge .text=${text} consult-telegram="@ngo_consult" consult-whatsapp="+996 555 123 456" consult-email="advice@ngo.example" @safe-offer-checked=${openWhenChecked}></safe-offer-badge>`,
};

/** "Ask on WhatsApp" pressed: the whole message as it will be sent, the offer's text to edit or leave out, and the link that opens WhatsApp with it. */
export const AskACounsellorPreview: Story = {
  parameters: ownFrame,
  render: ({ text }) => html`<safe-offer-badge .text=${text} consult-whatsapp="+996 555 123 456" @safe-offer-checked=${openConsultWhenChecked}></safe-offer-badge>`,
};

/** With `show-locale-picker`: the picker is in the open explanation, never in the compact badge. */
export const WithLanguagePicker: Story = {
  parameters: ownFrame,
  render: ({ text }) => html`<safe-offer-badge .text=${text} show-locale-picker @safe-offer-checked=${openWhenChecked}></safe-offer-badge>`,
};

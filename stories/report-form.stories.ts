import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/report-form/report-form.js';
import type { SafeReportForm } from '../src/widgets/report-form/report-form.js';

interface Args {
  orgName: string;
  country: string;
  telegram: string;
  email: string;
  phone: string;
  publicKey: string;
}

// Stories never leave Storybook and never reach a server: exits are cancelled, and delivery goes
// through a `fetch` made here (the `deliveryOptions.fetch` a site could also use).
const stay = (event: Event) => event.preventDefault();

const reply = (status: number, body: unknown): typeof fetch => () =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

const accepted = reply(201, { receipt: '4821 0937 5512', receivedAt: '2026-11-23T19:00:00Z' });
const unavailable = reply(503, { error: { code: 'receiver/storage-unavailable' } });

/** One thing a person does on the form: choose a labelled answer, type into a field, or press a button. */
type Action = { choose: number } | { fill: string; value: string } | { press: 'continue' | 'send' | 'consent' };

/** Plays `actions` on the form once it has rendered, so that a story can show a later step. */
function play(actions: Action[]) {
  let played = false;
  return ref(async (element) => {
    if (!element || played) return;
    played = true;
    const form = element as SafeReportForm;
    await form.updateComplete;
    // The steps after the first load after the first screen: "Continue" would wait for them.
    if (actions.length > 0) await form.stepsReady;
    const root = form.shadowRoot!;
    for (const action of actions) {
      if ('choose' in action) root.querySelectorAll<HTMLInputElement>('label.choice input')[action.choose]!.click();
      else if ('fill' in action) {
        const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${action.fill}`)!;
        field.value = action.value;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      } else if (action.press === 'consent') root.querySelector<HTMLInputElement>('#consent')!.click();
      else root.querySelector<HTMLButtonElement>(action.press === 'send' ? '[part="send-button"]' : '[part="continue-button"]')!.click();
      await form.updateComplete;
    }
  });
}

const continueTimes = (n: number): Action[] => Array.from({ length: n }, () => ({ press: 'continue' }) as const);
const toCheckPage: Action[] = [
  ...continueTimes(2),
  { fill: 'description', value: 'My cousin went to work in a café abroad. They took her passport and she is not paid.' },
  ...continueTimes(5),
];

const meta: Meta<Args> = {
  title: 'Elements/Report form',
  component: 'safe-report-form',
  args: { orgName: 'Hope Line', country: 'KZ', telegram: 'hope_line_help', email: 'help@hope.example', phone: '', publicKey: '' },
  render: (args) => html`<safe-report-form
    endpoint="https://reports.hope.example/reports"
    org-name=${args.orgName}
    country=${args.country}
    telegram=${args.telegram}
    email=${args.email}
    phone=${args.phone}
    public-key=${args.publicKey}
    .deliveryOptions=${{ fetch: accepted, retries: 0 }}
    @safe-exit=${stay}
  ></safe-report-form>`,
};
export default meta;

type Story = StoryObj<Args>;

const withActions = (actions: Action[], fetcher: typeof fetch = accepted) => (args: Args) =>
  html`<safe-report-form
    endpoint="https://reports.hope.example/reports"
    org-name=${args.orgName}
    country=${args.country}
    telegram=${args.telegram}
    email=${args.email}
    phone=${args.phone}
    public-key=${args.publicKey}
    .deliveryOptions=${{ fetch: fetcher, retries: 0, backoff: () => 0 }}
    @safe-exit=${stay}
    ${play(actions)}
  ></safe-report-form>`;

/** The first step: "Is anyone in danger right now?". */
export const FirstStep: Story = {};

/** "Yes" shows help at once, before Continue. */
export const SomeoneInDanger: Story = { render: withActions([{ choose: 0 }]) };

/** "What happened?" left empty: the error summary takes focus. */
export const ErrorSummary: Story = { render: withActions(continueTimes(3)) };

/** Someone involved is under 18: the notice says what the organisation may have to do. */
export const UnderEighteen: Story = {
  render: withActions([...continueTimes(2), { fill: 'description', value: 'She is 16.' }, ...continueTimes(3), { choose: 0 }]),
};

/** The person says it is safe to be contacted, and says how and when. */
export const SafeToContact: Story = {
  render: withActions([...continueTimes(2), { fill: 'description', value: 'Please call me.' }, ...continueTimes(4), { choose: 1 }]),
};

/** "Check your report" before sending. */
export const CheckYourReport: Story = { render: withActions(toCheckPage) };

/** After the server confirmed: the receipt code. */
export const Received: Story = { render: withActions([...toCheckPage, { press: 'consent' }, { press: 'send' }]) };

/** Delivery failed: the report stays, "Try again", and the site's other channels with their traces. */
export const DeliveryFailed: Story = {
  args: { phone: '+7 700 000 00 00' },
  render: withActions([...toCheckPage, { press: 'consent' }, { press: 'send' }], unavailable),
};

/** A public key that cannot be used: the form says it cannot send, and nothing is sent. */
export const CannotSend: Story = { args: { publicKey: 'not a key' } };

/** The site's own words for the under-18 notice, in its slot. */
export const OwnUnder18Words: Story = {
  render: (args) => html`<safe-report-form
    org-name=${args.orgName}
    country=${args.country}
    @safe-exit=${stay}
    ${play([...continueTimes(2), { fill: 'description', value: 'He is 15.' }, ...continueTimes(3), { choose: 0 }])}
    ><p slot="under-18-notice">We must tell the child-protection service when a child is at risk. We will tell you first if we can.</p></safe-report-form
  >`,
};

/** With `show-locale-picker`: the person picks their language at the top; answers are kept. */
export const WithLanguagePicker: Story = {
  render: (args) => html`<safe-report-form org-name=${args.orgName} country=${args.country} show-locale-picker @safe-exit=${stay}></safe-report-form>`,
};

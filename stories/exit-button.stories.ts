import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/exit-button/exit-button.js';

interface Args {
  href: string;
  position: 'inline' | 'fixed';
  noShortcut: boolean;
}

// Stories never leave Storybook: each cancels safe-exit and logs it instead.
const stay = (event: Event) => {
  event.preventDefault();
  console.info('safe-exit cancelled in Storybook', event);
};

const meta: Meta<Args> = {
  title: 'Elements/Exit button',
  component: 'safe-exit-button',
  args: { href: 'https://www.bbc.com/weather', position: 'inline', noShortcut: false },
  argTypes: { position: { control: 'inline-radio', options: ['inline', 'fixed'] } },
  render: ({ href, position, noShortcut }) =>
    html`<safe-exit-button href=${href} position=${position} ?no-shortcut=${noShortcut} @safe-exit=${stay}></safe-exit-button>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The button where it is placed in the page. */
export const Inline: Story = {};

/** Floating at the top end corner of the window, as most sites use it. */
export const Floating: Story = { args: { position: 'fixed' } };

/** With the Shift shortcut turned off, for pages that give Shift another meaning. */
export const WithoutShortcut: Story = { args: { noShortcut: true } };

/** The site's own words in the slot. */
export const CustomText: Story = {
  render: ({ href }) => html`<safe-exit-button href=${href} @safe-exit=${stay}>Leave now</safe-exit-button>`,
};

import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/exit-button/exit-button.js';
import '../src/widgets/hotline-finder/hotline-finder.js';
import '../src/widgets/offer-check/offer-check.js';
import { themes } from './support/themes.js';

// Stories never leave Storybook: the exit button's safe-exit is cancelled.
const stay = (event: Event) => event.preventDefault();

const page = (theme: string) => html`
  <div class="story-theme" style=${themes[theme] ?? ''} data-theme=${theme}>
    <safe-exit-button @safe-exit=${stay}></safe-exit-button>
    <safe-hotline-finder country="KZ" need="trafficking" limit="2" compact></safe-hotline-finder>
    <safe-offer-check country="KZ" mode="text"></safe-offer-check>
  </div>
`;

/**
 * The widgets themed only through the documented global tokens (docs/theming.md), as an embedding
 * site would do in its own stylesheet. The "Theme" toolbar applies the same themes to every story.
 */
const meta: Meta = {
  title: 'Theming/Examples',
};
export default meta;

type Story = StoryObj;

/** An NGO's brand: its own accent and warning colours, rounder corners, its font. */
export const NgoBrandTheme: Story = { render: () => page('ngo-brand') };

import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/exit-button/exit-button.js';
import '../src/widgets/hotline-finder/hotline-finder.js';
import '../src/widgets/offer-check/offer-check.js';
import * as offerBadge from './offer-badge.stories.js';
import * as offerCheck from './offer-check.stories.js';
import * as reportForm from './report-form.stories.js';
import { themes } from './support/themes.js';

// Stories never leave Storybook: the exit button's safe-exit is cancelled.
const stay = (event: Event) => event.preventDefault();

interface StoryFile {
  default: { args?: object; render?: unknown };
}

/** One state of an element, drawn by that element's own story (so both stay the same). */
function state<F extends StoryFile>(file: F, name: Exclude<keyof F, 'default'>): TemplateResult {
  const story = file[name] as { args?: object; render?: unknown };
  const draw = (story.render ?? file.default.render) as (args: object, context: never) => TemplateResult;
  return draw({ ...file.default.args, ...story.args }, {} as never);
}

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

/**
 * A site's own dark theme, set only through the global tokens (surface, text, accent, danger): every
 * element, each in a state that shows its colours (warning levels, marked words, errors, notices).
 * The hotline finder is the one in the offer check's result (a second finder on the page would be a
 * second "Find a helpline" region).
 */
export const DarkTheme: Story = {
  render: () => html`
    <div class="story-theme" style=${themes.dark} data-theme="dark">
      <p><safe-exit-button @safe-exit=${stay}></safe-exit-button></p>
      <p>${state(offerBadge, 'High')} ${state(offerBadge, 'Medium')} ${state(offerBadge, 'Low')}</p>
      ${state(offerCheck, 'TextHigh')} ${state(reportForm, 'ErrorSummary')} ${state(reportForm, 'UnderEighteen')}
    </div>
  `,
};

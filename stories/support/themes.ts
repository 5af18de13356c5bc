import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/**
 * Example themes, set only through the documented global tokens: what an embedding site writes in
 * its own stylesheet.
 */
export const themes: Record<string, string> = {
  default: '',
  dark: [
    'color-scheme: dark',
    'background: #121212',
    'color: #f2f2f2',
    '--safe-color-accent: #8ab4f8',
    '--safe-color-danger: #ff8a80',
    '--safe-color-surface: #1e1e1e',
    '--safe-color-text: #f2f2f2',
  ].join(';'),
  'ngo-brand': [
    '--safe-color-accent: #00695c',
    '--safe-color-danger: #8e0038',
    '--safe-color-focus: #ffbf47',
    '--safe-radius: 1.25rem',
    '--safe-font-family: Georgia, serif',
  ].join(';'),
};

/** Wraps a story in the chosen theme's tokens. */
export const themeDecorator: Decorator = (story, context) => {
  const theme = themes[String(context.globals.theme ?? 'default')] ?? '';
  return html`<div class="story-theme" style=${theme} data-theme=${String(context.globals.theme ?? 'default')}>${story()}</div>`;
};

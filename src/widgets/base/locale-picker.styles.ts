import { css } from 'lit';

/** Rules every widget shares: `hidden` hides it, and boxes are sized by their border. */
export const baseStyles = css`
  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** Styles for the optional language picker; widgets add them to their own `styles`. */
export const localePickerStyles = css`
  [part='locale-picker'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: var(--safe-space-m, 1rem);
    font: inherit;
  }
  [part='locale-picker'] select {
    min-block-size: 44px;
    padding-inline: 0.5rem;
    font: inherit;
    color: inherit;
    background: var(--safe-color-surface, Canvas);
    border: 2px solid currentColor;
    border-radius: var(--safe-radius, 0.25rem);
  }
  [part='locale-picker'] select:focus-visible {
    outline: 3px solid var(--safe-color-focus, #ffdd00);
    outline-offset: 0;
  }
`;

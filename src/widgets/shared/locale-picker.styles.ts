import { css } from 'lit';

/** Styles for the optional language picker; widgets add them to their own `styles`, after `tokenStyles`. */
export const localePickerStyles = css`
  [part='locale-picker'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: var(--_space);
    font: inherit;
  }
  [part='locale-picker'] select {
    min-block-size: 44px;
    padding-inline: 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }
  [part='locale-picker'] select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
`;

import { css } from 'lit';

/**
 * Rules every widget shares: `hidden` hides it, boxes are sized by their border, and
 * `.visually-hidden` text is read by screen readers but not shown.
 */
export const baseStyles = css`
  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

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

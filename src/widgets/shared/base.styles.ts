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

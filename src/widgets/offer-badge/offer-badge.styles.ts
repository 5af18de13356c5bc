import { css } from 'lit';

export const styles = css`
  :host {
    --_high-bg: var(--safe-offer-badge-high-background, var(--_danger));
    --_high-fg: var(--safe-offer-badge-high-color, var(--_on-danger));
    --_medium-bg: var(--safe-offer-badge-medium-background, color-mix(in srgb, var(--_caution) 12%, var(--_surface)));
    --_medium-fg: var(--safe-offer-badge-medium-color, var(--_caution));
    --_low-fg: var(--safe-offer-badge-low-color, var(--_text));
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  [part='base'] {
    display: block;
  }

  /*
   * The badge: icon, then every level's label stacked in one grid cell with only the current one
   * visible, so the box is as wide as the longest label before, during and after the check.
   */
  .badge {
    display: inline-grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: 0.375rem;
    max-inline-size: 100%;
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0;
    padding: 0.25rem 0.625rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_low-fg);
    font: inherit;
    font-size: var(--safe-offer-badge-font-size, 0.9375rem);
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }

  .badge.pending {
    visibility: hidden;
  }

  .badge.high {
    background: var(--_high-bg);
    color: var(--_high-fg);
  }

  .badge.medium {
    background: var(--_medium-bg);
    color: var(--_medium-fg);
    border-color: currentColor;
  }

  /* On its own surface: readable whether or not the page around it follows the dark scheme. */
  .badge.low {
    background: var(--_surface);
    border-color: currentColor;
    border-width: 1px;
    /* Keeps the same outer size as the 2px borders of the other levels. */
    padding: calc(0.25rem + 1px) calc(0.625rem + 1px);
  }

  .badge:hover {
    filter: brightness(0.92);
  }

  .badge:focus-visible,
  .close:focus-visible,
  a:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_on-focus);
  }

  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }

  /* The exclamation mark cut out of the filled octagon, in the badge's own background. */
  .knockout {
    fill: var(--_high-bg);
    stroke: var(--_high-bg);
  }

  .labels {
    display: grid;
  }

  /*
   * Centred in the cell: where the longest label wraps (Russian at 320-360 px) the cell is two lines
   * high, and a one-line label would otherwise sit at its top.
   */
  .label,
  .sizer {
    grid-area: 1 / 1;
    align-self: center;
    font-weight: 700;
  }

  .sizer {
    visibility: hidden;
  }

  .badge.low .label {
    font-weight: 400;
  }

  /* The explanation: a modal dialog, centred, that fits a 320px screen. */
  dialog {
    inline-size: min(36rem, calc(100vw - 1rem));
    max-inline-size: calc(100vw - 1rem);
    max-block-size: calc(100vh - 1rem);
    max-block-size: calc(100dvh - 1rem);
    margin: auto;
    padding: 0;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 1rem;
    font-weight: 400;
    line-height: 1.5;
    overflow: auto;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  .panel {
    padding: var(--_space);
  }

  h2 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25rem;
    line-height: 1.3;
  }

  h2:focus {
    outline: none;
  }

  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }

  h3 {
    margin: var(--_space) 0 calc(var(--_space) / 4);
    font-size: 1.0625rem;
  }

  p {
    margin: 0 0 calc(var(--_space) / 2);
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  li {
    margin-block-end: calc(var(--_space) / 2);
  }

  .flags strong,
  .evidence {
    display: block;
  }

  q {
    padding: 0 0.15em;
    border-radius: 2px;
    background: var(--_highlight);
    color: var(--_text);
  }

  a {
    color: var(--_accent);
    text-decoration-thickness: 2px;
  }

  .privacy {
    margin-block-start: var(--_space);
    font-size: 0.9375rem;
  }

  .close {
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0;
    padding: 0.5rem 1.25rem;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  @media (prefers-reduced-motion: no-preference) {
    .badge {
      transition: filter 120ms ease-out;
    }
  }

  @media (forced-colors: active) {
    .badge,
    .close {
      border-color: ButtonText;
    }
    q {
      border: 1px solid CanvasText;
    }
    .knockout {
      fill: ButtonFace;
      stroke: ButtonFace;
    }
  }
`;

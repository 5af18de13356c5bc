import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--safe-exit-button-background, var(--_danger));
    --_fg: var(--safe-exit-button-color, var(--_on-danger));
    display: inline-block;
  }

  /* A printed page cannot be left: no exit button on paper. */
  @media print {
    :host {
      display: none !important;
    }
  }

  :host([position='fixed']) {
    position: fixed;
    inset-block-start: var(--safe-exit-button-inset, 0.75rem);
    inset-inline-end: var(--safe-exit-button-inset, 0.75rem);
    z-index: var(--safe-exit-button-z-index, 1000);
  }

  /*
   * On a phone a floating corner button covers the page's first heading, and whatever a widget
   * scrolls to the top. Below 40em it becomes a bar across the top, as GOV.UK's "Exit this page" is,
   * and the button reserves the bar's height at the top of the page (see reserveBar()).
   */
  @media (max-width: 40em) {
    :host([position='fixed']) {
      inset: 0 0 auto;
      padding: var(--safe-exit-button-inset, 0.5rem);
      background: var(--_surface);
    }

    :host([position='fixed']) [part='button'] {
      inline-size: 100%;
    }
  }

  [part='button'] {
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: var(--safe-exit-button-font-size, 1rem);
    font-weight: 700;
    line-height: 1.25;
    cursor: pointer;
    box-shadow: 0 2px 0 rgb(0 0 0 / 0.35);
  }

  [part='button']:hover {
    filter: brightness(0.9);
  }

  [part='button']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_on-focus);
  }

  [part='overlay'] {
    position: fixed;
    inset: 0;
    inline-size: 100vw;
    block-size: 100vh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: var(--safe-exit-overlay-background, var(--_surface));
    z-index: 2147483647;
  }

  [part='overlay']:not(:popover-open):not(.open) {
    display: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    [part='button'] {
      transition: filter 120ms ease-out;
    }
  }

  @media (forced-colors: active) {
    [part='button'] {
      border-color: ButtonText;
    }
  }
`;

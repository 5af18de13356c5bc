import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 40rem;
    color: var(--_text);
    font-size: 1rem;
    line-height: 1.5;
  }

  [part='base'] {
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: var(--_space) calc(var(--_space) / 2);
  }

  h2 {
    font-size: 1.375rem;
  }

  h3 {
    font-size: 1.125rem;
  }

  h4 {
    font-size: 1.0625rem;
    margin-block-start: 0;
  }

  p {
    margin-block: 0 calc(var(--_space) / 2);
  }

  .privacy {
    padding: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-tint);
  }

  .status-note {
    padding: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_ok);
    background: var(--_raised);
    font-weight: 700;
  }

  .hint,
  .progress,
  .count,
  .legend,
  .ilo {
    color: var(--_muted);
  }

  .label,
  legend {
    display: block;
    font-weight: 700;
    margin-block-end: 0.5rem;
  }

  .error {
    color: var(--_danger);
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-block: var(--_space);
  }

  button {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_text);
  }

  .offer,
  .review {
    padding: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  /* Each phrase is a button (a box of its own), so the phrases flow as a row of chips that wraps, and
     the offer's line breaks start a new row. */
  .offer {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.375rem;
  }

  .break {
    display: block;
  }

  .offer .break {
    flex-basis: 100%;
    block-size: 0;
  }

  .phrase {
    min-block-size: 44px;
    min-inline-size: 0;
    max-inline-size: 100%;
    padding: 0.4rem 0.5rem;
    font-weight: 400;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_raised);
    border: 2px dashed var(--_line);
    white-space: normal;
    text-align: start;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
    touch-action: manipulation;
    transition: outline-offset 0.1s ease-out;
  }

  /* A ring that closes in on press, so a tap is felt on a phone; never a colour fade, which would leave a moment of low contrast. */
  .phrase:active {
    outline: 2px solid var(--_accent);
    outline-offset: 3px;
  }

  .phrase[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border: 2px solid var(--_accent);
    font-weight: 700;
  }

  .phrase[aria-pressed='true']::before {
    content: '✓ ';
  }

  .review {
    line-height: 1.8;
  }

  mark {
    background: var(--_highlight);
    color: var(--_text);
    padding-inline: 0.125rem;
  }

  .mine {
    text-decoration: underline 3px;
    text-underline-offset: 0.2em;
    text-decoration-color: var(--_accent);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 44px;
    margin-block-end: 0.5rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .verdict {
    padding: calc(var(--_space) / 2);
    border-inline-start: 6px solid var(--_ok);
    background: var(--_raised);
  }

  .verdict.wrong {
    border-inline-start-color: var(--_danger);
  }

  .signs {
    padding-inline-start: 1.5rem;
  }

  .sign-item {
    margin-block-end: var(--_space);
    padding-inline-start: 0.5rem;
    border-inline-start: 4px solid var(--_ok);
  }

  .sign-item.missed {
    border-inline-start: 4px dashed var(--_danger);
  }

  .status {
    font-weight: 700;
  }

  .found .status {
    color: var(--_ok);
  }

  .missed .status {
    color: var(--_danger);
  }

  .score {
    font-size: 1.5rem;
    font-weight: 700;
  }

  .code-value {
    font-family: ui-monospace, monospace;
    font-size: 1.25rem;
    letter-spacing: 0.05em;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  input[type='text'] {
    flex: 1 1 10rem;
    min-inline-size: 0;
    min-block-size: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-family: ui-monospace, monospace;
  }

  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 5px;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: var(--_space);
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5rem;
  }

  th,
  td {
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_line);
    text-align: start;
  }

  button:focus-visible,
  input:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_on-focus);
  }

  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  @media (prefers-reduced-motion: reduce) {
    .phrase {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
    .phrase[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;

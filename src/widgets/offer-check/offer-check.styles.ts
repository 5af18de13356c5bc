import { css } from 'lit';

export const styles = css`
  :host {
    --_medium: var(--safe-offer-check-medium-color, var(--_caution));
    --_low: var(--safe-offer-check-low-color, var(--_ok));
    --_mark: var(--safe-offer-check-mark-background, var(--_highlight));
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
  h3 {
    line-height: 1.25;
    margin-block: var(--_space) calc(var(--_space) / 2);
  }

  h2 {
    font-size: 1.375rem;
  }

  h3 {
    font-size: 1.125rem;
  }

  p {
    margin-block: 0 calc(var(--_space) / 2);
  }

  .privacy {
    padding: calc(var(--_space) / 2);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-tint);
  }

  .label {
    display: block;
    font-weight: 700;
  }

  .hint,
  .progress,
  .quote {
    color: var(--_muted);
  }

  .error {
    color: var(--_danger);
    font-weight: 700;
  }

  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 10rem;
    padding: 0.5rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    resize: vertical;
  }

  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 5px;
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

  a {
    color: var(--_accent);
    font-weight: 700;
  }

  a:focus-visible,
  button:focus-visible,
  textarea:focus-visible,
  input:focus-visible,
  .offer-text:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_on-focus);
  }

  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .question {
    margin-block-start: 0;
  }

  .answers {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .answer {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 44px;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .answer input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .level {
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 8px solid currentColor;
    border-radius: var(--_radius);
  }

  .level-high {
    color: var(--_danger);
    background: var(--_danger-tint);
  }

  .level-medium {
    color: var(--_medium);
    background: color-mix(in srgb, var(--_medium) 10%, var(--_surface));
  }

  .level-low {
    color: var(--_low);
    background: color-mix(in srgb, var(--_low) 10%, var(--_surface));
  }

  .flags {
    padding-inline-start: 1.5rem;
  }

  .flag {
    margin-block-end: var(--_space);
  }

  .flag-title {
    margin-block: 0 0.25rem;
    font-size: 1.0625rem;
  }

  mark {
    background: var(--_mark);
    color: var(--_text);
    padding-inline: 0.125rem;
    border-block-end: 2px solid currentColor;
  }

  .offer-text {
    max-block-size: 24rem;
    overflow: auto;
    padding: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    white-space: pre-wrap;
  }

  .advice {
    padding-inline-start: 1.5rem;
  }

  .advice li {
    margin-block-end: 0.25rem;
  }

  .box {
    margin-block: var(--_space);
    padding: 0 var(--_space) calc(var(--_space) / 2);
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
  }

  .box ol {
    padding-inline-start: 1.25rem;
  }

  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
    .level {
      border-inline-start-color: CanvasText;
    }
  }
`;

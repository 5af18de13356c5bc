import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--safe-report-form-max-width, 40rem);
    color: var(--_text);
    font-size: 1rem;
    line-height: 1.5;
  }

  [part='base'] {
    container: safe-report-form / inline-size;
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_space);
  }

  .top safe-exit-button,
  .top .exit-space {
    margin-inline-start: auto;
  }

  .top .exit-space {
    flex: none;
  }

  .top .exit-space.whole-row {
    order: -1;
    flex-basis: 100%;
  }

  h2,
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.25;
  }

  h2 {
    font-size: 1.5rem;
  }

  h3 {
    font-size: 1.2rem;
    margin-block-start: calc(var(--_space) * 1.5);
  }

  h2:focus {
    outline: none;
  }

  p {
    margin: 0 0 var(--_space);
  }

  .caption {
    margin: 0 0 calc(var(--_space) / 4);
    color: var(--_muted);
  }

  .hint {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_muted);
  }

  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
    font-weight: 700;
  }

  legend h2 {
    margin: 0;
  }

  label.field-label {
    display: block;
    margin-block-end: calc(var(--_space) / 4);
    font-weight: 700;
  }

  h2 label.field-label {
    font-weight: inherit;
    margin: 0;
  }

  .field {
    margin-block-end: calc(var(--_space) * 1.5);
  }

  .field.has-error,
  fieldset.has-error {
    border-inline-start: 5px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 0.75);
  }

  input[type='text'],
  select,
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding: 0.4rem 0.5rem;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  input.short {
    max-inline-size: 8em;
  }

  textarea {
    min-block-size: 10rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  input:focus,
  select:focus,
  textarea:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }

  .choices {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .choice {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    min-block-size: 44px;
    padding-block: 0.25rem;
    cursor: pointer;
  }

  .choice input {
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .choice input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .conditional {
    margin-block: calc(var(--_space) / 2) var(--_space);
    margin-inline-start: 0.8rem;
    padding-inline-start: calc(var(--_space) + 0.25rem);
    border-inline-start: 4px solid var(--_muted);
  }

  .error-message {
    margin: 0 0 calc(var(--_space) / 4);
    color: var(--_danger);
    font-weight: 700;
  }

  [part='error-summary'] {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 5px solid var(--_danger);
  }

  [part='error-summary']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }

  [part='error-summary'] ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  [part='error-summary'] a {
    color: var(--_danger);
    font-weight: 700;
  }

  .notice {
    margin-block: var(--_space);
    padding: var(--_space);
    border-inline-start: 6px solid var(--_danger);
    background: var(--_danger-tint);
  }

  .notice.info {
    border-inline-start-color: var(--_accent);
    background: var(--_accent-tint);
  }

  .notice a {
    color: inherit;
  }

  .notice > :last-child {
    margin-block-end: 0;
  }

  .emergency-numbers {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  /* Inline, not flex: "service: number" keeps its space after the colon and wraps as a sentence
     does, while the number itself never breaks ("11 / 2" at 320 px). */
  .emergency-numbers a {
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.35rem;
    font-size: 1.2rem;
    font-weight: 700;
  }

  .emergency-numbers .number {
    white-space: nowrap;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .button {
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0;
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
    box-shadow: 0 2px 0 rgb(0 0 0 / 0.4);
  }

  .button.secondary {
    background: var(--_raised);
    color: var(--_text);
    border-color: var(--_text);
  }

  .button:focus-visible,
  .link:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_on-focus);
    background-color: var(--_focus);
    color: var(--_on-focus);
  }

  .link {
    min-block-size: 44px;
    margin: 0;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .back::before {
    content: '‹ ';
  }

  dl {
    margin: 0 0 var(--_space);
  }

  /* GOV.UK's summary list: stacked on a phone, three columns where each gets room for its words. */
  .row {
    padding-block: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_muted);
  }

  .row dt {
    margin-block-end: calc(var(--_space) / 4);
    font-weight: 700;
  }

  .row dd {
    margin: 0;
  }

  .row dd.value {
    white-space: pre-line;
    overflow-wrap: break-word;
  }

  .row dd.change {
    margin-block-start: calc(var(--_space) / 4);
  }

  @container safe-report-form (min-inline-size: 36rem) {
    .row {
      display: grid;
      grid-template-columns: minmax(8rem, 2fr) minmax(0, 3fr) auto;
      gap: 0 var(--_space);
      align-items: start;
    }

    .row dt,
    .row dd.change {
      margin: 0;
    }
  }

  /* A receipt is read out on the phone to a case worker: whole on one line, down to 320 px. */
  [part='receipt'] {
    display: block;
    margin-block: calc(var(--_space) / 2) var(--_space);
    font-size: min(1.75rem, 7.5cqi);
    font-weight: 700;
    letter-spacing: 0.05em;
    white-space: nowrap;
  }

  .panel {
    margin-block-end: var(--_space);
    padding: var(--_space);
    background: var(--_accent);
    color: var(--_on-accent);
    text-align: center;
  }

  .fallbacks {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space);
  }

  .fallbacks li {
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_muted);
  }

  .fallbacks a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    font-weight: 700;
    color: inherit;
  }

  .trace {
    margin: calc(var(--_space) / 4) 0 0;
    color: var(--_muted);
  }

  .follow-up-code {
    margin-block: var(--_space);
    padding: var(--_space);
    border: 3px solid var(--_accent);
  }

  .follow-up-code h3 {
    margin-block-start: 0;
  }

  /* A code is read aloud and copied by hand: large, spaced, never broken inside a group. */
  .code {
    display: block;
    margin-block: calc(var(--_space) / 2);
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: min(1.5rem, 6.5cqi);
    font-weight: 700;
    letter-spacing: 0.03em;
    white-space: nowrap;
  }

  .advice {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25rem;
  }

  .code-input {
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }

  .follow-up-entry {
    margin-block: var(--_space) 0;
  }

  .messages {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .messages li {
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }

  .messages li.reporter {
    border-inline-start-color: var(--_muted);
  }

  .messages .caption {
    margin: 0;
  }

  .message-text {
    margin: calc(var(--_space) / 4) 0 0;
    white-space: pre-line;
    overflow-wrap: break-word;
  }

  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: filter 120ms ease-out;
    }
  }

  .button:hover {
    filter: brightness(0.92);
  }

  @media (forced-colors: active) {
    .button,
    input[type='text'],
    select,
    textarea {
      border-color: ButtonText;
    }
  }
`;

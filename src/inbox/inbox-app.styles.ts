import { css } from 'lit';

/** The inbox page: one column on a phone, wider cards on a laptop; the widgets' tokens for every colour. */
export const styles = css`
  :host {
    display: block;
    color: var(--_text);
    background: var(--_surface);
    min-block-size: 100vh;
    line-height: 1.5;
  }

  .page {
    max-inline-size: 60rem;
    margin-inline: auto;
    padding: var(--_space);
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
    padding-block-end: calc(var(--_space) / 2);
    margin-block-end: var(--_space);
    border-block-end: 1px solid var(--_line);
  }

  .title {
    margin: 0;
    font-weight: 700;
    font-size: 1.125rem;
    margin-inline-end: auto;
  }

  .who {
    margin: 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .language {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }

  h1 {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0 0 var(--_space);
    overflow-wrap: anywhere;
  }

  h2 {
    font-size: 1.125rem;
    margin: 0 0 calc(var(--_space) / 2);
  }

  .card {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: 0 var(--_space);
    background: var(--_surface);
  }

  .card > p:first-of-type {
    margin-block-start: 0;
  }

  form,
  .key {
    display: grid;
    gap: 0.375rem;
    justify-items: start;
  }

  label {
    font-weight: 600;
  }

  input:not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    padding: 0.5rem;
    min-block-size: 2.75rem;
    inline-size: 100%;
    max-inline-size: 32rem;
    margin-block-end: 0.5rem;
  }

  select {
    inline-size: auto;
  }

  .language select {
    margin: 0;
    min-block-size: 2.5rem;
  }

  textarea {
    max-inline-size: 100%;
  }

  .mono {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }

  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: 400;
    margin-block: 0.5rem;
  }

  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  button {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }

  button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }

  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }

  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_on-focus);
  }

  /* A heading takes focus only when the view changes: a quiet mark, not a control's ring. */
  h1:focus {
    outline: none;
  }

  h1:focus-visible {
    text-decoration: underline;
    text-decoration-color: var(--_focus);
    text-decoration-thickness: 0.25rem;
  }

  .problem {
    border-inline-start: 0.375rem solid var(--_danger);
    background: var(--_danger-tint);
    padding: 0.75rem var(--_space);
    margin-block-end: var(--_space);
    font-weight: 600;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .tools select {
    margin: 0;
  }

  .hint,
  .meta {
    color: var(--_muted);
  }

  .reports,
  .notes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }

  .report-link {
    inline-size: 100%;
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.125rem 1rem;
    text-align: start;
    font-weight: 400;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_line);
  }

  .report-link:hover {
    background: var(--_raised);
  }

  .receipt {
    white-space: nowrap;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
    text-decoration: underline;
  }

  .status {
    font-weight: 600;
  }

  .status-new {
    color: var(--_danger);
  }

  /* Its own row at every width: words, not only colour, say an answer is waiting. */
  .answered {
    grid-column: 1 / -1;
    font-weight: 700;
    color: var(--_danger);
  }

  @media (min-width: 48rem) {
    .report-link {
      grid-template-columns: 10rem 8rem 1fr 1fr auto;
      align-items: center;
    }
  }

  .reports + .key,
  p + .key {
    margin-block-start: var(--_space);
  }

  .notes li {
    border-block-start: 1px solid var(--_line);
    padding-block-start: 0.5rem;
  }

  .notes p {
    margin: 0;
  }

  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .description {
    font-size: 1.0625rem;
  }

  dl {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .qr {
    inline-size: 12rem;
    block-size: 12rem;
    background: #ffffff;
    padding: 0.25rem;
  }

  .back {
    margin-block-end: var(--_space);
  }

  .danger-zone {
    border-color: var(--_danger);
  }

  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .confirm p {
    flex-basis: 100%;
    margin: 0 0 0.5rem;
    font-weight: 600;
  }

  .problem-inline {
    border-inline-start: 0.375rem solid var(--_danger);
    background: var(--_danger-tint);
    padding: 0.5rem 0.75rem;
    font-weight: 600;
  }

  /* Specific enough to win over the card's rule for its first paragraph, which would take the space above away. */
  .card.messages > .hint-box {
    border-inline-start: 0.375rem solid var(--_line);
    padding: 0.5rem 0.75rem;
    margin-block: var(--_space) 0;
  }

  .card.messages > h2 + .hint-box {
    margin-block-start: 0;
  }

  .thread {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }

  /* Who wrote it reads from the edge and the fill, not from colour alone: the name is always there. */
  .message {
    border: 1px solid var(--_line);
    border-inline-start-width: 0.375rem;
    padding: 0.5rem 0.75rem;
  }

  .from-reporter {
    border-inline-start-color: var(--_accent);
  }

  .from-organisation {
    background: var(--_raised);
  }

  .message p {
    margin: 0;
  }

  .message .who {
    font-weight: 600;
    color: var(--_text);
  }

  .reply {
    margin-block-start: var(--_space);
  }

  /* The hint belongs to the label above it, and a problem to the box below it. */
  .reply .hint,
  .reply .problem-inline {
    margin-block: 0 0.5rem;
  }

  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease-out;
    }
  }
`;

import { css } from 'lit';

export const styles = css`
  :host {
    --_open: var(--safe-hotline-finder-open-color, var(--_ok));
    --_closed: var(--safe-hotline-finder-closed-color, var(--_caution));
    display: block;
    box-sizing: border-box;
    max-inline-size: 48rem;
    color: var(--_text);
    background: var(--_surface);
    font-size: 1rem;
    line-height: 1.4;
    /*
     * A page (or the offer check around a compact finder) may set overflow-wrap: anywhere, which
     * lets buttons shrink until "сӯхторхомӯшкунӣ" breaks inside; here a word breaks only when it
     * cannot fit a line on its own.
     */
    overflow-wrap: break-word;
  }

  [part='base'] {
    padding: var(--_space);
  }

  h2 {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.375rem;
    line-height: 1.2;
  }

  :host([compact]) h2 {
    font-size: 1.125rem;
  }

  .emergency {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    border: 2px solid var(--_danger);
  }

  .emergency-text {
    margin: 0;
    font-weight: 700;
  }

  .emergency-numbers {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: calc(var(--_space) * 0.5) 0 0;
    padding: 0;
    list-style: none;
  }

  .emergency-number,
  .contact,
  .copy,
  .more,
  .save,
  select,
  summary {
    min-block-size: 44px;
    border-radius: var(--_radius);
    font: inherit;
  }

  .emergency-number {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.4em;
    min-inline-size: 44px;
    padding: 0.5rem 0.9rem;
    background: var(--_danger);
    color: var(--_on-danger);
    font-weight: 700;
    text-decoration: none;
  }

  .emergency-number .number {
    flex-shrink: 0;
    font-size: 1.25rem;
    white-space: nowrap;
  }

  /* A number or short code never breaks inside ("11 / 2"), whatever the page around it inherits. */
  .nowrap {
    white-space: nowrap;
  }

  .address {
    overflow-wrap: normal;
    word-break: normal;
  }

  .filters {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: var(--_space) 0;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .choice-detail {
    margin: 0;
    color: var(--_muted);
  }

  label {
    font-weight: 700;
  }

  select {
    inline-size: 100%;
    padding: 0.4rem 0.5rem;
    border: 2px solid var(--_text);
    background: var(--_surface);
    color: var(--_text);
  }

  details {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  summary {
    display: flex;
    align-items: center;
    padding: 0.5rem 0;
    color: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
    cursor: pointer;
  }

  details[open] > .field + .field,
  details[open] > summary + .field {
    margin-block-start: calc(var(--_space) * 0.75);
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-block-size: 44px;
  }

  .check input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  [part='status'] {
    margin: 0 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
  }

  [part='status']:empty {
    display: none;
  }

  .wait {
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .results {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .result article {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .name {
    margin: 0 0 0.25rem;
    font-size: 1.125rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .name:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }

  .badge {
    font-weight: 700;
  }

  .badge-open {
    color: var(--_open);
  }

  .badge-closed {
    color: var(--_closed);
  }

  .badge-unknown {
    color: var(--_muted);
    font-weight: 400;
  }

  .channels {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
  }

  .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .contact {
    display: inline-flex;
    align-items: center;
    flex: 1 1 9rem;
    max-inline-size: 100%;
    padding: 0.5rem 0.9rem;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
    overflow-wrap: normal;
  }

  .contact-text {
    background: transparent;
    color: var(--_text);
    border: 2px solid var(--_line);
  }

  .copy,
  .more {
    min-inline-size: 44px;
    padding: 0.4rem 0.9rem;
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
  }

  .more {
    margin-block-start: var(--_space);
  }

  .print-share {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 0.5);
  }

  .channel-notes {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .about {
    margin-block-start: var(--_space);
  }

  .languages,
  .provenance,
  .about {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .warning {
    color: var(--_closed);
  }

  a {
    color: var(--_accent);
  }

  .kind {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }

  .group {
    margin: calc(var(--_space) * 1.25) 0 0.25rem;
    font-size: 1.125rem;
  }

  .group-note {
    margin: 0 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
  }

  .number-report {
    margin-block-start: 0.5rem;
  }

  .number-report summary {
    min-block-size: 44px;
    font-weight: 400;
  }

  .report-text {
    margin: 0 0 0.5rem;
    padding: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.875rem;
  }

  .report-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    font-weight: 700;
  }

  .save-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin-block-start: 0.5rem;
  }

  .save-label {
    flex-basis: 100%;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .save-name {
    flex: 1 1 8rem;
    min-inline-size: 0;
    min-block-size: 44px;
    box-sizing: border-box;
    padding: 0.4rem 0.5rem;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .save {
    display: inline-flex;
    align-items: center;
    padding: 0 0.2rem;
    font-weight: 700;
  }

  .contact:focus-visible,
  .emergency-number:focus-visible,
  .copy:focus-visible,
  .more:focus-visible,
  .save:focus-visible,
  .save-name:focus-visible,
  a:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  .check input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_on-focus);
  }

  .empty p {
    margin: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    .contact,
    .copy,
    .more,
    .emergency-number {
      transition: filter 120ms ease-out;
    }
  }

  .contact:hover,
  .copy:hover,
  .more:hover,
  .emergency-number:hover {
    filter: brightness(0.92);
  }

  @media (forced-colors: active) {
    .contact,
    .copy,
    .more,
    .emergency-number,
    select {
      border: 2px solid ButtonText;
    }
  }
`;

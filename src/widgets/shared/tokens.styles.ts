import { css } from 'lit';

/**
 * The theme, in one place: every colour, space, radius and font a widget uses, as private `--_name`
 * values computed from the public global tokens (`--safe-color-*`, `--safe-space-m`, `--safe-radius`,
 * `--safe-font-family`; docs/theming.md has the table). Every widget puts these first in its styles
 * and uses only the private values, so a site that sets the global tokens (a brand, or a dark theme
 * of its own) re-colours every part of every widget, and no colour stays behind that could clash.
 *
 * What is derived, and why it stays readable:
 * - text on the accent or danger colour is the surface colour: the accent and danger colours are
 *   also used as text on the surface, so that pair must already have a good contrast;
 * - muted text, lines, the "good" green, the "check carefully" amber are mixed with the text colour,
 *   and tints and highlights with the surface colour, so they follow a light or a dark theme alike;
 * - with `prefers-color-scheme: dark`, the defaults are dark, and the accent and danger colours (the
 *   site's or the defaults) are mixed 45% toward the text colour: a brand colour picked for a white
 *   page stays readable on the dark surface;
 * - browsers without `color-mix()` (Chrome before 111, Safari before 16.2) get the plain colours.
 */
export const tokenStyles = css`
  :host {
    --_surface: var(--safe-color-surface, #ffffff);
    --_text: var(--safe-color-text, #0b0c0c);
    --_accent: var(--safe-color-accent, #1d5a9e);
    --_danger: var(--safe-color-danger, #b3261e);
    --_focus: var(--safe-color-focus, #ffdd00);
    /* The focus colour is a light one: dark text and a dark outer ring go with it. */
    --_on-focus: #0b0c0c;
    --_on-accent: var(--_surface);
    --_on-danger: var(--_surface);
    --_muted: color-mix(in srgb, var(--_text) 75%, var(--_surface));
    --_line: color-mix(in srgb, var(--_text) 50%, var(--_surface));
    --_ok: color-mix(in srgb, #00a050 65%, var(--_text));
    --_caution: color-mix(in srgb, #d97b00 65%, var(--_text));
    --_highlight: color-mix(in srgb, #ffdd00 35%, var(--_surface));
    --_accent-tint: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
    --_danger-tint: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
    --_raised: color-mix(in srgb, var(--_text) 6%, var(--_surface));
    --_space: var(--safe-space-m, 1rem);
    --_radius: var(--safe-radius, 0.25rem);
    font-family: var(--safe-font-family, system-ui, sans-serif);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_surface: var(--safe-color-surface, #121212);
      --_text: var(--safe-color-text, #f2f2f2);
      --_accent: color-mix(in srgb, var(--safe-color-accent, #2f7cf6) 55%, var(--_text));
      --_danger: color-mix(in srgb, var(--safe-color-danger, #ff3b30) 55%, var(--_text));
    }
  }

  @supports not (color: color-mix(in srgb, red 50%, blue)) {
    :host {
      --_muted: var(--_text);
      --_line: var(--_text);
      --_ok: var(--_text);
      --_caution: var(--_text);
      --_highlight: var(--_surface);
      --_accent-tint: var(--_surface);
      --_danger-tint: var(--_surface);
      --_raised: var(--_surface);
    }

    @media (prefers-color-scheme: dark) {
      :host {
        --_accent: var(--safe-color-accent, #87b1f4);
        --_danger: var(--safe-color-danger, #f98d87);
      }
    }
  }
`;

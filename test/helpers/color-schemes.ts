import { emulateMedia } from '@web/test-runner-commands';
import { themes } from '../../stories/support/themes.js';

/**
 * The colour schemes every story is checked in:
 * - `light`: the visitor prefers light (or has no preference), the widgets' light defaults;
 * - `dark`: the visitor prefers dark (`prefers-color-scheme: dark` emulated), the widgets' dark
 *   defaults, on a page that has no dark theme of its own (the commonest case);
 * - `host-dark`: the visitor prefers light, but the page has its own dark theme, set only through
 *   the documented global tokens (the `dark` theme in stories/support/themes.ts).
 */
export const colorSchemes = ['light', 'dark', 'host-dark'] as const;
export type ColorScheme = (typeof colorSchemes)[number];

/** Puts the browser and `container` (the page around the widgets) in `scheme`. */
export async function useColorScheme(scheme: ColorScheme, container: HTMLElement): Promise<void> {
  await emulateMedia({ colorScheme: scheme === 'dark' ? 'dark' : 'light' });
  if (scheme === 'host-dark') container.setAttribute('style', themes.dark!);
  else container.removeAttribute('style');
}

/** Back to the light scheme, after a test that changed it. */
export async function resetColorScheme(): Promise<void> {
  await emulateMedia({ colorScheme: 'light' });
}

/** Every colour scheme in English and in Russian (a longer, Cyrillic text), as `[scheme, locale]` pairs. */
export const inEverySchemeAndLocale = colorSchemes.flatMap((scheme) => (['en', 'ru'] as const).map((locale) => [scheme, locale] as const));

import { setViewport } from '@web/test-runner-commands';
import { allLocales, useLocale } from '../../../src/widgets/index.js';
import type { SafeLocale } from '../../../src/widgets/index.js';
import { cleanup } from '../../helpers/fixture.js';
import { layoutProblems } from '../../helpers/layout.js';
import { expect } from 'chai';

export { allLocales };
export type { SafeLocale };

/** A phone's width, the narrowest the widgets promise to read well at. */
export const phone = { width: 320, height: 640 };

/** Puts the page in `locale` (the widgets follow <html lang>) and at a 320-px phone's size. */
export async function onPhoneIn(locale: SafeLocale): Promise<void> {
  await setViewport(phone);
  document.body.style.margin = '0';
  document.documentElement.lang = locale;
  await useLocale(locale);
}

export async function backToEnglish(): Promise<void> {
  cleanup();
  document.documentElement.lang = 'en';
  await useLocale('en');
}

/** Lets every element on the page finish rendering, shadow roots included, and the fonts load. */
export async function settled(): Promise<void> {
  const all = (root: Document | ShadowRoot): Element[] =>
    [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
  for (let i = 0; i < 2; i++) {
    await Promise.all(all(document).map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    await document.fonts.ready;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** The page (or `root` and its shadow roots) reads well at 320 px: every check of test/helpers/layout.ts. */
export async function expectReadableOnPhone(where: string, allow: readonly string[] = [], root: Document | Element = document): Promise<void> {
  expect(await phoneProblems(where, allow, root)).to.deep.equal([]);
}

/** What expectReadableOnPhone would report, one line each, for tests that gather several screens. */
export async function phoneProblems(where: string, allow: readonly string[] = [], root: Document | Element = document): Promise<string[]> {
  await settled();
  return (await layoutProblems(root, document.documentElement.lang, allow)).map((p) => `${where}: ${p.description}`);
}

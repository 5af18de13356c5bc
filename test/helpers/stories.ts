import { expect } from 'chai';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import { useLocale } from '../../src/widgets/localization.js';
import { expectNoAxeViolations } from './axe.js';
import { waitUntil } from './fixture.js';
import { inEverySchemeAndLocale, resetColorScheme, useColorScheme } from './color-schemes.js';

interface StoryObject {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}
interface StoryMeta {
  title: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}

/** The state one story must reach before axe runs: a sentence for the failure message, and a check. */
export interface StoryState<E extends HTMLElement> {
  shows: string;
  reached: (element: E) => boolean;
}

export interface StoriesTestOptions {
  /** How to wait for a state; the badge's tests wait by task, not by timer, so hidden pages finish. */
  wait?: (check: () => boolean, message: string, timeout?: number) => Promise<void>;
  /** Stories that report a developer error on purpose (`console.error`): kept out of the test log. */
  quiet?: readonly string[];
}

/**
 * Every story of one element's story file is also a tested example: it reaches the state it
 * documents, and passes axe in every colour scheme and in en and ru. Fails when a story has no
 * expected state, or a state names a story that no longer exists.
 */
export function describeStories<E extends HTMLElement>(
  stories: Record<string, unknown>,
  tag: string,
  states: Record<string, StoryState<E>>,
  options: StoriesTestOptions = {},
): void {
  const meta = stories['default'] as StoryMeta;
  const wait = options.wait ?? waitUntil;

  describe(`${tag} stories`, () => {
    it('covers every story', () => {
      const names = Object.keys(stories).filter((n) => n !== 'default' && n !== '__namedExportsOrder');
      expect(names.sort()).to.deep.equal(Object.keys(states).sort());
    });

    afterEach(resetColorScheme);

    for (const [name, state] of Object.entries(states)) {
      for (const [scheme, locale] of inEverySchemeAndLocale) {
        it(`${name} shows ${state.shows} and has no axe violations (${locale}, ${scheme})`, async () => {
          const story = stories[name] as StoryObject;
          const draw = story.render ?? meta.render;
          if (!draw) throw new Error(`${meta.title} / ${name} has no render function`);
          document.documentElement.lang = locale;
          await useLocale(locale);
          const container = document.createElement('div');
          document.body.append(container);
          await useColorScheme(scheme, container);
          const realError = console.error;
          if (options.quiet?.includes(name)) console.error = () => undefined;
          try {
            render(draw({ ...meta.args, ...story.args }), container);
            await customElements.whenDefined(tag);
            const element = container.querySelector(tag) as E & { updateComplete?: Promise<unknown> };
            await element.updateComplete;
            await wait(() => state.reached(element), `${name} shows ${state.shows}`, 5000);
            await expectNoAxeViolations(container);
          } finally {
            console.error = realError;
            render(null, container);
            container.remove();
            document.documentElement.lang = 'en';
            await useLocale('en');
          }
        });
      }
    }
  });
}

/** A state reached when the element's shadow root holds `selector`. */
export const showing = <E extends HTMLElement>(selector: string): StoryState<E> => ({
  shows: selector,
  reached: (element) => element.shadowRoot?.querySelector(selector) != null,
});

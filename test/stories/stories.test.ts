import { expect } from 'chai';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import * as exitButton from '../../stories/exit-button.stories.js';
import * as theming from '../../stories/theming.stories.js';
import { useLocale } from '../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { waitUntil } from '../helpers/fixture.js';
import { inEverySchemeAndLocale, resetColorScheme, useColorScheme } from '../helpers/color-schemes.js';

// Every documented example is also a tested example: each story renders and passes axe, in every
// colour scheme (test/helpers/color-schemes.ts).
type StoryModule = Record<string, unknown> & {
  default: { title: string; args?: Record<string, unknown>; render?: (args: Record<string, unknown>) => TemplateResult };
};
interface StoryObject {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}

const themingFile = theming as unknown as StoryModule;
const files: StoryModule[] = [exitButton as unknown as StoryModule, themingFile];

/** Whether every element of `selector` in `container` shows `part` in its shadow root. */
const everyShows = (container: HTMLElement, selector: string, part: string) =>
  [...container.querySelectorAll(selector)].every((el) => !!el.shadowRoot?.querySelector(part));

/** What a story must show before axe runs, for the stories whose elements first play some steps. */
const shows: Record<string, (container: HTMLElement) => boolean> = {
  DarkTheme: (container) =>
    everyShows(container, 'safe-offer-check', '[part~="level-high"]') &&
    everyShows(container, 'safe-report-form', '[part="error-summary"], [part="notice"]'),
};

/**
 * Waits until every offer badge has checked its offer. A badge checks when it is on screen, and the
 * steps a story plays move focus (and the page) to a result, so each badge is scrolled to in turn.
 */
async function badgesChecked(container: HTMLElement): Promise<void> {
  for (const badge of container.querySelectorAll('safe-offer-badge')) {
    badge.scrollIntoView({ block: 'center' });
    await waitUntil(() => badge.hasAttribute('level'), 'the badge has checked its offer', 5000);
  }
}

async function renderStory(meta: StoryModule['default'], story: StoryObject): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const draw = story.render ?? meta.render;
  if (!draw) throw new Error(`${meta.title} has no render function`);
  render(draw({ ...meta.args, ...story.args }), container);
  const elements = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('safe-'));
  for (const el of elements) {
    await customElements.whenDefined(el.localName);
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  }
  return container;
}

for (const file of files) {
  const meta = file.default;
  for (const [name, story] of Object.entries(file)) {
    if (name === 'default' || name === '__namedExportsOrder') continue;
    describe(`story ${meta.title} / ${name}`, () => {
      afterEach(resetColorScheme);

      // A theming story is a page with its own theme: it has no host dark theme around it.
      const schemes = file === themingFile ? inEverySchemeAndLocale.filter(([scheme]) => scheme !== 'host-dark') : inEverySchemeAndLocale;
      for (const [scheme, locale] of schemes) {
        it(`renders and has no axe violations (${locale}, ${scheme})`, async () => {
          document.documentElement.lang = locale;
          await useLocale(locale);
          const container = await renderStory(meta, story as StoryObject);
          await useColorScheme(scheme, container);
          try {
            const widgets = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('safe-'));
            expect(widgets.length).to.be.greaterThan(0);
            await waitUntil(() => widgets.every((w) => !!w.shadowRoot?.childElementCount), 'every widget rendered');
            if (shows[name]) await waitUntil(() => shows[name]!(container), `${name} shows the state it documents`, 5000);
            await badgesChecked(container);
            await expectNoAxeViolations(container);
          } finally {
            render(null, container);
            container.remove();
            document.documentElement.lang = 'en';
          }
        });
      }
    });
  }
}

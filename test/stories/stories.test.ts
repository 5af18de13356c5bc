import { expect } from 'chai';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import * as exitButton from '../../stories/exit-button.stories.js';
import * as theming from '../../stories/theming.stories.js';
import { useLocale } from '../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { waitUntil } from '../helpers/fixture.js';

// Every documented example is also a tested example: each story renders and passes axe.
type StoryModule = Record<string, unknown> & {
  default: { title: string; args?: Record<string, unknown>; render?: (args: Record<string, unknown>) => TemplateResult };
};
interface StoryObject {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}

const files: StoryModule[] = [exitButton as unknown as StoryModule, theming as unknown as StoryModule];

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
      for (const locale of ['en', 'ru'] as const) {
        it(`renders and has no axe violations (${locale})`, async () => {
          document.documentElement.lang = locale;
          await useLocale(locale);
          const container = await renderStory(meta, story as StoryObject);
          try {
            const widgets = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('safe-'));
            expect(widgets.length).to.be.greaterThan(0);
            await waitUntil(() => widgets.every((w) => !!w.shadowRoot?.childElementCount), 'every widget rendered');
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

import { expect } from 'chai';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/offer-badge.stories.js';
import type { SafeOfferBadge } from '../../../src/widgets/offer-badge/offer-badge.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { until } from './helpers.js';
import { inEverySchemeAndLocale, resetColorScheme, useColorScheme } from '../../helpers/color-schemes.js';

// Every story is also a tested example: it reaches the state it documents, and passes axe in
// every colour scheme (test/helpers/color-schemes.ts).
interface StoryObject {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}
const meta = stories.default as unknown as { title: string; args: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };

/** The level each story shows, and whether its explanation is open. */
const shows: Record<string, { level: 'low' | 'medium' | 'high'; open: boolean; selector?: string }> = {
  High: { level: 'high', open: false },
  Medium: { level: 'medium', open: false },
  Low: { level: 'low', open: false },
  BesideAListing: { level: 'high', open: false },
  ExplanationOpen: { level: 'high', open: true, selector: '[part="flags"]' },
  LowExplanationOpen: { level: 'low', open: true, selector: '[part="advice"]' },
  WithHelpLink: { level: 'high', open: true, selector: '[part="help-link"]' },
  RussianOffer: { level: 'high', open: true, selector: 'q[lang="ru"]' },
  WithLanguagePicker: { level: 'high', open: true, selector: '[part="locale-picker"] select' },
};

describe('offer-badge stories', () => {
  it('covers every story', () => {
    const names = Object.keys(stories).filter((n) => n !== 'default' && n !== '__namedExportsOrder');
    expect(names.sort()).to.deep.equal(Object.keys(shows).sort());
  });

  afterEach(resetColorScheme);

  for (const [name, expected] of Object.entries(shows)) {
    for (const [scheme, locale] of inEverySchemeAndLocale) {
      it(`${name} shows ${expected.level}${expected.open ? ', open,' : ''} and has no axe violations (${locale}, ${scheme})`, async () => {
        const story = (stories as unknown as Record<string, StoryObject>)[name]!;
        document.documentElement.lang = locale;
        await useLocale(locale);
        const container = document.createElement('div');
        document.body.append(container);
        await useColorScheme(scheme, container);
        try {
          render((story.render ?? meta.render)({ ...meta.args, ...story.args }), container);
          const badge = container.querySelector('safe-offer-badge') as SafeOfferBadge;
          await customElements.whenDefined('safe-offer-badge');
          await until(() => badge.level === expected.level, `${name} shows ${expected.level}`, 5000);
          if (expected.open) {
            await until(() => !!badge.shadowRoot!.querySelector('dialog')?.open, `${name} opens its explanation`);
            await until(() => !!badge.shadowRoot!.querySelector(expected.selector!), `${name} shows ${expected.selector}`);
          }
          await expectNoAxeViolations(container);
        } finally {
          render(null, container);
          container.remove();
          document.documentElement.lang = 'en';
          await useLocale('en');
        }
      });
    }
  }
});

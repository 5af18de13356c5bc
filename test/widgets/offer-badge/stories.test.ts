import { expect } from 'chai';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/offer-badge.stories.js';
import type { SafeOfferBadge } from '../../../src/widgets/offer-badge/offer-badge.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { waitUntil } from '../../helpers/fixture.js';

// Every story is also a tested example: it reaches the state it documents, and passes axe.
interface StoryObject {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}
const meta = stories.default as unknown as { args: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };

/** The levels each story's badges reach, in order, and whether its explanation is open. */
const shows: Record<string, { levels: string[]; open?: boolean }> = {
  High: { levels: ['high'] },
  Medium: { levels: ['medium'] },
  Low: { levels: ['low'] },
  ExplanationOpen: { levels: ['high'], open: true },
  ForElement: { levels: ['medium'] },
  InRussian: { levels: ['high'] },
  JobBoard: { levels: ['high', 'medium', 'low'] },
};

describe('offer-badge stories', () => {
  it('covers every story', () => {
    const names = Object.keys(stories).filter((n) => n !== 'default' && n !== '__namedExportsOrder');
    expect(names.sort()).to.deep.equal(Object.keys(shows).sort());
  });

  for (const [name, { levels, open }] of Object.entries(shows)) {
    for (const locale of ['en', 'ru'] as const) {
      it(`${name} shows ${levels.join(', ')}${open ? ' with its explanation open' : ''} and has no axe violations (${locale})`, async () => {
        const story = (stories as unknown as Record<string, StoryObject>)[name]!;
        document.documentElement.lang = locale;
        await useLocale(locale);
        const container = document.createElement('div');
        document.body.append(container);
        try {
          render((story.render ?? meta.render)({ ...meta.args, ...story.args }), container);
          await customElements.whenDefined('safe-offer-badge');
          const badges = [...container.querySelectorAll<SafeOfferBadge>('safe-offer-badge')];
          await waitUntil(() => badges.every((b) => b.hasAttribute('level')), `${name}: every badge has checked`, 5000);
          expect(badges.map((b) => b.getAttribute('level'))).to.deep.equal(levels);
          if (open) await waitUntil(() => badges[0]!.shadowRoot!.querySelector('dialog')?.open === true, `${name}: the explanation is open`, 5000);
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

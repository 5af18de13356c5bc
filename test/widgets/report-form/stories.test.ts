import { expect } from 'chai';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/report-form.stories.js';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { waitUntil } from '../../helpers/fixture.js';
import { inEverySchemeAndLocale, resetColorScheme, useColorScheme } from '../../helpers/color-schemes.js';

// Every story is also a tested example: it reaches the state it documents, and passes axe in
// every colour scheme (test/helpers/color-schemes.ts).
interface StoryObject {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}
const meta = stories.default as unknown as { title: string; args: Record<string, unknown>; render: (args: Record<string, unknown>) => TemplateResult };

/** What each story must show once its actions have played. */
const shows: Record<string, string> = {
  FirstStep: '[part="continue-button"]',
  SomeoneInDanger: '[part="emergency"]',
  ErrorSummary: '[part="error-summary"]',
  UnderEighteen: '[part="notice"]',
  SafeToContact: '#address',
  CheckYourReport: '[part="send-button"]',
  Received: '[part="receipt"]',
  DeliveryFailed: '[part="fallbacks"]',
  CannotSend: '.notice',
  OwnUnder18Words: 'slot[name="under-18-notice"]',
  WithLanguagePicker: '[part="locale-picker"] select',
};

describe('report-form stories', () => {
  it('covers every story', () => {
    const names = Object.keys(stories).filter((n) => n !== 'default' && n !== '__namedExportsOrder');
    expect(names.sort()).to.deep.equal(Object.keys(shows).sort());
  });

  afterEach(resetColorScheme);

  for (const [name, selector] of Object.entries(shows)) {
    for (const [scheme, locale] of inEverySchemeAndLocale) {
      it(`${name} shows its state and has no axe violations (${locale}, ${scheme})`, async () => {
        const story = (stories as unknown as Record<string, StoryObject>)[name]!;
        document.documentElement.lang = locale;
        await useLocale(locale);
        const container = document.createElement('div');
        document.body.append(container);
        await useColorScheme(scheme, container);
        const realError = console.error;
        if (name === 'CannotSend') console.error = () => undefined;
        try {
          render((story.render ?? meta.render)({ ...meta.args, ...story.args }), container);
          const form = container.querySelector('safe-report-form') as SafeReportForm;
          await customElements.whenDefined('safe-report-form');
          await form.updateComplete;
          await waitUntil(() => form.shadowRoot!.querySelector(selector) !== null, `${name} shows ${selector}`, 5000);
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

import { expect } from 'chai';
import type { CSSResult } from 'lit';
import { compactCss } from '../../scripts/compact-css.mjs';
import { baseStyles } from '../../src/widgets/shared/base.styles.js';
import { localePickerStyles } from '../../src/widgets/shared/locale-picker.styles.js';
import { tokenStyles } from '../../src/widgets/shared/tokens.styles.js';
import { styles as exitButton } from '../../src/widgets/exit-button/exit-button.styles.js';
import { styles as hotlineFinder } from '../../src/widgets/hotline-finder/hotline-finder.styles.js';
import { styles as offerBadge } from '../../src/widgets/offer-badge/offer-badge.styles.js';
import { styles as offerCheck } from '../../src/widgets/offer-check/offer-check.styles.js';
import { styles as offerQuiz } from '../../src/widgets/offer-quiz/offer-quiz.styles.js';
import { styles as reportForm } from '../../src/widgets/report-form/report-form.styles.js';

// The script-tag builds ship every widget's styles compacted (rollup.config.mjs): the browser must
// read the compacted text as exactly the rules of the source.
const stylesheets: Record<string, CSSResult> = { tokenStyles, baseStyles, localePickerStyles, exitButton, hotlineFinder, offerBadge, offerCheck, offerQuiz, reportForm };

/**
 * The rules the browser reads from `text`, as it serialises them. Values with `var()` and
 * `@supports` conditions are serialised as written, so the space after a comma or a colon, which
 * CSS ignores, is left out of both sides of the comparison.
 */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/ ?, ?/g, ',').replace(/: /g, ':'));
}

describe('compacted widget styles', () => {
  for (const [name, styles] of Object.entries(stylesheets)) {
    it(`the browser reads the compacted ${name} as the same rules, in fewer bytes`, () => {
      const source = styles.cssText;
      const compacted = compactCss(source);
      expect(compacted.length).to.be.lessThan(source.length);
      expect(rules(source).length).to.be.greaterThan(0);
      expect(rules(compacted)).to.deep.equal(rules(source));
    });
  }
});

import { expect } from 'chai';
import { knownElements, register } from '../../src/widgets/loader.js';
import { allLocales, useLocale } from '../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { cleanup, fixture, waitUntil } from '../helpers/fixture.js';

/**
 * Every element the loader knows, rendered in every locale: the shadow content carries the right
 * `lang` and axe finds no violation. The markup gives each element what it needs to show its
 * main state with the bundled data and no network.
 */
const markup: Record<string, string> = {
  'safe-exit-button': '<safe-exit-button></safe-exit-button>',
  'safe-hotline-finder': '<safe-hotline-finder country="KZ" need="trafficking" limit="3"></safe-hotline-finder>',
  'safe-report-form': '<safe-report-form endpoint="/__test/reports" country="KZ" org-name="Example NGO"></safe-report-form>',
  'safe-offer-badge':
    '<safe-offer-badge for="every-locale-offer"></safe-offer-badge><p id="every-locale-offer" lang="en">Hostess jobs in Dubai for girls 18-25, free visa and ticket. Send your passport copy on Telegram @dubai_jobs_vip</p>',
  'safe-offer-check': '<safe-offer-check country="KZ"></safe-offer-check>',
  'safe-offer-quiz': '<safe-offer-quiz trainer></safe-offer-quiz>',
};

describe('every element in every locale', () => {
  before(async () => {
    for (const tag of knownElements) await register(tag);
  });
  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  it('has markup here for every element the loader knows', () => {
    expect(Object.keys(markup).sort()).to.deep.equal([...knownElements].sort());
  });

  for (const tag of knownElements) {
    for (const locale of allLocales) {
      it(`<${tag}> in ${locale}: lang on the shadow content, no axe violations`, async () => {
        document.documentElement.lang = locale;
        await useLocale(locale);
        const el = await fixture<HTMLElement>(markup[tag] ?? `<${tag}></${tag}>`);
        await waitUntil(() => !!el.shadowRoot?.querySelector('[lang]'), 'the shadow content carries a lang');
        const langs = [...el.shadowRoot!.querySelectorAll('[lang]')]
          .filter((node) => !(node instanceof HTMLOptionElement))
          .map((node) => node.getAttribute('lang'));
        expect(langs.length).to.be.greaterThan(0);
        for (const lang of langs) expect(lang).to.equal(locale);
        await expectNoAxeViolations(el.parentElement!);
      });
    }
  }
});

describe('every element offers the language picker (show-locale-picker)', () => {
  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  // The badge is a few words beside a listing: its picker lives in its explanation dialog, which its
  // own tests open (test/widgets/offer-badge).
  for (const tag of knownElements.filter((t) => t !== 'safe-offer-badge')) {
    it(`<${tag} show-locale-picker> switches language without a reload`, async () => {
      await register(tag);
      const el = await fixture<HTMLElement>((markup[tag] ?? `<${tag}></${tag}>`).replace(`<${tag}`, `<${tag} show-locale-picker`));
      await waitUntil(() => !!el.shadowRoot?.querySelector('[part~="locale-picker"] select'), 'the picker shows');
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="locale-picker"] select')!;
      select.value = 'kk';
      select.dispatchEvent(new Event('change'));
      const shown = () => [...el.shadowRoot!.querySelectorAll('[lang]')].filter((n) => !(n instanceof HTMLOptionElement));
      await waitUntil(() => shown().length > 0 && shown().every((n) => n.getAttribute('lang') === 'kk'), 'Kazakh is shown');
      el.removeAttribute('lang');
    });
  }
});

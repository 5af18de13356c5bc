import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../../src/widgets/hotline-finder/hotline-finder.js';
import type { SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';
import { emergencyNumberList } from '../../../src/widgets/shared/emergency-numbers.js';
import type { EmergencyCall } from '../../../src/widgets/shared/emergency-numbers.js';
import { telHref } from '../../../src/sdk/rules.js';
import { hotlineData } from '../../../src/data/hotlines.js';
import { allLocales, useLocale } from '../../../src/widgets/localization.js';
import { cleanup, fixture } from '../../helpers/fixture.js';

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/** Every link in Chromium's accessibility tree, by its computed name. */
function linkNames(node: AxNode): string[] {
  return [...(node.role === 'link' && node.name ? [node.name] : []), ...(node.children ?? []).flatMap(linkNames)];
}

describe('emergency numbers as a screen reader gets them', () => {
  afterEach(async () => {
    cleanup();
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  // Issue 13: Orca read "112Экстренные службы (все) link": it reads the link's text, whose two
  // flex items (the number and the service) lose the space between them.
  const expected: Record<'ru' | 'kk', readonly RegExp[]> = {
    ru: [/^112 — Экстренные службы \(все\)$/, /^102 — Полиция$/, /^103 — Скорая помощь$/],
    kk: [/^112 — Шұғыл қызметтер \(барлығы\)$/, /^102 — Полиция$/, /^103 — Жедел жәрдем$/],
  };
  for (const locale of ['ru', 'kk'] as const) {
    it(`names each call link in the finder with a separator between the number and the service (${locale})`, async () => {
      document.documentElement.lang = locale;
      await useLocale(locale);
      const finder = await fixture<SafeHotlineFinder>(`<safe-hotline-finder country="KZ" lang="${locale}"></safe-hotline-finder>`);
      await finder.dataReady;
      await finder.updateComplete;
      const names = linkNames(await executeServerCommand<AxNode, undefined>('accessibility-tree'));
      for (const pattern of expected[locale]) expect(names.some((name) => pattern.test(name)), `${pattern} in ${names.slice(0, 8).join(' | ')}`).to.equal(true);
      // How it looks does not change: the number and the service, each in its own box.
      const link = finder.shadowRoot!.querySelector('[part="emergency-number"]')!;
      expect(link.querySelector('.number')!.textContent).to.equal('112');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(locale === 'ru' ? '112 Экстренные службы (все)' : '112 Шұғыл қызметтер (барлығы)');
    });
  }

  it('names Russia\'s mobile-phone numbers with the translated label in Kazakh', async () => {
    document.documentElement.lang = 'kk';
    await useLocale('kk');
    const finder = await fixture<SafeHotlineFinder>('<safe-hotline-finder country="RU" lang="kk"></safe-hotline-finder>');
    await finder.dataReady;
    await finder.updateComplete;
    const names = linkNames(await executeServerCommand<AxNode, undefined>('accessibility-tree'));
    expect(names).to.include('102 — Полиция (Ұялы телефоннан)');
  });
});

// Issue 13: in Kazakh, Russia's 101–104 read "(From a mobile phone)" in English, as the data has no
// Kazakh label. Every emergency label in the bundled data, in every locale, must be the reader's.
describe('emergency labels in the reader\'s language', () => {
  const labelled = hotlineData.emergency.flatMap((entry) =>
    entry.numbers.filter((n) => n.label).map((n) => ({ country: entry.country, printed: n.printed, dial: n.dial, service: n.service, label: n.label! })),
  );

  afterEach(async () => {
    document.body.querySelector('#labels')?.remove();
    await useLocale('en');
  });

  it('the bundled data has labelled emergency numbers to check', () => {
    expect(labelled.length).to.be.at.least(4);
    expect(labelled.some((n) => n.country === 'RU' && n.label.en === 'From a mobile phone' && !n.label.kk)).to.equal(true);
  });

  for (const locale of allLocales.filter((l) => l !== 'en')) {
    it(`shows no English label on any emergency number in ${locale}`, async () => {
      await useLocale(locale);
      const host = document.createElement('div');
      host.id = 'labels';
      document.body.append(host);
      for (const n of labelled) {
        const calls: EmergencyCall[] = [{ service: n.service, printed: n.printed, href: telHref(n.dial), label: n.label }];
        for (const order of ['number-first', 'service-first'] as const) {
          render(emergencyNumberList(calls, { locale, order }), host);
          const link = host.querySelector('a')!;
          const shown = link.textContent!.replace(/\s+/g, ' ').trim();
          const named = link.getAttribute('aria-label') ?? shown;
          expect(shown, `${n.country} ${n.printed} shown in ${locale}`).to.not.include(n.label.en);
          expect(named, `${n.country} ${n.printed} named in ${locale}`).to.not.include(n.label.en);
          expect(link.querySelector('[lang="en"]'), `${n.country} ${n.printed}: nothing marked English in ${locale}`).to.equal(null);
        }
      }
    });
  }
});

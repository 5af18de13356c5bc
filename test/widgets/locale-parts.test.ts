import { expect } from 'chai';
import '../../src/widgets/exit-button/exit-button.js';
import '../../src/widgets/hotline-finder/hotline-finder.js';
import type { SafeHotlineFinder } from '../../src/widgets/hotline-finder/hotline-finder.js';
import { cleanup, fixture, waitUntil } from '../helpers/fixture.js';

/**
 * Each element loads only its own part of a locale's messages (scripts/split-locales.ts), when it
 * first needs that locale. This file runs in a page of its own, so the requests it sees are its own.
 */
const fetchedParts = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name.match(/\/src\/generated\/locales\/([\w-]+\.[\w+-]+)\.ts/)?.[1])
    .filter((p): p is string => Boolean(p))
    .sort();

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('a page pays only for the messages of the elements it shows', () => {
  after(() => cleanup());

  it('loads the parts of the elements on the page, an element added later included, and switches all of them', async () => {
    const exit = await fixture<HTMLElement>('<safe-exit-button lang="ru"></safe-exit-button>');
    await waitUntil(() => shadowText(exit).includes('Уйти с этой страницы'), 'the exit button speaks Russian');
    expect(fetchedParts()).to.deep.equal(['ru.exit-button']);

    // A second element joins the page, already in Russian: it loads its own part and re-renders.
    const finder = await fixture<SafeHotlineFinder>('<safe-hotline-finder lang="ru" country="KZ" limit="1"></safe-hotline-finder>');
    await waitUntil(() => shadowText(finder).includes('Найти линию помощи'), 'the late finder speaks Russian');
    // Its later screens come in idle time, their part with them, so that part may already be here.
    const firstScreen = ['ru.exit-button', 'ru.hotline-finder', 'ru.hotline-finder+report-form'];
    expect(fetchedParts().filter((p) => p !== 'ru.hotline-finder-later')).to.deep.equal(firstScreen);
    // Waiting for them makes the switch below the same on a fast or a loaded machine.
    await finder.screensReady;
    expect(fetchedParts()).to.deep.equal(['ru.exit-button', 'ru.hotline-finder', 'ru.hotline-finder+report-form', 'ru.hotline-finder-later']);

    // Switching the language loads the parts of both elements in the new one, and no other.
    exit.setAttribute('lang', 'kk');
    finder.setAttribute('lang', 'kk');
    await waitUntil(() => shadowText(exit).includes('Бұл беттен шығу'), 'the exit button speaks Kazakh');
    await waitUntil(() => shadowText(finder).includes('Көмек желісін табу'), 'the finder speaks Kazakh');
    expect(fetchedParts().filter((p) => p.startsWith('kk.'))).to.deep.equal([
      'kk.exit-button',
      'kk.hotline-finder',
      'kk.hotline-finder+report-form',
      'kk.hotline-finder-later',
    ]);
  });
});

import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, sleep, waitUntil } from '../../helpers/fixture.js';
import { bundledHotlineDirectory } from '../../../src/sdk/hotlines/bundled.js';
import '../../../src/widgets/hotline-finder/hotline-finder.js';
import type { SafeHotlineFinder } from '../../../src/widgets/hotline-finder/hotline-finder.js';

// The finder's first screen is the country's lines with their call, text and chat buttons: the
// lists of choices, "More choices", the empty view and print and share load after it
// (later-screens.ts). Here the network holds them back, then drops them: the first screen works in
// full, a control reached meanwhile says "Loading…", and "Try again" fetches them again. This file
// runs in a page of its own, so they have not been loaded by another file's tests.

const screensChunk = String.raw`/src/widgets/hotline-finder/later-screens\.(js|ts)`;
/** After the page's next idle periods: the finder's own fetch in idle time has started. */
const afterIdle = () => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(() => setTimeout(resolve, 0))));
const $ = <T extends Element = HTMLElement>(el: SafeHotlineFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** What the finder shows while a control waits; the same words go to its live region. */
const wait = (el: SafeHotlineFinder) => {
  const shown = $(el, '.wait')?.textContent?.trim() ?? '';
  expect($(el, '[role="status"][aria-live="polite"]')!.textContent!.trim()).to.equal(shown);
  return shown;
};

async function heldBack(): Promise<void> {
  // The browser tells the test server of the request a little after the page has made it.
  for (let tries = 0; tries < 50; tries++) {
    const held = await executeServerCommand<string[], undefined>('held-requests');
    if (held.some((url) => new RegExp(screensChunk).test(url))) return;
    await sleep(100);
  }
  throw new Error('the later screens were never asked for');
}

describe('<safe-hotline-finder> before its later screens have arrived', () => {
  afterEach(async () => {
    await executeServerCommand('release-requests', { fail: false });
  });

  // First in the file: nothing on this page has asked for the later screens yet.
  it('a compact finder, which shows no lists and no print or share, does not fetch them while it has lines', async () => {
    await executeServerCommand('hold-requests', { pattern: screensChunk });
    const el = await fixture<SafeHotlineFinder>('<safe-hotline-finder lang="en" country="KZ" compact></safe-hotline-finder>');
    await el.dataReady;
    await afterIdle();
    await sleep(300);
    const held = await executeServerCommand<string[], undefined>('held-requests');
    expect(held.filter((url) => new RegExp(screensChunk).test(url))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[part="contact"]').length).to.be.greaterThan(0);
    el.remove();
  });

  it('works on its first screen, says "Loading…" for a list reached meanwhile, offers "Try again" when they cannot be fetched, and fills the same list in', async () => {
    await executeServerCommand('hold-requests', { pattern: screensChunk });
    const el = await fixture<SafeHotlineFinder>('<safe-hotline-finder lang="en" country="KZ" need="trafficking"></safe-hotline-finder>');
    await el.dataReady;
    await afterIdle();
    await heldBack();

    // The first screen: the country's lines, each with its buttons, and the chosen country and need.
    const tel = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="contact"]')].filter((a) => a.href.startsWith('tel:'));
    expect(tel.length).to.be.greaterThan(0);
    const country = $<HTMLSelectElement>(el, 'select[id$="-country"]')!;
    expect([...country.options].map((o) => o.value)).to.deep.equal(['', 'KZ']);
    expect(country.value).to.equal('KZ');
    expect($<HTMLSelectElement>(el, 'select[id$="-need"]')!.value).to.equal('trafficking');
    expect($(el, '[part="print-share"]')).to.equal(null);
    expect(wait(el)).to.equal('');

    // Reached before they came: "Loading…"; the connection drops: "Try again", and the lines stay.
    country.focus();
    await waitUntil(() => wait(el) === 'Loading…', 'the finder says it is loading');
    expect(await executeServerCommand('release-requests', { fail: true, atLeast: 1 })).to.be.at.least(1);
    await waitUntil(() => $(el, '[part="retry-button"]') !== null, '"Try again" is offered');
    expect(wait(el)).to.equal('This did not work. Check your internet connection and try again.');
    expect($(el, '[part="retry-button"]')!.textContent!.trim()).to.equal('Try again');
    expect([...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="contact"]')].filter((a) => a.href.startsWith('tel:')).length).to.equal(tel.length);

    // "Try again" while the network holds them: "Loading…"; then they come, into the same list.
    await executeServerCommand('hold-requests', { pattern: screensChunk });
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await waitUntil(() => wait(el) === 'Loading…', 'the finder says it is loading again');
    expect($(el, '[part="retry-button"]')).to.equal(null);
    country.focus();
    await heldBack();
    expect(await executeServerCommand('release-requests', { fail: false, atLeast: 1 })).to.be.at.least(1);
    await el.screensReady;
    expect(wait(el)).to.equal('');
    expect($(el, 'select[id$="-country"]')).to.equal(country);
    expect(el.shadowRoot!.activeElement).to.equal(country);
    expect([...country.options].map((o) => o.value).slice(1).sort()).to.deep.equal([...bundledHotlineDirectory().countries()].sort());
    expect(country.value).to.equal('KZ');
    expect($<HTMLSelectElement>(el, 'select[id$="-need"]')!.options.length).to.be.greaterThan(2);
    expect($(el, 'select[id$="-channel"]')).not.to.equal(null);
    expect($(el, '[part="print-button"]')!.textContent!.trim()).to.equal('Print this list');
  });
});

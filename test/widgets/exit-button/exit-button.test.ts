import { expect } from 'chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/exit-button/exit-button.js';
import type { SafeExitButton, SafeExitEvent } from '../../../src/widgets/exit-button/exit-button.js';
import { exitNavigation } from '../../../src/widgets/exit-button/navigation.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { cleanup, fixture, sleep, waitUntil } from '../../helpers/fixture.js';

const realReplace = exitNavigation.replace;
let navigations: { url: string; coveredAtNavigation: boolean }[] = [];
let current: SafeExitButton | undefined;

async function mount(markup = '<safe-exit-button></safe-exit-button>'): Promise<SafeExitButton> {
  current = await fixture<SafeExitButton>(markup);
  return current;
}

const button = (el: SafeExitButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const status = (el: SafeExitButton) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
const pressShift = () => sendKeys({ press: 'Shift' });

describe('<safe-exit-button>', () => {
  beforeEach(async () => {
    navigations = [];
    exitNavigation.replace = (url: string) => {
      navigations.push({ url, coveredAtNavigation: current?.covered ?? false });
    };
    document.documentElement.lang = 'en';
    await useLocale('en');
  });

  afterEach(() => {
    exitNavigation.replace = realReplace;
    cleanup();
    current = undefined;
  });

  it('shows a visible, localised "Exit this page" button', async () => {
    const el = await mount();
    expect(button(el).textContent!.trim()).to.equal('Exit this page');
    const box = button(el).getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });

  it('leaves for a neutral weather page by default, and for href when given', async () => {
    const el = await mount();
    expect(el.href).to.equal('https://www.bbc.com/weather');
    button(el).click();
    expect(navigations.map((n) => n.url)).to.deep.equal(['https://www.bbc.com/weather']);
    cleanup();
    const other = await mount('<safe-exit-button href="https://example.org/news"></safe-exit-button>');
    button(other).click();
    expect(navigations.at(-1)!.url).to.equal('https://example.org/news');
  });

  it('covers the page before it fires safe-exit, and fires safe-exit before navigating', async () => {
    const el = await mount();
    const order: string[] = [];
    el.addEventListener('safe-exit', () => order.push(el.covered ? 'event-while-covered' : 'event-uncovered'));
    exitNavigation.replace = (url) => {
      order.push(`navigate:${url}`);
      navigations.push({ url, coveredAtNavigation: el.covered });
    };
    button(el).click();
    expect(order).to.deep.equal(['event-while-covered', 'navigate:https://www.bbc.com/weather']);
    expect(navigations[0]!.coveredAtNavigation).to.equal(true);
    const overlay = el.shadowRoot!.querySelector('[part="overlay"]')!;
    const rect = overlay.getBoundingClientRect();
    expect(rect.width).to.equal(window.innerWidth);
    expect(rect.height).to.equal(window.innerHeight);
  });

  it('fires a safe-exit event that reaches window from inside a shadow root, with its trigger', async () => {
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<safe-exit-button></safe-exit-button>';
    document.body.append(outer);
    const el = root.querySelector('safe-exit-button')!;
    current = el;
    await el.updateComplete;
    const seen: SafeExitEvent[] = [];
    const listener = (e: SafeExitEvent) => seen.push(e);
    window.addEventListener('safe-exit', listener);
    try {
      button(el).click();
    } finally {
      window.removeEventListener('safe-exit', listener);
      outer.remove();
    }
    expect(seen).to.have.length(1);
    expect(seen[0]!.trigger).to.equal('button');
    expect(seen[0]!.cancelable).to.equal(true);
    expect(seen[0]!.href).to.equal('https://www.bbc.com/weather');
  });

  it('stays on the page and removes the cover when a listener cancels safe-exit', async () => {
    const el = await mount();
    el.addEventListener('safe-exit', (e) => e.preventDefault());
    expect(el.exit()).to.equal(false);
    expect(navigations).to.deep.equal([]);
    expect(el.covered).to.equal(false);
  });

  it('navigates with location.replace through the one navigation seam, so Back skips the page', async () => {
    // The seam's real implementation is location.replace; a test page cannot leave itself, so we
    // check the source of the seam rather than navigate away.
    expect(realReplace.toString()).to.contain('location.replace(');
    const el = await mount();
    el.exit();
    expect(navigations).to.have.length(1);
  });

  it('can be used with the keyboard alone: Tab to it, Enter or Space leaves', async () => {
    const el = await mount();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await sendKeys({ press: 'Enter' });
    expect(navigations).to.have.length(1);
    cleanup();
    const again = await mount();
    button(again).focus();
    await sendKeys({ press: 'Space' });
    expect(navigations).to.have.length(2);
  });

  it('leaves when Shift is pressed three times, announcing the presses left', async () => {
    const el = await mount();
    await pressShift();
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    await pressShift();
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 1 more time to exit.');
    expect(navigations).to.deep.equal([]);
    await pressShift();
    expect(navigations).to.have.length(1);
    expect(navigations[0]!.coveredAtNavigation).to.equal(true);
  });

  it('reports the shortcut as the trigger', async () => {
    const el = await mount();
    let trigger = '';
    el.addEventListener('safe-exit', (e) => (trigger = e.trigger));
    for (let i = 0; i < 3; i++) await pressShift();
    expect(trigger).to.equal('shortcut');
  });

  it('does not count a Shift pressed together with another key (typing a capital letter)', async () => {
    const el = await mount();
    for (let i = 0; i < 3; i++) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'KeyA' });
      await sendKeys({ up: 'Shift' });
    }
    expect(navigations).to.deep.equal([]);
    expect(el.shortcutProgress).to.equal(0);
  });

  it('starts counting again when another key comes between the Shift presses', async () => {
    const el = await mount();
    await pressShift();
    await pressShift();
    await sendKeys({ press: 'KeyB' });
    expect(el.shortcutProgress).to.equal(0);
    await pressShift();
    expect(navigations).to.deep.equal([]);
    expect(el.shortcutProgress).to.equal(1);
  });

  it('forgets the presses when the three do not come within the time window, and says so', async () => {
    const el = await mount();
    el.shortcutWindow = 300;
    await pressShift();
    await pressShift();
    await sleep(450);
    await el.updateComplete;
    expect(el.shortcutProgress).to.equal(0);
    expect(status(el)).to.equal('Exit shortcut cancelled.');
    await pressShift();
    expect(navigations).to.deep.equal([]);
    expect(el.shortcutProgress).to.equal(1);
  });

  it('counts presses within the default five-second window', async () => {
    const el = await mount();
    expect(el.shortcutWindow).to.equal(5000);
    await pressShift();
    await sleep(400);
    await pressShift();
    await pressShift();
    expect(navigations).to.have.length(1);
  });

  it('ignores Shift when no-shortcut is set', async () => {
    await mount('<safe-exit-button no-shortcut></safe-exit-button>');
    for (let i = 0; i < 4; i++) await pressShift();
    expect(navigations).to.deep.equal([]);
  });

  it('stays covered and tells the widgets to wipe again when the page returns from the back/forward cache', async () => {
    const el = await mount();
    button(el).click();
    const triggers: string[] = [];
    el.addEventListener('safe-exit', (e) => triggers.push(`${e.trigger}:${e.cancelable}`));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(el.covered).to.equal(true);
    expect(triggers).to.deep.equal(['pageshow:false']);
  });

  it('does nothing on pageshow when the person never left', async () => {
    const el = await mount();
    const triggers: string[] = [];
    el.addEventListener('safe-exit', (e) => triggers.push(e.trigger));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(el.covered).to.equal(false);
    expect(triggers).to.deep.equal([]);
  });

  it('floats at the top end corner with position="fixed" and sits in the flow by default', async () => {
    const inline = await mount();
    expect(getComputedStyle(inline).position).to.equal('static');
    cleanup();
    const floating = await mount('<safe-exit-button position="fixed"></safe-exit-button>');
    expect(getComputedStyle(floating).position).to.equal('fixed');
    const rect = floating.getBoundingClientRect();
    expect(window.innerWidth - rect.right).to.be.lessThan(40);
    expect(rect.top).to.be.lessThan(40);
  });

  it('is a bar across the top of a phone, with the page moved down by its height, and gives the room back when it goes', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const floating = await mount('<safe-exit-button position="fixed"></safe-exit-button>');
      await waitUntil(() => document.documentElement.style.paddingTop !== '', 'the page is moved down');
      const rect = floating.getBoundingClientRect();
      expect(floating.isBar).to.equal(true);
      expect([rect.left, rect.top, rect.width]).to.deep.equal([0, 0, 320]);
      expect(parseFloat(getComputedStyle(document.documentElement).paddingTop)).to.equal(Math.ceil(rect.height));
      expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)).to.be.above(rect.height);
      cleanup();
      expect(document.documentElement.style.paddingTop).to.equal('');
      expect(document.documentElement.style.scrollPaddingTop).to.equal('');
      await setViewport({ width: 1024, height: 768 });
      const wide = await mount('<safe-exit-button position="fixed"></safe-exit-button>');
      expect(wide.isBar).to.equal(false);
      expect(document.documentElement.style.paddingTop).to.equal('');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks the language of its lang attribute, else of the nearest ancestor', async () => {
    const el = await mount('<safe-exit-button lang="ru"></safe-exit-button>');
    await waitUntil(() => button(el).textContent!.trim() !== 'Exit this page', 'the Russian text shows');
    expect(button(el).textContent!.trim()).to.equal('Уйти с этой страницы');
    expect(button(el).getAttribute('lang')).to.equal('ru');
    cleanup();
    const nested = await mount('<div lang="kk"><safe-exit-button></safe-exit-button></div>');
    const inner = nested.querySelector('safe-exit-button')!;
    current = inner;
    await waitUntil(() => button(inner).getAttribute('lang') === 'kk', 'the Kazakh locale is chosen');
  });

  it('has no axe violations, inline or floating', async () => {
    const el = await mount();
    await expectNoAxeViolations(el.parentElement!);
    cleanup();
    const floating = await mount('<safe-exit-button position="fixed"></safe-exit-button>');
    await expectNoAxeViolations(floating.parentElement!);
  });
});

describe('<safe-exit-button show-locale-picker>', () => {
  afterEach(cleanup);

  it('offers the language picker before the button and switches its text', async () => {
    const el = await fixture<SafeExitButton>('<safe-exit-button show-locale-picker></safe-exit-button>');
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'tk';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => button(el).textContent!.trim() === 'Bu sahypadan çykmak', 'Turkmen shows');
    await expectNoAxeViolations(el.parentElement!);
    el.removeAttribute('lang');
  });
});

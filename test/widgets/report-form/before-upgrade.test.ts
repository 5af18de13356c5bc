import { expect } from 'chai';
import { waitUntil } from '../../helpers/fixture.js';

// Issue 13, item 9: before the script arrives (slow network) or when it is blocked, the page's own
// markup inside the elements is what the person sees. This file loads no widget code until the
// last test, so the elements stay undefined as on such a page.

const markup = `<div>
  <safe-exit-button position="fixed"><a href="https://www.google.com/">Leave this page</a></safe-exit-button>
  <safe-report-form endpoint="/__test/reports/before-upgrade" org-name="Hope Line" country="KZ">
    <div class="fallback">
      <p>If someone is in danger now, call <a href="tel:112">112</a>.</p>
      <p><a href="https://example.org/help">Other ways to reach Hope Line</a></p>
    </div>
  </safe-report-form>
</div>`;

const visible = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
};

/** Puts the markup in the page as the HTML parser would, without waiting for any element to be defined. */
const hosts: HTMLElement[] = [];
function mount(): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  hosts.push(host);
  return host;
}

describe('the exit link and the report form’s fallback, before and after the script', () => {
  afterEach(() => hosts.splice(0).forEach((h) => h.remove()));

  it('without the script: the exit link, the emergency number and the help link show and work as plain links', async () => {
    const host = mount();
    expect(customElements.get('safe-exit-button')).to.equal(undefined);
    expect(customElements.get('safe-report-form')).to.equal(undefined);
    const exit = host.querySelector<HTMLAnchorElement>('safe-exit-button > a')!;
    expect(visible(exit)).to.equal(true);
    expect(exit.href).to.equal('https://www.google.com/');
    const call = host.querySelector<HTMLAnchorElement>('safe-report-form a[href^="tel:"]')!;
    expect(visible(call)).to.equal(true);
    expect(visible(host.querySelector('safe-report-form a[href^="https:"]')!)).to.equal(true);
  });

  it('once the scripts load: one exit button going to the link’s address, and the form replaces its fallback', async () => {
    const host = mount();
    await import('../../../src/widgets/exit-button/exit-button.js');
    await import('../../../src/widgets/report-form/report-form.js');
    const exit = host.querySelector('safe-exit-button')!;
    const form = host.querySelector('safe-report-form')!;
    await waitUntil(() => !!exit.shadowRoot?.querySelector('[part="button"]') && !!form.shadowRoot?.querySelector('[data-heading]'), 'both have rendered');
    await (exit as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const button = exit.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(button.textContent!.trim(), 'the button speaks the widget’s language').to.equal('Exit this page');
    expect((exit as unknown as { exitHref: string }).exitHref).to.equal('https://www.google.com/');
    expect(visible(exit.querySelector('a')!), 'the link is hidden behind the button').to.equal(false);
    expect(visible(form.querySelector('.fallback')!), 'the fallback is hidden once the form shows').to.equal(false);
    expect(form.shadowRoot!.querySelector('safe-exit-button'), 'the page’s exit button is the only one').to.equal(null);
  });
});

import { expect } from 'chai';
import { waitUntil } from '../helpers/fixture.js';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { openFrame } from '../helpers/frames.js';

// The demo page loads the built CDN loader (dist/cdn) exactly as an embedding site would;
// `npm test` builds before it runs the browser tests.
describe('the demo page (built CDN loader)', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = await openFrame('/docs/demo/index.html', { width: 1024, height: 768 });
  });

  after(() => frame.remove());

  it('defines every element on the page through the loader', async () => {
    const win = frame.contentWindow as Window & typeof globalThis;
    const tags = [...new Set([...frame.contentDocument!.querySelectorAll('*')].map((e) => e.localName))].filter((t) =>
      t.startsWith('safe-'),
    );
    expect(tags).to.include('safe-exit-button');
    for (const tag of tags) {
      await waitUntil(() => !!win.customElements.get(tag), `<${tag}> is defined`, 5000);
    }
    const scripts = performance.getEntriesByType('resource').map((e) => e.name);
    expect(frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name).join(' ')).to.match(
      /\/dist\/cdn\/safe-migration-kit\.js/,
    );
    expect(scripts).to.be.an('array');
  });

  it('switches the widgets to the language picked on the page', async () => {
    const doc = frame.contentDocument!;
    const select = doc.getElementById('page-lang') as HTMLSelectElement;
    select.value = 'ru';
    select.dispatchEvent(new Event('change'));
    const exit = doc.querySelector('safe-exit-button')!;
    await waitUntil(() => exit.shadowRoot?.querySelector('button')?.textContent?.trim() === 'Уйти с этой страницы', 'Russian shows', 5000);
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
  });

  it('has no axe violations', async () => {
    await expectNoAxeViolations(frame.contentDocument!);
  });
});

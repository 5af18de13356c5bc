import { expect } from 'chai';
import { discover, knownElements, register, startLoader } from '../../src/widgets/loader.js';
import { waitUntil } from '../helpers/fixture.js';

describe('the lazy element loader', () => {
  it('knows every safe-* element', () => {
    expect(knownElements).to.include('safe-exit-button');
    for (const tag of knownElements) expect(tag).to.match(/^safe-[a-z-]+$/);
  });

  it('defines an element the first time it appears in the page, not before', async () => {
    expect(customElements.get('safe-exit-button')).to.equal(undefined);
    startLoader();
    expect(customElements.get('safe-exit-button')).to.equal(undefined);
    const el = document.createElement('safe-exit-button');
    document.body.append(el);
    try {
      await waitUntil(() => !!customElements.get('safe-exit-button'), 'the element is defined');
      await waitUntil(() => !!el.shadowRoot?.querySelector('button'), 'the element renders');
    } finally {
      el.remove();
    }
  });

  it('finds elements inside a shadow root it is pointed at', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<safe-exit-button></safe-exit-button>';
    document.body.append(host);
    try {
      await discover(root);
      expect(root.querySelector('safe-exit-button')!.matches(':defined')).to.equal(true);
    } finally {
      host.remove();
    }
  });

  it('warns, and throws nothing, for a safe-* tag it does not know', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await register('safe-no-such-thing');
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0]?.[0])).to.contain('<safe-no-such-thing>');
  });
});

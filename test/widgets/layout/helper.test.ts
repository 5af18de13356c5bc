import { expect } from 'chai';
import { setViewport } from '@web/test-runner-commands';
import { findBrokenInside, findTooNarrow, findTooWide, findUntranslated, layoutProblems } from '../../helpers/layout.js';
import type { LayoutProblem } from '../../helpers/layout.js';

// Each check, on small pages made to pass and to fail, at a 320-px phone's width.
let host: HTMLElement;

function page(markup: string, shadow?: string): HTMLElement {
  host = document.createElement('div');
  host.innerHTML = markup;
  if (shadow !== undefined) {
    const inner = document.createElement('div');
    inner.attachShadow({ mode: 'open' }).innerHTML = shadow;
    host.append(inner);
  }
  document.body.append(host);
  return host;
}

const descriptions = (problems: LayoutProblem[]) => problems.map((p) => p.description);

describe('layout helper', () => {
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.margin = '0';
  });
  afterEach(() => {
    host.remove();
    document.documentElement.lang = 'en';
  });

  describe('(a) nothing wider than the screen', () => {
    it('passes a page that fits, and a wide table inside a box that scrolls sideways', () => {
      page('<p style="width: 300px">Fits</p><div style="overflow-x: auto"><table style="width: 600px"><tr><td>wide</td></tr></table></div>');
      expect(descriptions(findTooWide(host))).to.deep.equal([]);
    });

    it('reports a box wider than the screen, once, with its place', () => {
      page('<div class="card" style="width: 400px"><p>Inside</p></div>');
      const problems = findTooWide(host);
      expect(problems).to.have.length(1);
      expect(problems[0]!.description).to.match(/^div\.card spans 0–400 px on a 320-px screen/);
    });

    it('looks inside open shadow roots', () => {
      page('', '<section><div part="result" style="width: 500px">Too wide</div></section>');
      const problems = findTooWide(host);
      expect(problems).to.have.length(1);
      expect(problems[0]!.description).to.contain('div › div[part="result"] spans 0–500 px');
    });
  });

  describe('(b) no text block narrower than its longest word', () => {
    it('passes answers in a column wide enough for their words', () => {
      page('<dl style="display: grid; grid-template-columns: 1fr 1fr"><dt>Country</dt><dd style="margin: 0">Қазақстан</dd></dl>');
      expect(descriptions(findTooNarrow(host))).to.deep.equal([]);
    });

    it('reports a <dd> 5 px wide, as on "Check your report"', () => {
      page('', '<dl style="display: grid; grid-template-columns: 1fr 5px"><dt>Where</dt><dd style="margin: 0">Қазақстан</dd></dl>');
      const problems = findTooNarrow(host);
      expect(problems).to.have.length(1);
      expect(problems[0]!.element.localName).to.equal('dd');
      expect(problems[0]!.description).to.match(/dd is 5 px wide but "Қазақстан" needs \d+ px/);
    });
  });

  describe('(c) no number, short code or button label broken inside', () => {
    it('passes numbers that wrap only between words, and a label that wraps between its words', () => {
      page('<p style="width: 120px">Call 112 or 116 16 now, any time</p><button style="width: 110px">Send your report</button>');
      expect(descriptions(findBrokenInside(host))).to.deep.equal([]);
    });

    it('reports an emergency number split "11 / 2"', () => {
      page('', '<a style="display: block; width: 14px; overflow-wrap: anywhere; font: 16px sans-serif">112</a>');
      expect(descriptions(findBrokenInside(host))).to.deep.equal(['div › a breaks the number "112" across lines']);
    });

    it('reports a phone number split at its spaces', () => {
      page('<p style="width: 90px; font: 16px sans-serif">+971 50 123 4567</p>');
      expect(descriptions(findBrokenInside(host))).to.deep.equal(['p breaks the number "+971 50 123 4567" across lines']);
    });

    it('reports a button label broken inside a word', () => {
      page('<button style="width: 50px; overflow-wrap: anywhere; font: 16px sans-serif">Жалғастыру</button>');
      expect(descriptions(findBrokenInside(host))).to.deep.equal(['button breaks the button word "Жалғастыру" across lines']);
    });
  });

  describe('(d) no bare country code, no English from the catalogue outside English', () => {
    it('passes names in the language, phone numbers and handles', async () => {
      document.documentElement.lang = 'kk';
      page('<p>Біріккен Араб Әмірліктері</p><p>+7 747 123 45 67, @KZ_help, example.KZ</p><select><option>Қазақстан</option></select>');
      expect(descriptions(await findUntranslated(host, 'kk'))).to.deep.equal([]);
    });

    it('reports bare codes in text and in a list of countries', async () => {
      page('<p>Бізде AE үшін нөмір жоқ</p>', '<select><option>KZ</option><option>Ресей</option></select>');
      expect(descriptions(await findUntranslated(host, 'kk'))).to.deep.equal([
        'p shows the bare country code AE: "Бізде AE үшін нөмір жоқ"',
        'div › option shows the bare country code KZ: "KZ"',
      ]);
    });

    it('reports an English catalogue string on a Kazakh page, and not on an English one', async () => {
      page('<h2>Check your report</h2>');
      expect(descriptions(await findUntranslated(host, 'kk'))).to.deep.equal(['h2 shows English from the catalogue in kk: "Check your report"']);
      expect(descriptions(await findUntranslated(host, 'en'))).to.deep.equal([]);
    });

    it('reports English country and language names on a Tajik page', async () => {
      page('<select><option>Kazakhstan</option><option>Қазоқистон</option></select><p>Languages: Khmer</p>');
      expect(descriptions(await findUntranslated(host, 'tg'))).to.deep.equal([
        'option shows the English name "Kazakhstan" in tg: "Kazakhstan"',
        'p shows the English name "Khmer" in tg: "Languages: Khmer"',
      ]);
      expect(descriptions(await findUntranslated(host, 'en'))).to.deep.equal([]);
    });

    it('lets a test allow text it knows is a proper name', async () => {
      page('<p>National anti-trafficking hotline 116 16</p>');
      expect(descriptions(await findUntranslated(host, 'tg', ['National anti-trafficking hotline']))).to.deep.equal([]);
    });
  });

  it('runs all four checks at once', async () => {
    page('<div style="width: 400px">wide</div><p style="width: 4px">Жалғастыру</p><p>RU</p>');
    const kinds = (await layoutProblems(host, 'ru')).map((p) => p.kind);
    expect(kinds).to.include.members(['too-wide', 'too-narrow', 'bare-code']);
  });
});

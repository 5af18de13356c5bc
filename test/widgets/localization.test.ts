import { expect } from 'chai';
import { matchLocale, resolveLocale } from '../../src/widgets/localization.js';

describe('choosing the locale', () => {
  let host: HTMLDivElement;
  const htmlLang = document.documentElement.getAttribute('lang');

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    host.remove();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('maps language tags to the supported locales, Uzbek by script', () => {
    expect(matchLocale('ru-KZ')).to.equal('ru');
    expect(matchLocale('kk')).to.equal('kk');
    expect(matchLocale('ky-KG')).to.equal('ky');
    expect(matchLocale('uz')).to.equal('uz');
    expect(matchLocale('uz-Latn-UZ')).to.equal('uz');
    expect(matchLocale('uz-Cyrl')).to.equal('uz-Cyrl');
    expect(matchLocale('uz_Cyrl_UZ')).to.equal('uz-Cyrl');
    expect(matchLocale('tg-TJ')).to.equal('tg');
    expect(matchLocale('tk')).to.equal('tk');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('de')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
    expect(matchLocale('not a tag!')).to.equal(undefined);
  });

  it("takes the element's own lang first", () => {
    host.setAttribute('lang', 'ru');
    host.innerHTML = '<span lang="tg"></span>';
    expect(resolveLocale(host.firstElementChild!, [])).to.equal('tg');
  });

  it("else the nearest ancestor's lang, across shadow roots", () => {
    host.setAttribute('lang', 'ky');
    const inner = document.createElement('div');
    host.append(inner);
    const root = inner.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><span></span></p>';
    expect(resolveLocale(root.querySelector('span')!, [])).to.equal('ky');
  });

  it('else <html lang>', () => {
    document.documentElement.setAttribute('lang', 'uz-Cyrl');
    host.innerHTML = '<span></span>';
    expect(resolveLocale(host.firstElementChild!, ['ru'])).to.equal('uz-Cyrl');
  });

  it("else the first of the browser's languages that is supported", () => {
    document.documentElement.removeAttribute('lang');
    host.innerHTML = '<span></span>';
    expect(resolveLocale(host.firstElementChild!, ['de-DE', 'kk-KZ', 'ru'])).to.equal('kk');
  });

  it('else English', () => {
    document.documentElement.removeAttribute('lang');
    host.innerHTML = '<span></span>';
    expect(resolveLocale(host.firstElementChild!, ['de', 'fr'])).to.equal('en');
  });

  it('an unsupported lang on the page falls through to the browser languages rather than a stranger ancestor', () => {
    document.documentElement.setAttribute('lang', 'de');
    host.setAttribute('lang', 'fr');
    host.innerHTML = '<span></span>';
    expect(resolveLocale(host.firstElementChild!, ['tk'])).to.equal('tk');
  });
});

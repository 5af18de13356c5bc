import { expect } from 'chai';
import type { LitElement } from 'lit';
import { knownElements, register } from '../../../src/widgets/loader.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { SafeError } from '../../../src/sdk/errors.js';
import type { SafeErrorEvent } from '../../../src/widgets/shared/errors.js';
import { exitNavigation } from '../../../src/widgets/exit-button/navigation.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { waitUntil } from '../../helpers/fixture.js';

/**
 * Every attribute of every element, given values a site could get wrong, at first render and when
 * changed after render: nothing is thrown into the page, the widget still shows something useful in
 * the reader's language, and the developer gets a typed error (console + `safe-error` event).
 *
 * The attributes come from custom-elements.json, the manifest generated from the doc comments: the
 * first test fails when an element gains an attribute that has no row here.
 */

type Locale = 'en' | 'ru';
const locales: readonly Locale[] = ['en', 'ru'];

/** Words the tests look for, as the widgets show them in each locale. */
const words = {
  en: {
    exit: 'Exit this page',
    builtInList: 'The online list could not be loaded, so the built-in list is shown.',
    chooseCountry: 'Choose the country you are in to see the lines there.',
    everyCountry: 'No country is chosen, so lines from every country are shown.',
    suggested: 'The country was chosen from your device settings.',
    cannotSend: 'This form cannot send reports right now.',
    callLocal: 'Call the local emergency number.',
    checkOffer: 'Check a job offer',
    quizStart: (n: number) => `You will see ${n} job offers.`,
  },
  ru: {
    exit: 'Уйти с этой страницы',
    builtInList: 'Не удалось загрузить список из интернета, поэтому показан встроенный список.',
    chooseCountry: 'Выберите страну, где вы находитесь, чтобы увидеть линии помощи там.',
    everyCountry: 'Страна не выбрана, поэтому показаны линии помощи всех стран.',
    suggested: 'Страна выбрана по настройкам вашего устройства.',
    cannotSend: 'Сейчас эта форма не может отправлять сообщения.',
    callLocal: 'Позвоните на местный номер экстренной помощи.',
    checkOffer: 'Проверить вакансию',
    quizStart: (n: number) => `Вы увидите ${n} вакансий.`,
  },
};
type Words = (typeof words)[Locale];

/** The typed error a bad value must produce: its class name, its code, and the console method it goes to. */
interface Expected {
  name: string;
  code: string;
  level: 'warn' | 'error';
}

const attributeError: Expected = { name: 'SafeAttributeError', code: 'widget/attribute-invalid', level: 'warn' };

interface BadValue {
  /** A short name for the test title; the value itself when short. */
  label?: string;
  value: string;
  /** The typed error reported; absent when the value falls back quietly (an empty value means "not set"). */
  error?: Expected;
  /** What the person sees afterwards, in the page's language. */
  shows?: (el: HTMLElement, w: Words) => Promise<void> | void;
}

interface ElementTable {
  /** Attributes every case starts from: a working element. */
  base: Record<string, string>;
  /** Markup placed after the element (a listing for the badge). */
  companion?: string;
  /** Resolves once the element has done its first work (loaded its data, checked its offer). */
  ready?: (el: HTMLElement) => Promise<void>;
  attributes: Record<string, BadValue[]>;
}

const huge = 'x'.repeat(100_000);
const fixtures = '/test/widgets/bad-input/fixtures';
const otherOrigin = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';

// ── what the person sees ─────────────────────────────────────────────────────────────────────────

const shadow = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => shadow(el).querySelector<T>(selector);

let navigations: string[] = [];

/** The button is there, in the page's language, and leaves for `href`. */
function exitsTo(href: string) {
  return (el: HTMLElement, w: Words) => {
    const button = $<HTMLButtonElement>(el, '[part="button"]')!;
    expect(button.textContent!.trim()).to.equal(w.exit);
    button.click();
    expect(navigations.at(-1)).to.equal(href);
  };
}

const finderLines = (el: HTMLElement) => shadow(el).querySelectorAll('[part="result-name"]').length;

/** The finder still lists lines. */
function listsLines(el: HTMLElement) {
  expect(finderLines(el), 'lines shown').to.be.greaterThan(0);
}

/** The finder says the online list failed and shows the built-in one. */
function saysBuiltInList(el: HTMLElement, w: Words) {
  expect($(el, '[part="status"]')!.textContent).to.contain(w.builtInList);
  listsLines(el);
}

/** With no usable country, the finder says so (or that it suggested one) and offers the choice. */
function asksForCountry(el: HTMLElement, w: Words) {
  const shown = text(el);
  expect([w.everyCountry, w.chooseCountry, w.suggested].some((words) => shown.includes(words)), shown.slice(0, 300)).to.equal(true);
  expect($(el, '[part="emergency"]')).to.not.equal(null);
  expect($(el, 'select[id$="-country"]')).to.not.equal(null);
}

/** Five lines at a time, the default (fewer when fewer fit). */
function showsFiveAtATime(el: HTMLElement) {
  const shown = finderLines(el);
  expect(shown).to.be.greaterThan(0);
  if (shown < 5) expect($(el, '[part="more"]')).to.equal(null);
  else expect(shown).to.equal(5);
}

/** The report form says at once that it cannot send, in the page's language. */
function saysCannotSend(el: HTMLElement, w: Words) {
  expect(text(el)).to.contain(w.cannotSend);
  expect($(el, '[part="continue-button"]')).to.not.equal(null);
}

/** Answering "Yes, someone is in danger" still gives a way to call: the country is asked for. */
async function asksWhereForEmergency(el: HTMLElement, w: Words) {
  $<HTMLInputElement>(el, 'input[name="dangerNow"]')!.click();
  // The emergency numbers come in their own chunk, loaded when the form connects.
  await waitUntil(() => !!$(el, '#emergency-country'), 'the form asks where the person is');
  expect($(el, '[part="emergency"]')!.textContent).to.contain(w.callLocal);
}

function exitButtonGoesTo(href: string) {
  return (el: HTMLElement) => {
    expect($(el, 'safe-exit-button')!.getAttribute('href')).to.equal(href);
  };
}

/** Pastes a risky offer, checks it, and expects a result. */
async function checkRiskyOffer(el: HTMLElement, w: Words) {
  expect(text(el)).to.contain(w.checkOffer);
  const box = $<HTMLTextAreaElement>(el, 'textarea')!;
  box.value = 'Hostess jobs in Dubai for girls 18-25, free visa and ticket. Send your passport copy on Telegram.';
  box.dispatchEvent(new Event('input'));
  $<HTMLButtonElement>(el, '[part="check-button"]')!.click();
  await (el as LitElement).updateComplete;
  expect($(el, '[part="result"]')).to.not.equal(null);
}

async function checkOfferWithoutHotline(el: HTMLElement, w: Words) {
  await checkRiskyOffer(el, w);
  expect($(el, '[part="hotline"]')).to.equal(null);
}

/** The result is shown, and no counsellor is offered in it. */
async function checkOfferWithoutCounsellor(el: HTMLElement, w: Words) {
  await checkRiskyOffer(el, w);
  expect($(el, '[part="consult"]')).to.equal(null);
}

/** The explanation opens, and no counsellor is offered in it. */
async function explanationWithoutCounsellor(el: HTMLElement) {
  badgeHasLevel(el);
  $<HTMLButtonElement>(el, '[part="badge"]')!.click();
  await waitUntil(() => !!$(el, '[part="title"]'), 'the explanation is open');
  expect($(el, '[part="consult"]')).to.equal(null);
}

/** Unusable counsellor addresses: each reported, none offered. */
function counsellorValues<S>(shows: S, kind: 'telegram' | 'whatsapp' | 'email') {
  const bad = { telegram: ['ab', 'https://evil.example/ngo'], whatsapp: ['0555 123 456', 'javascript:alert(1)'], email: ['advice@ngo.example?bcc=x@y.z', 'javascript:alert(1)'] }[kind];
  return [
    ...bad.map((value) => ({ value, error: attributeError, shows })),
    { label: 'huge', value: huge, error: attributeError, shows },
    { label: 'empty', value: '', shows },
  ];
}

function offersBothWays(el: HTMLElement) {
  expect($(el, '[part="textarea"]')).to.not.equal(null);
  expect($(el, '[part="questions-button"]')).to.not.equal(null);
}

function badgeHasNoLevel(el: HTMLElement) {
  expect(el.hasAttribute('level')).to.equal(false);
  expect($<HTMLButtonElement>(el, '[part="badge"]')!.disabled).to.equal(true);
}

function badgeHasLevel(el: HTMLElement) {
  expect(el.getAttribute('level')).to.equal((el as HTMLElement & { level?: string }).level);
  expect(el.getAttribute('level')).to.be.oneOf(['low', 'medium', 'high']);
}

async function explanationWithoutHelpLink(el: HTMLElement) {
  badgeHasLevel(el);
  $<HTMLButtonElement>(el, '[part="badge"]')!.click();
  await waitUntil(() => !!$(el, '[part="title"]'), 'the explanation is open');
  expect($(el, '[part="help-link"]')).to.equal(null);
  (el as HTMLElement & { close(): void }).close();
}

/** The quiz offers its bundled set in the page's language: `count` offers, and Start. */
function quizStartsWith(count: number) {
  return (el: HTMLElement, w: Words) => {
    expect(text(el)).to.contain(w.quizStart(count));
    expect($(el, '[part="start-button"]')).to.not.equal(null);
  };
}

const quizOffersError: Expected = { name: 'QuizSetError', code: 'quiz/offers-invalid', level: 'warn' };

// ── the table ────────────────────────────────────────────────────────────────────────────────────

/** `lang` and `show-locale-picker`, which every element has from its base class. */
function common(): Record<string, BadValue[]> {
  return {
    lang: [
      { value: 'xx', error: attributeError },
      { value: 'zz-top', error: attributeError },
      { value: 'de', error: attributeError },
      { label: 'huge', value: huge, error: attributeError },
      { label: 'empty', value: '' },
    ],
    'show-locale-picker': [
      { value: 'false', shows: (el) => void expect($(el, '[part~="locale-picker"] select')).to.not.equal(null) },
      { value: 'abc' },
    ],
  };
}

const offerText =
  'Hostess jobs in Dubai for girls 18-25, free visa and ticket. Send your passport copy on Telegram @dubai_jobs_vip';

const table: Record<string, ElementTable> = {
  'safe-exit-button': {
    base: {},
    attributes: {
      ...common(),
      href: [
        { value: 'javascript:alert(1)', error: attributeError, shows: exitsTo('https://www.bbc.com/weather') },
        { value: 'data:text/html,<p>hello</p>', error: attributeError, shows: exitsTo('https://www.bbc.com/weather') },
        { value: 'http://[not-an-address', error: attributeError, shows: exitsTo('https://www.bbc.com/weather') },
        { label: 'huge javascript:', value: `javascript:${huge}`, error: attributeError, shows: exitsTo('https://www.bbc.com/weather') },
        { label: 'empty', value: '', shows: exitsTo('https://www.bbc.com/weather') },
        { label: 'spaces', value: '   ', shows: exitsTo('https://www.bbc.com/weather') },
      ],
      position: [
        { value: 'sideways', error: attributeError, shows: (el) => void expect(getComputedStyle(el).position).to.not.equal('fixed') },
        { value: 'FIXED', error: attributeError },
        { label: 'huge', value: huge, error: attributeError },
        { label: 'empty', value: '' },
      ],
      'no-shortcut': [{ value: 'false', shows: (el) => void expect((el as HTMLElement & { noShortcut: boolean }).noShortcut).to.equal(true) }, { value: '0' }],
    },
  },

  'safe-hotline-finder': {
    base: { country: 'KZ', need: 'trafficking', limit: '3' },
    ready: (el) => (el as HTMLElement & { dataReady: Promise<void> }).dataReady,
    attributes: {
      ...common(),
      country: [
        { value: 'XX', error: attributeError, shows: asksForCountry },
        { value: 'zz-top', error: attributeError, shows: asksForCountry },
        { value: 'Kazakhstan', error: attributeError, shows: asksForCountry },
        { value: 'EU', error: attributeError, shows: asksForCountry },
        { label: 'huge', value: huge, error: attributeError, shows: asksForCountry },
        { label: 'empty', value: '', shows: asksForCountry },
      ],
      region: [
        { value: 'KZ-', error: attributeError, shows: listsLines },
        { value: 'KG-GB', error: attributeError, shows: listsLines },
        { label: 'huge', value: huge, error: attributeError, shows: listsLines },
        { label: 'empty', value: '', shows: listsLines },
      ],
      need: [
        { value: 'nonsense', error: attributeError, shows: listsLines },
        { value: 'TRAFFICKING', error: attributeError, shows: listsLines },
        { label: 'huge', value: huge, error: attributeError, shows: listsLines },
        { label: 'empty', value: '', shows: listsLines },
      ],
      from: [
        { value: 'XX', error: attributeError, shows: listsLines },
        { value: 'Tajikistan', error: attributeError, shows: listsLines },
        { label: 'empty', value: '', shows: listsLines },
      ],
      'report-number-to': [
        { value: 'not an address', error: attributeError, shows: listsLines },
        { value: 'http://ngo.example/report', error: attributeError, shows: listsLines },
        { value: 'mailto:nobody', error: attributeError, shows: listsLines },
        { label: 'huge', value: huge, error: attributeError, shows: listsLines },
        { label: 'empty', value: '', shows: listsLines },
      ],
      src: [
        {
          label: 'malformed JSON',
          value: '/test/widgets/hotline-finder/fixtures/malformed-hotlines.json',
          error: { name: 'HotlineDataError', code: 'hotline/data-malformed-json', level: 'warn' },
          shows: saysBuiltInList,
        },
        {
          label: 'an HTML page',
          value: `${fixtures}/not-json.html`,
          error: { name: 'HotlineDataError', code: 'hotline/data-malformed-json', level: 'warn' },
          shows: saysBuiltInList,
        },
        {
          label: 'JSON of another schema',
          value: `${fixtures}/wrong-schema.json`,
          error: { name: 'HotlineDataError', code: 'hotline/data-invalid', level: 'warn' },
          shows: saysBuiltInList,
        },
        {
          label: '404',
          value: `${fixtures}/no-such-file.json`,
          error: { name: 'HotlineLoadError', code: 'hotline/load-http-status', level: 'warn' },
          shows: saysBuiltInList,
        },
        {
          label: 'javascript:',
          value: 'javascript:alert(1)',
          error: { name: 'HotlineLoadError', code: 'hotline/load-url-invalid', level: 'warn' },
          shows: saysBuiltInList,
        },
        {
          label: 'plain http: to another machine',
          value: 'http://hotlines.example/data.json',
          error: { name: 'HotlineLoadError', code: 'hotline/load-insecure', level: 'warn' },
          shows: saysBuiltInList,
        },
        {
          label: 'another origin that does not allow it',
          value: `http://${otherOrigin}:${location.port}${fixtures}/wrong-schema.json`,
          error: { name: 'HotlineLoadError', code: 'hotline/load-network', level: 'warn' },
          shows: saysBuiltInList,
        },
        { label: 'empty', value: '', shows: listsLines },
      ],
      limit: [
        { value: '-3', error: attributeError, shows: showsFiveAtATime },
        { value: 'abc', error: attributeError, shows: showsFiveAtATime },
        { value: '0', error: attributeError, shows: showsFiveAtATime },
        { value: '2.5', error: attributeError, shows: showsFiveAtATime },
        { label: 'huge', value: '9'.repeat(400), error: attributeError, shows: showsFiveAtATime },
        { label: 'empty', value: '', shows: showsFiveAtATime },
      ],
      compact: [{ value: 'false', shows: (el) => void expect($(el, '[part="filters"]')).to.equal(null) }],
    },
  },

  'safe-report-form': {
    base: { endpoint: '/__test/reports/bad-input', country: 'KZ', 'org-name': 'Example NGO' },
    attributes: {
      ...common(),
      endpoint: [
        { value: 'javascript:alert(1)', error: { name: 'ReportConfigError', code: 'report/endpoint-invalid', level: 'error' }, shows: saysCannotSend },
        { value: 'ftp://ngo.example/reports', error: { name: 'ReportConfigError', code: 'report/endpoint-invalid', level: 'error' }, shows: saysCannotSend },
        { value: 'http://ngo.example/reports', error: { name: 'ReportConfigError', code: 'report/endpoint-insecure', level: 'error' }, shows: saysCannotSend },
        { label: 'empty (the site delivers reports itself)', value: '' },
      ],
      'public-key': [
        { value: 'not json', error: { name: 'ReportCryptoError', code: 'report/key-invalid', level: 'error' }, shows: saysCannotSend },
        { value: '{"kty":"RSA","n":"abc"}', error: { name: 'ReportCryptoError', code: 'report/key-invalid', level: 'error' }, shows: saysCannotSend },
        { value: '{}', error: { name: 'ReportCryptoError', code: 'report/key-invalid', level: 'error' }, shows: saysCannotSend },
        { value: 'null', error: { name: 'ReportCryptoError', code: 'report/key-invalid', level: 'error' }, shows: saysCannotSend },
        { value: '123', error: { name: 'ReportCryptoError', code: 'report/key-invalid', level: 'error' }, shows: saysCannotSend },
        {
          label: 'a private key',
          value: JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'a'.repeat(43), y: 'b'.repeat(43), d: 'c'.repeat(43) }),
          error: { name: 'ReportCryptoError', code: 'report/key-is-private', level: 'error' },
          shows: saysCannotSend,
        },
        { label: 'huge', value: huge, error: { name: 'ReportCryptoError', code: 'report/key-invalid', level: 'error' }, shows: saysCannotSend },
        { label: 'empty', value: '' },
      ],
      country: [
        { value: 'XX', error: attributeError, shows: asksWhereForEmergency },
        { value: 'Kazakhstan', error: attributeError, shows: asksWhereForEmergency },
        { label: 'huge', value: huge, error: attributeError, shows: asksWhereForEmergency },
        { label: 'empty', value: '', shows: asksWhereForEmergency },
      ],
      'org-name': [
        { label: 'markup', value: '<b>Example</b> <img src=x onerror=alert(1)>', shows: (el) => void expect($(el, 'b, img')).to.equal(null) },
        { label: 'huge', value: huge },
        { label: 'empty', value: '' },
      ],
      telegram: [
        { value: 'a b', error: attributeError },
        { value: 'javascript:alert(1)', error: attributeError },
        { label: 'huge', value: huge, error: attributeError },
        { label: 'empty', value: '' },
      ],
      email: [
        { value: 'not-an-address', error: attributeError },
        { value: 'a@b.c?body=x', error: attributeError },
        { label: 'empty', value: '' },
      ],
      phone: [
        { value: 'call us', error: attributeError },
        { value: 'javascript:alert(1)', error: attributeError },
        { label: 'empty', value: '' },
      ],
      // A boolean attribute: any value, "false" too, turns the follow-up on, as HTML's own do.
      'follow-up': [
        { value: 'false', shows: (el) => void expect($(el, '[part="follow-up-link"]')).to.not.equal(null) },
        { label: 'huge', value: huge, shows: (el) => void expect($(el, '[part="follow-up-link"]')).to.not.equal(null) },
        { label: 'empty', value: '', shows: (el) => void expect($(el, '[part="follow-up-link"]')).to.not.equal(null) },
      ],
      'exit-href': [
        { value: 'javascript:alert(1)', error: attributeError, shows: exitButtonGoesTo('https://www.bbc.com/weather') },
        { value: 'data:text/html,hello', error: attributeError, shows: exitButtonGoesTo('https://www.bbc.com/weather') },
        { label: 'empty', value: '', shows: exitButtonGoesTo('https://www.bbc.com/weather') },
      ],
    },
  },

  'safe-offer-check': {
    base: { country: 'KZ' },
    attributes: {
      ...common(),
      country: [
        { value: 'XX', error: attributeError, shows: checkOfferWithoutHotline },
        { value: 'zz-top', error: attributeError, shows: checkOfferWithoutHotline },
        { label: 'huge', value: huge, error: attributeError, shows: checkOfferWithoutHotline },
        { label: 'empty', value: '', shows: checkOfferWithoutHotline },
      ],
      mode: [
        { value: 'sideways', error: attributeError, shows: offersBothWays },
        { value: 'TEXT', error: attributeError, shows: offersBothWays },
        { label: 'huge', value: huge, error: attributeError, shows: offersBothWays },
        { label: 'empty', value: '', shows: offersBothWays },
      ],
      'consult-telegram': counsellorValues(checkOfferWithoutCounsellor, 'telegram'),
      'consult-whatsapp': counsellorValues(checkOfferWithoutCounsellor, 'whatsapp'),
      'consult-email': counsellorValues(checkOfferWithoutCounsellor, 'email'),
    },
  },

  'safe-offer-quiz': {
    base: {},
    attributes: {
      ...common(),
      offers: [
        { label: 'not JSON', value: '{offers: yes}', error: { name: 'QuizSetError', code: 'quiz/offers-not-json', level: 'warn' }, shows: quizStartsWith(5) },
        { label: 'an object, not an array', value: '{"text": "Work in Dubai"}', error: quizOffersError, shows: quizStartsWith(5) },
        { label: 'an empty array', value: '[]', error: quizOffersError, shows: quizStartsWith(5) },
        { label: 'a text that is a number', value: '[{"text": 5}]', error: quizOffersError, shows: quizStartsWith(5) },
        { label: 'an unknown language', value: '[{"text": "Work in Dubai", "lang": "de"}]', error: quizOffersError, shows: quizStartsWith(5) },
        { label: 'huge', value: huge, error: { name: 'QuizSetError', code: 'quiz/offers-not-json', level: 'warn' }, shows: quizStartsWith(5) },
        { label: 'empty', value: '', shows: quizStartsWith(5) },
      ],
      trainer: [{ value: 'false', shows: (el) => void expect($(el, '[part="group-button"]')).to.not.equal(null) }],
    },
  },

  'safe-offer-badge': {
    base: { for: 'bad-input-offer' },
    companion: `<p id="bad-input-offer" lang="en">${offerText}</p>`,
    // Checked (a level), or found that `for` names nothing.
    ready: (el) => waitUntil(() => el.hasAttribute('level') || errorsFor('for').length > 0, 'the badge has checked its offer', 5000),
    attributes: {
      ...common(),
      // The badge's picker is in its explanation, which its own tests open.
      'show-locale-picker': [{ value: 'false' }, { value: 'abc' }],
      for: [
        { value: 'no-such-listing', error: attributeError, shows: badgeHasNoLevel },
        { value: 'a"b', error: attributeError, shows: badgeHasNoLevel },
        { label: 'huge', value: huge, error: attributeError, shows: badgeHasNoLevel },
      ],
      'offer-lang': [
        { value: 'xx', error: attributeError, shows: badgeHasLevel },
        { value: 'zz-top', error: attributeError, shows: badgeHasLevel },
        { label: 'huge', value: huge, error: attributeError, shows: badgeHasLevel },
        { label: 'empty', value: '', shows: badgeHasLevel },
      ],
      'help-href': [
        { value: 'javascript:alert(1)', error: attributeError, shows: explanationWithoutHelpLink },
        { value: 'data:text/html,hello', error: attributeError, shows: explanationWithoutHelpLink },
        { label: 'empty', value: '', shows: explanationWithoutHelpLink },
      ],
      'consult-telegram': counsellorValues(explanationWithoutCounsellor, 'telegram'),
      'consult-whatsapp': counsellorValues(explanationWithoutCounsellor, 'whatsapp'),
      'consult-email': counsellorValues(explanationWithoutCounsellor, 'email'),
      level: [
        { value: 'low', error: attributeError, shows: badgeHasLevel },
        { value: 'bogus', error: attributeError, shows: badgeHasLevel },
        { label: 'empty', value: '', error: attributeError },
      ],
    },
  },
};

// ── the harness ──────────────────────────────────────────────────────────────────────────────────

interface Seen {
  uncaught: unknown[];
  events: SafeErrorEvent[];
  console: { level: 'warn' | 'error'; args: unknown[] }[];
}

let seen: Seen;
const realWarn = console.warn;
const realError = console.error;
const realReplace = exitNavigation.replace;
const onError = (event: ErrorEvent) => seen.uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => seen.uncaught.push(event.reason);
const onSafeError = (event: SafeErrorEvent) => seen.events.push(event);
const mounted: HTMLElement[] = [];

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Puts the element in the page as a site would write it in HTML, and waits until it has done its first work. */
async function mount(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const spec = table[tag]!;
  const list = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  const host = document.createElement('div');
  host.innerHTML = `<${tag} ${list}></${tag}>${spec.companion ?? ''}`;
  document.body.append(host);
  mounted.push(host);
  const el = host.firstElementChild as HTMLElement;
  await (el as LitElement).updateComplete;
  return el;
}

async function settle(el: HTMLElement): Promise<void> {
  await (el as LitElement).updateComplete;
  const finder = el as HTMLElement & { dataReady?: Promise<void> };
  if (finder.dataReady) await finder.dataReady;
  // The report form checks `endpoint` and `public-key` with its sending code, loaded after its first screen.
  const form = el as HTMLElement & { sendingReady?: Promise<void> };
  if (form.sendingReady) await form.sendingReady;
  // The quiz checks a trainer's `offers` with code it loads when they are set.
  const quiz = el as HTMLElement & { offersReady?: Promise<void> };
  if (quiz.offersReady) await quiz.offersReady;
  await (el as LitElement).updateComplete;
}

function errorsFor(attribute: string): SafeErrorEvent[] {
  return seen.events.filter((e) => e.attribute === attribute);
}

/** The typed error was reported once in each channel: a `safe-error` event and the console. */
function expectReported(tag: string, attribute: string, expected: Expected): void {
  const events = errorsFor(attribute);
  expect(events.map((e) => `${e.error.name} ${e.error.code}`)).to.include(`${expected.name} ${expected.code}`);
  const event = events.find((e) => e.error.code === expected.code)!;
  expect(event.error).to.be.instanceOf(SafeError);
  expect(event.bubbles && event.composed, 'safe-error bubbles out of the shadow root').to.equal(true);
  expect(event.error.message.length, 'a huge value is cut in the message').to.be.below(600);
  const line = seen.console.find((c) => c.args.includes(event.error));
  expect(line, `the error is written to the console (${expected.level})`).to.not.equal(undefined);
  expect(line!.level).to.equal(expected.level);
  expect(String(line!.args[0])).to.match(new RegExp(`^<${tag}> `));
}

/** What the shadow content says its language is: every element that carries `lang`, quotes of the offer aside. */
function shownLanguages(el: HTMLElement): string[] {
  return [...shadow(el).querySelectorAll('[lang]')]
    .filter((node) => !(node instanceof HTMLOptionElement) && node.localName !== 'q')
    .map((node) => node.getAttribute('lang')!);
}

const titleOf = (bad: BadValue) => bad.label ?? (bad.value.length > 40 ? `${bad.value.slice(0, 40)}…` : `"${bad.value}"`);

describe('bad attribute values', () => {
  before(async () => {
    for (const tag of knownElements) await register(tag);
  });

  beforeEach(() => {
    seen = { uncaught: [], events: [], console: [] };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('safe-error', onSafeError);
    console.warn = (...args: unknown[]) => seen.console.push({ level: 'warn', args });
    console.error = (...args: unknown[]) => seen.console.push({ level: 'error', args });
    navigations = [];
    exitNavigation.replace = (url: string) => void navigations.push(url);
  });

  afterEach(() => {
    for (const host of mounted.splice(0)) host.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('safe-error', onSafeError);
    console.warn = realWarn;
    console.error = realError;
    exitNavigation.replace = realReplace;
  });

  it('has a row here for every attribute of every element in custom-elements.json', async () => {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json is there (npm run analyze writes it)').to.equal(true);
    const manifest = (await response.json()) as { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('safe-'));
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([...knownElements].sort());
    expect(Object.keys(table).sort()).to.deep.equal([...knownElements].sort());
    for (const element of elements) {
      const inManifest = (element.attributes ?? []).map((a) => a.name).sort();
      expect(Object.keys(table[element.tagName!]!.attributes).sort(), `<${element.tagName}>: attributes without bad-input rows, or rows for attributes that are gone`).to.deep.equal(inManifest);
    }
  });

  for (const locale of locales) {
    describe(`in ${locale}`, () => {
      before(async () => {
        document.documentElement.lang = locale;
        await useLocale(locale);
      });
      after(async () => {
        document.documentElement.lang = 'en';
        await useLocale('en');
      });

      for (const [tag, spec] of Object.entries(table)) {
        for (const [attribute, cases] of Object.entries(spec.attributes)) {
          for (const bad of cases) {
            for (const when of ['at first render', 'changed after render'] as const) {
              it(`<${tag} ${attribute}> ${titleOf(bad)} ${when}: ${bad.error ? `${bad.error.name} ${bad.error.code}` : 'quiet default'}, nothing thrown`, async () => {
                let el: HTMLElement;
                if (when === 'at first render') {
                  el = await mount(tag, { ...spec.base, [attribute]: bad.value });
                  if (spec.ready) await spec.ready(el);
                } else {
                  el = await mount(tag, spec.base);
                  if (spec.ready) await spec.ready(el);
                  await settle(el);
                  el.setAttribute(attribute, bad.value);
                }
                if (bad.error) {
                  const code = bad.error.code;
                  await waitUntil(() => errorsFor(attribute).some((e) => e.error.code === code), `${attribute} is reported as ${code}`, 8000);
                }
                await settle(el);
                expect(seen.uncaught, 'nothing is thrown into the page').to.deep.equal([]);
                if (bad.error) expectReported(tag, attribute, bad.error);
                else expect(errorsFor(attribute).map((e) => e.error.message)).to.deep.equal([]);
                expect(shadow(el).childElementCount, 'the widget is not blank').to.be.greaterThan(0);
                expect(shownLanguages(el).length).to.be.greaterThan(0);
                for (const lang of shownLanguages(el)) expect(lang, 'shown in the page language').to.equal(locale);
                await bad.shows?.(el, words[locale]);
                expect(seen.uncaught, 'nothing is thrown into the page').to.deep.equal([]);
              });
            }
          }
        }
      }

      for (const [tag, spec] of Object.entries(table)) {
        it(`<${tag}> with every attribute wrong at once: no axe violations, nothing thrown`, async () => {
          const wrong = Object.fromEntries(
            Object.entries(spec.attributes).flatMap(([name, cases]) => {
              const first = cases.find((c) => c.error && c.value.length < 1000 && name !== 'lang');
              return first ? [[name, first.value]] : [];
            }),
          );
          const el = await mount(tag, { ...spec.base, ...wrong });
          await waitUntil(() => Object.keys(wrong).every((name) => errorsFor(name).length > 0), 'every wrong attribute is reported', 8000);
          await settle(el);
          expect(seen.uncaught).to.deep.equal([]);
          await expectNoAxeViolations(el.parentElement!);
        });
      }
    });
  }

  for (const [tag, spec] of Object.entries(table)) {
    for (const attribute of Object.keys(spec.attributes)) {
      it(`<${tag}>: removing ${attribute} after render goes back to the default quietly`, async () => {
        const start = spec.base[attribute] ?? spec.attributes[attribute]!.find((c) => !c.error)?.value;
        const el = await mount(tag, start === undefined ? spec.base : { ...spec.base, [attribute]: start });
        if (spec.ready) await spec.ready(el);
        await settle(el);
        seen.events = [];
        el.removeAttribute(attribute);
        await settle(el);
        expect(seen.uncaught).to.deep.equal([]);
        expect(errorsFor(attribute)).to.deep.equal([]);
        expect(shadow(el).childElementCount).to.be.greaterThan(0);
      });
    }
  }
});

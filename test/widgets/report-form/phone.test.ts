import { expect } from 'chai';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/widgets/exit-button/exit-button.js';
import type { SafeExitButton } from '../../../src/widgets/exit-button/exit-button.js';
import type { SafeReportForm } from '../../../src/widgets/report-form/report-form.js';
import { exitNavigation } from '../../../src/widgets/exit-button/navigation.js';
import { useLocale } from '../../../src/widgets/localization.js';
import { bundledHotlineDirectory, countriesWithEmergencyNumbers, emergencyNumbersFor } from '../../../src/sdk/hotlines/bundled.js';
import { cldrData } from '../../helpers/cldr.js';
import { fixture, sleep, waitUntil } from '../../helpers/fixture.js';
import { $, $$, agreeAndSend, freshFormPage, choose, fill, heading, mountForm, pressBack, pressContinue, text, waitForView, writeShortReport } from './helpers.js';

// Issue 13: the report form on the phone of the person it is for.

/** Waits for the next popstate, as after the phone's Back or Forward gesture. */
function popped(): Promise<void> {
  return new Promise((resolve) => window.addEventListener('popstate', () => setTimeout(resolve, 0), { once: true }));
}

describe('<safe-report-form> on a phone (issue 13)', () => {
  const visit = freshFormPage({ resetViewport: true });

  describe('"Check your report" (item 1)', () => {
    for (const width of [320, 360, 414]) {
      it(`stacks each question, its answer and "Change" at ${width} px, each as wide as the form`, async () => {
        await setViewport({ width, height: 700 });
        const el = await mountForm(visit.endpoint);
        await writeShortReport(el, 'Они забрали паспорта.\nЗарплату не платят.');
        const form = $(el, 'form')!.getBoundingClientRect();
        for (const row of $$(el, '.row')) {
          for (const cell of row.querySelectorAll<HTMLElement>('dt, dd')) {
            expect(cell.getBoundingClientRect().width, `${cell.className || cell.localName} of "${row.querySelector('dt')!.textContent}"`).to.be.greaterThan(form.width * 0.9);
          }
        }
      });
    }

    it('keeps the answer’s own line breaks but none of the template’s spaces, and the Change button holds only its words', async () => {
      const el = await mountForm(visit.endpoint);
      await writeShortReport(el, 'First line.\nSecond line.');
      const answer = $$(el, '.row dd.value')[2]!;
      expect(getComputedStyle(answer).whiteSpace).to.equal('pre-line');
      expect(answer.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(answer).lineHeight) * 1.5);
      const change = $$(el, '.row dd.change')[0]!;
      expect(getComputedStyle(change).whiteSpace).to.equal('normal');
      expect(change.querySelector('button')!.textContent).to.equal('Change Is anyone in danger right now?');
    });

    it('puts question, answer and Change side by side when the form is wide', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await mountForm(visit.endpoint);
      await writeShortReport(el, 'Wide.');
      const row = $$(el, '.row')[0]!;
      const [dt, dd] = [row.querySelector('dt')!, row.querySelector('dd')!];
      expect(Math.round(dd.getBoundingClientRect().top)).to.equal(Math.round(dt.getBoundingClientRect().top));
      expect(dt.getBoundingClientRect().width).to.be.greaterThan(120);
    });
  });

  describe('names and dates in the person’s language (item 2)', () => {
    it('names the countries of "Where are you now?" and "Country" in Kazakh, with the source date in Kazakh words', async () => {
      document.documentElement.lang = 'kk';
      await useLocale('kk');
      const el = await mountForm(visit.endpoint);
      $$<HTMLInputElement>(el, 'input[type="radio"]')[0]!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '#emergency-country') !== null, 'the data has loaded');
      const names = [...$<HTMLSelectElement>(el, '#emergency-country')!.options].map((o) => o.textContent!.trim());
      expect(names).to.include(cldrData.kk.regions['KZ']);
      expect(names).to.include(cldrData.kk.regions['AE']);
      for (const name of names) expect(name, 'no bare code').to.not.match(/^[A-Z]{2}$/);
      const checked = $(el, '[part="emergency"] .hint')!.textContent!;
      expect(checked).to.not.match(/M\d\d/);
      expect(cldrData.kk.monthsFormat.some((m) => checked.includes(m))).to.equal(true);
      for (let i = 0; i < 4; i++) {
        if ($(el, '#description')) await fill(el, 'description', 'x');
        await pressContinue(el);
      }
      const country = [...$<HTMLSelectElement>(el, '#country')!.options].map((o) => o.textContent!.trim());
      expect(country).to.include(cldrData.kk.regions['RU']);
      expect(country).to.not.include('Russia');
    });

    it('says in the person’s language, with the country’s name, that there is no sourced number', async () => {
      document.documentElement.lang = 'kk';
      await useLocale('kk');
      const unsourced = Object.keys(cldrData.kk.regions).find((c) => emergencyNumbersFor(c).numbers.length === 0)!;
      const el = await mountForm(visit.endpoint, `country="${unsourced}"`);
      $$<HTMLInputElement>(el, 'input[type="radio"]')[0]!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, '#emergency-country') !== null, 'the data has loaded');
      const panel = $(el, '[part="emergency"]')!.textContent!;
      expect(panel).to.contain(cldrData.kk.regions[unsourced]!);
      expect(panel).to.not.contain(` ${unsourced} `);
    });
  });

  it('at 320 px in Tajik, writes each emergency number whole, after its service and a space', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.lang = 'tg';
    await useLocale('tg');
    const el = await mountForm(visit.endpoint);
    $$<HTMLInputElement>(el, 'input[type="radio"]')[0]!.click();
    await el.updateComplete;
    await waitUntil(() => $$(el, '[part="emergency"] .number').length > 0, 'the numbers show');
    for (const link of $$(el, '[part="emergency"] a.emergency-number')) {
      const number = link.querySelector('.number')!;
      expect(number.getClientRects().length, `${number.textContent} on one line`).to.equal(1);
      expect(link.textContent!.replace(/\s+/g, ' ')).to.match(/: \d/);
      const service = link.querySelector('.service')!.getClientRects();
      const last = service[service.length - 1]!;
      const box = number.getBoundingClientRect();
      if (Math.abs(box.top - last.top) < 4) expect(box.left - last.right, 'a colon and a space').to.be.greaterThan(8);
    }
  });

  describe('the phone’s Back and Forward gestures (item 7)', () => {
    it('goes back to the previous step with history.back(), and forward again with the answers kept', async () => {
      const start = { href: location.href };
      const el = await mountForm(visit.endpoint);
      await pressContinue(el);
      await pressContinue(el);
      await fill(el, 'description', 'Typed before Back.');
      await pressContinue(el);
      expect(heading(el)).to.equal('Did any of these happen?');
      let pop = popped();
      history.back();
      await pop;
      await el.updateComplete;
      expect(heading(el)).to.equal('What happened?');
      expect($<HTMLTextAreaElement>(el, '#description')!.value).to.equal('Typed before Back.');
      pop = popped();
      history.back();
      await pop;
      await el.updateComplete;
      expect(heading(el)).to.equal('Who is this report about?');
      pop = popped();
      history.forward();
      await pop;
      await el.updateComplete;
      expect(heading(el)).to.equal('What happened?');
      expect($<HTMLTextAreaElement>(el, '#description')!.value).to.equal('Typed before Back.');
      expect(location.href).to.equal(start.href);
      expect(history.state).to.deep.equal({ safeReportStep: 2 });
    });

    it('keeps nothing but a step number in each entry, and never changes the address', async () => {
      const href = location.href;
      const el = await mountForm(visit.endpoint);
      await choose(el, 'Yes');
      const states: unknown[] = [];
      for (let i = 0; i < 7; i++) {
        if ($(el, '#description')) await fill(el, 'description', 'canary-7d2f');
        await pressContinue(el);
        states.push(history.state);
        expect(location.href).to.equal(href);
      }
      expect(states).to.deep.equal([1, 2, 3, 4, 5, 6, 7].map((n) => ({ safeReportStep: n })));
      expect(JSON.stringify(states)).to.not.contain('canary');
    });

    it('the form’s own Back button and the gesture walk the same entries', async () => {
      const el = await mountForm(visit.endpoint);
      await pressContinue(el);
      await pressContinue(el);
      expect(history.state).to.deep.equal({ safeReportStep: 2 });
      const pop = popped();
      await pressBack(el);
      await pop;
      expect(heading(el)).to.equal('Who is this report about?');
      expect(history.state).to.deep.equal({ safeReportStep: 1 });
    });

    it('collapses its entries once the report has arrived, so Back leaves the page as it came', async () => {
      const el = await mountForm(visit.endpoint);
      await writeShortReport(el, 'Sent, then Back.');
      await agreeAndSend(el);
      await waitForView(el, 'Your report has reached Hope Line');
      await waitUntil(() => history.state === null, 'history is back at the page’s own entry');
      const receipt = text(el);
      history.forward();
      await sleep(100);
      expect(text(el)).to.equal(receipt);
    });

    it('the exit button goes back past the step entries before it replaces the page’s own entry', async () => {
      const el = await mountForm(visit.endpoint);
      await pressContinue(el);
      await pressContinue(el);
      await fill(el, 'description', 'canary-exit');
      await pressContinue(el);
      expect(history.state).to.deep.equal({ safeReportStep: 3 });
      const left: { href: string; state: unknown }[] = [];
      exitNavigation.replace = (href) => void left.push({ href, state: history.state });
      $<SafeExitButton>(el, 'safe-exit-button')!.exit();
      expect(left, 'not before history is back at the first entry').to.deep.equal([]);
      await waitUntil(() => left.length > 0, 'the exit button leaves');
      expect(left[0]!.state).to.equal(null);
      expect(heading(el)).to.equal('Is anyone in danger right now?');
      expect(text(el)).to.not.contain('canary');
      // Forward (the navigation is stubbed here, so the page is still open) shows nothing of the wiped report.
      const forward = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.forward();
      await forward;
      await el.updateComplete;
      expect(heading(el)).to.equal('Is anyone in danger right now?');
    });
  });

  describe('one exit control (item 10)', () => {
    for (const locale of ['en', 'tg'] as const) {
    it(`at 320 px in ${locale}, shows no exit button of its own beside the page’s floating one, which leaves "Back" uncovered`, async () => {
      await setViewport({ width: 320, height: 640 });
      document.body.style.margin = '0';
      document.documentElement.lang = locale;
      await useLocale(locale);
      const host = await fixture<HTMLElement>(
        `<div><safe-exit-button position="fixed"></safe-exit-button><safe-report-form endpoint="${visit.endpoint.url}" org-name="Hope Line" country="KZ"></safe-report-form></div>`,
      );
      const el = host.querySelector<SafeReportForm>('safe-report-form')!;
      await el.updateComplete;
      await el.stepsReady;
      await pressContinue(el);
      expect($(el, 'safe-exit-button')).to.equal(null);
      const back = $(el, '[part="back-button"]')!.getBoundingClientRect();
      const floating = host.querySelector('safe-exit-button')!.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
      const overlaps = back.right > floating.left && back.left < floating.right && back.bottom > floating.top && back.top < floating.bottom;
      expect(overlaps, 'the floating exit button covers "Back"').to.equal(false);
      for (const x of [back.left + 2, back.left + back.width / 2, back.right - 2]) {
        expect(document.elementFromPoint(x, back.top + back.height / 2), `"Back" is on top at x=${x}`).to.equal(el);
      }
      document.body.style.margin = '';
    });
    }

    it('shows its own exit button when the page has none, and only one when the page adds one later', async () => {
      const el = await mountForm(visit.endpoint);
      expect($(el, 'safe-exit-button')).to.not.equal(null);
      const page = document.createElement('safe-exit-button');
      el.before(page);
      await waitUntil(() => $(el, 'safe-exit-button') === null, 'the form hides its own');
      page.remove();
      await waitUntil(() => $(el, 'safe-exit-button') !== null, 'the form shows its own again');
    });
  });

  describe('the danger step’s countries (item 11)', () => {
    it('offers every country with sourced emergency numbers, destination countries included, each with its sourced numbers only', async () => {
      const el = await mountForm(visit.endpoint);
      await choose(el, 'Yes');
      await waitUntil(() => $(el, '#emergency-country') !== null, 'the data has loaded');
      const directory = bundledHotlineDirectory();
      const select = $<HTMLSelectElement>(el, '#emergency-country')!;
      const offered = [...select.options].map((o) => o.value).sort();
      expect(offered).to.deep.equal(countriesWithEmergencyNumbers());
      for (const code of ['KZ', 'KG', 'UZ', 'TJ', 'TM', 'RU', 'TR', 'AE', 'KR', 'GB', 'PL']) expect(offered).to.include(code);
      for (const code of offered) {
        select.value = code;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
        const links = $$<HTMLAnchorElement>(el, '[part="emergency"] a[href^="tel:"]').map((a) => a.getAttribute('href'));
        expect(links, code).to.deep.equal(directory.emergencyNumbers(code).numbers.map((n) => `tel:${n.dial}`));
        expect(links.length, `${code} has sourced numbers`).to.be.greaterThan(0);
      }
    });
  });

  describe('after a failed send (item 12)', () => {
    it('repeats the emergency numbers on the failure screen', async () => {
      await visit.endpoint.faults(['503', '503', '503']);
      const el = await mountForm(visit.endpoint);
      await writeShortReport(el, 'It will not arrive.');
      await agreeAndSend(el);
      await waitForView(el, 'Your report has not been sent yet');
      await waitUntil(() => $$(el, '[part="emergency"] a[href^="tel:"]').length > 0, 'the numbers show');
      const expected = bundledHotlineDirectory().emergencyNumbers('KZ').numbers.map((n) => `tel:${n.dial}`);
      expect($$<HTMLAnchorElement>(el, '[part="emergency"] a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal(expected);
    });
  });
});

describe('<safe-report-form> as a screen reader meets it (issue 13)', () => {
  const visit = freshFormPage();

  it('names each "Change" button with its question, and exposes one exit control and no fallback beside a page’s floating button', async () => {
    const host = await fixture<HTMLElement>(
      `<div><safe-exit-button position="fixed"><a href="https://www.google.com/">Leave this page</a></safe-exit-button><safe-report-form endpoint="${visit.endpoint.url}" org-name="Hope Line" country="KZ"><p class="fallback">Call <a href="tel:112">112</a></p></safe-report-form></div>`,
    );
    const el = host.querySelector<SafeReportForm>('safe-report-form')!;
    await el.stepsReady;
    await writeShortReport(el, 'Read aloud.');
    // What is rendered is what a screen reader can reach: unslotted light DOM is not rendered.
    const all = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
    const controls = all(document).filter((e) => (e.localName === 'button' || e.localName === 'a') && e.checkVisibility());
    const names = controls.map((e) => `${e.localName}: ${e.textContent!.replace(/\s+/g, ' ').trim()}`);
    expect(names.filter((n) => /Leave this page|Exit this page/.test(n))).to.deep.equal(['button: Exit this page']);
    expect(names).to.include('button: Change Is anyone in danger right now?');
    expect(names).to.include('button: Change What happened?');
    expect(names.filter((n) => n.includes('112')), 'the fallback is not read out').to.deep.equal([]);
  });
});

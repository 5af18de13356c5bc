import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { bundledHotlineDirectory } from '../../src/sdk/hotlines/bundled.js';
import { contactHref } from '../../src/sdk/hotlines/contact-links.js';
import { telHref } from '../../src/sdk/rules.js';
import { allLocales } from '../../src/widgets/localization.js';
import type { FirstScreen } from '../../src/widgets/hotline-finder/first-screen.js';

// The finder's static first screens (scripts/split-first-screens.ts, run by the build) hold no number
// of their own: every `tel:` link is a sourced emergency number or a channel of a line of that
// country in the bundled data, and each line listed is one the finder lists for that country.
// test/widgets/hotline-finder/first-screen.test.ts renders both in Chromium and compares them.

const directory = bundledHotlineDirectory();

test('one part per country, every locale in it, and no number that is not in the data', async () => {
  const countries = directory.countries();
  const files = readdirSync('src/generated/first-screens').filter((f) => /^first-screen-[A-Z]{2}\.ts$/.test(f)).sort();
  assert.deepEqual(files, countries.map((c) => `first-screen-${c}.ts`).sort());
  for (const country of countries) {
    const sourced = directory.emergencyNumbers(country).numbers.map((n) => telHref(n.dial));
    const lines = directory.query({ country });
    const hrefs = new Set(lines.flatMap((r) => r.hotline.channels.map((c) => contactHref(c))));
    const { screens } = (await import(`../../src/generated/first-screens/first-screen-${country}.ts`)) as { screens: Record<string, FirstScreen> };
    // The source locale first: the painter falls back to it, as the finder does.
    assert.deepEqual(Object.keys(screens), [...allLocales]);
    for (const locale of allLocales) {
      const screen = screens[locale]!;
      assert.equal(screen.lang, locale);
      assert.deepEqual(screen.emergency.map((c) => c.href), sourced, `${country} ${locale}: the sourced emergency numbers, in order`);
      for (const line of screen.lines) for (const call of line.calls) assert.ok(hrefs.has(call.href), `${country} ${locale}: ${call.href} is a channel of one of its lines`);
      assert.ok(screen.lines.length <= lines.length);
      for (const [need, order] of Object.entries(screen.orders)) {
        if (order === null) continue;
        const ranked = directory.query({ country, ...(need ? { need: need as never } : {}), openAt: new Date(Date.UTC(2027, 2, 3, 9)) });
        assert.equal(order.length, ranked.length, `${country} ${need || 'any need'}: every line the finder lists`);
      }
    }
  }
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

// The form's words, in every language, avoid the words that blame, label or frighten: GOV.UK's
// list for errors ("invalid", "oops", "sorry", "please") and the trauma-informed list ("victim",
// "rescue"), with their usual translations.
const banned = [
  /\binvalid\b/i, /\boops\b/i, /\bsorry\b/i, /\bplease\b/i, /\bvictims?\b/i, /\brescue/i, /\billegal\b/i,
  /жертв/i, /неверн/i, /некорректн/i, /спас(ти|ение|ать)/i, /пожалуйста/i, /құрбан/i, /курман/i, /qurbon/i, /қурбон/i, /курбон/i, /gurban/i,
];

// The form's own folder, and the shared words and formats it shows (emergency services, channels).
const sourceDirs = ['src/widgets/report-form', 'src/widgets/shared'];
const code = sourceDirs
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(`${dir}/${f}`, 'utf8')))
  .join('\n');

/** The form's messages as the XLIFF files hold them: the English source and each locale's target. */
function formUnits(): { locale: string; source: string; target: string | undefined }[] {
  const units = [];
  for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
    const xml = readFileSync(`locales/${file}`, 'utf8');
    for (const [, body] of xml.matchAll(/<trans-unit id="[^"]+"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      const source = body!.match(/<source>([\s\S]*?)<\/source>/)![1]!;
      const plain = source.replace(/<x id="\d+" equiv-text="\$\{[^"]*\}"\/>/g, '').replace(/&quot;/g, '"');
      const firstWords = plain.split(/\s+/).slice(0, 4).join(' ');
      if (!code.includes(firstWords)) continue;
      units.push({ locale: file.slice(0, -4), source, target: body!.match(/<target[^>]*>([\s\S]*?)<\/target>/)?.[1] });
    }
  }
  return units;
}

describe('report form wording', () => {
  it('finds the form’s messages in every locale file', () => {
    const units = formUnits();
    for (const locale of ['ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk']) {
      assert.ok(units.filter((u) => u.locale === locale).length > 100, `${locale} has the form's messages`);
    }
  });

  it('never uses a banned word, in English or in any translation', () => {
    for (const unit of formUnits()) {
      for (const word of banned) {
        assert.doesNotMatch(unit.source, word, `source: ${unit.source}`);
        if (unit.target) assert.doesNotMatch(unit.target, word, `${unit.locale}: ${unit.target}`);
      }
    }
  });

  it('translates every message of the form in every locale', () => {
    const missing = formUnits().filter((u) => u.target === undefined).map((u) => `${u.locale}: ${u.source}`);
    assert.deepEqual(missing, []);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { offerRuleSet } from '../../../src/data/offer-rules/index.js';
import { adviceCodes, offerLevels } from '../../../src/sdk/offer-check/types.js';
import { adviceText, evidenceLabel, flagExplanation, flagTitle, levelLabel } from '../../../src/widgets/shared/flag-messages.js';

// Every code the engine can return has words, in English and in every locale: a flag, advice or
// level without them would show as a fallback, or as nothing, to the person reading the offer.
const flagIds = offerRuleSet.rules.filter((r) => r.kind === 'flag').map((r) => r.id);
const fallbackTitle = flagTitle('not-a-bundled-flag');

/** Message ids with a target, per locale file. */
function translatedIds(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
    const ids = new Set<string>();
    const xml = readFileSync(`locales/${file}`, 'utf8');
    for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      if (/<target[^>]*>\s*\S/.test(body!)) ids.add(id!);
    }
    found.set(file.slice(0, -4), ids);
  }
  return found;
}

describe('offer-check words (flag-messages.ts)', () => {
  it('knows the bundled rules have flags to cover', () => {
    assert.ok(flagIds.length >= 30, `${flagIds.length} flags`);
  });

  it('gives every bundled flag its own title and an explanation', () => {
    const titles = new Map<string, string>();
    for (const id of flagIds) {
      const title = flagTitle(id);
      assert.notEqual(title, fallbackTitle, `${id} has no title of its own`);
      assert.ok(title.length > 3 && title.length <= 45, `${id}: a title is a few words: "${title}"`);
      assert.ok(!titles.has(title), `${id} and ${titles.get(title)} share the title "${title}"`);
      titles.set(title, id);
      const explanation = flagExplanation(id);
      assert.ok(explanation.length > 40, `${id} has no explanation`);
      assert.match(explanation, /\.$/, `${id}: the explanation is a sentence`);
    }
  });

  it('says "another warning sign", and explains nothing, for an id it does not know', () => {
    assert.equal(fallbackTitle, 'Another warning sign');
    assert.equal(flagExplanation('not-a-bundled-flag'), '');
  });

  it('gives every advice code its own words, and phrases ask- codes as something to ask', () => {
    const seen = new Set<string>();
    for (const code of adviceCodes) {
      const text = adviceText(code);
      assert.ok(text.length > 20, `${code} has words`);
      assert.ok(!seen.has(text), `${code} repeats another code's words`);
      seen.add(text);
      if (code.startsWith('ask-')) assert.match(text, /^Ask\b/, `${code} is a question to ask`);
    }
  });

  it('labels every signal a bundled flag combines, so each quote says what part it plays', () => {
    // The parts of every conjunction of a flag, and of the combinations those parts are made of.
    const byId = new Map(offerRuleSet.rules.map((r) => [r.id, r]));
    const parts = new Set<string>();
    const visit = (id: string) => {
      for (const conjunction of byId.get(id)?.when ?? []) {
        for (const part of conjunction.all) {
          if (parts.has(part)) continue;
          parts.add(part);
          visit(part);
        }
      }
    };
    for (const id of flagIds) visit(id);
    assert.ok(parts.has('pay-high') && parts.has('dest-th'), [...parts].join(', '));
    for (const part of parts) {
      // A part that is a combination itself passes its own parts' labels on; it needs none.
      const combined = (byId.get(part)?.when ?? []).length > 0 && !byId.get(part)?.patterns;
      if (!combined) assert.notEqual(evidenceLabel(part), '', `${part} has no label`);
    }
    assert.equal(evidenceLabel(undefined), '', "a flag's own words need no label");
  });

  it('labels the end of a term as a time, not as the pay, since a passport kept until then is no pay', () => {
    assert.equal(evidenceLabel('end-of-term'), 'until when');
    assert.notEqual(evidenceLabel('end-of-term'), evidenceLabel('money'));
  });

  it('labels every level, and never calls a low result "safe"', () => {
    const labels = offerLevels.map(levelLabel);
    assert.equal(new Set(labels).size, offerLevels.length);
    assert.doesNotMatch(levelLabel('low'), /\bsafe\b/i);
  });

  it('has a translation of every flag title and explanation, advice and level in every locale', () => {
    const expected = [
      ...flagIds.flatMap((id) => [`flag-title.${id}`, `flag.${id}`]),
      'flag-title.other',
      ...adviceCodes.map((code) => `advice.${code}`),
      ...offerLevels.map((level) => `level.${level}`),
      ...['pay', 'no-experience', 'job', 'place', 'travel', 'who', 'age', 'passport', 'messenger', 'card', 'until-when'].map((part) => `evidence.${part}`),
    ];
    for (const [locale, ids] of translatedIds()) {
      const missing = expected.filter((id) => !ids.has(id));
      assert.deepEqual(missing, [], `${locale} lacks ${missing.join(', ')}`);
    }
  });

  it('names both message ids of every bundled flag in flag-messages.ts, and no flag that does not exist', () => {
    const code = readFileSync('src/widgets/shared/flag-messages.ts', 'utf8');
    const inCode = new Set([...code.matchAll(/id: '((?:flag|flag-title|advice|level)\.[a-z0-9-]+)'/g)].map((m) => m[1]!));
    for (const id of flagIds) {
      assert.ok(inCode.has(`flag.${id}`), `flag.${id}`);
      assert.ok(inCode.has(`flag-title.${id}`), `flag-title.${id}`);
    }
    for (const id of inCode) {
      const [kind, name] = id.split('.') as [string, string];
      if (kind === 'flag' || kind === 'flag-title') assert.ok(name === 'other' || flagIds.includes(name), `${id} names no bundled flag`);
    }
  });
});

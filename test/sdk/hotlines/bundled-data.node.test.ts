import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { bundledHotlineData, bundledHotlineDirectory } from '../../../src/sdk/hotlines/bundled.js';
import { validateHotlineData } from '../../../src/sdk/hotlines/validate.js';
import { numberChannelTypes } from '../../../src/sdk/hotlines/schema.js';

const json = JSON.parse(readFileSync('src/data/hotlines.json', 'utf8')) as unknown;

test('the bundled data passes the schema and every honesty check', () => {
  const result = validateHotlineData(json);
  assert.deepEqual(result.ok ? [] : result.problems, []);
});

test('the generated module holds exactly the JSON file', () => {
  assert.deepEqual(bundledHotlineData, json);
});

test('npm run data:check passes on the committed data', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-hotline-data.ts', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr + result.stdout);
  assert.match(result.stdout, /valid, \d+ entries/);
});

test('every entry keeps its provenance; only seed-only leads lack a source, and they have no channel', () => {
  for (const h of bundledHotlineData.hotlines) {
    const { provenance } = h;
    if (provenance.seedOnly) {
      assert.deepEqual(h.channels, [], `${h.id}: a seed-only lead never shows a contact`);
      assert.equal(provenance.status, 'lead', h.id);
      assert.deepEqual(provenance.sources, [], h.id);
    } else {
      assert.ok(provenance.sources.length > 0, `${h.id} has a source`);
      assert.ok(provenance.sources.some((s) => s.quote !== null), `${h.id} keeps a quote`);
    }
    assert.ok(provenance.leads && provenance.leads.length > 0, `${h.id} names its leads`);
  }
});

test('every number shown is printed by the source it names, and a confirmed entry has a dated source with an address', () => {
  for (const h of bundledHotlineData.hotlines) {
    for (const channel of h.channels) {
      const source = h.provenance.sources[channel.source]!;
      if ((numberChannelTypes as readonly string[]).includes(channel.type) && 'printed' in channel) {
        assert.ok(source.prints.some((p) => p.includes(channel.printed)), `${h.id}: ${channel.printed}`);
      }
      if (h.provenance.status === 'confirmed') assert.notEqual(source.url, null, `${h.id}: a confirmed channel's source has an address`);
    }
    if (h.provenance.status === 'confirmed') assert.notEqual(h.provenance.lastConfirmed, null, h.id);
  }
});

test('no hours are invented: every weekly schedule keeps the words it came from', () => {
  for (const h of bundledHotlineData.hotlines) {
    for (const channel of h.channels) {
      if (channel.hours.type !== 'unknown') assert.ok(channel.hours.printed, `${h.id}: hours ${channel.hours.type} without the source's words`);
    }
  }
});

// Issue 15 changed this test's expectation for Russia: the third research pass found a source for
// 112 and 101-104 there; a country no source covers still gets no number.
test('emergency numbers only where a source supports them: none for a country without a source, only gas for Turkmenistan', () => {
  const directory = bundledHotlineDirectory();
  assert.equal(directory.origin.kind, 'bundled');
  assert.deepEqual(directory.emergencyNumbers('DE').numbers, []);
  assert.deepEqual(directory.emergencyNumbers('RU').numbers.map((n) => n.dial), ['112', '101', '102', '103', '104']);
  const kz = directory.emergencyNumbers('KZ');
  assert.deepEqual(kz.numbers.map((n) => n.dial), ['112', '102', '103', '101', '104']);
  assert.match(kz.provenance!.sources[0]!.url!, /egov\.kz/);
  const tm = directory.emergencyNumbers('TM');
  assert.deepEqual([...new Set(tm.numbers.map((n) => n.service))], ['gas']);
  assert.ok(tm.unsourced.includes('police') && tm.unsourced.includes('ambulance'));
});

test('numbers from memory or seed documents are nowhere in the data', () => {
  const text = JSON.stringify(bundledHotlineData);
  // Seed-only Sana Sezim number (ca-044), and Turkmen police/ambulance from memory (ca-051).
  assert.doesNotMatch(text, /56-47-54|7252\D?56/);
  const tm = bundledHotlineData.emergency.find((e) => e.country === 'TM')!;
  assert.ok(!tm.numbers.some((n) => ['02', '03', '01'].includes(n.dial)));
});

test('the ambiguous "1899" is not shown as a number', () => {
  const arysh = bundledHotlineData.hotlines.find((h) => h.id === 'kg-arysh-migrant-hotline')!;
  assert.deepEqual(arysh.channels, []);
  assert.equal(arysh.provenance.statusReason, 'ambiguous-source');
});

test('a person in Shymkent asking about trafficking gets ranked lines with reasons', () => {
  const results = bundledHotlineDirectory().query({ country: 'KZ', region: 'KZ-79', need: 'trafficking', openAt: new Date('2026-11-23T10:00:00Z') });
  assert.ok(results.length >= 3);
  // Issue 15 changed the first place: Sana Sezim has only a website, and a line a person can call
  // now, with known hours, ranks before a website-only line.
  assert.equal(results[0]!.hotline.id, 'kz-contact-centre-111');
  const sanaSezim = results.find((r) => r.hotline.id === 'kz-sana-sezim')!;
  assert.ok(sanaSezim.reasons.some((r) => r.code === 'in-region'));
  assert.ok(sanaSezim.reasons.some((r) => r.code === 'no-direct-contact'));
  assert.ok(results.some((r) => r.hotline.id === 'kz-contact-centre-111' && r.open === 'open'));
});

test('a Kyrgyz migrant in Moscow sees the embassy hotline first and no line meant only for other nationals', () => {
  const results = bundledHotlineDirectory().query({ country: 'RU', from: 'KG', need: 'migrant-rights' });
  assert.equal(results[0]!.hotline.id, 'ru-kg-embassy-hotline');
  for (const r of results) {
    const nationals = r.hotline.area.servesNationalsOf;
    assert.ok(!nationals || nationals.includes('KG'), r.hotline.id);
  }
});

// The codes behind "Confirmed by a call on …", "Seen in a source dated …", "Not confirmed since …",
// names in the reader's language, and "This number did not work" (issue 15, issue 13 items 4-5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledHotlineData, countriesWithEmergencyNumbers, emergencyNumbersFor } from '../../../src/sdk/hotlines/bundled.js';
import { channelSourceAge, confirmationNote, emergencyNumberSourceAge, latestConfirmation } from '../../../src/sdk/hotlines/freshness.js';
import { hotlineDisplayName } from '../../../src/sdk/hotlines/names.js';
import { numberReport, numberReportLink, numberReportText } from '../../../src/sdk/hotlines/number-report.js';
import { NumberReportChannelError } from '../../../src/sdk/hotlines/errors.js';
import { hotline, phone } from './fixtures.js';

const window = { reviewed: '2026-11-23', confirmWindowMonths: 36 };
const byId = (id: string) => bundledHotlineData.hotlines.find((h) => h.id === id)!;

test('a recent source says "seen in a source dated" with that date; an old one "not confirmed since" with its date', () => {
  const yimer = confirmationNote(byId('tr-yimer-157'), window);
  assert.deepEqual(yimer, { code: 'seen-in-source', date: '2025-08-20', current: true });
  const korea = confirmationNote(byId('kr-counseling-center-foreign-workers'), window);
  assert.deepEqual(korea, { code: 'not-confirmed-since', date: '2013-07-02', current: false });
});

test('the note follows the date, not the status: a 2025 entry is never "not confirmed recently" without a reason', () => {
  for (const h of bundledHotlineData.hotlines) {
    const note = confirmationNote(h, window);
    if (note.code === 'not-confirmed-since') assert.ok(note.date! < '2023-11-23', `${h.id}: ${note.date}`);
    if (note.code === 'seen-in-source') assert.ok(note.date! >= '2023-11', `${h.id}: ${note.date}`);
  }
});

test('a call within the window wins over the sources: "confirmed by a call on" that day', () => {
  const h = hotline({ id: 'kz-a', lastConfirmed: '2019', status: 'confirmed' });
  h.provenance.confirmations = [{ method: 'call', date: '2026-03-03' }];
  assert.deepEqual(latestConfirmation(h), { method: 'call', date: '2026-03-03' });
  assert.deepEqual(confirmationNote(h, window), { code: 'confirmed-by-call', date: '2026-03-03', current: true });
  assert.deepEqual(channelSourceAge(h, h.channels[0]!, window), { code: 'confirmed-by-check', date: '2026-03-03' });
});

test('the other reasons are codes too: unanswered calls, a secondary source only, undated, seed-only, ended', () => {
  assert.deepEqual(confirmationNote(byId('ru-tj-labour-ministry-hotline'), window), { code: 'calls-unanswered', date: '2024-11-29', current: false });
  assert.equal(confirmationNote(byId('tr-alo-183'), window).code, 'not-official-source');
  assert.equal(confirmationNote(byId('ru-iom-red-cross-trafficking-hotline'), window).code, 'undated-source');
  assert.equal(confirmationNote(byId('kz-iom-almaty-seed'), window).code, 'no-published-source');
  const ended = bundledHotlineData.hotlines.find((h) => h.provenance.status === 'outdated')!;
  assert.equal(confirmationNote(ended, window).code, 'ended');
});

test('a number from an old source is marked as such, with the source date', () => {
  const kcik = byId('pl-kcik');
  const old = kcik.channels.findIndex((c) => 'printed' in c && c.printed === '22 628 99 99');
  assert.deepEqual(channelSourceAge(kcik, kcik.channels[old]!, window), { code: 'old-source', date: '2013-07-18' });
  assert.equal(channelSourceAge(kcik, kcik.channels[0]!, window).code, 'undated-source');
  const gb = bundledHotlineData.emergency.find((e) => e.country === 'GB')!;
  assert.equal(emergencyNumberSourceAge(gb, gb.numbers[0]!, window).code, 'undated-source');
  const kr = bundledHotlineData.emergency.find((e) => e.country === 'KR')!;
  assert.deepEqual(emergencyNumberSourceAge(kr, kr.numbers[0]!, window), { code: 'current', date: '2024-03-19' });
});

test('emergencyNumbersFor gives any country\'s sourced numbers, the five Central Asian countries and the six destinations among them', () => {
  for (const country of ['KZ', 'KG', 'UZ', 'TJ', 'TM', 'RU', 'TR', 'AE', 'KR', 'GB', 'PL']) {
    assert.ok(emergencyNumbersFor(country).numbers.length > 0, country);
    assert.ok(countriesWithEmergencyNumbers().includes(country), country);
  }
  assert.deepEqual(emergencyNumbersFor('tr').numbers.map((n) => n.dial), ['112']);
  assert.deepEqual(emergencyNumbersFor('DE').numbers, []);
});

test('names: the reader\'s language where the data has one, else English with the kind of service and the organisation\'s own name', () => {
  const danuri = byId('kr-danuri-call-centre');
  assert.deepEqual(hotlineDisplayName(danuri, 'ko'), { text: '다누리콜센터', lang: 'ko', inReaderLanguage: true, kind: 'violence-helpline', ownName: null });
  const ru = hotlineDisplayName(danuri, 'ru');
  assert.equal(ru.inReaderLanguage, false);
  assert.equal(ru.text, danuri.name.en);
  assert.equal(ru.kind, 'violence-helpline');
  assert.deepEqual(ru.ownName, { text: '다누리콜센터', lang: 'ko' });
  // A reader of the region's languages meets a line without their language by its Russian name,
  // the organisation's own, rather than by an English one; Korean stays English with its own name.
  const kz111 = byId('kz-contact-centre-111');
  for (const locale of ['kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk']) {
    assert.deepEqual(hotlineDisplayName(kz111, locale), { text: 'Единый контакт-центр 111', lang: 'ru', inReaderLanguage: false, kind: 'government-contact-centre', ownName: null }, locale);
    assert.equal(hotlineDisplayName(danuri, locale).text, danuri.name.en, locale);
    assert.deepEqual(hotlineDisplayName(danuri, locale).ownName, { text: '다누리콜센터', lang: 'ko' }, locale);
  }
  assert.equal(hotlineDisplayName(kz111, 'en').text, kz111.name.en);
  const women = hotlineDisplayName(byId('ru-womens-violence-helpline'), 'ru');
  assert.equal(women.inReaderLanguage, true);
  assert.match(women.text, /телефон доверия/);
  assert.ok(bundledHotlineData.hotlines.every((h) => h.kind !== undefined), 'every bundled entry says what kind of service it is');
});

test('"this number did not work": the report says entry, number and day, and only a configured channel carries it', () => {
  const h = hotline({ id: 'kz-a', channels: [phone('116 16', '11616')] });
  const report = numberReport(h, 0, '2026-11-23', new Date('2026-12-07T21:30:00Z'));
  assert.deepEqual(report, { what: 'number-did-not-work', entryId: 'kz-a', number: '116 16', channel: 0, date: '2026-12-07', dataReviewed: '2026-11-23' });
  assert.match(numberReportText(report), /entry: kz-a\nnumber: 116 16/);
  const mail = numberReportLink(report, { kind: 'mailto', address: 'data@ngo.example' });
  assert.ok(mail.href.startsWith('mailto:data@ngo.example?subject='));
  assert.ok(decodeURIComponent(mail.href).includes('number: 116 16'));
  const url = new URL(numberReportLink(report, { kind: 'url', url: 'https://ngo.example/report' }).href);
  assert.equal(url.searchParams.get('entry'), 'kz-a');
  assert.equal(url.searchParams.get('number'), '116 16');
  const tg = numberReportLink(report, { kind: 'telegram', username: '@ngo_data' });
  assert.deepEqual([tg.href, tg.prefilled], ['https://t.me/ngo_data', false]);
  assert.throws(() => numberReportLink(report, { kind: 'url', url: 'javascript:alert(1)' }), (e: unknown) => e instanceof NumberReportChannelError && e.code === 'hotline/report-channel-invalid');
  assert.throws(() => numberReportLink(report, { kind: 'mailto', address: 'a@b.c?cc=x@y.z' }), NumberReportChannelError);
});

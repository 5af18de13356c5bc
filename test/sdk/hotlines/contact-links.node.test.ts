import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactHref, contactText, pickLocalized, toVCard, vCardDataUrl } from '../../../src/sdk/hotlines/contact-links.js';
import type { Channel } from '../../../src/sdk/hotlines/schema.js';
import { hotline, phone } from './fixtures.js';

const base = { reachableFromAbroad: 'yes' as const, languages: [] as string[], hours: { type: 'unknown' as const }, source: 0 };

test('tel: uses the international form, or the short code as it is', () => {
  assert.equal(contactHref(phone('+7 (495) 967 98 44', '+74959679844')), 'tel:+74959679844');
  assert.equal(contactHref(phone('111', '111')), 'tel:111');
});

test('a number printed only with letters has no link, but its printed form is what is copied', () => {
  const vanity = phone('800SAVE', undefined);
  assert.equal(contactHref(vanity), undefined);
  assert.equal(contactText(vanity), '800SAVE');
});

test('sms: has no body unless a platform is named; iOS and Android write the body differently', () => {
  const sms = { ...phone('+7 700 000 00 00', '+77000000000'), type: 'sms' } as Channel;
  assert.equal(contactHref(sms), 'sms:+77000000000');
  assert.equal(contactHref(sms, { smsBody: 'help me' }), 'sms:+77000000000');
  assert.equal(contactHref(sms, { smsBody: 'help me', platform: 'ios' }), 'sms:+77000000000&body=help%20me');
  assert.equal(contactHref(sms, { smsBody: 'help me', platform: 'android' }), 'sms:+77000000000?body=help%20me');
});

test('WhatsApp is wa.me with the digits only, and only for an international number', () => {
  const whatsapp = { ...phone('+7 (999) 912-58-68', '+79999125868'), type: 'whatsapp' } as Channel;
  assert.equal(contactHref(whatsapp), 'https://wa.me/79999125868');
  assert.equal(contactHref({ ...phone('600 590000', '600590000'), type: 'whatsapp' } as Channel), undefined);
});

test('Telegram is t.me/<username>; e-mail is mailto:; web channels are their address', () => {
  assert.equal(contactHref({ type: 'telegram', username: 'Salom_migrant_bot', ...base }), 'https://t.me/Salom_migrant_bot');
  assert.equal(contactText({ type: 'telegram', username: 'Salom_migrant_bot', ...base }), '@Salom_migrant_bot');
  assert.equal(contactHref({ type: 'email', address: 'iomuz@iom.int', ...base }), 'mailto:iomuz@iom.int');
  assert.equal(contactHref({ type: 'website', url: 'https://oasisorg.kg', ...base }), 'https://oasisorg.kg');
  assert.equal(contactHref({ ...phone('+7 700 000 00 00', '+77000000000'), type: 'viber' } as Channel), 'viber://chat?number=%2B77000000000');
});

test('names are picked by exact tag, then by language, then English', () => {
  const names = { en: 'Line', ru: 'Линия', 'uz-Cyrl': 'Линия (ўзб.)' };
  assert.equal(pickLocalized(names, 'ru'), 'Линия');
  assert.equal(pickLocalized(names, 'ru-KZ'), 'Линия');
  assert.equal(pickLocalized(names, 'uz-Cyrl'), 'Линия (ўзб.)');
  assert.equal(pickLocalized(names, 'uz'), 'Линия (ўзб.)');
  assert.equal(pickLocalized(names, 'kk'), 'Line');
});

test('a vCard lists the name, every dialable number, Telegram and the note, with CRLF lines', () => {
  const line = hotline({
    id: 'kz-a',
    channels: [
      phone('+7 (495) 967 98 44', '+74959679844'),
      phone('800SAVE', undefined),
      { type: 'telegram', username: 'kz_line', ...base },
      { type: 'email', address: 'help@example.org', ...base },
    ],
  });
  const card = toVCard(line, { locale: 'ru', note: 'Последнее подтверждение: 2025; источник, проверено' });
  assert.ok(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n'));
  assert.ok(card.endsWith('END:VCARD\r\n'));
  assert.match(card, /\r\nFN:Линия kz-a\r\n/);
  assert.match(card, /\r\nTEL;TYPE=VOICE:\+74959679844\r\n/);
  assert.doesNotMatch(card, /800SAVE/, 'a number with no dialable form is not saved as a number');
  assert.match(card, /\r\nURL:https:\/\/t\.me\/kz_line\r\n/);
  assert.match(card, /\r\nEMAIL;TYPE=INTERNET:help@example\.org\r\n/);
  assert.match(card.replace(/\r\n /g, ''), /NOTE:Последнее подтверждение: 2025\\; источник\\, проверено/);
});

test('long vCard lines are folded at 75 octets without splitting a character', () => {
  const line = hotline({ id: 'kz-a' });
  line.name = { en: 'Я'.repeat(60) };
  const card = toVCard(line);
  for (const row of card.split('\r\n')) assert.ok(new TextEncoder().encode(row).length <= 75, row);
  const unfolded = card.replace(/\r\n /g, '');
  assert.match(unfolded, new RegExp(`FN:${'Я'.repeat(60)}\r\n`));
});

test('the vCard data: URL needs no network and decodes back to the card', () => {
  const card = toVCard(hotline({ id: 'kz-a' }));
  const url = vCardDataUrl(card);
  assert.ok(url.startsWith('data:text/vcard;charset=utf-8,'));
  assert.equal(decodeURIComponent(url.slice(url.indexOf(',') + 1)), card);
});

test('a vCard saved under a chosen name says nothing else about the line: no organisation and no website', () => {
  const line = hotline({ id: 'kz-a' });
  line.organization.website = 'https://example.org/anti-trafficking';
  line.channels.push({ type: 'website', url: 'https://example.org/anti-trafficking/help', ...base });
  const card = toVCard(line, { name: 'Aida; Mama', note: 'Last confirmed: 2025' });
  assert.match(card, /\r\nFN:Aida\\; Mama\r\nN:;Aida\\; Mama;;;\r\n/);
  assert.doesNotMatch(card, /ORG:|URL:https:\/\/example|Линия/);
  assert.match(card, /\r\nTEL;TYPE=VOICE:/);
  assert.match(card, /\r\nNOTE:Last confirmed: 2025\r\n/);
  assert.match(toVCard(line, { name: '  ' }), /\r\nORG:/, 'a blank name is no name');
});

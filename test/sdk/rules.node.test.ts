import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCode, emailAddress, internationalNumber, mailtoHref, telegramHref, telegramUsername, transportSecurity, whatsappHref } from '../../src/sdk/rules.js';
import { telHref } from '../../src/sdk/hotlines/contact-links.js';
import { emailChannel, telegramChannel, phoneChannel } from '../../src/widgets/report-form/channels.js';
import { contactHref } from '../../src/sdk/hotlines/contact-links.js';
import { consultChannel } from '../../src/widgets/shared/consult-channels.js';
import { channelSchema, telegramChannelSchema } from '../../src/sdk/hotlines/schema.js';

test('one Telegram rule: the data schema and the report form accept and refuse the same usernames', () => {
  for (const name of ['abcd', 'hope_line_help', `a${'b'.repeat(31)}`]) {
    assert.equal(telegramUsername(name), name);
    assert.equal(telegramUsername(`@${name}`), name);
    assert.equal(telegramUsername(`https://t.me/${name}`), name);
    assert.equal(telegramChannel(name)?.href, `https://t.me/${name}`, `the form offers ${name}`);
    assert.ok(telegramChannelSchema.safeParse({ type: 'telegram', username: name, languages: [] }).error?.issues.every((i) => i.path[0] !== 'username') ?? true);
  }
  for (const bad of ['abc', `a${'b'.repeat(32)}`, '1abcd', 'a b', 'javascript:alert(1)', 'http://t.me/abcde']) {
    assert.equal(telegramUsername(bad), undefined, bad);
    assert.equal(telegramChannel(bad), undefined, bad);
  }
});

test('one country rule: a code in capitals that names a country', () => {
  assert.equal(countryCode(' kz '), 'KZ');
  for (const bad of ['XX', 'ZZ', 'EU', 'Kazakhstan', 'K', '']) assert.equal(countryCode(bad), undefined, bad);
});

test('one https-only rule for sending and loading data', () => {
  assert.equal(transportSecurity('https://ngo.example/reports'), 'secure');
  assert.equal(transportSecurity('http://localhost:8080/reports'), 'secure');
  assert.equal(transportSecurity('http://127.0.0.1/reports'), 'secure');
  assert.equal(transportSecurity('/reports'), 'secure');
  assert.equal(transportSecurity('http://ngo.example/reports'), 'insecure');
  assert.equal(transportSecurity('javascript:alert(1)'), 'not-web');
  assert.equal(transportSecurity('data:text/plain,x'), 'not-web');
});

test('one tel: link builder: digits and a leading + only', () => {
  assert.equal(telHref('112'), 'tel:112');
  assert.equal(telHref('+7 (495) 967-98-44'), 'tel:+74959679844');
  assert.equal(phoneChannel('+7 700 000 00 00')?.href, 'tel:+77000000000');
});

test('one e-mail rule: the data schema, the report form and the counsellor attribute accept and refuse the same addresses', () => {
  const channel = (address: string) => channelSchema.safeParse({ type: 'email', address, reachableFromAbroad: 'yes', languages: [], hours: { type: 'unknown', printed: null }, source: 0 });
  for (const good of ['advice@ngo.example', 'iomuz@iom.int', ' kcik@strada.org.pl ']) {
    assert.equal(emailAddress(good), good.trim());
    assert.equal(emailChannel(good)?.href, `mailto:${good.trim()}`);
    assert.equal(consultChannel('email', good)?.address, good.trim());
    assert.equal(channel(good.trim()).error?.issues.some((i) => i.path[0] === 'address') ?? false, false, good);
  }
  // `?`, `#`, `,` and `;` would add fields or recipients to a mailto: link.
  for (const bad of ['advice@ngo', 'a b@ngo.example', 'advice@ngo.example?cc=x@y.z', 'a@b.c#x', 'a@b.c,d@e.f', 'a@b.c;d@e.f', '<a@b.c>', `${'a'.repeat(250)}@b.cd`]) {
    assert.equal(emailAddress(bad), undefined, bad);
    assert.equal(emailChannel(bad), undefined, bad);
    assert.equal(consultChannel('email', bad), undefined, bad);
    assert.ok(channel(bad).error?.issues.some((i) => i.path[0] === 'address'), `the schema refuses ${bad}`);
  }
});

test('one international-number rule: + and 7–15 digits, as written or as dialled', () => {
  assert.equal(internationalNumber('+996 555 123-456'), '+996555123456');
  assert.equal(internationalNumber(' +7 (700) 000-00-00 '), '+77000000000');
  for (const bad of ['0555 123 456', '996555123456', '+0 555 123 456', '+12345', '+1234567890123456', '+996 555 abc', 'tel:+996555123456']) {
    assert.equal(internationalNumber(bad), undefined, bad);
  }
});

test('one builder per link: t.me, wa.me and mailto:, each field URL-encoded, and the hotline links use them', () => {
  assert.equal(telegramHref('ngo_consult'), 'https://t.me/ngo_consult');
  assert.equal(whatsappHref('+996555123456'), 'https://wa.me/996555123456');
  assert.equal(whatsappHref('+996555123456', 'Hello & ok?\nYes'), 'https://wa.me/996555123456?text=Hello%20%26%20ok%3F%0AYes');
  assert.equal(mailtoHref('a@b.cd'), 'mailto:a@b.cd');
  assert.equal(mailtoHref('a@b.cd', { subject: 'Job offer', body: 'Line 1\nLine 2 & more' }), 'mailto:a@b.cd?subject=Job%20offer&body=Line%201%0ALine%202%20%26%20more');
  const common = { reachableFromAbroad: 'yes' as const, languages: [], hours: { type: 'unknown' as const }, source: 0 };
  assert.equal(contactHref({ type: 'whatsapp', printed: '+996 555 123 456', dial: '+996555123456', tollFree: 'no', ...common }), whatsappHref('+996555123456'));
  assert.equal(contactHref({ type: 'telegram', username: 'ngo_consult', ...common }), telegramHref('ngo_consult'));
  assert.equal(contactHref({ type: 'email', address: 'a@b.cd', ...common }), mailtoHref('a@b.cd'));
});

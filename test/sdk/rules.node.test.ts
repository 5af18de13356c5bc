import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCode, telegramUsername, transportSecurity } from '../../src/sdk/rules.js';
import { telHref } from '../../src/sdk/hotlines/contact-links.js';
import { telegramChannel, phoneChannel } from '../../src/widgets/report-form/channels.js';
import { telegramChannelSchema } from '../../src/sdk/hotlines/schema.js';

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

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestCountry } from '../../../src/widgets/hotline-finder/suggest-country.js';

const known = ['AE', 'KG', 'KR', 'KZ', 'RU', 'TJ', 'TM', 'TR', 'UZ'];

test('the device time zone says where the person is: Asia/Almaty is Kazakhstan', () => {
  assert.deepEqual(suggestCountry({ timeZone: 'Asia/Almaty', languages: ['ru'], known }), { country: 'KZ', from: undefined, basis: 'time-zone' });
  assert.equal(suggestCountry({ timeZone: 'Asia/Aqtobe', languages: [], known }).country, 'KZ');
});

test('a Kyrgyz speaker on Moscow time is in Russia and from Kyrgyzstan', () => {
  assert.deepEqual(suggestCountry({ timeZone: 'Europe/Moscow', languages: ['ky', 'ru-RU'], known }), { country: 'RU', from: 'KG', basis: 'time-zone' });
});

test('without a known zone, a language with a region or a national language decides', () => {
  assert.deepEqual(suggestCountry({ timeZone: 'UTC', languages: ['ru-KZ'], known }), { country: 'KZ', from: undefined, basis: 'language' });
  assert.equal(suggestCountry({ timeZone: 'America/New_York', languages: ['uz-Cyrl'], known }).country, 'UZ');
  assert.equal(suggestCountry({ timeZone: undefined, languages: ['tg'], known }).country, 'TJ');
});

test('Russian alone, or an unknown place, gives no guess rather than a wrong one', () => {
  assert.deepEqual(suggestCountry({ timeZone: 'Europe/Paris', languages: ['ru', 'en-US'], known }), { country: undefined, from: undefined, basis: undefined });
});

test('a country the data does not cover is never suggested', () => {
  assert.equal(suggestCountry({ timeZone: 'Asia/Almaty', languages: [], known: ['KG'] }).country, undefined);
  assert.equal(suggestCountry({ timeZone: 'Asia/Almaty', languages: ['ky'], known: ['KG'] }).country, 'KG');
});

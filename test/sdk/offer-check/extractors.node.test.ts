import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/sdk/offer-check/extractors.js';
import { normalizeText } from '../../../src/sdk/offer-check/normalize.js';

const run = (text: string) => {
  const n = normalizeText(text);
  const found = extract(n.text);
  const spans = (signal: string) => (found.signals.get(signal as never) ?? []).map(([s, e]) => n.text.slice(s, e));
  return { ...found, spans };
};

test('pay is read with its currency, whether the sign comes first or last, with thousands groups', () => {
  const cases: [string, string, number][] = [
    ['$3,000', 'USD', 3000],
    ['3 000$', 'USD', 3000],
    ['3000 долларов', 'USD', 3000],
    ['2 000 000 вон', 'KRW', 1400],
    ['8 000 000 сум', 'UZS', 640],
    ["4 500 000 so'm", 'UZS', 360],
    ['250 000 тенге', 'KZT', 500],
    ['25 000 сом', 'KGS', 287.5],
    ['2500 сомонӣ', 'TJS', 250],
    ['3000 manat', 'TMT', 870],
    ['1.500 EUR', 'EUR', 1650],
    ['AED 1,800', 'AED', 486],
    ['3k$', 'USD', 3000],
    ['2 млн сум', 'UZS', 160],
  ];
  for (const [text, currency, usd] of cases) {
    const [pay] = run(`Зарплата ${text}`).pay;
    assert.ok(pay, text);
    assert.equal(pay.currency, currency, text);
    assert.ok(Math.abs(pay.usdPerMonth - usd) < 1, `${text}: ${pay.usdPerMonth}`);
  }
});

test('a period after the pay turns it into a monthly figure', () => {
  const period = (text: string) => run(text).pay[0]!;
  assert.equal(period('150$ в день').period, 'day');
  assert.equal(period('$150 per day').usdPerMonth, 150 * 22);
  assert.equal(period('1000$ в неделю').period, 'week');
  assert.equal(period('£12.21 per hour').period, 'hour');
  assert.equal(period('12,21 funt soatiga').period, 'hour');
  assert.equal(period('3000 рубль күніне').period, 'day');
  assert.equal(period('€62,000 per year').period, 'year');
  assert.equal(period('3000$ в месяц').period, 'month');
});

test('a period before the pay counts too, also before a range, and a sum with a period is pay, not a price', () => {
  const last = (text: string) => run(text).pay.at(-1)!;
  assert.equal(last('в сутки 7 000 руб').period, 'day');
  assert.equal(last('daily $120').period, 'day');
  assert.equal(last("haftasiga 2 000 000 so'm").period, 'week');
  assert.equal(last('хафтасига 1 500 000 сўм').period, 'week');
  assert.equal(last('sagadyna 50 manat').period, 'hour');
  assert.equal(last('күнүнө 2 000 – 3 500 сом').period, 'day');
  assert.equal(last('моҳона 6 000 сомонӣ').periodWritten, true);
  assert.equal(last('айына 400 000 ₸').period, 'month');
  assert.deepEqual(run('айына 400 000 ₸').spans('money-sum'), []);
  // A period word further back, or in another sentence, is not this sum's.
  assert.equal(last('Работа в день рождения компании. Оплата 5 000 руб').period, 'month');
  assert.equal(last('Visa support costs 300 EUR').periodWritten, false);
});

test('pay far above what such work pays raises pay-high and pay-very-high', () => {
  assert.deepEqual(run('от 4000$ в месяц').spans('pay-high'), ['4000$ в месяц']);
  assert.deepEqual(run('от 300$ в день').spans('pay-very-high'), ['300$ в день']);
  assert.deepEqual(run('90 000 рублей').spans('pay-high'), []);
  assert.deepEqual(run('€24,000 per year').spans('pay-high'), []);
});

test('a number without a currency is not pay', () => {
  assert.deepEqual(run('Работа 5/2, 12 часов, 2025 год').pay, []);
});

test('young age limits and ranges are found in every language, with the age word', () => {
  for (const text of ['девушки 18-25 лет', 'Girls 18-25', 'aged 18 to 25', 'от 18 до 25 лет', '18-25 yosh', '18–25 ёш', 'жасы 18-25', 'жашы 18-24', 'синну сол 18-25', '18-25 ýaş', 'до 30 лет', '30 yoshgacha']) {
    assert.equal(run(text).spans('age-young').length, 1, text);
  }
  assert.deepEqual(run('Возраст 25-45 лет').spans('age-young'), []);
  assert.deepEqual(run('18-25 часов').spans('age-young'), []);
});

test('ages under 18 are found', () => {
  for (const text of ['девочку 15-17 лет', 'Girls 16-20 welcome', 'с 16 лет', 'от 16 лет']) {
    assert.equal(run(text).spans('age-minor').length, 1, text);
  }
  assert.deepEqual(run('от 18 лет').spans('age-minor'), []);
});

test('messenger links and handles are messenger contacts; company e-mail and websites are official', () => {
  const found = run('Пишите t.me/dubai_jobs или @hr_manager, wa.me/971500001122. hr@company.uz, www.company.kz, agent@gmail.com');
  assert.deepEqual(found.spans('messenger-contact').sort(), ['@hr_manager', 't.me/dubai_jobs', 'wa.me/971500001122']);
  assert.deepEqual(found.spans('official-contact').sort(), ['hr@company.uz', 'www.company.kz']);
});

test('sixteen-digit card numbers that pass the Luhn check are personal cards; others are not', () => {
  assert.deepEqual(run('карта 8600 1295 4001 4952').spans('personal-card'), ['8600 1295 4001 4952']);
  assert.deepEqual(run('card 9860012913654682.').spans('personal-card'), ['9860012913654682']);
  assert.deepEqual(run('карта 8600 1295 4001 4953').spans('personal-card'), []);
  assert.deepEqual(run('тел +998 90 000 00 00').spans('personal-card'), []);
});

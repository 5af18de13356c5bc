// The phrase bank (test/fixtures/offers/bank, `npm run offer:bank`): fragments written by people who
// never saw the rules. Holds the engine at the figure it reached once the bank's misses were closed
// as classes (docs/offer-check.md, "Phrase bank"): per situation, at least as many of its 48
// positives read, and no look-alike misread that is read correctly now.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { bankEntries, bankFlags, bankSituations } from '../../fixtures/offers/bank/index.js';
import type { BankEntry } from '../../fixtures/offers/bank/index.js';

const fires = (e: BankEntry) => checkOffer(e.text).flags.some((f) => (bankFlags[e.situation] ?? []).includes(f.id));

/** Positives read per situation, of 48 (six per language), at the figure recorded in the docs. */
const minimumRead: Readonly<Record<string, number>> = {
  'passport-retention': 34,
  'recruitment-fee': 36,
  'personal-card-payment': 29,
  'debt-from-wages': 27,
  'wage-withholding': 24,
  confinement: 31,
  'no-contract': 24,
  'tourist-visa-work': 26,
  secrecy: 31,
  'young-women-targeting': 43,
  'pay-too-good': 27,
  'official-channel-bypass': 41,
  'excessive-hours': 38,
  fines: 40,
  'minors-accepted': 31,
};

/**
 * The look-alikes still misread (a flag fires on a harmless fragment), by the start of their text:
 * every other negative must stay unread. The reasons are in docs/offer-check.md.
 */
const knownMisread = [
  'Ұшу ақысын жұмыс беруші', // debt-from-wages kk: "does not deduct it" (шегермейді) across "және"
  'Tourist visa tours to Dubai',
  'Туры в Дубай по туристической',
  'Дубайға туристік визамен турлар',
  'Дубайга туристтик виза менен турлар',
  'Туристик виза билан ишлаш тақиқланган',
  'Қоймаға жұмысшы, айына 350 000',
  'Складка жумушчу, айына 30 000',
  'Qurilishda yordamchi ishchi, oylik 6',
  'Қурилишда ёрдамчи, ойлик 6',
  'Коргари ёрирасон дар сохтмон',
  'Gurluşykda kömekçi işçi',
  'Строго 18+, паспорт обязателен',
  '16 yoshdan kompyuter kurslari',
  '16 ёшдан компьютер курслари',
  'Аз 16 сола курсҳои компютерӣ',
  '16 ýaşdan kompýuter kurslary',
];

describe('the phrase bank', () => {
  const results = bankEntries.map((entry) => ({ entry, hit: fires(entry) }));

  it('has six positives and two look-alikes per situation and language, as written', () => {
    assert.equal(bankEntries.length, 960);
    for (const situation of bankSituations) {
      assert.equal(bankEntries.filter((e) => e.situation === situation && e.means).length, 48, situation);
      assert.equal(bankEntries.filter((e) => e.situation === situation && !e.means).length, 16, situation);
    }
  });

  it('reads at least as many positives per situation as at its recorded figure', () => {
    const short = bankSituations
      .map((s) => ({ s, read: results.filter((r) => r.entry.situation === s && r.entry.means && r.hit).length }))
      .filter(({ s, read }) => read < minimumRead[s]!)
      .map(({ s, read }) => `${s}: ${read}/48, at least ${minimumRead[s]}`);
    assert.deepEqual(short, []);
  });

  it('misreads no look-alike beyond the known ones', () => {
    const misread = results.filter((r) => !r.entry.means && r.hit).map((r) => `${r.entry.situation} ${r.entry.lang}: ${r.entry.text}`);
    const unexpected = misread.filter((m) => !knownMisread.some((k) => m.includes(k)));
    assert.deepEqual(unexpected, []);
  });
});

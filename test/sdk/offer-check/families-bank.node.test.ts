// Classes of misses found on the phrase bank (issue 14), each written from word forms other than the
// bank's own, in several languages, with look-alikes that must not fire.
import { describe, it } from 'node:test';
import { has, lacks } from './flag-asserts.js';

describe('secrecy in other words', () => {
  it('reads a chat to delete, the police kept out, an offer not to discuss', () => {
    has('Please delete all messages after you read them.', 'secrecy');
    has('Удалите этот чат сразу после прочтения.', 'secrecy');
    has('Хабарламаларды оқығаннан кейін өшіріп тастаңыз.', 'secrecy');
    has('Do not call the police, whatever happens.', 'secrecy');
  });
  it('does not read data kept confidential', () => {
    lacks('Your personal data is kept confidential.', 'secrecy');
    lacks("Shaxsiy ma'lumotlaringiz sir saqlanadi.", 'secrecy');
  });
});

describe('pay held back in other words', () => {
  it('reads pay until the worker goes home, or once in several months', () => {
    has('Money is kept by the foreman and given to you when you return home.', 'wage-withholding');
    has("Maoshingizni uyga qaytishda bir yo'la olasiz.", 'wage-withholding');
    has('Aýlyk 4 aýda bir gezek berilýär.', 'wage-withholding');
  });
  it('does not read a bonus at the end of the season beside monthly pay', () => {
    lacks('В конце сезона премия сверх ежемесячной зарплаты.', 'wage-withholding');
    lacks('Aýlyk her aý tölenýär, möwsüm ahyrynda bonus.', 'wage-withholding');
  });
});

describe('fines, the state channel, locks and hours in other words', () => {
  it('reads penalties, bypasses of the queue or quota, a locked dormitory, unlimited hours', () => {
    has('За опоздание пеня 10% от дневной ставки.', 'fines');
    has('Gijä galsaňyz 20 manat ştraf.', 'fines');
    has('We have our man in the ministry, no exam needed.', 'official-channel-bypass');
    has('Kvotadan tashqari joy bor, navbatsiz.', 'official-channel-bypass');
    has('Yotoqxona kechasi qulflanadi.', 'confinement');
    has('Общежитие на ночь запирают снаружи.', 'confinement');
    has('Work until the job is done, no weekends.', 'excessive-hours');
    has('Жұмыс уақыты нормаланбаған, выходной жоқ.', 'excessive-hours');
  });
  it('does not read fines the company pays', () => {
    lacks('Traffic fines are paid by the company.', 'fines');
  });
});

describe('a passport given back only at the end', () => {
  it('reads a document taken and returned at the end of the season or contract as kept', () => {
    has('Pasportingizni olamiz, mavsum oxirida qaytarib beramiz.', 'passport-retention');
    has('Pasportyňyzy alýarys, kontrakt gutarandan soň berýäris.', 'passport-retention');
  });
  it('does not read a passport that stays with the worker', () => {
    lacks("Pasportingiz o'zingizda qoladi, mavsum oxirida hisob-kitob.", 'passport-retention');
  });
});

describe('negations and warnings in other words', () => {
  it('reads a third-person Turkic negative and a sentence calling something illegal', () => {
    lacks('Бизнинг агентлик ишчилардан хизмат ҳақи олмайди.', 'recruitment-fee');
    lacks('Turistik wiza bilen işlemek kanuna ters.', 'tourist-visa-work');
  });
});

describe('young women and bodies, and deposits, in other words', () => {
  it('reads a swimsuit or full-height photo, beautiful girls, a feminine job noun with a young age', () => {
    has('Анкетага купальникдаги суратингизни қўшинг.', 'body-requirement');
    has('Sahypa üçin doly boýly suratyňyzy iberiň.', 'body-requirement');
    has('Акси қадди пурра лозим аст.', 'body-requirement');
    has('Ofisiantka gerek, ýaşy 18-24.', 'young-women-targeting');
    lacks('Ofisiant gerek, ýaşy 20-45, erkekler we aýallar.', 'young-women-targeting');
  });
  it('reads a deposit with its sum as a fee, not one the employer refunds', () => {
    has('Орынды сақтау үшін 20 000 теңге кепілақы төлейсіз.', 'recruitment-fee');
    has('Для брони места нужен залог 15 000 рублей.', 'recruitment-fee');
    lacks('Deposit of 200 EUR refunded by the employer with the first salary.', 'recruitment-fee');
  });
});

// Classes found in batch G's mediums rated low and its uz-Cyrl swimsuit (issue 14, design step):
// Russian loanwords as Central Asian languages write them, "as a tourist" in the instrumental case,
// and a priced "package". Written from word forms other than the batch's own, with look-alikes.
import { describe, it } from 'node:test';
import { has, lacks } from './flag-asserts.js';

describe('Russian loanwords in the other languages', () => {
  it('reads the soft and hard signs Uzbek Cyrillic keeps and Uzbek Latin drops', () => {
    has('Анкета учун расм купальникда ва тўлиқ бўйли бўлсин.', 'body-requirement');
    has('Қизларнинг купальниклардаги расмлари керак.', 'body-requirement');
    has('Ойлик объект тугагач берилади.', 'wage-withholding');
    lacks('Купальник дўкони учун сотувчи керак, ойлик 4 млн сўм.', 'body-requirement');
  });

  it('reads "no official registration" with the local negation as no contract', () => {
    has('Оформление йўқ, ойлик қўлга нақд.', 'no-contract');
    has("Oformleniye yo'q, oylik naqd beriladi.", 'no-contract');
    has('Оформление жок, акча колго берилет.', 'no-contract');
    has('Оформление жоқ, жалақы қолма-қол.', 'no-contract');
    has('Оформление нест, музд нақд.', 'no-contract');
    has('Oformleniýe ýok, aýlyk nagt.', 'no-contract');
    lacks('Оформление бор, шартнома билан ишлаймиз.', 'no-contract');
  });
});

describe('entering as a tourist, said with the instrumental', () => {
  it('reads "with a tourist (entry)" beside visa-free entry as work without a permit', () => {
    has('Туристтик менен барасыз, визасыз 30 күн, ошол жерде иштейсиз.', 'tourist-visa-work');
    has('Туристік пен кіресіз, визасыз 30 күн.', 'tourist-visa-work');
    has('Turistik bilen girýärsiňiz, wizasyz 30 gün.', 'tourist-visa-work');
    lacks('Туристтик менен келген меймандар үчүн мейманканага администратор керек.', 'tourist-visa-work');
  });
});

describe('a priced package', () => {
  it('reads a full, visa or document package with its price as a fee', () => {
    has('Full package 700 $ (course + documents + employer selection).', 'recruitment-fee');
    has('Visa package: 1 200 USD, paid before departure.', 'recruitment-fee');
    lacks('Full social package, salary 900 $ a month.', 'recruitment-fee');
    lacks('Benefits package and a salary of 2 000 $ per month.', 'recruitment-fee');
  });
});

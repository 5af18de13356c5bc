import { expect } from 'chai';
import { useLocale } from '../../../src/widgets/localization.js';
import { confirmationWords } from '../../../src/widgets/shared/confirmation-words.js';
import { loadCldrNames } from '../../../src/widgets/shared/cldr-names.js';

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('confirmationWords', () => {
  after(() => useLocale('en'));

  it('ends the sentence once when the date itself ends in a full stop (Russian "2021 г.")', async () => {
    await useLocale('ru');
    // The Russian names and dates come one language at a time (a finder on the page asks for them with its messages).
    await loadCldrNames('ru');
    const words = spaces(confirmationWords({ code: 'not-confirmed-since', date: '2021-09-08', current: false }, 'ru'));
    expect(words).to.equal('Не подтверждалось с 8 сентября 2021 г. Могло измениться.');
    expect(words).to.not.contain('..');
  });

  it('keeps the full stop after a date without one', async () => {
    await useLocale('en');
    expect(confirmationWords({ code: 'not-confirmed-since', date: '2021-09-08', current: false }, 'en')).to.equal(
      'Not confirmed since September 8, 2021. It may have changed.',
    );
  });
});

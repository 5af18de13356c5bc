// A negation over a list (issue 14, design step after batch G): "never … a, b or c", "без залога,
// предоплаты и комиссий", "to'lov, depozit yoki … yo'q". Commas end clauses, so a negation used to
// reach only the item next to it. Each case here fired a fee before the list scope; the look-alikes
// are lists that must not swallow a real signal after them.
import { describe, it } from 'node:test';
import { has, lacks } from './flag-asserts.js';

describe('a negation covers every item of a coordinated list', () => {
  it('from before the list, in English and Russian', () => {
    lacks('We never ask you for money, a registration fee or your card details.', 'recruitment-fee', 'personal-card-payment');
    lacks('We will never charge you a placement fee, a deposit or a visa processing fee.', 'recruitment-fee');
    lacks('Without a deposit, prepayment or agency fee.', 'recruitment-fee');
    lacks('Мы не просим у вас денег, оплаты за регистрацию или данных карты.', 'recruitment-fee', 'personal-card-payment');
    lacks('Работа без залога, предоплаты и комиссий.', 'recruitment-fee');
  });

  it('from after the list, when the negation ends its last item, in every language', () => {
    lacks('A registration fee, visa processing fees or a deposit are not required.', 'recruitment-fee');
    lacks('Регистрационный взнос, оплата за оформление визы или залог не требуются.', 'recruitment-fee');
    lacks('Тіркеу төлемі, виза рәсімдеу ақысы немесе депозит алынбайды.', 'recruitment-fee');
    lacks('Каттоо акысы, виза тариздөө төлөмү же депозит талап кылынбайт.', 'recruitment-fee');
    lacks('Биз сизден эч кандай акча, каттоо акысын же карта маалыматын сурабайбыз.', 'recruitment-fee');
    lacks('Roʻyxatdan oʻtish toʻlovi, viza rasmiylashtirish toʻlovi yoki depozit olinmaydi.', 'recruitment-fee');
    lacks('Рўйхатдан ўтиш тўлови, виза расмийлаштириш тўлови ёки депозит олинмайди.', 'recruitment-fee');
    lacks('Пардохти бақайдгирӣ, ҳаққи ҳуҷҷатгузорӣ ё депозит гирифта намешавад.', 'recruitment-fee');
    lacks('Мо аз шумо ҳеҷ гуна пул, «пардохти бақайдгирӣ» ва ё маълумоти корт намепурсем.', 'recruitment-fee');
    lacks('Hasaba almak tölegi, wiza resmileşdirmek tölegi ýa-da depozit alynmaýar.', 'recruitment-fee');
  });

  it('does not reach a signal of another kind after the list', () => {
    // A fee refused, then the passport handed over: the passport is not an item of a list of fees.
    has('Без залога, паспорт сдаёте бригадиру и работаете.', 'passport-retention');
    has('Предоплату не берём, паспорт сдаёте бригадиру.', 'passport-retention');
    has('Залог не берём, паспорт и телефон сдаёте коменданту.', 'passport-retention', 'confinement');
  });

  it('does not reach an item with a sum, after "but", or a list not closed by a coordinator', () => {
    has('No deposit, agency fee 300 USD and visa support 200 USD.', 'recruitment-fee');
    has('Без предоплаты, но оформление визы 300$ и билет за свой счёт.', 'recruitment-fee');
    has('Tajriba shart emas, viza va xizmat haqi 500$ oldindan.', 'recruitment-fee');
    has('Опыт не нужен, оформление визы и перелёт оплачиваете сами: 900$.', 'recruitment-fee');
    // Experience is not a thing a rule negates: the free ticket after it stays.
    has('Без опыта, виза, билет и жильё бесплатно.', 'free-travel');
  });
});

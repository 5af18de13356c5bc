// Batch N's misses as classes (issue 14, docs/offer-check.md, "Tuning on N"): the essentials put off
// until arrival (the contract, what the job is, the papers of the stay) or left to "our lawyer" and
// "nobody checks"; a schedule by the clock and days a week; work at height without safety gear and no
// insurance; tents, trailers and no water; pay lost by leaving early or sent to the parents; a course
// sold with a job abroad; a fee paid to the state itself. Word forms and short offers of our own in
// every language (both Uzbek scripts, Russian and Tajik in Latin letters), with look-alikes that must
// not fire; never a batch's text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOffer } from '../../../src/sdk/index.js';
import { extract } from '../../../src/sdk/offer-check/extractors.js';
import { normalizeText } from '../../../src/sdk/offer-check/normalize.js';
import { has, lacks } from './flag-asserts.js';

const level = (text: string) => checkOffer(text).level;

describe('the contract, the job or the papers put off until arrival', () => {
  it('reads a contract signed or given only after arrival or on board, in every language', () => {
    for (const text of [
      'You will get and sign the employment contract on board the vessel.',
      'The contract is signed after you arrive in Warsaw.',
      'Трудовой договор подпишете по прибытии в Польшу.',
      'Trudovoy dogovor podpishete po pribytii.',
      'Келісімшартқа Кореяға барғаннан кейін қол қоясыз.',
      'Келишимге Германияга баргандан кийин кол коёсуз.',
      'Shartnoma turkcha, Istanbulga borganingizda imzolaysiz.',
      'Шартнома туркча, Истанбулга борганингизда имзолайсиз.',
      'Шартномаро баъд аз расидан имзо мекунед.',
      'Şertnama Türkiýä baranyňyzdan soň gol çekilýär.',
    ]) {
      has(text, 'no-contract');
    }
  });

  it('does not read a contract signed before departure or at an embassy, nor housing given on arrival', () => {
    lacks('The contract is signed at the embassy before departure; on arrival our coordinator meets you.', 'no-contract');
    lacks('Договор подписываете до выезда, по прибытии вас встретят.', 'no-contract');
    lacks('Shartnoma ketishdan oldin imzolanadi, borganingizda kutib olamiz.', 'no-contract');
    lacks('Shartnoma Toshkentda tuziladi, borganingizda yotoqxona beriladi.', 'no-contract');
    lacks('Contract signed in Almaty, accommodation on site.', 'no-contract');
  });

  it('reads what the job is, explained only on arrival or on site', () => {
    for (const text of [
      'Your duties will be explained on arrival.',
      'Обязанности объясним по прибытии.',
      'Жұмыс мазмұны барғаннан кейін түсіндіріледі.',
      'Иштин мазмуну баргандан кийин түшүндүрүлөт.',
      'Ish mazmuni joyida tushuntiriladi.',
      'Иш мазмуни жойида тушунтирилади.',
      'Мазмуни кор баъд аз расидан фаҳмонда мешавад.',
      'Işiň mazmuny baranyňyzdan soň düşündirilýär.',
    ]) {
      has(text, 'employer-hidden');
    }
  });

  it('does not read details given at an interview before anyone leaves', () => {
    lacks('Details of the duties at the interview in Bishkek.', 'employer-hidden');
    lacks('Обязанности объясним на собеседовании до выезда.', 'employer-hidden');
  });

  it('reads the papers of the stay "not needed for now" or "sorted out later by us"', () => {
    for (const text of [
      'Registration is not needed for now, we will sort it out later.',
      'Регистрация пока не нужна, потом решим.',
      'Registraciya poka ne nuzhna.',
      'Тіркеу әзірге керек емес, кейін өзіміз шешеміз.',
      'Документ азыр керек эмес, каттоону кийин өзүбүз чечебиз.',
      'Hujjat hozircha kerak emas, registratsiyani keyin hal qilamiz.',
      'Ҳужжат ҳозирча керак эмас.',
      'Ҳуҷҷат ҳоло лозим нест, бақайдгириро баъд ҳал мекунем.',
      'Resminama häzirlikçe gerek däl, soňra özümiz çözeris.',
    ]) {
      has(text, 'tourist-visa-work');
    }
  });

  it('reads a permit whose lack is "fine", and "nobody checks", in every language', () => {
    for (const text of [
      'Even without a work permit it is fine, start working.',
      'Патента нет — можно и без патента.',
      'Патент болмаса да болады, жұмысқа аламыз.',
      'Патент болбосо да болот.',
      'Patent boʻlmasa ham mayli, ishlab turing.',
      'Патент бўлмаса ҳам майли.',
      'Патент набошад ҳам мешавад.',
      'Patent bolmasa-da bolýar.',
    ]) {
      has(text, 'tourist-visa-work');
    }
    for (const text of [
      'Students work full time, nobody checks.',
      'Студенты работают полный день, никто не проверяет.',
      'Studenty rabotayut, nikto ne proveryaet.',
      'Студенттер жұмыс істей береді, ешкім тексермейді.',
      'Студенттер иштей берет, эч ким текшербейт.',
      'Talabalar toʻliq ishlaydi, hech kim tekshirmaydi.',
      'Донишҷӯён кор мекунанд, ҳеҷ кас тафтиш намекунад.',
      'Talyplar doly işleýär, hiç kim barlamaýar.',
    ]) {
      has(text, 'tourist-visa-work');
    }
  });

  it('does not read the papers made before departure, or a residence card made after a work permit', () => {
    lacks('Разрешение на работу до выезда, ВНЖ потом решим на месте.', 'tourist-visa-work');
    lacks('Documents are prepared before departure; registration is done by the employer.', 'tourist-visa-work');
    lacks('Для собеседования документы пока не нужны, только резюме.', 'tourist-visa-work');
  });

  it('reads "our lawyer will solve it" and "the police are arranged" as false information about the law', () => {
    for (const text of [
      'No IELTS needed, our lawyer will sort it out.',
      'IELTS не нужен, наш юрист всё решит.',
      'IELTS керек емес, біздің заңгер шешеді.',
      'IELTS керек эмес — биздин юрист маселени чечет.',
      'IELTS shart emas, bizning yurist hal qiladi.',
      'IELTS шарт эмас, юристимиз ҳал қилади.',
      'IELTS лозим нест, юристи мо ҳал мекунад.',
      'IELTS gerek däl, biziň ýuristimiz çözer.',
      'С ГАИ договорено, ездите спокойно.',
      'GAI bilan gaplashilgan, bemalol yuring.',
      'ГАИ билан гаплашилган.',
    ]) {
      has(text, 'false-legal-assurance');
    }
  });

  it('does not read a lawyer who helps with a visa application, or a police clearance', () => {
    lacks('Our lawyer checks your visa application before it is submitted.', 'false-legal-assurance');
    lacks('Наш юрист проверит документы для визы.', 'false-legal-assurance');
    lacks('Справка из полиции нужна, мы подскажем, где её получить.', 'false-legal-assurance');
  });
});

describe('a schedule by the clock and days a week', () => {
  it('reads a day of twelve hours by the clock with six days a week as excessive hours', () => {
    for (const text of [
      'Working hours 08:00–20:00, 6 days a week.',
      'График 8:00–20:00, шесть дней в неделю.',
      'Жұмыс 08:00–20:00, аптасына 6 күн.',
      'Иш 07:00–19:00, жумасына 6 күн.',
      'Ish vaqti 08:00–20:00, haftada 6 kun.',
      'Иш вақти 08:00–20:00, ҳафтада 6 кун.',
      'Кор аз 08:00 то 20:00, ҳафтае 6 рӯз.',
      'Iş wagty 08:00–20:00, hepdede 6 gün.',
    ]) {
      has(text, 'excessive-hours');
    }
  });

  it('reads the twelve-hour day by the clock as a long shift, and not a day of ten or a rotation', () => {
    const signals = (text: string) => extract(normalizeText(text).text).signals;
    assert.ok(signals('08:00–20:00').has('long-shift'));
    assert.ok(!signals('08:00–20:00').has('long-day'), 'twelve hours alone stay under the long day');
    assert.ok(!signals('09:00–19:00').has('long-shift'));
    lacks('Working hours 09:00–18:00, 6 days a week.', 'excessive-hours');
    lacks('Смены 08:00–20:00, график 2/2.', 'excessive-hours');
    lacks('Working hours 08:00–20:00, 5 days a week, two days off.', 'excessive-hours');
  });
});

describe('hazardous work and no insurance', () => {
  it('reads work at height with the safety gear the worker brings, or none', () => {
    for (const text of [
      'Facade work at height. Bring your own harness and helmet.',
      'Промальп, мойка фасадов. Каска и страховочный пояс свои.',
      'Фасад жұмысы, биіктікте. Каска мен белдік өзіңізден.',
      'Бийиктикте фасад жуу. Каска, аркан өзүңүздөн.',
      'Fasad ishlari, balandlikda. Kaska va kamarni oʻzingiz olib kelasiz.',
      'Фасад ишлари, баландликда. Каска ва камарни ўзингиз олиб келасиз.',
      'Кор дар баландӣ, фасад. Каска ва камарбанд аз худатон.',
      'Fasad işleri, beýiklikde. Kaska we guşak özüňizden.',
    ]) {
      has(text, 'hazardous-work');
    }
  });

  it('does not read work at height with the employer’s gear, or gear named alone', () => {
    lacks('Facade work at height, harness and helmet provided by the company, safety training first.', 'hazardous-work');
    lacks('Монтажники на фасад, спецодежда и страховка от компании.', 'hazardous-work');
    lacks('Bring your own laptop and headset.', 'hazardous-work');
  });

  it('reads "no insurance" as weak, alone never above low', () => {
    for (const text of [
      'No insurance.',
      'Страховки нет.',
      'Сақтандыру жоқ.',
      'Страховка жок.',
      'Sugʻurta yoʻq.',
      'Суғурта йўқ.',
      'Суғурта нест.',
      'Ätiýaçlandyryş ýok.',
    ]) {
      has(text, 'no-social-protection');
      assert.equal(level(text), 'low', text);
    }
    lacks('Medical insurance included.', 'no-social-protection');
    lacks('Медицинская страховка, без залога.', 'no-social-protection');
  });

  it('makes work at height with no gear and no insurance medium, as the ILO/EC table counts two', () => {
    assert.equal(level('Roof work at height. Bring your own harness. No insurance.'), 'medium');
  });
});

describe('tents, trailers and no water', () => {
  it('reads living in tents, or water by tanker or from a well, as poor housing', () => {
    for (const text of [
      'You live in tents in the field, water comes by tanker.',
      'Проживание в палатках в поле.',
      'Тұру далада, палаткаларда.',
      'Жашоо талаадагы чатырларда, суу цистерна менен келет.',
      'Yashash dalada, chodirlarda.',
      'Яшаш далада, чодирларда.',
      'Ҷой: вагон, об аз чоҳ.',
      'Ýaşaýyş çadyrlarda, suw sisterna bilen getirilýär.',
    ]) {
      has(text, 'poor-housing');
    }
  });

  it('reads eight or more in a trailer or a tent as crowded', () => {
    has('Trailer on site, 10 people together.', 'crowded-housing');
    has('Вагончик, 12 человек вместе.', 'crowded-housing');
    has('Vagon, 10–12 kishi birga.', 'crowded-housing');
    has('Вагон, 10–12 нафар якҷоя.', 'crowded-housing');
  });

  it('does not read a rotation camp of trailers, a tent company, or four to a trailer', () => {
    lacks('Проживание в вагончиках со всеми удобствами, душ, столовая.', 'poor-housing');
    lacks('Event company hiring tent installers for summer festivals.', 'poor-housing');
    lacks('Вагончик на 4 человека, кондиционер.', 'crowded-housing');
  });
});

describe('pay lost by leaving early, and pay sent to the parents', () => {
  it('reads pay or a deposit lost by leaving early, in every language', () => {
    for (const text of [
      'If you leave early, your deposit is not returned.',
      'Кто уедет раньше конца сезона, зарплату не получит.',
      'Kto uedet ranshe sroka, zarplatu ne poluchit.',
      'Маусым біткенше кетсеңіз, жалақы берілмейді.',
      'Эрте кетсеңиз, айлык берилбейт.',
      'Muddatidan oldin ketsangiz, maosh berilmaydi.',
      'Муддатидан олдин кетсангиз, маош берилмайди.',
      'Касе пеш аз охири мавсим равад, маошашро намегирад.',
      'Möhletinden öň gitseňiz, aýlyk berilmeýär.',
    ]) {
      has(text, 'wage-withholding');
    }
  });

  it('reads a wage sent straight to the parents', () => {
    has('The salary is sent directly to your parents every month.', 'wage-withholding');
    has('Айлык ата-энеңизге түз жиберилет.', 'wage-withholding');
    has('Oylik ota-onangizga toʻgʻridan-toʻgʻri yuboriladi.', 'wage-withholding');
  });

  it('does not read a worker sending money home, or a contract ended early by agreement', () => {
    lacks('You can send money to your parents by card any day.', 'wage-withholding');
    lacks('If you leave early, you are paid for every day worked.', 'wage-withholding');
  });
});

describe('a course sold with a job abroad, and a fee paid to the state itself', () => {
  it('reads a course with its price in an offer of work abroad as a recruitment fee', () => {
    has('Work in Japan! Language course in our centre, 4 months — 1 200 $.', 'recruitment-fee');
    has('Работа в Японии. Обучение японскому — 1 200 $.', 'recruitment-fee');
    lacks('Курсы английского в Ташкенте — 1 200 000 сум в месяц.', 'recruitment-fee');
    lacks('Курс доллара 12 600 сум.', 'recruitment-fee');
  });

  it('does not read a visa fee the worker pays to the state themself as a recruitment fee', () => {
    lacks("Viza to'lovi (£298) — o'zingiz UK hukumatining rasmiy saytida to'laysiz.", 'recruitment-fee');
    lacks('You pay: the visa fee to UKVI (about £298) and your own flight.', 'recruitment-fee');
    lacks('Корфармо патент ва хобгоҳро пардохт мекунад.', 'recruitment-fee');
  });

  it('still reads the recruiter’s processing fee beside a consular fee', () => {
    has('Консульский сбор 80 евро, оформление визы 500 долларов.', 'recruitment-fee');
    has('Elchixona yigʻimi 80 yevro, viza rasmiylashtirish 500 dollar.', 'recruitment-fee');
  });
});

describe('the subtle highs these classes complete', () => {
  it('rates three medium indicators high: a fee, a debt from pay, a contract seen only on board', () => {
    assert.equal(
      level('Cruise jobs. Our package — 1 400 $ (training, medical, visa). The flight is advanced and recovered from your first two salaries. You sign your contract on board.'),
      'high',
    );
  });

  it('rates a girl’s wage sent to her parents, papers "not for now" and a narrow age high', () => {
    assert.equal(level('Үй жумушуна кыз керек, жашы 18–22. Айлык ата-энеңизге түз жиберилет. Документ азыр керек эмес, каттоону кийин чечебиз.'), 'high');
  });
});

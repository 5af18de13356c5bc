// The quiz's bundled practice offers in uz (sample-offers.ts says what they are), a module of
// their own so that a page fetches only its language's, beside its messages (issue 19).
export const texts: readonly string[] = [
  `Dubayga ishga qizlar kerak! Yoshi 18-25. Hostes, oylik 3000$ dan. Tajriba shart emas.
Bilet va viza bepul. Pasport nusxasini telegramga yuboring @gulf_stars_hiring`,
  `«Toshkent Savdo» MChJ savdo markaziga sotuvchi-maslahatchi qabul qiladi. Oylik 5 000 000 soʻm, Mehnat kodeksi boʻyicha mehnat shartnomasi, 5/2 jadval, haq toʻlanadigan taʼtil.
Rezyume: jobs@toshkent-savdo.example, tel. +998 71 000 00 00`,
  `Janubiy Koreyaga ish! EPS imtihonisiz, kafolatlangan viza. Zavodda ish, oylik 2 300 000 von.
Hujjatlar uchun oldindan 1500$ kartaga oʻtkazing: 4400 0000 1234 5678. Joylar cheklangan, shoshiling!`,
  `Rossiyaga qurilishga ishchilar kerak. Yoʻl haqini biz toʻlaymiz, keyin ishlab berasiz.
Pasportlar brigadirda saqlanadi. Dam olish kunisiz, kuniga 12 soat.`,
];

// The quiz's bundled practice offers in tk (sample-offers.ts says what they are), a module of
// their own so that a page fetches only its language's, beside its messages (issue 19).
export const texts: readonly string[] = [
  `Dubaýa işe gyzlar gerek! 18-25 ýaş, owadan gyzlar. Hostes, aýlyk 3000$-dan. Tejribe gerek däl.
Mugt bilet we wiza. Pasportyň nusgasyny telegrama iberiň @gulf_stars_hiring`,
  `«Aşgabat Söwda» HJ söwda merkezine satyjy-maslahatçy işe alýar. Aýlyk 3500 manat, Zähmet kodeksi boýunça zähmet şertnamasy, 5/2 tertip, tölegli dynç alyş.
Rezýume: jobs@asgabat-sowda.example, tel. +993 12 00 00 00`,
  `Koreýa işe, EPS synagsyz! Kepillendirilen wiza, zawodda iş.
Resminamalar üçin öňünden 1500$ karta geçiriň: 4400 0000 1234 5678. Ýerler çäkli, howlukmaç boluň!`,
  `Türkiýä gurluşyga işçiler gerek. Bilet bizden, soňra aýlykdan tutulýar.
Pasportlar iş berijide saklanýar. Dynç güni ýok, günde 12 sagat.`,
];

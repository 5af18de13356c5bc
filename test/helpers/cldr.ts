// Every shipped locale's CLDR data at once, for tests that compare what the widgets show with it;
// the widgets themselves fetch one locale at a time (src/widgets/shared/cldr-names.ts).
import type { CldrLocale, CldrLocaleData } from '../../src/widgets/shared/cldr-data.js';
import { data as en } from '../../src/widgets/shared/cldr/en.js';
import { data as ru } from '../../src/widgets/shared/cldr/ru.js';
import { data as kk } from '../../src/widgets/shared/cldr/kk.js';
import { data as ky } from '../../src/widgets/shared/cldr/ky.js';
import { data as uz } from '../../src/widgets/shared/cldr/uz.js';
import { data as uzCyrl } from '../../src/widgets/shared/cldr/uz-Cyrl.js';
import { data as tg } from '../../src/widgets/shared/cldr/tg.js';
import { data as tk } from '../../src/widgets/shared/cldr/tk.js';

export const cldrData: Readonly<Record<CldrLocale, CldrLocaleData>> = { en, ru, kk, ky, uz, 'uz-Cyrl': uzCyrl, tg, tk };

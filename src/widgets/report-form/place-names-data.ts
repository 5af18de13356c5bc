/** What place-names.ts loads after the form's first screen. */
export { byCountryName, countryName } from '../shared/formats.js';
export { confirmationWords } from '../shared/confirmation-words.js';
export { cldrNamesFor, loadCldrNames } from '../shared/cldr-names.js';

// Loaded before the loader by the hotline-data-early page: counts the Intl.Collator and
// Intl.DateTimeFormat objects the page creates, for the test to see when the first one was made.
window.__intlMade = { collators: 0, dateFormats: 0 };
for (const [name, key] of [['Collator', 'collators'], ['DateTimeFormat', 'dateFormats']]) {
  const Original = Intl[name];
  const Counted = function (...args) {
    window.__intlMade[key] += 1;
    return new Original(...args);
  };
  Counted.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
  Counted.prototype = Original.prototype;
  Intl[name] = Counted;
}

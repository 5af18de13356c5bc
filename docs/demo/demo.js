// Demo-page glue only: the language switch and a log of widget events.
const select = document.getElementById('page-lang');
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
});

const inline = document.getElementById('demo-exit-inline');
inline.addEventListener('safe-exit', (event) => {
  event.preventDefault();
  document.getElementById('exit-log').textContent = `safe-exit (${event.trigger}) cancelled by the demo: a real page would now be replaced by ${event.href}`;
});

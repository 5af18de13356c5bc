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

// The demo server tells the form where its receiver is and which public key to encrypt to; on a
// real site both are plain attributes in the HTML.
const form = document.getElementById('demo-report');
fetch('config.json')
  .then((response) => (response.ok ? response.json() : undefined))
  .then((config) => {
    if (!config) return;
    form.setAttribute('public-key', JSON.stringify(config.publicKey));
    form.setAttribute('endpoint', config.endpoint);
  })
  .catch(() => {
    // Served by another server (e.g. the test runner): the form shows its fallback channels instead.
  });

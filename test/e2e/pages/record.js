// Loaded first by every host page: records CSP violations and every network request the page makes,
// for the test in the parent frame to read.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});
window.__requests = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__requests.push(entry.name);
}).observe({ type: 'resource', buffered: true });

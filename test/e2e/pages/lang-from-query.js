// Sets the page's language from `?lang=` before the kit's loader runs (a classic script in the head
// runs before a module), so that one host page serves every locale's test.
document.documentElement.lang = new URLSearchParams(location.search).get('lang') || 'ru';

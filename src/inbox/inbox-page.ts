/**
 * The inbox page's script (dist/inbox/inbox.js): picks the language from the browser, then shows
 * `<safe-inbox>`, which index.html holds.
 */
import { browserLocale, setLocale } from './localization.js';
import './inbox-app.js';

const locale = browserLocale();
document.documentElement.lang = locale;
void setLocale(locale);

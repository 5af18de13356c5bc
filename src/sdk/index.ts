/**
 * safe-migration-kit SDK: DOM-free functions and types. Every public export is listed here by
 * name; nothing in this module graph imports lit or touches the DOM.
 */
export { SafeError } from './errors.js';
export { VERSION } from './version.js';

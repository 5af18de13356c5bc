/**
 * safe-migration-kit/server: the Node-only reference receiver for reports.
 */
export { VERSION } from '../sdk/version.js';

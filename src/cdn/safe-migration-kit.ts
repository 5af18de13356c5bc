// The CDN's ES-module loader: `<script type="module" src=".../safe-migration-kit.js" integrity>`.
// Every chunk it loads is checked against the hash the build wrote into it (integrity-import.ts).
import { installCheckedImport } from './integrity-import.js';
import { startLoader } from '../widgets/loader.js';

export { discover, knownElements, register } from '../widgets/loader.js';

installCheckedImport();
startLoader();

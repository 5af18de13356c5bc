// The CDN's ES-module loader: `<script type="module" src=".../safe-migration-kit.js">`.
import { startLoader } from '../widgets/loader.js';

export { discover, knownElements, register } from '../widgets/loader.js';

startLoader();

// Puts the bundled hotline data beside the script-tag build as its own versioned JSON file, so a
// site can load (or mirror, or replace) the data without rebuilding: dist/cdn/data/
//   hotlines-v<format version>-<generated date>.json   never changes once published
//   hotlines.json                                       the newest, same bytes
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const source = 'src/data/hotlines.json';
const data = JSON.parse(readFileSync(source, 'utf8'));
mkdirSync('dist/cdn/data', { recursive: true });
const versioned = `dist/cdn/data/hotlines-v${data.version}-${data.generated}.json`;
copyFileSync(source, versioned);
copyFileSync(source, 'dist/cdn/data/hotlines.json');
console.log(`${versioned} (${data.hotlines.length} hotlines)`);

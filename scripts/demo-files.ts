/**
 * `npm run demo-files [-- --force]`: generates the demo sites' PDF and Word report files from the
 * seed reports (PDF in the system Chromium, .docx with the docx library). They are build outputs,
 * not committed; `npm start` and the tests generate them when they are missing.
 */
import { parseArgs } from 'node:util';
import { demoFilePath, ensureDemoFiles } from './demo-files/index.ts';

const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
const written = await ensureDemoFiles({ force: values.force });
for (const file of written) console.log(`demo file: ${demoFilePath(file)}`);
console.log(`demo files: ${written.length} written`);

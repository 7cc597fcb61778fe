/**
 * The pdf.js files an extension page needs at run time, copied into the build by wxt.config.ts:
 * the worker, and the Adobe CMaps (binary, "packed") without which the text of Chinese PDFs in
 * CID fonts that are not embedded (UniGB-UCS2-H and friends) comes out empty.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFJS_ASSET_DIR } from '../../lib/filetext/browser.ts';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export function pdfjsPublicFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const cmaps = readdirSync(join(PDFJS_DIR, 'cmaps'))
    .filter((f) => f.endsWith('.bcmap') || f === 'LICENSE')
    .map((f) => ({ absoluteSrc: join(PDFJS_DIR, 'cmaps', f), relativeDest: `${PDFJS_ASSET_DIR}/cmaps/${f}` }));
  return [{ absoluteSrc: join(PDFJS_DIR, 'build', 'pdf.worker.min.mjs'), relativeDest: `${PDFJS_ASSET_DIR}/pdf.worker.min.mjs` }, ...cmaps];
}

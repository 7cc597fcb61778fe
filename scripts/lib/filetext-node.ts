/**
 * pdf.js for Node (the CLI and the tests): the legacy build, which runs without a worker thread
 * and reads its CMaps and standard fonts straight from the installed package.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Pdfjs, PdfEnvironment } from '../../lib/filetext/index.ts';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const nodePdfEnvironment: PdfEnvironment = {
  load: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pdfjs,
  options: {
    // Paths, not URLs: the Node build reads them with fs. The trailing slash is required.
    cMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
  },
};

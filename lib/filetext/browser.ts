/**
 * pdf.js for extension pages (the reader page, the side panel's harvest): the browser build,
 * loaded on demand, with its worker and CMaps served from the extension's own files (copied
 * there at build time, see scripts/lib/pdfjs-assets.ts). Never imported by the content script.
 */
import type { Pdfjs, PdfEnvironment } from './pdf.ts';

/** Where the build puts pdf.js's files inside the extension. */
export const PDFJS_ASSET_DIR = 'pdfjs';

/**
 * `assetUrl` turns a path inside the extension into a URL: browser.runtime.getURL in an
 * extension page (a function is passed so this module needs no extension API).
 */
export function extensionPdfEnvironment({ assetUrl }: { assetUrl: (path: string) => string }): PdfEnvironment {
  return {
    load: async () => {
      const pdfjs = await import('pdfjs-dist');
      // A module worker from the extension's origin: pdf.js parses off the page's main thread.
      pdfjs.GlobalWorkerOptions.workerSrc = assetUrl(`/${PDFJS_ASSET_DIR}/pdf.worker.min.mjs`);
      return pdfjs as unknown as Pdfjs;
    },
    options: {
      cMapUrl: assetUrl(`/${PDFJS_ASSET_DIR}/cmaps/`),
      cMapPacked: true,
    },
  };
}

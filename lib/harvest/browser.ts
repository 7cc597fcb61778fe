/**
 * The harvest's environment in an extension page (the side panel, the reader): the page's own
 * fetch (host permission for *.gov.cn lets it read county sites), DOMParser, pdf.js and mammoth
 * loaded on demand, real time. An MV3 service worker has no DOMParser, so the harvest never runs
 * in the background.
 */
import { extensionPdfEnvironment } from '../filetext/browser.ts';
import { extractFileText } from '../filetext/index.ts';
import type { Clock, HarvestEnvironment } from './types.ts';

/** Real time: sleeps end early when the signal aborts (a cancel does not wait out the pause). */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done);
    }),
};

export function browserHarvestEnvironment({
  pauseMs,
  assetUrl,
}: {
  pauseMs: number;
  /** browser.runtime.getURL: where pdf.js's worker and CMaps are in the extension. */
  assetUrl: (path: string) => string;
}): HarvestEnvironment {
  const pdf = extensionPdfEnvironment({ assetUrl });
  return {
    // Bound: the extension page's fetch called unbound throws "Illegal invocation".
    fetch: (input, init) => fetch(input, init),
    // A DOMParser document runs no scripts and loads nothing: a fetched page is only read.
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    readFile: (file) => extractFileText({ ...file, pdf }),
    clock: realClock,
    pauseMs,
  };
}

/**
 * The harvest's public face: find the reports a page links to (following a column's pager), then
 * fetch, parse and save them one by one. Everything it touches (fetch, DOM parser, file readers,
 * library, clock) is passed in; nothing here uses an extension API.
 *
 * In an extension page (it needs DOMParser, which an MV3 service worker lacks):
 *
 *   const env: HarvestEnvironment = {
 *     fetch: (input, init) => fetch(input, init),   // unbound window.fetch throws "Illegal invocation"
 *     parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
 *     readFile: (file) => extractFileText({ ...file, pdf: extensionPdfEnvironment({ assetUrl: browser.runtime.getURL }) }),
 *     clock: { now: Date.now, sleep: (ms, signal) => new Promise((r) => { const t = setTimeout(r, ms); signal?.addEventListener('abort', () => { clearTimeout(t); r(); }); }) },
 *     pauseMs: settings.harvestPauseMs,
 *   };
 *   const column = await collectColumn({ first: columnPageOf({ doc, url }), env, signal });
 *   await runHarvest({ links: chosen, env, library: { isInLibrary, save }, signal, onProgress: setProgress });
 */
export { collectColumn, type Column, type ColumnProgress } from './column.ts';
export { columnPageOf, type ColumnPage } from './column-page.ts';
export { charsetFromContentType, charsetFromMarkup, decodePage, type DecodedPage } from './decode.ts';
export { discoverReportLinks } from './discover.ts';
export { nextPageOf } from './pager.ts';
export { runHarvest, type HarvestLibrary } from './queue.ts';
export type * from './types.ts';

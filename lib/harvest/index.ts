/**
 * The harvest's public face: find the reports a page links to (following a column's pager), then
 * fetch, parse and save them one by one. Everything it touches (fetch, DOM parser, file readers,
 * library, clock) is passed in; nothing here uses an extension API.
 */
export { collectColumn, type Column } from './column.ts';
export { charsetFromContentType, charsetFromMarkup, decodePage, type DecodedPage } from './decode.ts';
export { discoverReportLinks } from './discover.ts';
export { nextPageOf } from './pager.ts';
export { runHarvest, type HarvestLibrary } from './queue.ts';
export type * from './types.ts';

/**
 * Injected into a tab's top frame when the side panel's Save all asks what the page links to
 * (lib/background/report-links.ts): the reports it names and its column's next page, read from the
 * live document. Returns plain data; the background validates it. Never a content script, so the
 * content script's size is untouched.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { columnPageOf } from '../lib/harvest/column-page.ts';

export default defineUnlistedScript(() => columnPageOf({ doc: document, url: location.href }));

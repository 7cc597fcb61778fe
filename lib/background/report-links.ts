/**
 * Save all asks what the tab's page links to. An extension script injected into the tab's top frame
 * (entrypoints/report-links.ts) reads the live document — a column list a script filled in after
 * load counts — so the content script carries none of that code. What it returns is the page's
 * word: validated, and kept only where it stays on the site of the address the browser reported
 * for the tab.
 */
import { ColumnPageSchema, parseMessage, type ReportLinksReply } from '../messages.ts';
import { sameSite } from '../harvest/urls.ts';
import { isWebUrl } from '../web-url.ts';
import type { PageDeps } from './page-text.ts';

export async function reportLinksOfTab(deps: PageDeps, tabId: number): Promise<ReportLinksReply> {
  const state = await deps.store.readState(tabId);
  if (!state || !isWebUrl(state.url)) return { ok: false };
  let raw: unknown;
  try {
    raw = await deps.tabs.findReportLinks(tabId);
  } catch {
    // The tab moved on, or the site is one ReportLens may not read (no host permission, no click).
    return { ok: false };
  }
  const page = parseMessage(ColumnPageSchema, raw);
  const own = (url: string) => sameSite(url, state.url);
  if (!page || !own(page.url)) return { ok: false };
  return {
    ok: true,
    page: {
      url: page.url,
      links: page.links.filter((link) => own(link.url)),
      next: page.next !== null && own(page.next) ? page.next : null,
    },
  };
}

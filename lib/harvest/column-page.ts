/**
 * What one page offers a harvest: the reports it links to and its column's next page. Computed in
 * the tab itself by an injected extension script (entrypoints/report-links.ts), so a column list
 * a script filled in after load counts, and for fetched column pages (column.ts). Kept apart from
 * the fetching code so the injected script bundles only this.
 */
import { discoverReportLinks } from './discover.ts';
import { nextPageOf } from './pager.ts';
import type { ReportLink } from './types.ts';

export interface ColumnPage {
  /** The page's address (relative links were resolved against it). */
  url: string;
  links: ReportLink[];
  /** The column's next page (下一页, index_1.shtml), or null. */
  next: string | null;
}

export function columnPageOf({ doc, url }: { doc: Document; url: string }): ColumnPage {
  return { url, links: discoverReportLinks({ doc, url }), next: nextPageOf({ doc, url }) };
}

/**
 * Reports split over several pages. County CMSs (TRS, Hanweb) cut long articles into
 * t20200427_1234568.shtml, t20200427_1234568_1.shtml, _2 …; each page alone is half a report (the
 * second half has no title block, so no region or years). The pages met so far are put back
 * together, in order, and parsed as one report.
 */

/** The page-number suffix: one or two digits before the extension (longer runs are article ids). */
const PAGE_SUFFIX = /^(.*?)_(\d{1,2})(\.(?:s?html?|jsp|aspx?|php))$/i;
const PAGEABLE = /\.(?:s?html?|jsp|aspx?|php)$/i;

export interface PageOfReport {
  /** The first page's URL: the report's address in the library. */
  base: string;
  /** 0 for the first page, n for the page with suffix _n. */
  index: number;
}

export function pageOf(url: string): PageOfReport | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!PAGEABLE.test(u.pathname)) return null;
  const m = PAGE_SUFFIX.exec(u.pathname);
  u.hash = '';
  if (!m) return { base: u.toString(), index: 0 };
  u.pathname = m[1]! + m[3]!;
  return { base: u.toString(), index: Number(m[2]) };
}

export interface CombinedPages {
  text: string;
  /** Where each page's text starts in the combined text, by page index. */
  starts: Map<number, number>;
}

/** The pages' texts in page order, one line break between them. */
export function combinePages(pages: Record<number, string>): CombinedPages {
  const starts = new Map<number, number>();
  const parts: string[] = [];
  let length = 0;
  for (const index of Object.keys(pages)
    .map(Number)
    .sort((a, b) => a - b)) {
    if (parts.length > 0) {
      parts.push('\n');
      length += 1;
    }
    starts.set(index, length);
    parts.push(pages[index]!);
    length += pages[index]!.length;
  }
  return { text: parts.join(''), starts };
}

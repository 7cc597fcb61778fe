/**
 * Links a page's classification needs: links naming a work report (a column page lists several),
 * and links to the other pages of the same article (the pager of a report split over pages).
 */
import { pageOf } from './pages.ts';

/** Links that name a work report: a column page lists several (2016年政府工作报告, 2017年…). */
export function countReportLinks(doc: Document): number {
  let n = 0;
  for (const a of Array.from(doc.querySelectorAll('a'))) if (/工作报告/.test(a.textContent ?? '')) n++;
  return n;
}

/**
 * The URL relative links of `doc` resolve against: its <base href>, else the page's own URL. A
 * document from DOMParser (a page fetched by an extension page) has no location, and its
 * `a.href` resolves against the extension page, so hrefs are resolved here from the attribute.
 */
export function documentBaseUrl(doc: Document, pageUrl: string): string {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  if (base) {
    try {
      return new URL(base, pageUrl).toString();
    } catch {
      // an unparseable <base> is ignored, as browsers do
    }
  }
  return pageUrl;
}

/** The absolute URL of a link's href, or null (javascript:, mailto:, unparseable). */
export function resolveHref(href: string | null, baseUrl: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * Absolute URLs of the other pages of this article (…_1.shtml, …_2.shtml), at most 50. `url` is
 * the page's address: the live page's own by default, given for a fetched one.
 */
export function otherPagesOf(doc: Document, url: string = doc.location?.href ?? ''): string[] {
  const here = pageOf(url);
  if (!here) return [];
  const base = documentBaseUrl(doc, url);
  const found = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = resolveHref(a.getAttribute('href'), base);
    const page = href ? pageOf(href) : null;
    if (page && page.base === here.base && page.index !== here.index) found.add(href!.split('#')[0]!);
    if (found.size >= 50) break;
  }
  return [...found];
}

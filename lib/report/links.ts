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

/** Absolute URLs of the other pages of this article (…_1.shtml, …_2.shtml), at most 50. */
export function otherPagesOf(doc: Document): string[] {
  const here = pageOf(doc.location?.href ?? '');
  if (!here) return [];
  const found = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = (a as HTMLAnchorElement).href;
    const page = pageOf(href);
    if (page && page.base === here.base && page.index !== here.index) found.add(href.split('#')[0]!);
    if (found.size >= 50) break;
  }
  return [...found];
}

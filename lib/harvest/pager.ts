/**
 * A column's next page: a 下一页 link, or the page TRS WCM writes with a script
 * (createPageHTML(5, 0, "index", "shtml") → index_1.shtml), as most county portals built on it do.
 */
import { documentBaseUrl, resolveHref } from '../report/links.ts';
import { sameSite, withoutHash } from './urls.ts';

const NEXT_TEXT = /^(?:下一页|下页|后一页|下一頁|next|>|›|»|>>)$/i;
const TRS_PAGER = /createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']/;

export function nextPageOf({ doc, url }: { doc: Document; url: string }): string | null {
  const base = documentBaseUrl(doc, url);
  const here = withoutHash(url);
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const text = (a.textContent ?? '').replace(/\s+/g, '');
    if (!NEXT_TEXT.test(text)) continue;
    const href = resolveHref(a.getAttribute('href'), base);
    if (href && sameSite(href, url) && withoutHash(href) !== here) return withoutHash(href);
  }
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const m = TRS_PAGER.exec(script.textContent ?? '');
    if (!m) continue;
    const [count, current] = [Number(m[1]), Number(m[2])];
    return current + 1 < count ? resolveHref(`${m[3]}_${current + 1}.${m[4]}`, base) : null;
  }
  return null;
}

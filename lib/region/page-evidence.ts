/**
 * Region evidence a page carries outside its article: the site's own name and the page's own URL.
 * DOM in, strings out; no division data here, so the content script may use it later without the
 * dataset following it into the page.
 */
import { REGION_LIMITS } from '../limits.ts';

/** CMS meta tags naming the site: <meta name="SiteName" content="柳林县人民政府"> (TRS, Hanweb), og:site_name. */
const SITE_NAME_META = new Set(['sitename', 'site_name', 'og:site_name', 'application-name']);
/** A header logo's alt text names the government: <img alt="柳林县人民政府门户网站">. */
const GOVERNMENT_ALT = /人民政府|政府网/;

export function siteNameOf(doc: Document): string | null {
  for (const meta of doc.querySelectorAll('meta')) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (SITE_NAME_META.has(key) && content) return content;
  }
  const images = [...doc.querySelectorAll('img[alt]')].slice(0, REGION_LIMITS.logoImages);
  const logo = images.map((img) => img.getAttribute('alt')?.trim() ?? '').find((alt) => GOVERNMENT_ALT.test(alt));
  return logo || null;
}

/** The URL a saved page declares for itself: <link rel="canonical">, else og:url. */
export function declaredUrlOf(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  return candidates.find((u): u is string => !!u && /^https?:\/\//i.test(u.trim()))?.trim() ?? null;
}

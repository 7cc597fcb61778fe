/**
 * A whole column: its first page (the one the user is on) and the pages its pager leads to, up
 * to LIMITS.maxColumnPages, each fetched politely; the report links of all pages, once each.
 */
import { LIMITS } from '../limits.ts';
import { decodePage } from './decode.ts';
import { discoverReportLinks } from './discover.ts';
import { politeFetcher } from './fetch.ts';
import { nextPageOf } from './pager.ts';
import type { HarvestEnvironment, HarvestFailure, ReportLink } from './types.ts';

export interface Column {
  links: ReportLink[];
  /** The column pages read, in order. */
  pages: string[];
  /** Why it stopped: the pager ended, the page limit, a page that failed (its links so far are kept), or a cancel. */
  stopped: { reason: 'end' | 'limit' | 'cancelled' } | { reason: 'failed'; url: string; failure: HarvestFailure };
}

export async function collectColumn({
  url,
  doc,
  env,
  signal,
  maxPages = LIMITS.maxColumnPages,
}: {
  url: string;
  /** The first page, as the user sees it. */
  doc: Document;
  env: HarvestEnvironment;
  signal?: AbortSignal;
  maxPages?: number;
}): Promise<Column> {
  const fetcher = politeFetcher({ fetch: env.fetch, clock: env.clock, pauseMs: env.pauseMs ?? LIMITS.harvestPauseMs });
  const links = new Map<string, ReportLink>();
  const pages = [url];
  const add = (found: ReportLink[]) => {
    for (const link of found) if (!links.has(link.url) && links.size < LIMITS.maxHarvestLinks) links.set(link.url, link);
  };
  const result = (stopped: Column['stopped']): Column => ({ links: [...links.values()], pages, stopped });

  add(discoverReportLinks({ doc, url }));
  let next = nextPageOf({ doc, url });
  while (next && !pages.includes(next)) {
    if (pages.length >= maxPages) return result({ reason: 'limit' });
    await fetcher.pause(signal);
    if (signal?.aborted) return result({ reason: 'cancelled' });
    const fetched = await fetcher.get({ url: next, limit: LIMITS.maxFetchedPageBytes });
    if (!fetched.ok) return result({ reason: 'failed', url: next, failure: fetched.failure });
    const decoded = decodePage({ bytes: fetched.bytes, contentType: fetched.contentType });
    if (!decoded.ok) return result({ reason: 'failed', url: next, failure: { reason: 'encoding', message: decoded.message } });
    const page = env.parseHtml(decoded.text, fetched.url);
    pages.push(fetched.url);
    add(discoverReportLinks({ doc: page, url: fetched.url }));
    next = nextPageOf({ doc: page, url: fetched.url });
  }
  return result({ reason: 'end' });
}

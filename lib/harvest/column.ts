/**
 * A whole column: its first page (the one the user is on) and the pages its pager leads to, up
 * to LIMITS.maxColumnPages, each fetched politely; the report links of all pages, once each.
 */
import { LIMITS } from '../limits.ts';
import { columnPageOf, type ColumnPage } from './column-page.ts';
import { decodePage } from './decode.ts';
import { politeFetcher } from './fetch.ts';
import type { HarvestEnvironment, HarvestFailure, ReportLink } from './types.ts';

export interface Column {
  links: ReportLink[];
  /** The column pages read, in order. */
  pages: string[];
  /** Why it stopped: the pager ended, the page limit, a page that failed (its links so far are kept), or a cancel. */
  stopped: { reason: 'end' | 'limit' | 'cancelled' } | { reason: 'failed'; url: string; failure: HarvestFailure };
}

/** The column so far, and the page being fetched now (null once it stopped). */
export type ColumnProgress = Omit<Column, 'stopped'> & { reading: string | null };

export async function collectColumn({
  first,
  env,
  signal,
  maxPages = LIMITS.maxColumnPages,
  onProgress,
}: {
  /** The first page, as the user sees it (columnPageOf over the tab's document). */
  first: ColumnPage;
  env: HarvestEnvironment;
  signal?: AbortSignal;
  maxPages?: number;
  /** Called before each page is fetched and at the end, with copies. */
  onProgress?: (progress: ColumnProgress) => void;
}): Promise<Column> {
  const fetcher = politeFetcher({ fetch: env.fetch, clock: env.clock, pauseMs: env.pauseMs ?? LIMITS.harvestPauseMs, gate: env.gate });
  const links = new Map<string, ReportLink>();
  const pages = [first.url];
  const add = (found: ReportLink[]) => {
    for (const link of found) if (!links.has(link.url) && links.size < LIMITS.maxHarvestLinks) links.set(link.url, link);
  };
  const report = (reading: string | null) => onProgress?.({ links: [...links.values()], pages: [...pages], reading });
  const result = (stopped: Column['stopped']): Column => {
    report(null);
    return { links: [...links.values()], pages, stopped };
  };

  add(first.links);
  let next = first.next;
  while (next && !pages.includes(next)) {
    if (pages.length >= maxPages) return result({ reason: 'limit' });
    report(next);
    await fetcher.pause(signal);
    if (signal?.aborted) return result({ reason: 'cancelled' });
    const fetched = await fetcher.get({ url: next, limit: LIMITS.maxFetchedPageBytes });
    if (!fetched.ok) return result({ reason: 'failed', url: next, failure: fetched.failure });
    const decoded = decodePage({ bytes: fetched.bytes, contentType: fetched.contentType });
    if (!decoded.ok) return result({ reason: 'failed', url: next, failure: { reason: 'encoding', message: decoded.message } });
    const page = columnPageOf({ doc: env.parseHtml(decoded.text, fetched.url), url: fetched.url });
    pages.push(fetched.url);
    add(page.links);
    next = page.next;
  }
  return result({ reason: 'end' });
}

/** A fake network, clock and library for harvest tests: everything the harvest is given, observable. */
import { parseHTML } from 'linkedom';
import { extractFileText } from '../../../lib/filetext/index.ts';
import type { Clock, HarvestEnvironment, HarvestedReport } from '../../../lib/harvest/index.ts';
import type { HarvestLibrary } from '../../../lib/harvest/queue.ts';
import { nodePdfEnvironment } from '../../../scripts/lib/filetext-node.ts';

/** A clock whose time moves only when the harvest sleeps. */
export function fakeClock(start = 1_700_000_000_000): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) return;
      sleeps.push(ms);
      now += ms;
    },
  };
}

export interface FakeResource {
  status?: number;
  body?: string | Uint8Array;
  contentType?: string;
  /** Answer as if redirected here. */
  redirectTo?: string;
  /** Fail like a dead host. */
  networkError?: boolean;
  /** Called when requested (to cancel a run mid-way). */
  onRequest?: () => void;
}

export interface Request {
  url: string;
  at: number;
}

/** fetch over a table of URLs; anything else answers 404. Records every request with the clock's time. */
export function fakeWeb(resources: Record<string, FakeResource>, clock: Clock): { fetch: typeof fetch; requests: Request[] } {
  const requests: Request[] = [];
  const fetchImpl = async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push({ url, at: clock.now() });
    const r = resources[url];
    r?.onRequest?.();
    if (r?.networkError) throw new TypeError('Failed to fetch');
    const body = r?.body ?? '<!doctype html><title>404</title>';
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    const response = new Response(new Uint8Array(bytes), {
      status: r ? (r.status ?? 200) : 404,
      headers: { 'content-type': r?.contentType ?? 'text/html; charset=utf-8' },
    });
    Object.defineProperty(response, 'url', { value: r?.redirectTo ?? url });
    return response;
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

export const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

export function environment({
  fetch,
  clock,
  pauseMs = 1000,
}: {
  fetch: typeof globalThis.fetch;
  clock: Clock;
  pauseMs?: number;
}): HarvestEnvironment {
  return { fetch, clock, pauseMs, parseHtml, readFile: (file) => extractFileText({ ...file, pdf: nodePdfEnvironment }) };
}

/**
 * A library with the dedupe rules that matter here: the same URL, or the same region's report for
 * the same year, is the report already saved.
 */
export function memoryLibrary(): HarvestLibrary & { reports: HarvestedReport[] } {
  const reports: HarvestedReport[] = [];
  const identity = (r: HarvestedReport) => `${r.parsed.report.region?.name}|${r.parsed.report.planYear}`;
  return {
    reports,
    isInLibrary: async (url) => reports.some((r) => r.url === url),
    save: async (report) => {
      if (reports.some((r) => r.url === report.url || identity(r) === identity(report))) return 'already';
      reports.push(report);
      return 'saved';
    },
  };
}

/**
 * Polite fetching: one request at a time, a pause between two requests, a size limit checked
 * before and while the body arrives. Failures come back as values that say why (HTTP status, too
 * large, network, a redirect off the site), never as exceptions.
 */
import type { Clock, HarvestFailure } from './types.ts';
import { sameSite } from './urls.ts';

export interface Fetched {
  ok: true;
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export type FetchOutcome = Fetched | { ok: false; failure: HarvestFailure };

async function readCapped(response: Response, limit: number): Promise<Uint8Array | { tooLarge: number }> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await response.body?.cancel().catch(() => {});
    return { tooLarge: declared };
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { tooLarge: total };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** One GET. `limit` is the most bytes accepted for this kind of resource. */
export async function fetchResource({
  fetch,
  url,
  limit,
}: {
  fetch: typeof globalThis.fetch;
  url: string;
  limit: number;
}): Promise<FetchOutcome> {
  let response: Response;
  try {
    // The user's cookies for the site go along: some county sites set one on the first visit and
    // answer a request without it with a challenge page.
    response = await fetch(url, { credentials: 'include', redirect: 'follow' });
  } catch (error) {
    return { ok: false, failure: { reason: 'network', message: (error as Error).message || 'network error' } };
  }
  const finalUrl = response.url || url;
  if (!sameSite(finalUrl, url)) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, failure: { reason: 'off-site', url: finalUrl } };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, failure: { reason: 'http', status: response.status } };
  }
  try {
    const body = await readCapped(response, limit);
    if ('tooLarge' in body) return { ok: false, failure: { reason: 'too-large', bytes: body.tooLarge, limit } };
    return { ok: true, url: finalUrl, contentType: response.headers.get('content-type'), bytes: body };
  } catch (error) {
    return { ok: false, failure: { reason: 'network', message: (error as Error).message || 'connection lost' } };
  }
}

/**
 * When the last request to the site ended, shared by every fetcher of one panel (following a
 * column's pager, then Save all): the pause holds between any two of its requests.
 */
export interface RequestGate {
  lastAt: number | null;
}

/**
 * A fetcher that waits `pauseMs` between the end of one request and the start of the next (its
 * own, or another's through a shared `gate`). The queue calls `pause` with the run's signal before
 * a new link, so a cancel cuts that wait short and no request follows; the waits inside one link
 * (the pages of a split report) are not cut, so the link being read is finished.
 */
export function politeFetcher({
  fetch,
  clock,
  pauseMs,
  gate = { lastAt: null },
}: {
  fetch: typeof globalThis.fetch;
  clock: Clock;
  pauseMs: number;
  gate?: RequestGate;
}) {
  let paused = false;
  const pause = async (signal?: AbortSignal) => {
    if (gate.lastAt === null || paused) return;
    const wait = pauseMs - (clock.now() - gate.lastAt);
    if (wait > 0) await clock.sleep(wait, signal);
    paused = !signal?.aborted;
  };
  return {
    pause,
    async get({ url, limit }: { url: string; limit: number }): Promise<FetchOutcome> {
      await pause();
      paused = false;
      gate.lastAt = clock.now();
      try {
        return await fetchResource({ fetch, url, limit });
      } finally {
        gate.lastAt = clock.now();
      }
    },
  };
}

export type PoliteFetcher = ReturnType<typeof politeFetcher>;

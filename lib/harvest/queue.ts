/**
 * Save all: the chosen links, one at a time, in order, with a pause between requests. Every step
 * reports a snapshot (counts, the current title, the results so far). Cancel stops after the link
 * being read; what was saved stays saved. "Already in the library?" and "save" are injected (the
 * background passes the library's dedupe-aware save), so a second run saves nothing twice.
 */
import { LIMITS } from '../limits.ts';
import { politeFetcher } from './fetch.ts';
import { readLink } from './read.ts';
import type { HarvestEnvironment, HarvestOutcome, HarvestProgress, HarvestResult, HarvestedReport, ReportLink } from './types.ts';

export interface HarvestLibrary {
  /** Whether a report at this URL is saved already (checked before any request). */
  isInLibrary(url: string): Promise<boolean>;
  /** Saves a report; 'already' when the library's dedupe rules found it (same text at another URL, same region and year). */
  save(report: HarvestedReport): Promise<'saved' | 'already'>;
}

export async function runHarvest({
  links,
  env,
  library,
  signal,
  onProgress,
}: {
  links: ReportLink[];
  env: HarvestEnvironment;
  library: HarvestLibrary;
  signal?: AbortSignal;
  onProgress?: (progress: HarvestProgress) => void;
}): Promise<HarvestProgress> {
  const unique = [...new Map(links.map((l) => [l.url, l])).values()];
  const fetcher = politeFetcher({ fetch: env.fetch, clock: env.clock, pauseMs: env.pauseMs ?? LIMITS.harvestPauseMs });
  const progress: HarvestProgress = {
    total: unique.length,
    done: 0,
    counts: { saved: 0, already: 0, notReport: 0, failed: 0 },
    current: null,
    results: [],
    finished: false,
    cancelled: false,
  };
  const report = () => onProgress?.({ ...progress, counts: { ...progress.counts }, results: [...progress.results] });
  const record = (link: ReportLink, outcome: HarvestOutcome, title = link.title) => {
    progress.results.push({ link, outcome, title } satisfies HarvestResult);
    if (outcome.status !== 'skipped') progress.done++;
    if (outcome.status === 'saved') progress.counts.saved++;
    else if (outcome.status === 'already') progress.counts.already++;
    else if (outcome.status === 'not-report') progress.counts.notReport++;
    else if (outcome.status === 'failed') progress.counts.failed++;
  };

  report();
  for (const link of unique) {
    if (signal?.aborted) break;
    progress.current = link;
    report();
    if (await library.isInLibrary(link.url)) {
      record(link, { status: 'already' });
      continue;
    }
    await fetcher.pause(signal);
    if (signal?.aborted) break;
    try {
      const read = await readLink({ link, fetcher, env });
      if (!read.ok) record(link, { status: 'failed', failure: read.failure });
      else if (!read.parsed.report.isReport)
        record(
          link,
          { status: 'not-report', kind: read.parsed.report.kind, reasons: read.parsed.report.reasons },
          read.parsed.report.title ?? link.title,
        );
      else {
        const report = {
          url: read.url,
          pageTitle: read.pageTitle,
          parsed: read.parsed,
          fileKind: read.fileKind,
          fetchedAt: env.clock.now(),
          pages: read.pages,
        };
        record(link, { status: await library.save(report) }, read.parsed.report.title ?? link.title);
      }
    } catch (error) {
      // One link's trouble (a full disk, a parser bug on a strange page) is that link's result; the run goes on.
      record(link, { status: 'failed', failure: { reason: 'error', message: (error as Error).message } });
    }
  }
  for (const link of unique.slice(progress.results.length)) record(link, { status: 'skipped' });
  progress.current = null;
  progress.cancelled = Boolean(signal?.aborted) && progress.results.some((r) => r.outcome.status === 'skipped');
  progress.finished = true;
  report();
  return progress;
}

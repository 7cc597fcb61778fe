/**
 * Save all: the chosen links, one at a time, in order, with a pause between requests. Every step
 * reports a snapshot (counts, the current title, the results so far). Cancel stops after the link
 * being read; what was saved stays saved. "Already in the library?" and "save" are injected (the
 * background passes the library's dedupe-aware save), so a second run saves nothing twice.
 */
import { LIMITS } from '../limits.ts';
import { politeFetcher, type PoliteFetcher } from './fetch.ts';
import { readLink } from './read.ts';
import { storageProblem } from '../library/errors.ts';
import type { HarvestEnvironment, HarvestedReport, HarvestFailure, HarvestOutcome, HarvestProgress, ReportLink } from './types.ts';

export interface HarvestLibrary {
  /** Whether a report at this URL is saved already (checked before any request). */
  isInLibrary(url: string): Promise<boolean>;
  /** Saves a report; 'already' when the library's dedupe rules found it (same text at another URL, same region and year). */
  save(report: HarvestedReport): Promise<'saved' | 'already'>;
}

/** The run's state, and a copy of it for every listener call (the view may keep snapshots). */
function tracker(total: number, onProgress?: (progress: HarvestProgress) => void) {
  const progress: HarvestProgress = {
    total,
    done: 0,
    counts: { saved: 0, already: 0, notReport: 0, failed: 0 },
    current: null,
    results: [],
    finished: false,
    cancelled: false,
  };
  const COUNTERS = { saved: 'saved', already: 'already', 'not-report': 'notReport', failed: 'failed' } as const;
  return {
    progress,
    report: () => onProgress?.({ ...progress, counts: { ...progress.counts }, results: [...progress.results] }),
    record(link: ReportLink, outcome: HarvestOutcome, title = link.title) {
      progress.results.push({ link, outcome, title });
      if (outcome.status === 'skipped') return;
      progress.done++;
      progress.counts[COUNTERS[outcome.status]]++;
    },
  };
}

/** One link, start to end: what happened to it, and the report's title when one was parsed. */
async function harvestOne({
  link,
  env,
  library,
  fetcher,
}: {
  link: ReportLink;
  env: HarvestEnvironment;
  library: HarvestLibrary;
  fetcher: PoliteFetcher;
}): Promise<{ outcome: HarvestOutcome; title?: string }> {
  try {
    const read = await readLink({ link, fetcher, env });
    if (!read.ok) return { outcome: { status: 'failed', failure: read.failure } };
    const { report } = read.parsed;
    // A page that is no report has no title worth the name (its headline is any line naming a 报告): the link's text says what it is.
    if (!report.isReport) return { outcome: { status: 'not-report', kind: report.kind, reasons: report.reasons } };
    const title = report.title ?? link.title;
    const status = await library.save({
      url: read.url,
      pageTitle: read.pageTitle,
      parsed: read.parsed,
      fileKind: read.fileKind,
      fetchedAt: env.clock.now(),
      pages: read.pages,
    });
    return { outcome: { status }, title };
  } catch (error) {
    // One link's trouble (a full disk, a parser bug on a strange page) is that link's result; the run goes on.
    const problem = storageProblem(error);
    const failure: HarvestFailure =
      problem.code === 'other' ? { reason: 'error', message: (error as Error)?.message ?? String(error) } : { reason: 'storage', problem };
    return { outcome: { status: 'failed', failure } };
  }
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
  const fetcher = politeFetcher({ fetch: env.fetch, clock: env.clock, pauseMs: env.pauseMs ?? LIMITS.harvestPauseMs, gate: env.gate });
  const run = tracker(unique.length, onProgress);
  run.report();
  for (const link of unique) {
    if (signal?.aborted) break;
    run.progress.current = link;
    run.report();
    if (await library.isInLibrary(link.url)) {
      run.record(link, { status: 'already' });
      continue;
    }
    await fetcher.pause(signal);
    if (signal?.aborted) break;
    const { outcome, title } = await harvestOne({ link, env, library, fetcher });
    run.record(link, outcome, title);
  }
  for (const link of unique.slice(run.progress.results.length)) run.record(link, { status: 'skipped' });
  run.progress.current = null;
  run.progress.cancelled = Boolean(signal?.aborted) && run.progress.results.some((r) => r.outcome.status === 'skipped');
  run.progress.finished = true;
  run.report();
  return run.progress;
}

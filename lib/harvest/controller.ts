/**
 * Save all, as the side panel runs it: finding the reports the current tab links to (the column's
 * further pages followed politely on a list page), and one run of fetching and saving at a time.
 * It lives as long as the panel, not a view: switching views or tabs does not stop a run, and
 * coming back shows it. Closing the panel stops it — what was saved stays saved, and running it
 * again fetches only what is not in the library yet.
 *
 * Everything it touches is injected (the tab's links through the background, the network, the
 * library), so the views and tests drive it without extension APIs.
 */
import { collectColumn, type Column } from './column.ts';
import type { ColumnPage } from './column-page.ts';
import { runHarvest, type HarvestLibrary } from './queue.ts';
import type { RequestGate } from './fetch.ts';
import type { HarvestEnvironment, HarvestProgress, ReportLink } from './types.ts';

/** The page whose links are listed: a tab, at the address the browser reported for it. */
export interface HarvestSource {
  tabId: number;
  url: string;
  /** A list of reports (the detector said so): its pager is followed. */
  followPager: boolean;
}

export interface Discovery {
  source: HarvestSource;
  /** 'reading': the tab or the column's further pages are being read; 'unavailable': the tab could not be read. */
  status: 'reading' | 'done' | 'unavailable';
  links: ReportLink[];
  /** Column pages read so far. */
  pages: string[];
  /** The column page being fetched now. */
  reading: string | null;
  /** Why following the pager stopped (null while reading, or when there was no pager to follow). */
  stopped: Column['stopped'] | null;
}

export interface HarvestRun {
  /** The page the links were found on. */
  pageUrl: string;
  progress: HarvestProgress;
  /** The run could not start or stopped on something outside any one link (the library would not open). */
  error: string | null;
}

export interface HarvestState {
  discovery: Discovery | null;
  run: HarvestRun | null;
}

export interface HarvestDeps {
  /** The reports a tab's page links to and its next column page, as the tab itself computed them; null when it cannot be read. */
  readTab(tabId: number): Promise<ColumnPage | null>;
  environment(pauseMs: number): HarvestEnvironment;
  /** The library for one run (its save path reads the user's terms once). */
  library(): Promise<HarvestLibrary>;
}

/** What the panel's views use of the controller (tests give their own). */
export interface HarvestControls {
  readonly state: HarvestState;
  subscribe(listener: (state: HarvestState) => void): () => void;
  discover(source: HarvestSource, options: { pauseMs: number }): void;
  saveAll(options: { links: ReportLink[]; pageUrl: string; pauseMs: number }): Promise<void>;
  cancel(): void;
  dismissRun(): void;
}

const sameSource = (a: HarvestSource, b: HarvestSource) => a.tabId === b.tabId && a.url === b.url && a.followPager === b.followPager;

export class HarvestController implements HarvestControls {
  private current: HarvestState = { discovery: null, run: null };
  private readonly listeners = new Set<(state: HarvestState) => void>();
  private discovering: AbortController | null = null;
  private running: AbortController | null = null;
  /** One site's requests, reading the column and saving its reports alike, keep the pause between them. */
  private readonly gate: RequestGate = { lastAt: null };
  private readonly deps: HarvestDeps;

  constructor(deps: HarvestDeps) {
    this.deps = deps;
  }

  get state(): HarvestState {
    return this.current;
  }

  subscribe(listener: (state: HarvestState) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Lists the reports `source` links to; the same source again keeps what was found. */
  discover(source: HarvestSource, { pauseMs }: { pauseMs: number }): void {
    const known = this.current.discovery;
    if (known && sameSource(known.source, source) && known.status !== 'unavailable') return;
    this.discovering?.abort();
    const controller = new AbortController();
    this.discovering = controller;
    const update = (patch: Partial<Discovery>) => {
      if (this.discovering !== controller) return;
      const base: Discovery = this.current.discovery?.source === source ? this.current.discovery : emptyDiscovery(source);
      this.set({ discovery: { ...base, ...patch } });
    };
    update({});
    void this.read(source, { pauseMs, signal: controller.signal, update });
  }

  private async read(
    source: HarvestSource,
    { pauseMs, signal, update }: { pauseMs: number; signal: AbortSignal; update: (patch: Partial<Discovery>) => void },
  ): Promise<void> {
    const first = await this.deps.readTab(source.tabId).catch(() => null);
    if (!first) return update({ status: 'unavailable' });
    update({ links: first.links, pages: [first.url] });
    if (!source.followPager || !first.next) return update({ status: 'done' });
    const column = await collectColumn({
      first,
      env: this.environment(pauseMs),
      signal,
      onProgress: ({ links, pages, reading }) => update({ links, pages, reading }),
    });
    update({ status: 'done', links: column.links, pages: column.pages, reading: null, stopped: column.stopped });
  }

  /** Fetches and saves `links` one by one; ignored while another run is going. */
  saveAll({ links, pageUrl, pauseMs }: { links: ReportLink[]; pageUrl: string; pauseMs: number }): Promise<void> {
    if (this.running) return Promise.resolve();
    const controller = new AbortController();
    this.running = controller;
    const run: HarvestRun = { pageUrl, progress: startingProgress(links.length), error: null };
    this.set({ run });
    return (async () => {
      try {
        const library = await this.deps.library();
        await runHarvest({
          links,
          env: this.environment(pauseMs),
          library,
          signal: controller.signal,
          onProgress: (progress) => this.set({ run: { ...run, progress } }),
        });
      } catch (error) {
        const last = this.current.run ?? run;
        this.set({ run: { ...last, progress: { ...last.progress, current: null, finished: true }, error: String(error) } });
      } finally {
        this.running = null;
      }
    })();
  }

  /** Stops the run after the link being read; what was saved stays saved. */
  cancel(): void {
    this.running?.abort();
  }

  /** The run is over and seen: the list shows the page's links again. */
  dismissRun(): void {
    if (!this.running) this.set({ run: null });
  }

  /** The panel closes: stop reading and fetching. */
  stop(): void {
    this.discovering?.abort();
    this.running?.abort();
  }

  private environment(pauseMs: number): HarvestEnvironment {
    return { ...this.deps.environment(pauseMs), gate: this.gate };
  }

  private set(patch: Partial<HarvestState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
  }
}

function emptyDiscovery(source: HarvestSource): Discovery {
  return { source, status: 'reading', links: [], pages: [], reading: null, stopped: null };
}

function startingProgress(total: number): HarvestProgress {
  return {
    total,
    done: 0,
    counts: { saved: 0, already: 0, notReport: 0, failed: 0 },
    current: null,
    results: [],
    finished: false,
    cancelled: false,
  };
}

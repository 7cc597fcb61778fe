/**
 * Work the background still does for a tab after it has replied to the page: saving the report
 * and recording the tab's state. The page paints its marks from the reply and need not wait for
 * IndexedDB and storage.session writes (they took 50–300 ms of the time between a report page's
 * load and its marks, traced with scripts/bench/page-trace.ts). Everything that reads what that
 * work writes — the next text from the tab, a hover asking for the user's own definitions, the
 * side panel's requests — waits for it first (`settled`).
 */
export class TabWork {
  private readonly tails = new Map<number, Promise<void>>();

  /** Runs `work` after the tab's earlier work; a failure is the work's own to report (it never blocks the next). */
  add(tabId: number, work: () => Promise<void>): Promise<void> {
    const tail = this.settled(tabId)
      .then(work)
      .catch((error: unknown) => console.error('ReportLens: work after replying to tab', tabId, 'failed', error))
      .finally(() => {
        if (this.tails.get(tabId) === tail) this.tails.delete(tabId);
      });
    this.tails.set(tabId, tail);
    return tail;
  }

  /** Resolves once the tab's work so far is done (at once when there is none). */
  settled(tabId: number): Promise<void> {
    return this.tails.get(tabId) ?? Promise.resolve();
  }

  /** Resolves once the work of every tab so far is done. */
  async allSettled(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}

/**
 * Following a page that changes: a page the cheap check rejected may have its article filled in
 * later (some CMSs do, seconds after load), and a report page may change under its marks
 * (pagination inside the page, late paragraphs, a re-render). Changes are handled once they settle
 * (LIMITS.pageChangeDebounceMs): a CMS fills an article in bursts.
 */
import type { PageTimers, TimerId } from './session.ts';
import { LIMITS } from '../limits.ts';

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private settleTimer: TimerId | null = null;
  private readonly doc: Document;
  private readonly win: Window;
  private readonly timers: PageTimers;

  constructor({ doc, win, timers }: { doc: Document; win: Window; timers: PageTimers }) {
    this.doc = doc;
    this.win = win;
    this.timers = timers;
  }

  /** Watches for LIMITS.lateContentWatchMs for an article arriving (hundreds of characters, not a ticker's few). */
  watchForLateContent({ onArrival, waiting }: { onArrival: () => void; waiting: () => boolean }): void {
    const body = this.doc.body;
    if (!body) return;
    let lastLength = body.textContent?.length ?? 0;
    const observer = this.observe(() =>
      this.settleThen(() => {
        const length = body.textContent?.length ?? 0;
        if (Math.abs(length - lastLength) < LIMITS.lateContentMinChars) return;
        lastLength = length;
        onArrival();
      }),
    );
    this.timers.setTimeout(() => {
      if (this.observer === observer && waiting()) this.stop();
    }, LIMITS.lateContentWatchMs);
  }

  /** Calls `onChange` when the article (`root`) changes, or is replaced. */
  watchForChanges({ root, onChange }: { root: () => Element | undefined; onChange: () => void }): void {
    this.observe((records) => {
      const article = root();
      const relevant = !article?.isConnected || records.some((r) => article.contains(r.target) || r.target.contains(article));
      if (relevant) this.settleThen(onChange);
    });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private observe(onChange: (records: MutationRecord[]) => void): MutationObserver | null {
    this.stop();
    const body = this.doc.body;
    if (!body) return null;
    const observer = new (this.win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver(onChange);
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
    return observer;
  }

  private settleThen(fn: () => void): void {
    if (this.settleTimer !== null) this.timers.clearTimeout(this.settleTimer);
    this.settleTimer = this.timers.setTimeout(() => {
      this.settleTimer = null;
      fn();
    }, LIMITS.pageChangeDebounceMs);
  }
}

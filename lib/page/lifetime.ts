/**
 * How long the content script runs, kept by ReportLens itself rather than by WXT's
 * ContentScriptContext: that context ends when the page's document receives a
 * `<extension id>:content:wxt:content-script-started` CustomEvent naming another instance, and any
 * page script can dispatch one (issue 15: marks and tooltips vanished, jumps failed). WXT still
 * creates its context, but nothing of ours listens to it.
 *
 * The script ends when the extension is reloaded or removed (`runtime.id` goes away; checked on
 * every event and timer, as WXT does) or when a newer injection of itself replaces it.
 */

export class Lifetime {
  private readonly controller = new AbortController();
  private readonly alive: () => boolean;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly endings: (() => void)[] = [];

  /** `alive`: whether the extension is still there (the content script passes `() => browser.runtime?.id !== undefined`). */
  constructor(alive: () => boolean) {
    this.alive = alive;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether the script still runs; ends it when the extension has gone. */
  get valid(): boolean {
    if (!this.controller.signal.aborted && !this.alive()) this.end();
    return !this.controller.signal.aborted;
  }

  end(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    for (const id of this.timers) clearTimeout(id);
    this.timers.clear();
    for (const fn of this.endings.splice(0)) fn();
  }

  onEnd(fn: () => void): void {
    if (this.controller.signal.aborted) fn();
    else this.endings.push(fn);
  }

  /** A timeout that does not fire after the end. */
  setTimeout(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
    const id = setTimeout(() => {
      this.timers.delete(id);
      if (this.valid) fn();
    }, ms);
    this.timers.add(id);
    return id;
  }

  /**
   * Yields to the browser (input, rendering) between two slices of work, and resumes right after;
   * never after the end. Not `setTimeout(0)`: Chromium clamps it to 4 ms once timers nest five
   * deep, and a long article's walk and marking nest hundreds (a third of the time went to waiting).
   */
  async pause(): Promise<void> {
    await yieldToBrowser();
    if (!this.valid) await new Promise<never>(() => {});
  }

  clearTimeout(id: ReturnType<typeof setTimeout>): void {
    this.timers.delete(id);
    clearTimeout(id);
  }

  /** An event listener removed at the end, and not called after it. */
  listen<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options: AddEventListenerOptions = {}): void {
    target.addEventListener(
      type,
      (event) => {
        if (this.valid) handler(event as E);
      },
      { ...options, signal: this.controller.signal },
    );
  }
}

/**
 * `scheduler.yield()` where the browser has it (Chromium 129; its continuation runs before other
 * queued tasks), else a message to ourselves (Firefox 140), which is not clamped like a timeout.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

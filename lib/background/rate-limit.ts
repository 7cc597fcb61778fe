/**
 * Per-tab budgets (texts, characters, saves, definition look-ups per minute): a page can ask the
 * background for work, and a hostile one asked for 85 analyses a minute or five 8 MB texts in 11 s
 * (issue 15). Kept in the service worker's memory: a worker stopped when idle forgets them, which
 * only happens after ~30 s without any message, so the bounds hold for a page that keeps sending.
 */

export class RateLimiter {
  private readonly spent = new Map<string, { at: number; cost: number }[]>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  /** Spends `cost` from the budget `key` (at most `limit` per `windowMs`); false, spending nothing, when it would exceed it. */
  take({ key, cost = 1, limit, windowMs }: { key: string; cost?: number; limit: number; windowMs: number }): boolean {
    const now = this.now();
    const recent = (this.spent.get(key) ?? []).filter((e) => now - e.at < windowMs);
    const used = recent.reduce((sum, e) => sum + e.cost, 0);
    if (used + cost > limit) {
      this.spent.set(key, recent);
      return false;
    }
    recent.push({ at: now, cost });
    this.spent.set(key, recent);
    return true;
  }

  /** Forgets every budget of one tab (it was closed). Keys are `<kind>:<tabId>`. */
  forgetTab(tabId: number): void {
    for (const key of this.spent.keys()) if (key.endsWith(`:${tabId}`)) this.spent.delete(key);
  }
}

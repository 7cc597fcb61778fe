/**
 * What the background's logic needs from the browser, passed in (as 10ten Japanese Reader passes
 * its dependencies): entrypoints/background.ts gives the real APIs, unit tests give fakes.
 */
import type { LibraryDb } from '../library/db.ts';
import type { ContentRequest, TabState } from '../messages.ts';
import type { Settings } from '../settings.ts';
import type { RateLimiter } from './rate-limit.ts';

/** storage.session, or a fake: values are JSON-like, and writes can fail (its quota is 10 MB). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface TabsApi {
  /** Sends a message to the content script of a tab (one frame, or the top frame); rejects when nobody listens. */
  sendMessage(tabId: number, message: ContentRequest, options?: { frameId?: number }): Promise<unknown>;
  /** Injects the content script into every frame of a tab (works after the user's click: activeTab). */
  injectContentScript(tabId: number): Promise<void>;
}

/** What the user sees outside the panel: the toolbar badge, the panel itself. */
export interface BackgroundUi {
  showTabState(state: TabState): Promise<void>;
  /** A write the user should know about failed (the badge says so). */
  showProblem(tabId: number): Promise<void>;
  openPanel(tabId: number | undefined): void;
}

export interface BackgroundDeps {
  db: LibraryDb;
  session: SessionArea;
  /** storage.local, where the settings and the user's region choices (lib/region/choices.ts) live. */
  local: SessionArea;
  readSettings(): Promise<Settings>;
  tabs: TabsApi;
  ui: BackgroundUi;
  now(): number;
  limiter: RateLimiter;
  extension: { id: string; origin: string };
}

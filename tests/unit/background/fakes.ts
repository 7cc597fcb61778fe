/** Fakes for the background's dependencies: an in-memory session store (with a quota), tabs, the badge, a clock. */
import { vi } from 'vitest';
import type { BackgroundUi, SessionArea, TabsApi } from '../../../lib/background/deps.ts';
import type { PageDeps } from '../../../lib/background/page-text.ts';
import { RateLimiter } from '../../../lib/background/rate-limit.ts';
import { PageSets } from '../../../lib/background/split-pages.ts';
import { TabStore } from '../../../lib/background/tab-store.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings.ts';
import type { ContentRequest, TabState } from '../../../lib/messages.ts';
import { freshDb } from '../library/helpers.ts';

/** storage.session in memory; `quota` (bytes of JSON, as Chrome counts them roughly) makes writes fail like the real one. */
export class FakeSession implements SessionArea {
  readonly data = new Map<string, unknown>();
  quota = Number.POSITIVE_INFINITY;

  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
    if (FakeSession.size(next) > this.quota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }

  bytes(): number {
    return FakeSession.size(this.data);
  }

  private static size(map: Map<string, unknown>): number {
    let n = 0;
    for (const [k, v] of map) n += k.length + new TextEncoder().encode(JSON.stringify(v)).length;
    return n;
  }
}

export interface Fakes {
  deps: PageDeps;
  session: FakeSession;
  /** storage.local (region choices). */
  local: FakeSession;
  clock: { now: number };
  settings: Settings;
  sent: { tabId: number; message: ContentRequest; frameId?: number }[];
  shown: TabState[];
  problems: number[];
  tabs: { reply: (tabId: number, message: ContentRequest) => unknown; inject: (tabId: number) => Promise<void> };
}

export const EXTENSION = { id: 'reportlens-test', origin: 'chrome-extension://reportlens-test/' };

export function fakeBackground(): Fakes {
  const session = new FakeSession();
  const local = new FakeSession();
  const clock = { now: 1_000_000 };
  const now = () => clock.now;
  const fakes = {
    session,
    local,
    clock,
    settings: { ...DEFAULT_SETTINGS },
    sent: [],
    shown: [],
    problems: [],
    tabs: { reply: () => undefined, inject: async () => {} },
  } as unknown as Fakes;
  const tabs: TabsApi = {
    sendMessage: async (tabId, message, options) => {
      fakes.sent.push({ tabId, message, frameId: options?.frameId });
      const reply = fakes.tabs.reply(tabId, message);
      if (reply === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
      return reply;
    },
    injectContentScript: (tabId) => fakes.tabs.inject(tabId),
  };
  const ui: BackgroundUi = {
    showTabState: async (state) => void fakes.shown.push(state),
    showProblem: async (tabId) => void fakes.problems.push(tabId),
    openPanel: vi.fn(),
  };
  const pageSets = new PageSets({ session, now });
  fakes.deps = {
    db: freshDb(),
    session,
    local,
    readSettings: async () => ({ ...fakes.settings }),
    tabs,
    ui,
    now,
    limiter: new RateLimiter(now),
    extension: EXTENSION,
    store: new TabStore({ session, pageSets }),
    pageSets,
  };
  return fakes;
}

/** The `sender` the browser gives a content script's message from a tab's top frame (or another frame). */
export const pageSender = (tabId: number, url: string, frameId = 0) => ({ id: EXTENSION.id, url, frameId, tab: { id: tabId } });
/** The side panel (an extension page). */
export const panelSender = () => ({ id: EXTENSION.id, url: `${EXTENSION.origin}sidepanel.html` });

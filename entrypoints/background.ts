/**
 * Background: wires browser events to lib/background (message handling, tab state, split pages,
 * saving, re-parsing), giving it the real browser APIs. Its logic is unit-tested with fakes.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { openLibrary } from '../lib/library/db.ts';
import { DEFAULT_SETTINGS, SETTINGS_LOCAL_KEY, withDefaults, type Settings } from '../lib/settings.ts';
import type { ContentRequest } from '../lib/messages.ts';
import { RateLimiter } from '../lib/background/rate-limit.ts';
import { PageSets } from '../lib/background/split-pages.ts';
import { TabStore } from '../lib/background/tab-store.ts';
import type { PageDeps } from '../lib/background/page-text.ts';
import { createMessageHandler } from '../lib/background/router.ts';
import { analyzeTab } from '../lib/background/panel-requests.ts';
import { reparseOutdated } from '../lib/background/reparse-job.ts';
import { browserUi } from '../lib/background/browser-ui.ts';

const CONTENT_SCRIPT = '/content-scripts/content.js';

export default defineBackground(() => {
  // The last settings read, for the badge's and the menu's language; every analysis reads them afresh.
  let settings: Settings = DEFAULT_SETTINGS;
  const readSettings = async () => {
    settings = withDefaults((await browser.storage.local.get(SETTINGS_LOCAL_KEY))[SETTINGS_LOCAL_KEY]);
    return settings;
  };
  const deps = dependencies(readSettings, () => settings.lang);
  deps.ui.setUpToolbarButton();
  deps.ui.setUpContextMenu((tabId) => void analyzeTab(deps, tabId));
  browser.runtime.onMessage.addListener(createMessageHandler(deps));
  browser.tabs.onRemoved.addListener((tabId) => {
    deps.limiter.forgetTab(tabId);
    void deps.store.forgetTab(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document starts loading in the tab: what it showed is gone.
    if (change.status === 'loading') void deps.store.forgetPage(tabId);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_LOCAL_KEY in changes) void readSettings().then(() => deps.ui.relabel());
  });
  void readSettings();
  void reparseOutdated(deps);
});

function dependencies(
  readSettings: () => Promise<Settings>,
  lang: () => Settings['lang'],
): PageDeps & { ui: ReturnType<typeof browserUi> } {
  const session = browser.storage.session;
  const now = () => Date.now();
  const pageSets = new PageSets({ session, now });
  return {
    db: openLibrary(),
    session,
    local: browser.storage.local,
    readSettings,
    now,
    ui: browserUi(browser, lang),
    limiter: new RateLimiter(now),
    extension: { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
    store: new TabStore({ session, pageSets }),
    pageSets,
    tabs: {
      sendMessage: (tabId: number, message: ContentRequest, options?: { frameId?: number }) =>
        browser.tabs.sendMessage(tabId, message, options ?? {}),
      injectContentScript: async (tabId: number) => {
        await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
      },
    },
  };
}

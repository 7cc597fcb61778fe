/**
 * Reading what the extension recorded, from outside (start script, tests, benchmarks), through its
 * service worker: tab states in storage.session, stored reports in its IndexedDB.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chrome.ts';
import { tabStateKey, type TabState } from '../../lib/messages.ts';
import { DB_NAME, type StoredDocument } from '../../lib/library/db.ts';

declare const chrome: typeof import('wxt/browser').Browser;

/** The extension has no "tabs" permission, so tab URLs are hidden from it: bring the page to the front and ask for the active tab. */
export async function tabIdOfActivePage(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Waits until the background has recorded what the content script found in tab `tabId`; null on timeout. */
export async function waitForTabState(browser: ExtensionBrowser, tabId: number, timeout = 15_000): Promise<TabState | null> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const state = await browser.serviceWorker.evaluate(
      async (key: string) => (await chrome.storage.session.get(key))[key] ?? null,
      tabStateKey(tabId),
    );
    if (state) return state as TabState;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/** Reads one stored report document straight from the extension's IndexedDB. */
export async function readStoredDocument(browser: ExtensionBrowser, id: number): Promise<StoredDocument | null> {
  return browser.serviceWorker.evaluate(
    ({ name, id }) =>
      new Promise<StoredDocument | null>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('documents').objectStore('documents').get(id);
          get.onsuccess = () => {
            resolve((get.result as StoredDocument | undefined) ?? null);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { name: DB_NAME, id },
  );
}

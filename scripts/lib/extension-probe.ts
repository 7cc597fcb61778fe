/**
 * Reading what the extension recorded, from outside (start script, tests, benchmarks): tab states
 * in storage.session, stored reports in its IndexedDB. The readers run inside the extension — in
 * Chromium's service worker, in Firefox in an extension page (its background page is out of
 * WebDriver BiDi's reach) — so each is self-contained: it is sent there as source text.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chrome.ts';
import { tabStateKey, type TabState } from '../../lib/messages.ts';
import { DB_NAME, type StoredDocument } from '../../lib/library/db.ts';

/** Where extension code can be evaluated: Chromium's service worker, an extension page in Firefox. */
export interface ExtensionRealm {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

type ExtensionApi = typeof import('wxt/browser').Browser;

/** In the extension: the id of the active tab. Firefox's `chrome` takes callbacks in MV2, its `browser` returns promises. */
export async function activeTabIdInExtension(): Promise<number> {
  const api =
    (globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi }).browser ??
    (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/** In the extension: one value of storage.session, or null. */
export async function sessionValueInExtension(key: string): Promise<unknown> {
  const api =
    (globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi }).browser ??
    (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  return (await api.storage.session.get(key))[key] ?? null;
}

/** In the extension: one stored report document, read straight from IndexedDB. */
export function storedDocumentInExtension({ name, id }: { name: string; id: number }): Promise<StoredDocument | null> {
  return new Promise<StoredDocument | null>((resolve, reject) => {
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
  });
}

/** In the extension: every row of one table of the library, read straight from IndexedDB ([] before the table exists). */
export function tableRowsInExtension({ name, table }: { name: string; table: string }): Promise<unknown[]> {
  return new Promise<unknown[]>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        return resolve([]);
      }
      const all = db.transaction(table).objectStore(table).getAll();
      all.onsuccess = () => {
        resolve(all.result);
        db.close();
      };
      all.onerror = () => reject(all.error);
    };
  });
}

/** In the extension: writes rows into one table of the library (which the extension must have created), as its own code would. */
export function putRowsInExtension({ name, table, rows }: { name: string; table: string; rows: unknown[] }): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const tx = db.transaction(table, 'readwrite');
        for (const row of rows) tx.objectStore(table).put(row);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  });
}

/** Chromium's service worker as an ExtensionRealm. */
const serviceWorkerRealm = (browser: ExtensionBrowser): ExtensionRealm => ({
  evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => browser.serviceWorker.evaluate(fn as (arg: unknown) => R | Promise<R>, arg),
});

/** The extension has no "tabs" permission, so tab URLs are hidden from it: bring the page to the front and ask for the active tab. */
export async function tabIdOfActivePage(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.serviceWorker.evaluate(activeTabIdInExtension);
}

/** Polls until the background has recorded what the content script found in tab `tabId`; null after `timeout` ms (never without one). */
export async function pollTabState(realm: ExtensionRealm, tabId: number, timeout = Number.POSITIVE_INFINITY): Promise<TabState | null> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const state = await realm.evaluate(sessionValueInExtension, tabStateKey(tabId));
    if (state) return state as TabState;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/** Waits until the background has recorded what the content script found in tab `tabId`; null on timeout. */
export async function waitForTabState(browser: ExtensionBrowser, tabId: number, timeout = 15_000): Promise<TabState | null> {
  return pollTabState(serviceWorkerRealm(browser), tabId, timeout);
}

/** Reads one stored report document straight from the extension's IndexedDB. */
export async function readStoredDocument(browser: ExtensionBrowser, id: number): Promise<StoredDocument | null> {
  return browser.serviceWorker.evaluate(storedDocumentInExtension, { name: DB_NAME, id });
}

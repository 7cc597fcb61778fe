/**
 * Looking into the extension from a test, through its service worker: the library's rows (raw
 * IndexedDB, so the same probe reads an older build's database), storage.session, settings, the badge.
 */
import type { Harness } from './harness.ts';
import type { StoredReport } from '../../lib/library/db.ts';
import type { UserTerm } from '../../lib/glossary/index.ts';
import type { Settings } from '../../lib/settings.ts';
import { tabStateKey, type TabState } from '../../lib/messages.ts';

/** Every row of one table of the library. */
export async function libraryRows<T>(h: Harness, table: string): Promise<T[]> {
  return h.serviceWorker.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('reportlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

export const storedReports = (h: Harness) => libraryRows<StoredReport>(h, 'reports');

/** Writes the user's own terms straight into the library (as the glossary editor would); the extension must have created it. */
export async function putUserTerms(h: Harness, terms: UserTerm[]): Promise<void> {
  await h.serviceWorker.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reportlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          try {
            const tx = open.result.transaction('userTerms', 'readwrite');
            for (const row of rows) tx.objectStore('userTerms').put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          } catch (error) {
            open.result.close();
            reject(error);
          }
        };
      }),
    terms,
  );
}

/** What the background recorded for a tab right now (null: nothing). */
export async function tabState(h: Harness, tabId: number): Promise<TabState | null> {
  return h.serviceWorker.evaluate(
    async (key) => ((await chrome.storage.session.get(key))[key] as TabState | undefined) ?? null,
    tabStateKey(tabId),
  );
}

/** The keys in storage.session (values left in the extension: some are megabytes). */
export async function sessionKeys(h: Harness): Promise<string[]> {
  return h.serviceWorker.evaluate(async () => {
    const area = chrome.storage.session as typeof chrome.storage.session & { getKeys?: () => Promise<string[]> };
    return area.getKeys ? area.getKeys() : Object.keys(await area.get(null));
  });
}

export async function setSettings(h: Harness, settings: Partial<Settings> | null): Promise<void> {
  await h.serviceWorker.evaluate(
    (s) =>
      s === null
        ? chrome.storage.local.remove('settings')
        : chrome.storage.local.set({ settings: { autoSave: true, lang: 'zh', highlight: true, disabledSites: [], ...s } }),
    settings,
  );
}

export async function badgeText(h: Harness, tabId: number): Promise<string> {
  return h.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The texts of the ranges of one highlight, as a page script can read them. */
export async function highlightTexts(page: { evaluate: <R, A>(fn: (arg: A) => R, arg: A) => Promise<R> }, name: string): Promise<string[]> {
  return page.evaluate((n: string) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

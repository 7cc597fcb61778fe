/**
 * Side panel shell: opens the library, follows the current tab (its state is in storage.session),
 * reads the settings, implements PanelActions with browser APIs (and a worker for imports) and
 * renders the views.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { openLibrary } from '../../lib/library/db.ts';
import {
  createRegionRequester,
  createRequester,
  PENDING_TERM_KEY,
  REPARSE_PROGRESS_KEY,
  tabStateKey,
  type PanelRequest,
  type TabState,
} from '../../lib/messages.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY, withDefaults, type Settings } from '../../lib/settings.ts';
import { App } from '../../components/App.tsx';
import type { PanelActions } from '../../components/actions.ts';
import type { ImportResult } from '../../lib/library/import.ts';
import { isWebUrl } from '../../lib/web-url.ts';
import './style.css';

const db = openLibrary();
// An upgrade waits while another panel holds the older version open (Dexie: "blocked"); a newer
// version opened elsewhere closes this connection (Dexie: "versionchange"). Live queries then
// neither answer nor fail, so the panel is told here.
type LibraryProblem = 'blocked' | 'closed' | null;
let problem: LibraryProblem = null;
const problemListeners = new Set<(problem: LibraryProblem) => void>();
const setProblem = (value: LibraryProblem) => {
  problem = value;
  for (const listener of problemListeners) listener(value);
};
db.on('blocked', () => setProblem('blocked'));
db.on('ready', () => setProblem(null));
db.on('versionchange', () => {
  db.close();
  setProblem('closed');
  return false;
});

function useLibraryProblem(): LibraryProblem {
  const [value, setValue] = useState(problem);
  useEffect(() => {
    problemListeners.add(setValue);
    return () => void problemListeners.delete(setValue);
  }, []);
  return value;
}

const request = createRequester<PanelRequest>((message) => browser.runtime.sendMessage(message));
const requestRegion = createRegionRequester((message) => browser.runtime.sendMessage(message));
const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS });
// `?tab=ID` fixes the tab the panel is about (tests, screenshots); otherwise the active tab.
const fixedTab = Number(new URLSearchParams(location.search).get('tab')) || null;

function useCurrentTab(): { tabId: number | null; state: TabState | null } {
  const [tabId, setTabId] = useState<number | null>(fixedTab);
  useEffect(() => {
    if (fixedTab) return;
    const read = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTabId(tab?.id ?? null);
    };
    void read();
    const onActivated = () => void read();
    const onUpdated = (_id: number, change: { status?: string }) => change.status && void read();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  const state = useSessionValue<TabState>(tabId === null ? null : tabStateKey(tabId));
  return { tabId, state };
}

/** A value in storage.session, kept current (the background writes tab states and pending terms there). */
function useSessionValue<T>(key: string | null): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (key === null) return setValue(null);
    const read = async () => setValue(((await browser.storage.session.get(key))[key] as T | undefined) ?? null);
    void read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [key]);
  return value;
}

function usePendingTerm(): [string | null, () => void] {
  return [useSessionValue<string>(PENDING_TERM_KEY), () => void browser.storage.session.remove(PENDING_TERM_KEY)];
}

function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void settingsItem.getValue().then((v) => setSettings(withDefaults(v)));
    return settingsItem.watch((v) => setSettings(withDefaults(v)));
  }, []);
  return settings;
}

/** Runs an import in a worker (import-worker.ts), so the panel stays responsive whatever the file's size. */
function importInWorker(file: Blob, { onProgress, signal }: Parameters<PanelActions['importBackup']>[1]): Promise<ImportResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const finish = (result: ImportResult) => {
      worker.terminate();
      resolve(result);
    };
    signal.addEventListener('abort', () => worker.postMessage({ cancel: true }));
    worker.onmessage = (event: MessageEvent) => {
      const data = event.data as { progress?: Parameters<typeof onProgress>[0]; result?: ImportResult };
      if (data.progress) onProgress(data.progress);
      if (data.result) finish(data.result);
    };
    worker.onerror = (event) => {
      const problem = { code: 'other' as const, detail: event.message };
      const counts = { created: 0, updated: 0, unchanged: 0, copies: 0, skipped: 0, userTerms: 0 };
      finish({ ok: false, problem: { code: 'write-failed', problem, imported: 0, total: 0 }, counts });
    };
    worker.postMessage({ file });
  });
}

function Panel() {
  const { tabId, state } = useCurrentTab();
  const settings = useSettings();
  const [pendingTerm, clearPendingTerm] = usePendingTerm();
  const reparse = useSessionValue<{ done: number; total: number }>(REPARSE_PROGRESS_KEY);
  const libraryProblem = useLibraryProblem();
  const actions: PanelActions = useMemo(
    () => ({
      jumpTo: async ({ start, end }) => {
        if (tabId !== null) await request({ type: 'page/jump', tabId, start, end });
      },
      saveCurrent: async () => {
        const reply = tabId === null ? null : await request({ type: 'report/save', tabId });
        return reply ?? { ok: false, problem: { code: 'no-answer' } };
      },
      analyzeCurrent: async () => {
        if (tabId !== null) await request({ type: 'page/analyze', tabId });
      },
      download: ({ name, type, parts }) => {
        const url = URL.createObjectURL(new Blob(parts, { type }));
        const a = document.createElement('a');
        a.href = url;
        a.download = name;
        // In the document: Firefox ignores clicks on detached links.
        a.hidden = true;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      copyText: (text) => navigator.clipboard.writeText(text),
      setSettings: async (patch) => {
        await settingsItem.setValue({ ...withDefaults(await settingsItem.getValue()), ...patch });
      },
      // Only web pages: a library (or an imported backup) must never make the panel open data:, file: or browser pages.
      openUrl: (url) => {
        if (isWebUrl(url)) void browser.tabs.create({ url });
      },
      importBackup: importInWorker,
      regionCandidates: async () => (tabId === null ? null : requestRegion({ type: 'region/candidates', tabId })),
      chooseRegion: async (code) => {
        const reply = tabId === null ? null : await requestRegion({ type: 'region/choose', tabId, code });
        return reply ?? { ok: false, problem: { code: 'no-answer' } };
      },
      resolveLibrary: async () => {
        await requestRegion({ type: 'region/resolve-library' });
      },
    }),
    [tabId],
  );
  return (
    <App
      db={db}
      actions={actions}
      settings={settings}
      tab={state}
      pendingTerm={pendingTerm}
      onPendingTermDone={clearPendingTerm}
      libraryProblem={libraryProblem}
      reparse={reparse}
    />
  );
}

render(<Panel />, document.getElementById('app')!);

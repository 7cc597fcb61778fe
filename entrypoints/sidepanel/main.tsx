/**
 * Side panel shell: opens the library, follows the current tab (its state is in storage.session),
 * reads the settings, implements PanelActions with browser APIs and renders the views.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { openLibrary } from '../../lib/library/db.ts';
import { PENDING_TERM_KEY, tabStateKey, type TabState } from '../../lib/messages.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY, withDefaults, type Settings } from '../../lib/settings.ts';
import { App } from '../../components/App.tsx';
import type { PanelActions } from '../../components/actions.ts';
import { strings } from '../../lib/i18n.ts';
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

type SaveResult = { ok: true } | { ok: false; error: string };

/** The background's answer to report/save, checked: no handler or a crash is an error the user can read. */
function saveResult(answer: unknown, noAnswer: string): SaveResult {
  if (typeof answer !== 'object' || answer === null || typeof (answer as { ok?: unknown }).ok !== 'boolean')
    return { ok: false, error: noAnswer };
  const { ok, error } = answer as { ok: boolean; error?: unknown };
  return ok ? { ok: true } : { ok: false, error: typeof error === 'string' && error ? error : noAnswer };
}
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

function Panel() {
  const { tabId, state } = useCurrentTab();
  const settings = useSettings();
  const [pendingTerm, clearPendingTerm] = usePendingTerm();
  const libraryProblem = useLibraryProblem();
  const noAnswer = strings(settings.lang).saveNoAnswer;
  const actions: PanelActions = useMemo(
    () => ({
      jumpTo: async ({ start, end }) => {
        if (tabId !== null) await browser.runtime.sendMessage({ type: 'page/jump', tabId, start, end }).catch(() => {});
      },
      saveCurrent: async () => {
        if (tabId === null) return { ok: false, error: noAnswer };
        try {
          return saveResult(await browser.runtime.sendMessage({ type: 'report/save', tabId }), noAnswer);
        } catch {
          return { ok: false, error: noAnswer };
        }
      },
      analyzeCurrent: async () => {
        if (tabId !== null) await browser.runtime.sendMessage({ type: 'page/analyze', tabId }).catch(() => {});
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
      openUrl: (url) => void browser.tabs.create({ url }),
    }),
    [tabId, noAnswer],
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
    />
  );
}

render(<Panel />, document.getElementById('app')!);

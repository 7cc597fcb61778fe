/**
 * Side panel shell: connects the Preact views to the library (Dexie liveQuery), the current tab
 * and the background. Views in components/ receive data and callbacks only.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { openLibrary, type StoredReport } from '../../lib/library/db.ts';
import { tabStateKey, type TabState } from '../../lib/messages.ts';
import { App } from '../../components/App.tsx';
import './style.css';

const db = openLibrary();

function useReports(): StoredReport[] | undefined {
  const [reports, setReports] = useState<StoredReport[] | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(() => db.reports.orderBy('savedAt').reverse().toArray()).subscribe({
      next: setReports,
      error: () => setReports([]),
    });
    return () => subscription.unsubscribe();
  }, []);
  return reports;
}

/** The tab the panel is about: `?tab=ID` (tests, screenshots), else the active tab of this window. */
function useCurrentTab(): TabState | null {
  const [state, setState] = useState<TabState | null>(null);
  useEffect(() => {
    const fixed = Number(new URLSearchParams(location.search).get('tab'));
    let tabId: number | null = Number.isInteger(fixed) && fixed > 0 ? fixed : null;
    const read = async () => {
      if (!fixed) {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        tabId = tab?.id ?? null;
      }
      if (tabId === null) return setState(null);
      const key = tabStateKey(tabId);
      const stored = await browser.storage.session.get(key);
      setState((stored[key] as TabState | undefined) ?? null);
    };
    void read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tabId !== null && tabStateKey(tabId) in changes) void read();
    };
    const onTabChange = () => void read();
    browser.storage.onChanged.addListener(onChanged);
    browser.tabs.onActivated.addListener(onTabChange);
    browser.tabs.onUpdated.addListener(onTabChange);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      browser.tabs.onActivated.removeListener(onTabChange);
      browser.tabs.onUpdated.removeListener(onTabChange);
    };
  }, []);
  return state;
}

function Panel() {
  const reports = useReports();
  const tab = useCurrentTab();
  return <App reports={reports} tab={tab} />;
}

render(<Panel />, document.getElementById('app')!);

/** Renders the side panel against a fake-indexeddb library and fake extension actions. */
import { render } from '@testing-library/preact';
import { vi, type Mock } from 'vitest';
import { App, type ViewId } from '../../../components/App.tsx';
import type { PanelActions } from '../../../components/actions.ts';
import type { LibraryDb } from '../../../lib/library/db.ts';
import type { TabState } from '../../../lib/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings.ts';

export type FakeActions = { [K in keyof PanelActions]: Mock<PanelActions[K]> };

export function fakeActions(): FakeActions {
  return {
    jumpTo: vi.fn(async () => {}),
    saveCurrent: vi.fn(async () => ({ ok: true as const })),
    analyzeCurrent: vi.fn(async () => {}),
    download: vi.fn(),
    copyText: vi.fn(async () => {}),
    setSettings: vi.fn(async () => {}),
    openUrl: vi.fn(),
  };
}

export function renderPanel({
  db,
  tab = null,
  settings = {},
  view = 'this',
  actions = fakeActions(),
  pendingTerm = null,
}: {
  db: LibraryDb;
  tab?: TabState | null;
  settings?: Partial<Settings>;
  view?: ViewId;
  actions?: FakeActions;
  pendingTerm?: string | null;
}) {
  const result = render(<App db={db} actions={actions} settings={{ ...DEFAULT_SETTINGS, ...settings }} tab={tab} initialView={view} pendingTerm={pendingTerm} />);
  return { ...result, actions };
}

export function reportTab(p: Partial<TabState>): TabState {
  return { tabId: 7, url: 'http://www.example.gov.cn/', status: 'report', detection: null, reportId: null, frameId: 0, unsaved: null, saveError: null, pages: null, textRange: null, ...p };
}

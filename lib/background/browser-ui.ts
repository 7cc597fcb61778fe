/**
 * The background's browser-facing parts: the toolbar badge, opening the side panel (Chrome) or the
 * sidebar (Firefox), the context-menu entries, in the language the user chose for the panel, and
 * the ways into the reader (the toolbar button on a tab showing a PDF or Word file, the entry on
 * such a link).
 */
import type { TabState } from '../messages.ts';
import type { Lang } from '../format.ts';
import { backgroundStrings } from '../i18n.ts';
import { READER_LINK_PATTERNS, readerFileOf, readerPath } from '../reader/address.ts';
import type { BackgroundUi } from './deps.ts';

type Browser = typeof import('wxt/browser').browser;
type ActionApi = Browser['action'];
interface ChromeSidePanel {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  setOptions(o: { tabId: number; enabled: boolean }): Promise<void>;
  open(o: { tabId: number }): Promise<void>;
}
interface FirefoxSidebar {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

const MENU_ID = 'reportlens-analyze';
const READER_MENU_ID = 'reportlens-reader';

export function browserUi(
  browser: Browser,
  lang: () => Lang,
): BackgroundUi & {
  setUpToolbarButton(): void;
  setUpContextMenu(onAnalyze: (tabId: number) => void): void;
  relabel(): void;
  followTab(tabId: number, url: string): void;
} {
  const action = (): ActionApi => browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction;
  const sidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  const badge = async (tabId: number, text: string) => {
    await action()
      .setBadgeText({ tabId, text })
      .catch(() => {});
    await action()
      .setBadgeBackgroundColor({ tabId, color: '#b3261e' })
      .catch(() => {});
  };
  const readerUrl = (file: string) => browser.runtime.getURL(readerPath(file) as Parameters<Browser['runtime']['getURL']>[0]);
  /** The toolbar button on a tab showing a PDF or Word file: the reader takes the tab's place. */
  const openReaderInTab = (tab: { id?: number; url?: string } | undefined): boolean => {
    const file = readerFileOf(tab?.url);
    if (!file || tab?.id === undefined) return false;
    void browser.tabs.update(tab.id, { url: readerUrl(file) }).catch(() => {});
    return true;
  };
  const openPanel = (tabId: number | undefined) => {
    if (sidePanel && tabId !== undefined) sidePanel.open({ tabId }).catch(() => {});
    else sidebar?.open().catch(() => {});
  };
  return {
    showTabState: (state: TabState) => {
      const t = backgroundStrings(lang());
      return badge(state.tabId, state.status === 'report' ? (state.reportId !== null ? t.badgeSaved : t.badgeUnsaved) : '');
    },
    showProblem: (tabId) => badge(tabId, backgroundStrings(lang()).badgeProblem),
    openPanel,
    setUpToolbarButton() {
      // Chrome: the side panel opens on toolbar click (and the click grants activeTab for on-demand analysis).
      // On a tab showing a PDF or Word file the panel is turned off (followTab): the click then
      // comes here instead, and opens the reader.
      if (sidePanel) {
        sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
        action().onClicked.addListener((tab) => void openReaderInTab(tab));
        return;
      }
      // Firefox: nothing may be awaited before toggle(), or the user gesture is lost.
      action().onClicked.addListener((tab) => {
        if (!openReaderInTab(tab)) void sidebar?.toggle();
      });
    },
    followTab(tabId, url) {
      // Chrome shows a PDF in its own viewer, where no content script runs: the toolbar button opens the reader there.
      sidePanel?.setOptions({ tabId, enabled: readerFileOf(url) === null }).catch(() => {});
    },
    setUpContextMenu(onAnalyze) {
      browser.runtime.onInstalled.addListener(() => {
        const t = backgroundStrings(lang());
        browser.contextMenus.create({ id: MENU_ID, title: t.analyzeMenu, contexts: ['page', 'selection'] });
        browser.contextMenus.create({
          id: READER_MENU_ID,
          title: t.readerMenu,
          contexts: ['link'],
          targetUrlPatterns: READER_LINK_PATTERNS,
        });
      });
      browser.contextMenus.onClicked.addListener((info, tab) => {
        if (info.menuItemId === READER_MENU_ID) {
          const file = readerFileOf(info.linkUrl);
          if (file) void browser.tabs.create({ url: readerUrl(file), ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
          return;
        }
        if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
        openPanel(tab.id);
        onAnalyze(tab.id);
      });
    },
    relabel() {
      const t = backgroundStrings(lang());
      void browser.contextMenus.update(MENU_ID, { title: t.analyzeMenu }).catch(() => {});
      void browser.contextMenus.update(READER_MENU_ID, { title: t.readerMenu }).catch(() => {});
    },
  };
}

/**
 * The background's browser-facing parts: the toolbar badge, opening the side panel (Chrome) or the
 * sidebar (Firefox), and the context-menu entry, in the language the user chose for the panel.
 */
import type { TabState } from '../messages.ts';
import type { Lang } from '../format.ts';
import { backgroundStrings } from '../i18n.ts';
import type { BackgroundUi } from './deps.ts';

type Browser = typeof import('wxt/browser').browser;
type ActionApi = Browser['action'];
interface ChromeSidePanel {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { tabId: number }): Promise<void>;
}
interface FirefoxSidebar {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

const MENU_ID = 'reportlens-analyze';

export function browserUi(
  browser: Browser,
  lang: () => Lang,
): BackgroundUi & {
  setUpToolbarButton(): void;
  setUpContextMenu(onAnalyze: (tabId: number) => void): void;
  relabel(): void;
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
      if (sidePanel) {
        sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
        return;
      }
      // Firefox: nothing may be awaited before toggle(), or the user gesture is lost.
      action().onClicked.addListener(() => void sidebar?.toggle());
    },
    setUpContextMenu(onAnalyze) {
      browser.runtime.onInstalled.addListener(() => {
        browser.contextMenus.create({ id: MENU_ID, title: backgroundStrings(lang()).analyzeMenu, contexts: ['page', 'selection'] });
      });
      browser.contextMenus.onClicked.addListener((info, tab) => {
        if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
        openPanel(tab.id);
        onAnalyze(tab.id);
      });
    },
    relabel() {
      void browser.contextMenus.update(MENU_ID, { title: backgroundStrings(lang()).analyzeMenu }).catch(() => {});
    },
  };
}

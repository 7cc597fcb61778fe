/**
 * Background: parses the text pages send (off the page's main thread), owns saving into the
 * library, records what each tab holds, and relays the side panel's requests to pages.
 * Logic lives in lib/; this file wires browser events to it.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { openLibrary } from '../lib/library/db.ts';
import { saveReport } from '../lib/library/save.ts';
import { storageErrorMessage } from '../lib/library/backup.ts';
import { builtinIndex } from '../lib/glossary/builtin-index.ts';
import { analyzeText, slicePageAnalysis } from '../lib/analyze.ts';
import { combinePages, pageOf } from '../lib/report/pages.ts';
import { canonicalUrl } from '../lib/library/derive.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../lib/settings.ts';
import { LIMITS } from '../lib/limits.ts';
import { BackgroundRequestSchema, PENDING_TERM_KEY, parseMessage, tabStateKey, type PageText, type TabState } from '../lib/messages.ts';

const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS });
const textKey = (tabId: number) => `text:${tabId}`;
const saveNextKey = (tabId: number) => `saveNext:${tabId}`;
const CONTENT_SCRIPT = '/content-scripts/content.js';

export default defineBackground(() => {
  const db = openLibrary();
  setUpToolbarButton();
  setUpContextMenu();

  async function readState(tabId: number): Promise<TabState | null> {
    const key = tabStateKey(tabId);
    return ((await browser.storage.session.get(key))[key] as TabState | undefined) ?? null;
  }

  async function writeState(state: TabState): Promise<void> {
    await browser.storage.session.set({ [tabStateKey(state.tabId)]: state });
    await setBadge(state);
  }

  async function onPageText(message: PageText, tabId: number, frameId: number) {
    const user = await db.userTerms.toArray().catch(() => []);
    const { text, url, pageStart, pages } = await withOtherPages(message);
    const { parsed, analysis: whole } = analyzeText({ ...message, text, url, index: builtinIndex(user) });
    const analysis =
      pageStart === 0 && text.length === message.text.length ? whole : slicePageAnalysis(whole, pageStart, message.text.length);
    const previous = await readState(tabId);
    // A frame without the report (the page around an article iframe) does not overwrite the frame that has it.
    if (!parsed.report.isReport && previous?.status === 'report' && previous.frameId !== frameId) return analysis;
    if (!parsed.report.isReport && frameId !== 0) return analysis;
    const state: TabState = {
      tabId,
      url,
      status: parsed.report.isReport ? 'report' : 'not-report',
      detection: analysis.detection,
      reportId: null,
      frameId,
      unsaved: null,
      saveError: null,
      pages,
      textRange: { start: pageStart, end: pageStart + message.text.length },
    };
    if (parsed.report.isReport) {
      const settings = await settingsItem.getValue();
      const forced = Boolean((await browser.storage.session.get(saveNextKey(tabId)))[saveNextKey(tabId)]);
      if (settings.autoSave || forced) {
        await browser.storage.session.remove(saveNextKey(tabId));
        try {
          state.reportId = (await saveReport(db, { url, pageTitle: message.title, report: parsed.report, text: parsed.text })).reportId;
          // Every page of a split report leads to the same record.
          if (url !== message.url) await addUrl(state.reportId, message.url);
        } catch (error) {
          state.saveError = storageErrorMessage(error);
        }
      }
      if (state.reportId === null) {
        state.unsaved = { report: parsed.report, pageTitle: message.title };
        // Kept for the Save button; storage.session holds 10 MB, so very long texts are re-read from the page instead.
        if (parsed.text.length <= LIMITS.maxSessionTextChars) await browser.storage.session.set({ [textKey(tabId)]: parsed.text });
      }
    }
    await writeState(state);
    return analysis;
  }

  async function addUrl(reportId: number, pageUrl: string): Promise<void> {
    const canonical = canonicalUrl(pageUrl);
    await db.transaction('rw', db.reports, async () => {
      const stored = await db.reports.get(reportId);
      if (stored && !stored.urls.includes(canonical) && !(await db.reports.where('urls').equals(canonical).first())) {
        await db.reports.update(reportId, { urls: [...stored.urls, canonical] });
      }
    });
  }

  async function onSave(tabId: number): Promise<{ ok: true } | { ok: false; error: string }> {
    const state = await readState(tabId);
    if (!state?.unsaved) return state?.reportId ? { ok: true } : { ok: false, error: '本页没有可保存的报告。' };
    const text = (await browser.storage.session.get(textKey(tabId)))[textKey(tabId)] as string | undefined;
    if (text === undefined) {
      // Too long to keep in the session: ask the page for its text again and save on arrival.
      await browser.storage.session.set({ [saveNextKey(tabId)]: true });
      await browser.tabs.sendMessage(tabId, { type: 'page/reanalyze' }, { frameId: state.frameId }).catch(() => {});
      return { ok: true };
    }
    try {
      const { reportId } = await saveReport(db, { url: state.url, pageTitle: state.unsaved.pageTitle, report: state.unsaved.report, text });
      await writeState({ ...state, reportId, unsaved: null, saveError: null });
      await browser.storage.session.remove(textKey(tabId));
      return { ok: true };
    } catch (error) {
      const message = storageErrorMessage(error);
      await writeState({ ...state, saveError: message });
      return { ok: false, error: message };
    }
  }

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(BackgroundRequestSchema, raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'page/text': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        return onPageText(message, tabId, sender.frameId ?? 0);
      }
      case 'page/jump':
        return readState(message.tabId).then((state) => {
          // Offsets refer to the whole report; a page of a split report holds only its part.
          const range = state?.textRange ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
          if (message.start < range.start || message.end > range.end) return { found: false, otherPage: true };
          const start = message.start - range.start;
          const end = message.end - range.start;
          return browser.tabs.sendMessage(message.tabId, { type: 'page/jump-to', start, end }, { frameId: state?.frameId ?? 0 });
        });
      case 'report/save':
        return onSave(message.tabId);
      case 'page/analyze':
        return analyzeTab(message.tabId);
      case 'term/explain': {
        // No await before opening the panel: the user's click must still count as a gesture.
        const tabId = sender.tab?.id;
        openPanel(tabId);
        return browser.storage.session.set({ [PENDING_TERM_KEY]: message.term }).then(() => ({ ok: true }));
      }
    }
  });

  browser.tabs.onRemoved.addListener(
    (tabId) => void browser.storage.session.remove([tabStateKey(tabId), textKey(tabId), saveNextKey(tabId)]),
  );
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation starts: the tab no longer shows what it showed.
    if (change.status === 'loading' && change.url) void browser.storage.session.remove([tabStateKey(tabId), textKey(tabId)]);
  });
});

const pagesKey = (base: string) => `pages:${base}`;

/**
 * A report split over pages: the texts of its pages read so far (kept for the session), put
 * together in page order. Returns the text to parse, the URL to save it under (the first page's)
 * and where this page's text starts in it.
 */
async function withOtherPages(message: PageText): Promise<{ text: string; url: string; pageStart: number; pages: TabState['pages'] }> {
  const page = pageOf(message.url);
  if (!page || (page.index === 0 && message.pageLinks.length === 0))
    return { text: message.text, url: message.url, pageStart: 0, pages: null };
  const key = pagesKey(page.base);
  const saved = ((await browser.storage.session.get(key))[key] as { texts: Record<number, string>; known: number } | undefined) ?? {
    texts: {},
    known: 1,
  };
  const texts = { ...saved.texts, [page.index]: message.text };
  const indexes = new Set([page.index, ...message.pageLinks.map((l) => pageOf(l)?.index ?? -1).filter((i) => i >= 0)]);
  const known = Math.max(saved.known, indexes.size, Object.keys(texts).length);
  const combined = combinePages(texts);
  if (combined.text.length <= LIMITS.maxSessionTextChars) await browser.storage.session.set({ [key]: { texts, known } });
  return {
    text: combined.text,
    url: page.base,
    pageStart: combined.starts.get(page.index)!,
    pages: { known, read: Object.keys(texts).length },
  };
}

/**
 * Looks at a tab on request: asks the content script to analyse again (it skips pages its cheap
 * check rejects), or injects it where it does not run (sites other than *.gov.cn), which works
 * after the user's click on the toolbar button or context menu (activeTab).
 */
async function analyzeTab(tabId: number): Promise<{ ok: true } | { ok: false; error: string }> {
  const reply = await browser.tabs.sendMessage(tabId, { type: 'page/reanalyze' }).catch(() => null);
  if (reply) return { ok: true };
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
    await browser.tabs.sendMessage(tabId, { type: 'page/reanalyze' });
    return { ok: true };
  } catch {
    return { ok: false, error: '无法读取本页。请点击浏览器工具栏上的 ReportLens 按钮，或在页面上右键选择“用 ReportLens 分析本页”。' };
  }
}

type ActionApi = typeof browser.action;
const actionApi = (): ActionApi => browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction;
interface ChromeSidePanel {
  setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void>;
  open(o: { tabId: number }): Promise<void>;
}
const chromeSidePanel = (): ChromeSidePanel | undefined => (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
const firefoxSidebar = () => (browser as unknown as { sidebarAction?: { toggle(): Promise<void>; open(): Promise<void> } }).sidebarAction;

function setUpToolbarButton(): void {
  // Chrome: the side panel opens on toolbar click (and the click grants activeTab for on-demand analysis).
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
    return;
  }
  // Firefox: do not await anything before toggle(), or the user gesture is lost.
  actionApi().onClicked.addListener(() => void firefoxSidebar()?.toggle());
}

function openPanel(tabId: number | undefined): void {
  const sidePanel = chromeSidePanel();
  if (sidePanel && tabId !== undefined) sidePanel.open({ tabId }).catch(() => {});
  else
    firefoxSidebar()
      ?.open()
      .catch(() => {});
}

function setUpContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'reportlens-analyze', title: '用 ReportLens 分析本页', contexts: ['page', 'selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== 'reportlens-analyze' || tab?.id === undefined) return;
    openPanel(tab.id);
    void analyzeTab(tab.id);
  });
}

async function setBadge(state: TabState): Promise<void> {
  const text = state.status === 'report' ? (state.reportId !== null ? '报' : '未存') : '';
  await actionApi()
    .setBadgeText({ tabId: state.tabId, text })
    .catch(() => {});
  await actionApi()
    .setBadgeBackgroundColor({ tabId: state.tabId, color: '#b3261e' })
    .catch(() => {});
}

/**
 * The side panel's Save all and reader actions with browser APIs: the tab's links through the
 * background, the harvest's network and file readers in this page (it has DOMParser, which the
 * background's service worker lacks), the library's save path loaded when a run starts.
 */
import { browser, type PublicPath } from 'wxt/browser';
import type { LibraryDb } from '../../lib/library/db.ts';
import { requestReportLinks } from '../../lib/messages.ts';
import { HarvestController } from '../../lib/harvest/controller.ts';
import { browserHarvestEnvironment } from '../../lib/harvest/browser.ts';
import { fileKindOfLink } from '../../lib/harvest/urls.ts';
import { readerPath } from '../../lib/reader/address.ts';
import { isWebUrl } from '../../lib/web-url.ts';
import type { PanelActions } from '../../components/actions.ts';

const assetUrl = (path: string) => browser.runtime.getURL(path as PublicPath);

export function createHarvest(db: LibraryDb): HarvestController {
  return new HarvestController({
    readTab: async (tabId) => {
      const reply = await requestReportLinks((message) => browser.runtime.sendMessage(message), tabId);
      return reply?.ok ? reply.page : null;
    },
    environment: (pauseMs) => browserHarvestEnvironment({ pauseMs, assetUrl }),
    // The save path parses and explains each report (parser, glossary, regions): loaded when a run starts.
    library: async () => (await import('../../lib/harvest/library.ts')).harvestLibrary(db),
  });
}

/**
 * The file a tab shows, from its address (or its title: a PDF viewer is titled with the file's
 * name, download.jsp?id=… is not). The address is visible on *.gov.cn (host permission) and, after
 * the user's click on the toolbar button, on any site (activeTab).
 */
export async function tabFile(tabId: number | null): ReturnType<PanelActions['tabFile']> {
  if (tabId === null) return null;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab?.url || !isWebUrl(tab.url)) return null;
  const kind = fileKindOfLink(tab.url, tab.title ?? '');
  return kind === 'pdf' || kind === 'docx' || kind === 'doc' ? { url: tab.url, kind } : null;
}

export function openReader(url: string): void {
  if (isWebUrl(url)) void browser.tabs.create({ url: browser.runtime.getURL(readerPath(url) as PublicPath) });
}

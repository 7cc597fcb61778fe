/**
 * Shared set-up for end-to-end tests: the demo county sites on loopback, and the built extension
 * loaded into the system Chromium through playwright-core. No browser is downloaded; with no
 * Chromium installed the tests fail with an install hint rather than skip.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server.ts';
import { ensureDemoFiles } from '../../scripts/demo-files/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chrome.ts';
import type { TabState } from '../../lib/messages.ts';
import { tabIdOfActivePage, waitForTabState as waitForTabStateById } from '../../scripts/lib/extension-probe.ts';

/**
 * The built extension under test. REPORTLENS_EXTENSION_DIR points the suite at another build (an
 * older commit's, to see which tests fail on it).
 */
export const EXTENSION_DIR = process.env.REPORTLENS_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

export interface Harness extends ExtensionBrowser {
  server: DemoServer;
  /** Opens the side panel page in a tab, about the tab `tabId` of `page`. */
  openPanel(forPage?: Page): Promise<Page>;
  /** The extension's id for the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(EXTENSION_DIR)) throw new Error('The extension is not built: run `npm run build` first (npm test does it).');
  // The demo column links PDF and Word reports, generated when missing (not committed).
  await ensureDemoFiles();
  const server = await startDemoServer();
  const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, hostResolverRule: server.hostResolverRule });
  const tabIdOf = (page: Page) => tabIdOfActivePage(browser, page);
  return {
    ...browser,
    server,
    tabIdOf,
    openPanel: async (forPage) => {
      const query = forPage ? `?tab=${await tabIdOf(forPage)}` : '';
      const panel = await browser.context.newPage();
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html${query}`);
      return panel;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the background has recorded what the content script found on `page`. */
export async function waitForTabState(h: Harness, page: Page, timeout = 15_000): Promise<TabState> {
  const state = await waitForTabStateById(h, await h.tabIdOf(page), timeout);
  if (!state) throw new Error(`the background recorded nothing for ${page.url()} within ${timeout} ms`);
  return state;
}

/**
 * Shared set-up for the Firefox end-to-end tests: the demo county sites on loopback, and the
 * Firefox build loaded into the system Firefox (Debian: firefox-esr) through puppeteer-core over
 * WebDriver BiDi. No browser is downloaded; with no Firefox installed the tests fail with an
 * install hint rather than skip.
 *
 * Firefox's background page and its sidebar are out of BiDi's reach, so the extension's state
 * (storage.session, IndexedDB, tab ids) is read through a document of the extension's origin kept
 * open in a tab, as the Chromium harness reads it through the service worker. That document is the
 * extension's icon: any document of the origin gets the extension's APIs, and an image runs no code
 * of ours. The side panel's page would be a second sidebar, taking the pending terms meant for the
 * real sidebar (which Firefox opens when the add-on is installed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { onTestFailed } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server.ts';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox.ts';
import {
  activeTabIdInExtension,
  pollTabState,
  putRowsInExtension,
  sessionValueInExtension,
  storedDocumentInExtension,
  tableRowsInExtension,
  type ExtensionRealm,
} from '../../scripts/lib/extension-probe.ts';
import { tabStateKey, type BackgroundRequest, type TabState } from '../../lib/messages.ts';
import { DB_NAME, type StoredDocument, type StoredReport } from '../../lib/library/db.ts';
import type { UserTerm } from '../../lib/glossary/index.ts';
import { readTooltip } from './bidi.ts';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2/', import.meta.url));
export const ARTIFACTS_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));

export interface FirefoxHarness extends FirefoxWithExtension {
  server: DemoServer;
  /** Extension code runs here (a document of the extension, open in a tab), like in Chromium's service worker. */
  extension: ExtensionRealm;
  /** Opens `url` in a new tab. */
  open(url: string): Promise<Page>;
  /** The extension's id for the tab showing `page` (brings it to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** Waits until the background has recorded what the content script found on `page`. */
  tabState(page: Page): Promise<TabState>;
  readStoredDocument(id: number): Promise<StoredDocument | null>;
  /** Opens the side panel page (Firefox: the sidebar's page) in a tab, about the tab of `forPage`. */
  openPanel(forPage?: Page): Promise<Page>;
}

export async function startFirefoxHarness(): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX_EXTENSION_DIR))
    throw new Error('The Firefox extension is not built: run `npm run build:firefox` first (npm test does it).');
  const server = await startDemoServer();
  let firefox: FirefoxWithExtension;
  try {
    firefox = await launchFirefoxWithExtension({ extensionDir: FIREFOX_EXTENSION_DIR, proxyPort: server.port });
  } catch (error) {
    await server.close();
    throw error;
  }
  const { icons } = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { icons: Record<string, string> };
  const probe = await firefox.openExtensionPage(Object.values(icons)[0]!);
  const extension: ExtensionRealm = {
    // puppeteer types the argument as FlattenHandle<A>; for the plain JSON values passed here that is A.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      probe.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
  };
  const tabIdOf = async (page: Page) => {
    await page.bringToFront();
    return extension.evaluate(activeTabIdInExtension, undefined);
  };
  return {
    ...firefox,
    server,
    extension,
    open: async (url) => {
      const page = await firefox.browser.newPage();
      // No deadlines of puppeteer's own (30 s by default): on two busy cores a load can take long.
      page.setDefaultTimeout(0);
      await page.goto(url);
      return page;
    },
    tabIdOf,
    tabState: async (page) => (await pollTabState(extension, await tabIdOf(page)))!,
    readStoredDocument: (id) => extension.evaluate(storedDocumentInExtension, { name: DB_NAME, id }),
    openPanel: async (forPage) => firefox.openExtensionPage(`sidepanel.html${forPage ? `?tab=${await tabIdOf(forPage)}` : ''}`),
    close: async () => {
      await firefox.close();
      await server.close();
    },
  };
}

type ExtensionApi = typeof import('wxt/browser').Browser;

/** A value in the extension's storage.session (null when absent). */
export function sessionValue(h: FirefoxHarness, key: string): Promise<unknown> {
  return h.extension.evaluate(sessionValueInExtension, key);
}

/** What the background recorded for tab `tabId` so far (null when nothing). */
export async function tabStateNow(h: FirefoxHarness, tabId: number): Promise<TabState | null> {
  return (await sessionValue(h, tabStateKey(tabId))) as TabState | null;
}

/** Every report record in the library. */
export async function storedReports(h: FirefoxHarness): Promise<StoredReport[]> {
  return (await h.extension.evaluate(tableRowsInExtension, { name: DB_NAME, table: 'reports' })) as StoredReport[];
}

/** Writes the user's own terms straight into the library, as the glossary editor would (the extension must have created it). */
export function putUserTerms(h: FirefoxHarness, terms: UserTerm[]): Promise<void> {
  return h.extension.evaluate(putRowsInExtension, { name: DB_NAME, table: 'userTerms', rows: terms });
}

/** Sends a request to the background from the extension page, as the side panel does; resolves to its answer. */
export function askBackground(h: FirefoxHarness, message: BackgroundRequest): Promise<unknown> {
  return h.extension.evaluate((m) => (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.sendMessage(m), message);
}

/** Writes the extension's settings (storage.local), as the panel's switches do; null restores the defaults. */
export function setSettings(h: FirefoxHarness, settings: Record<string, unknown> | null): Promise<void> {
  return h.extension.evaluate((value) => {
    const storage = (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local;
    return value === null ? storage.remove('settings') : storage.set({ settings: value });
  }, settings);
}

/**
 * Polls `read` until `accept` holds, and returns that value. No deadline: Vitest's test timeout is
 * the only one, and when it strikes, what was awaited and the last value read are printed.
 */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  let last: { value: T } | null = null;
  let done = false;
  try {
    onTestFailed(() => {
      if (!done) console.error(`Still waiting for ${accept.toString()} over ${read.toString()}; last read: ${JSON.stringify(last?.value)}`);
    });
  } catch {
    // Outside a test (a hook): nothing to report to.
  }
  for (;;) {
    last = { value: await read() };
    if (accept(last.value)) {
      done = true;
      return last.value;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The texts of the ranges of one of ReportLens's highlights, read from the page's highlight
 * registry. The content script registers them through Firefox's Xray wrappers; the registry is the
 * document's own, so the page sees them.
 */
export function highlighted(frame: Page | Frame, name: string): Promise<string[]> {
  return frame.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

/** Waits until the page (or frame) has term marks. */
export async function waitForMarks(frame: Page | Frame): Promise<void> {
  await until(
    () => highlighted(frame, 'reportlens-term'),
    (terms) => terms.length > 0,
  );
}

/** The toolbar button's badge for tab `tabId` (Firefox MV2: browserAction). */
export function badgeText(h: FirefoxHarness, tabId: number): Promise<string> {
  return h.extension.evaluate(
    (id) =>
      (
        globalThis as unknown as { browser: { browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } } }
      ).browser.browserAction.getBadgeText({
        tabId: id,
      }),
    tabId,
  );
}

/** What ReportLens added to a page: element hosts, adopted style sheets, highlights. */
export function addedToPage(frame: Page | Frame): Promise<{ hosts: number; sheets: number; highlights: number }> {
  return frame.evaluate(() => ({
    hosts: document.querySelectorAll('reportlens-tooltip, reportlens-marks').length,
    sheets: document.adoptedStyleSheets.length,
    highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
  }));
}

/** Centre of the first line box of the first occurrence of `text` inside the article, scrolled into view. */
export async function pointAt(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(needle);
      if (i < 0 || !n.parentElement?.closest('.TRS_UEDITOR, .TRS_Editor, #zoom, #UCAP-CONTENT')) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + needle.length);
      n.parentElement!.scrollIntoView({ block: 'center' });
      // The first line box: a term that wraps has a bounding box whose centre is on neither line.
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error(`${needle} not found`);
  }, text);
}

/** Hovers like a reader: rest nearby, then move onto the point slowly enough to count as reading. */
export async function hover(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(point.x - 40, point.y + 40);
  await new Promise((r) => setTimeout(r, 400));
  await page.mouse.move(point.x, point.y);
}

/** ReportLens's tooltip as the user sees it, read through its closed shadow root (bidi.ts), or null before the first one. */
export const tooltip = (page: Page) => readTooltip(page);

/** What a page script sees of ReportLens's tooltip: whether the element is there, and whether its shadow root is open to it. */
export function tooltipSeenByPage(frame: Page | Frame): Promise<{ host: boolean; shadowRoot: boolean }> {
  return frame.evaluate(() => {
    const host = document.querySelector('reportlens-tooltip');
    return { host: host !== null, shadowRoot: host?.shadowRoot != null };
  });
}

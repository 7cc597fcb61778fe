/**
 * Finding a Firefox to run and starting it with the built extension, through puppeteer-core over
 * WebDriver BiDi. No browser is ever downloaded: FIREFOX_PATH, else the usual install locations
 * (Debian's `firefox-esr` first).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`; elsewhere Firefox 140 or newer) or set FIREFOX_PATH to the browser executable.';

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** `moz-extension://<uuid>`: the UUID is chosen here and given to Firefox before it starts. */
  extensionOrigin: string;
  /** Opens a page of the extension (`sidepanel.html?tab=3`) in a new tab, once its document has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts Firefox (headless unless `headed`) with the extension at `extensionDir` installed as a
 * temporary add-on. Plain-HTTP requests go to `proxyPort` as to a proxy: the demo server answers
 * any hostname on any path, so pages keep their real county URLs without a port, as Chromium's
 * --host-resolver-rules gives them (Firefox's network.dns.localDomains maps names to loopback but
 * cannot change the port, and would need every hostname listed).
 */
export async function launchFirefoxWithExtension({
  extensionDir,
  proxyPort,
  headed = false,
  viewport = { width: 1280, height: 900 },
}: {
  extensionDir: string;
  proxyPort: number;
  headed?: boolean;
  viewport?: { width: number; height: number };
}): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: !headed,
    // puppeteer-core's setViewport also sends emulation.setScreenOrientationOverride, which
    // Firefox 140 does not know; for the default viewport puppeteer tolerates that failure.
    defaultViewport: viewport,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.share_proxy_settings': false,
      // The demo sites are plain HTTP: no detour through an HTTPS attempt first.
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      // Firefox gives each add-on a random moz-extension UUID at install; fixing it in advance
      // is how a test knows the address of the extension's pages.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    },
  });
  try {
    // WebDriver BiDi's webExtension.install wants an absolute path.
    const extensionId = await browser.installExtension(resolve(extensionDir));
    const extensionOrigin = `moz-extension://${uuid}`;
    return {
      browser,
      extensionId,
      extensionOrigin,
      openExtensionPage: (path) => openExtensionPage(browser, `${extensionOrigin}/${path}`),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Firefox 140 sends puppeteer no load events for moz-extension: documents (the navigation never
 * "finishes" for puppeteer, and page.url() stays about:blank), yet the document loads and
 * page.evaluate() runs in it. So the navigation is started, and the document itself is waited for.
 */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  // No deadline of puppeteer's own on this page (its navigation never "finishes", see above).
  page.setDefaultTimeout(0);
  page.goto(url).catch(() => {
    // Expected: see above. Whether the page loaded is checked below.
  });
  for (;;) {
    if (page.isClosed() || !browser.connected) throw new Error(`${url} did not load: the browser went away`);
    // An evaluation can fail while the old document goes away: not loaded yet.
    const loaded = await page.evaluate((want) => location.href === want && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return page;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Finding a Chromium to run: CHROME_PATH, else the usual install locations. No browser is ever
 * downloaded (ReportLens's tests and demo use the system's browser).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: install Google Chrome) or set CHROME_PATH to the browser executable.';

export function findChrome(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Starts Chromium with the built extension loaded. Headless unless `headed` (new headless
 * Chromium loads unpacked extensions). Flags keep a closed network quiet: no background
 * networking, no component updates, no sync.
 */
export async function launchWithExtension({
  extensionDir,
  hostResolverRule,
  headed = false,
  viewport = { width: 1280, height: 900 },
}: {
  extensionDir: string;
  hostResolverRule: string;
  headed?: boolean;
  viewport?: { width: number; height: number } | null;
}): Promise<ExtensionBrowser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = await mkdtemp(join(tmpdir(), 'reportlens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: !headed,
    viewport,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostResolverRule}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

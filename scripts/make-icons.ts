/**
 * Renders the toolbar icon (public/icon/icon.svg) to the PNG sizes the stores ask for, with the
 * system Chromium. Run once after editing the SVG: `node scripts/make-icons.ts`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome, INSTALL_HINT } from './lib/chrome.ts';

const dir = fileURLToPath(new URL('../public/icon/', import.meta.url));
const svg = await readFile(`${dir}icon.svg`, 'utf8');
const executablePath = findChrome();
if (!executablePath) throw new Error(INSTALL_HINT);
const browser = await chromium.launch({ executablePath, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `${dir}${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();

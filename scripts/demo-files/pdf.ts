/** Seed reports → PDF in the system Chromium (page.pdf()), as a county office's print-to-PDF would. */
import { chromium } from 'playwright-core';
import { findChrome, INSTALL_HINT } from '../lib/chrome.ts';
import type { DemoFile } from '../demo-site/files.ts';
import { headerFooter, printHtml } from './print-html.ts';

export async function renderPdfs(jobs: { file: DemoFile; text: string }[]): Promise<Map<DemoFile, Uint8Array>> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const browser = await chromium.launch({ executablePath, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const out = new Map<DemoFile, Uint8Array>();
  try {
    const page = await browser.newPage();
    for (const { file, text } of jobs) {
      await page.setContent(printHtml({ text, file }), { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '30mm', bottom: '25mm', left: '28mm', right: '26mm' },
        displayHeaderFooter: true,
        ...headerFooter(file),
      });
      out.set(file, new Uint8Array(pdf));
    }
  } finally {
    await browser.close();
  }
  return out;
}

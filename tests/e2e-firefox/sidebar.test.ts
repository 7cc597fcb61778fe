/**
 * The sidebar in real Firefox: its page (sidepanel.html, opened in a tab about a report's tab)
 * shows the current report and the library; with auto-save off its Save button saves; a tooltip's
 * “add explanation” hands the term to the sidebar, and an explanation written in the panel's
 * glossary shows in the page's tooltip.
 * A screenshot of the library view is written to test-results/screenshots/ for a reviewer.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  ARTIFACTS_DIR,
  badgeText,
  hover,
  pointAt,
  setSettings,
  startFirefoxHarness,
  tooltip,
  until,
  waitForMarks,
  type FirefoxHarness,
} from './harness.ts';
import { PENDING_TERM_KEY } from '../../lib/messages.ts';

type ExtensionApi = typeof import('wxt/browser').Browser;

const QINGLAN_2021 = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-41021.html';
const QINGLAN_2022 = 'http://www.qinglan.gov.cn/zwgk/zfgzbg/Content-45318.html';
const LIULIN = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const PINGYAO = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';
const SHOTS = resolve(ARTIFACTS_DIR, 'screenshots');

const count = (panel: Page, selector: string) => panel.$$eval(selector, (els) => els.length);
const texts = (panel: Page, selector: string) => panel.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));
/** Waits until `selector` matches `n` elements. */
const waitForCount = (panel: Page, selector: string, n: number) =>
  until(
    () => count(panel, selector),
    (c) => c === n,
  );

/**
 * Clicks / types into the first element matching `selector`. Element handles, not puppeteer's
 * locators: these never act on an extension page whose navigation puppeteer has not seen finish
 * (see openExtensionPage in scripts/lib/firefox.ts).
 */
async function click(panel: Page, selector: string): Promise<void> {
  const element = await panel.waitForSelector(selector, { timeout: 0 });
  await element!.click();
}
async function fill(panel: Page, selector: string, text: string): Promise<void> {
  const element = (await panel.waitForSelector(selector, { timeout: 0 }))!;
  // Empty the field the way a user's select-all + delete would: one input event.
  await element.evaluate((e) => {
    (e as HTMLInputElement).value = '';
    e.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (text) await element.type(text);
}

/** Hovers `text` like a reader and returns the tooltip's text once it shows. */
async function tooltipFor(page: Page, text: string): Promise<string> {
  await hover(page, await pointAt(page, text));
  return (await until(
    () => tooltip(page),
    (t) => t?.visible === true,
  ))!.text;
}

describe('Firefox: the sidebar', () => {
  let h: FirefoxHarness;
  let report2022: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await startFirefoxHarness();
    for (const url of [QINGLAN_2021, LIULIN, QINGLAN_2022]) {
      report2022 = await h.open(url);
      expect((await h.tabState(report2022)).reportId, url).not.toBeNull();
    }
  });
  afterAll(async () => h?.close());

  it('shows the current report as saved, and the library holds the three reports', async () => {
    const panel = await h.openPanel(report2022);
    await waitForCount(panel, '[data-testid="this-page-report"]', 1);
    expect(await panel.$eval('[data-testid="this-page-report"]', (e) => e.textContent)).toContain('已存入资料库');
    await click(panel, '#tab-library');
    await waitForCount(panel, '[data-testid="library-report"]', 3);
    const search = 'input[type="search"]';
    // A typo in the name (柳琳 for 柳林) still finds it.
    await fill(panel, search, '柳琳');
    await until(
      () => texts(panel, '[data-testid="library-report"]'),
      (t) => t.length === 1 && t[0]!.includes('柳林县'),
    );
    // Pinyin, with pinyin-pro loaded on demand in the real extension page.
    await fill(panel, search, 'qinglan');
    await waitForCount(panel, '[data-testid="library-report"]', 2);
    await fill(panel, search, '');
    await waitForCount(panel, '[data-testid="library-report"]', 3);
    await panel.screenshot({ path: resolve(SHOTS, 'firefox-library.png'), fullPage: true });
    await panel.close();
  });

  it('with auto-save off, a report waits for the Save button, which saves it into the library', async () => {
    await setSettings(h, { autoSave: false, lang: 'zh', highlight: true, disabledSites: [] });
    try {
      const page = await h.open(PINGYAO);
      const unsaved = await h.tabState(page);
      expect(unsaved).toMatchObject({ status: 'report', reportId: null });
      expect(await badgeText(h, unsaved.tabId)).toBe('未存');
      const panel = await h.openPanel(page);
      await click(panel, '[data-testid="this-page-report"] .status button');
      // The view re-renders while the saved record loads (the element is briefly absent): read it as a list.
      await until(
        () => panel.$$eval('[data-testid="this-page-report"]', (els) => els.map((e) => e.textContent ?? '').join('')),
        (t) => t.includes('已存入资料库'),
      );
      expect((await h.tabState(page)).reportId).not.toBeNull();
      await click(panel, '#tab-library');
      await waitForCount(panel, '[data-testid="library-report"]', 4);
      await panel.close();
    } finally {
      await setSettings(h, null);
    }
  });

  it('“add explanation” in a tooltip hands the term to the open sidebar; an explanation written in the panel shows in the page', async () => {
    // Firefox opens the sidebar when the add-on is installed; it is the only panel open now.
    const sidebarOpen = await h.extension.evaluate(
      () =>
        (
          globalThis as unknown as { browser: { sidebarAction: { isOpen(details: object): Promise<boolean> } } }
        ).browser.sidebarAction.isOpen({}),
      undefined,
    );
    expect(sidebarOpen).toBe(true);
    await h.extension.evaluate((key) => {
      const seen: unknown[] = [];
      (globalThis as unknown as { pendingTermChanges: unknown[] }).pendingTermChanges = seen;
      (globalThis as unknown as { browser: ExtensionApi }).browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'session' && key in changes) seen.push(changes[key]!.newValue ?? null);
      });
    }, PENDING_TERM_KEY);
    const page = await h.open(LIULIN);
    await waitForMarks(page);
    expect(await tooltipFor(page, '五转一新')).toContain('添加解释');
    // The user's own click: the button is in a closed shadow root and answers only trusted clicks.
    const button = (await tooltip(page))!.button!;
    await page.mouse.move(button.x, button.y, { steps: 4 });
    await page.mouse.click(button.x, button.y);
    // The background leaves the term for the sidebar, and the sidebar takes it (its glossary opens an editor for it).
    await until(
      () => h.extension.evaluate(() => (globalThis as unknown as { pendingTermChanges: unknown[] }).pendingTermChanges, undefined),
      (changes) => changes.length === 2,
    ).then((changes) => expect(changes).toEqual(['五转一新', null]));
    // The explanation, written in the panel's glossary.
    const panel = await h.openPanel(page);
    await click(panel, '#tab-glossary');
    await fill(panel, '[data-testid="glossary"] input[type="search"]', '五转一新');
    await click(panel, '[data-testid="glossary"] .toolbar button');
    expect(await panel.$eval('[data-testid="term-editor"] input', (e) => (e as HTMLInputElement).value)).toBe('五转一新');
    await fill(panel, '[data-testid="term-editor"] textarea', '转型发展五个方面与一个新局面（测试用解释）');
    await click(panel, '[data-testid="term-editor"] button[type="submit"]');
    await waitForCount(panel, '[data-testid="term-editor"]', 0);
    await panel.close();
    // The next reading of the report explains the term with the user's words.
    const again = await h.open(LIULIN);
    await waitForMarks(again);
    const tip = await tooltipFor(again, '五转一新');
    expect(tip).toContain('我的解释');
    expect(tip).toContain('转型发展五个方面与一个新局面（测试用解释）');
  });
});

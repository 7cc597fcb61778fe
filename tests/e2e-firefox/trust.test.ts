/**
 * Issue 15's security model, held in Firefox too (the full attack suite runs in Chromium:
 * tests/e2e/trust-*.test.ts). A page's own scripts cannot make the tooltip appear, read the user's
 * explanations or switch ReportLens off; a forged copy of a saved report on a second *.gov.cn host
 * never changes the saved record; the user's settings reach an open page. Firefox gives content scripts Xray views of the page and its own
 * `sender` fields, so these are checked here rather than assumed from Chromium.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  highlighted,
  hover,
  pointAt,
  putUserTerms,
  setSettings,
  startFirefoxHarness,
  storedReports,
  tooltip,
  tooltipSeenByPage,
  until,
  waitForMarks,
  type FirefoxHarness,
} from './harness.ts';

const PINGYAO = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';
const PINGYAO_HTML = readFileSync(
  fileURLToPath(new URL('../fixtures/site/www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html', import.meta.url)),
  'utf8',
);
/** A look-alike host under *.gov.cn (the demo server answers any hostname). */
const HOSTILE = 'www.pingyao-xian.gov.cn';
/** The official report with its GDP target changed: same region, year and meeting. */
const FORGED_HTML = PINGYAO_HTML.replace('地区生产总值完成138亿元,同比增长8%', '地区生产总值完成238亿元,同比增长18%');
const SECRET = 'SECRET 我写的古城保护笔记';

const figuresOf = (r: { targets: { indicator: string; value: number | null }[]; actuals: { indicator: string; value: number | null }[] }) =>
  JSON.stringify([r.targets.map((f) => [f.indicator, f.value]), r.actuals.map((f) => [f.indicator, f.value])]);

describe('Firefox: issue 15’s security model', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await startFirefoxHarness();
    // A first report makes the extension create its library; then a term only this user explained.
    const first = await h.open(PINGYAO);
    await h.tabState(first);
    await first.close();
    await putUserTerms(h, [{ term: '古城保护', definition: SECRET, variants: [], updatedAt: 1 }]);
  });
  afterAll(async () => h?.close());

  it('page script cannot open the tooltip with synthetic mousemoves, read the user’s explanation, or switch ReportLens off', async () => {
    const page = await h.open(PINGYAO);
    await waitForMarks(page);
    // The highlight registry is the page's to read: it holds what anyone would see, not the user's own term.
    const terms = await highlighted(page, 'reportlens-term');
    expect(terms).toContain('一肩挑');
    expect(terms).not.toContain('古城保护');
    const point = await pointAt(page, '古城保护');
    await page.evaluate(
      async ({ x, y, id }) => {
        // Hover-like moves onto the user's term, slow enough for a reader's …
        for (let i = 0; i < 8; i++) {
          document.dispatchEvent(new MouseEvent('mousemove', { clientX: x + (i % 2), clientY: y, bubbles: true }));
          await new Promise((r) => setTimeout(r, 100));
        }
        // … and WXT's "another instance started" event, which used to end the content script.
        document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content' } }));
        window.postMessage({ type: `${id}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'page' }, '*');
        await new Promise((r) => setTimeout(r, 800));
      },
      { ...point, id: h.extensionId },
    );
    expect(await tooltipSeenByPage(page)).toEqual({ host: false, shadowRoot: false });
    expect(await tooltip(page)).toBeNull();
    // The user's own hover (puppeteer's input is trusted): the content script still runs and shows
    // their explanation, in a root the page cannot open.
    await hover(page, point);
    await until(
      async () => (await tooltip(page))?.text ?? '',
      (text) => text.includes(SECRET),
    );
    expect(await tooltipSeenByPage(page)).toEqual({ host: true, shadowRoot: false });
    expect(await highlighted(page, 'reportlens-term')).toContain('一肩挑');
  });

  it('a forged copy on another *.gov.cn host never changes the saved record’s figures; it is kept apart as a copy', async () => {
    const official = await h.open(PINGYAO);
    const officialId = (await h.tabState(official)).reportId!;
    const before = (await h.readStoredDocument(officialId))!.report;
    h.server.addPage(`http://${HOSTILE}/art/2022/copy.html`, FORGED_HTML);
    const copy = await h.open(`http://${HOSTILE}/art/2022/copy.html`);
    const first = await h.tabState(copy);
    expect(first.status).toBe('report');
    expect(first.reportId).not.toBe(officialId);
    // The copy changes (one character more) once its marks are painted — the content script watches
    // the article for changes from then on — and we wait until the background has analysed the new text.
    await waitForMarks(copy);
    await copy.evaluate(() => document.querySelector('.TRS_UEDITOR')!.append('。'));
    await until(
      () => h.tabState(copy),
      (state) => state.textRange!.end > first.textRange!.end,
    );
    expect(figuresOf((await h.readStoredDocument(officialId))!.report)).toBe(figuresOf(before));
    const reports = await storedReports(h);
    const officialRecord = reports.find((r) => r.id === officialId)!;
    expect(officialRecord.urls.map((u) => new URL(u).hostname)).toEqual(['www.pingyao.gov.cn']);
    expect(reports.find((r) => r.id === first.reportId)).toMatchObject({ host: HOSTILE, mirrorOf: officialId });
  });

  it('settings changed while a page is open reach it (storage.onChanged in the content script): marks off and on, a site turned off is left', async () => {
    const page = await h.open(PINGYAO);
    await waitForMarks(page);
    const marked = () => highlighted(page, 'reportlens-term');
    const settings = { autoSave: true, lang: 'zh', highlight: true, disabledSites: [] as string[] };
    try {
      await setSettings(h, { ...settings, highlight: false });
      await until(marked, (terms) => terms.length === 0);
      await setSettings(h, settings);
      await waitForMarks(page);
      await setSettings(h, { ...settings, disabledSites: ['www.pingyao.gov.cn'] });
      await until(marked, (terms) => terms.length === 0);
    } finally {
      await setSettings(h, null);
    }
    await waitForMarks(page);
  });
});

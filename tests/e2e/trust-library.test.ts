/**
 * Issue 15, tried as an attacker would, in real Chromium with the built extension: hostile pages on
 * a second *.gov.cn host served by the demo server, messages spoofed from the content script's own
 * world (DevTools protocol), a crafted backup. Findings 1, 2, 4, 5 and 8.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, waitForTabState, type Harness } from './harness.ts';
import { readStoredDocument } from '../../scripts/lib/extension-probe.ts';
import { contentScriptWorld } from './cdp.ts';
import { badgeText, highlightTexts, putUserTerms, sessionKeys, setSettings, storedReports, tabState } from './probe.ts';

const PINGYAO = 'http://www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html';
const PINGYAO_HTML = readFileSync(
  fileURLToPath(new URL('../fixtures/site/www.pingyao.gov.cn/art/2022/7/11/art_1234_56789.html', import.meta.url)),
  'utf8',
);
const LIULIN = 'http://www.liulin.gov.cn/zwgk/zfgzbg/202004/t20200427_1234567.shtml';
const LIULIN_PAGED = 'http://www.liulin.gov.cn/zwgk/zfxxgk/fdzdgknr/202004/t20200427_1234568.shtml';
/** A look-alike on another *.gov.cn host, served by the demo server. */
const HOSTILE = 'www.pingyao-xian.gov.cn';
/** The official report with its GDP figures changed: same region, year and meeting. */
const FORGED_HTML = PINGYAO_HTML.replace('地区生产总值完成138亿元,同比增长8%', '地区生产总值完成238亿元,同比增长18%');

const figuresKey = (r: {
  targets: { indicator: string; value: number | null }[];
  actuals: { indicator: string; value: number | null }[];
}) => JSON.stringify([r.targets.map((f) => [f.indicator, f.value]), r.actuals.map((f) => [f.indicator, f.value])]);

async function sendFrom(page: Page, h: Harness, message: Record<string, unknown>): Promise<unknown> {
  const world = await contentScriptWorld(page, h.extensionId);
  return world.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)}).catch((e) => ({ rejected: String(e) }))`);
}

// biome-ignore lint/suspicious/noExplicitAny: a backup file as parsed JSON, which the tests edit into shapes the schema refuses.
type BackupJson = any;

/** The library view of a panel opened on 柳林's report, and the backup it exports. */
async function exportedBackup(h: Harness): Promise<{ panel: Page; backup: BackupJson }> {
  const page = await h.context.newPage();
  await page.goto(LIULIN);
  await waitForTabState(h, page);
  const panel = await h.openPanel(page);
  await panel.getByRole('tab', { name: '资料库' }).click();
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: /导出备份/ }).click();
  return { panel, backup: JSON.parse(readFileSync(await (await download).path(), 'utf8')) };
}

describe('trust: the library and the background', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  beforeEach(async () => setSettings(h, null));

  it('1. a copy on another *.gov.cn host never rewrites the official record; it is kept apart, marked, and the panel says where each came from', async () => {
    const official = await h.context.newPage();
    await official.goto(PINGYAO);
    const officialState = await waitForTabState(h, official);
    const before = (await readStoredDocument(h, officialState.reportId!))!.report;
    h.server.addPage(`http://${HOSTILE}/art/2022/copy.html`, FORGED_HTML);
    const copy = await h.context.newPage();
    await copy.goto(`http://${HOSTILE}/art/2022/copy.html`);
    await waitForTabState(h, copy);
    // The copy changes: one character appended to its article.
    await copy.evaluate(() => document.querySelector('.TRS_UEDITOR')!.append('。'));
    await copy.waitForTimeout(2500);
    const after = (await readStoredDocument(h, officialState.reportId!))!.report;
    expect(figuresKey(after)).toBe(figuresKey(before));
    const reports = await storedReports(h);
    const officialRecord = reports.find((r) => r.id === officialState.reportId)!;
    expect(officialRecord.urls.every((u) => new URL(u).hostname === 'www.pingyao.gov.cn')).toBe(true);
    const copyRecord = reports.find((r) => r.url.includes(HOSTILE));
    expect(copyRecord).toMatchObject({ host: HOSTILE, mirrorOf: officialState.reportId });
    // The panel, for the genuine tab, shows the official figures and where they came from; for the copy, that it is one.
    const panel = await h.openPanel(official);
    await panel.getByTestId('this-page-report').waitFor();
    expect(await panel.getByTestId('provenance').textContent()).toContain('www.pingyao.gov.cn');
    expect(await panel.getByTestId('this-page-report').textContent()).not.toContain('238');
    const copyPanel = await h.openPanel(copy);
    await copyPanel.getByTestId('provenance').waitFor();
    expect(await copyPanel.getByTestId('provenance').textContent()).toMatch(
      new RegExp(`${HOSTILE}.*副本，原件来自 www\\.pingyao\\.gov\\.cn`),
    );
  });

  it('2a. a spoofed page/text cannot name its URL: nothing is stored under an invented or javascript: address', async () => {
    const page = await h.context.newPage();
    await page.goto(LIULIN);
    await waitForTabState(h, page);
    const text = await page.evaluate(() => (document.querySelector('.TRS_Editor') as HTMLElement).textContent ?? '');
    for (const url of ['http://www.victim-county.gov.cn/zfgzbg/2020.html', 'javascript:alert(document.domain)//']) {
      await sendFrom(page, h, {
        type: 'page/text',
        url,
        title: '2020年政府工作报告',
        text: `${text}\n伪造`,
        reportLinks: 0,
        pageLinks: [],
      });
    }
    const urls = (await storedReports(h)).flatMap((r) => [r.url, ...r.urls]);
    expect(urls.filter((u) => u.includes('victim-county') || u.startsWith('javascript:'))).toEqual([]);
  });

  it('2b. a content script acts only on its own tab: jump, save and analyse with another tab id fail', async () => {
    await setSettings(h, { autoSave: false });
    const victim = await h.context.newPage();
    await victim.goto(PINGYAO);
    const victimState = await waitForTabState(h, victim);
    expect(victimState.reportId).toBeNull();
    const hostile = await h.context.newPage();
    h.server.addPage(`http://${HOSTILE}/art/2022/other.html`, FORGED_HTML);
    await hostile.goto(`http://${HOSTILE}/art/2022/other.html`);
    await waitForTabState(h, hostile);
    const tabId = victimState.tabId;
    const recordsBefore = (await storedReports(h)).length;
    const replies = [
      await sendFrom(hostile, h, { type: 'page/jump', tabId, start: 0, end: 10 }),
      await sendFrom(hostile, h, { type: 'report/save', tabId }),
      await sendFrom(hostile, h, { type: 'page/analyze', tabId }),
    ];
    for (const reply of replies) expect(reply, JSON.stringify(replies)).not.toMatchObject({ ok: true });
    expect(replies[0]).not.toMatchObject({ found: true });
    expect(await highlightTexts(victim, 'reportlens-flash')).toEqual([]);
    expect((await waitForTabState(h, victim)).reportId).toBeNull();
    expect((await storedReports(h)).length).toBe(recordsBefore);
  });

  it('2c. the reply to a page carries none of the user’s definitions; one comes back only when asked for, for a term of that page', async () => {
    await putUserTerms(h, [
      { term: '古城保护', definition: 'SECRET-1 我写的古城保护笔记', variants: [], updatedAt: 1 },
      { term: '一肩挑', definition: 'SECRET-2 我自己的解释', variants: [], updatedAt: 1 },
      { term: '不在本页的词', definition: 'SECRET-3', variants: [], updatedAt: 1 },
    ]);
    const page = await h.context.newPage();
    await page.goto(PINGYAO);
    await waitForTabState(h, page);
    const text = await page.evaluate(() => (document.querySelector('.TRS_UEDITOR') as HTMLElement).textContent ?? '');
    const reply = await sendFrom(page, h, {
      type: 'page/text',
      url: PINGYAO,
      title: '2022年平遥县政府工作报告',
      text,
      reportLinks: 0,
      pageLinks: [],
    });
    expect(JSON.stringify(reply)).toContain('古城保护');
    expect(JSON.stringify(reply)).not.toContain('SECRET');
    expect(await sendFrom(page, h, { type: 'term/definition', term: '不在本页的词' })).toEqual({ definition: null });
    expect(await sendFrom(page, h, { type: 'term/definition', term: '古城保护' })).toEqual({ definition: 'SECRET-1 我写的古城保护笔记' });
  });

  it('2d. texts per tab per minute are bounded, in number and in characters', async () => {
    const page = await h.context.newPage();
    await page.goto(LIULIN);
    await waitForTabState(h, page);
    const world = await contentScriptWorld(page, h.extensionId);
    const big = await world.evaluate<unknown[]>(`(async () => {
      const text = '政'.repeat(5500000);
      const replies = [];
      for (let i = 0; i < 2; i++) replies.push(await chrome.runtime.sendMessage({ type: 'page/text', url: location.href + '?' + i, title: '', text, reportLinks: 0, pageLinks: [] }));
      return replies.map((r) => (r && r.refused) || 'analysed');
    })()`);
    expect(big).toContain('rate-limited');
    const small = await world.evaluate<unknown[]>(`(async () => {
      const replies = [];
      for (let i = 0; i < 25; i++) replies.push(await chrome.runtime.sendMessage({ type: 'page/text', url: location.href, title: '', text: '通知' + i, reportLinks: 0, pageLinks: [] }));
      return replies.map((r) => (r && r.refused) || 'analysed');
    })()`);
    expect(small.filter((r) => r === 'rate-limited').length).toBeGreaterThan(0);
    await page.close();
  });

  it('4a. a page calling pushState with a new region name every 1.5 s cannot fill the library', async () => {
    const host = 'www.spam-county.gov.cn';
    h.server.addPage(`http://${host}/r0.html`, PINGYAO_HTML);
    const page = await h.context.newPage();
    await page.goto(`http://${host}/r0.html`);
    await waitForTabState(h, page);
    await page.evaluate(() => {
      let i = 0;
      let region = '平遥县';
      const article = document.querySelector('.TRS_UEDITOR')!;
      setInterval(() => {
        i++;
        const next = `新${'甲乙丙丁戊己庚辛壬癸子丑'[i % 12]}${i}县`;
        history.pushState({}, '', `/r${i}.html`);
        document.title = document.title.replaceAll(region, next);
        article.innerHTML = article.innerHTML.replaceAll(region, next);
        region = next;
      }, 1500);
    });
    await page.waitForTimeout(13_000);
    await page.close();
    const fromSpam = (await storedReports(h)).filter((r) => r.host === host || r.url.includes(host));
    // Old code: one report per new name (8 or 9 in 13 s).
    expect(fromSpam.length).toBeLessThanOrEqual(5);
  });

  it('4b. an article rewritten every 700 ms does not rewrite its record more than once a minute', async () => {
    const host = 'www.churn-county.gov.cn';
    h.server.addPage(`http://${host}/report.html`, PINGYAO_HTML);
    const page = await h.context.newPage();
    await page.goto(`http://${host}/report.html`);
    const { reportId } = await waitForTabState(h, page);
    await page.evaluate(() => {
      const article = document.querySelector('.TRS_UEDITOR')!;
      setInterval(() => article.append('。'), 700);
    });
    const hashes = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const record = (await storedReports(h)).find((r) => r.id === reportId);
      if (record) hashes.add(record.contentHash);
      await page.waitForTimeout(250);
    }
    await page.close();
    expect(hashes.size).toBe(1);
  });

  it('5. a backup cannot store or open data:, file: or browser addresses', async () => {
    const { panel, backup } = await exportedBackup(h);
    const record = backup.tables.reports[0];
    record.url = 'data:text/html,<script>document.title="pwned"</script>';
    record.urls = [record.url, 'file:///etc/passwd', 'chrome://settings'];
    await panel.getByRole('button', { name: '清空资料库' }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: '确定清空' }).click();
    await expect.poll(() => panel.getByTestId('library-report').count()).toBe(0);
    await panel
      .locator('input[type=file]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await panel.getByTestId('library-message').waitFor();
    const stored = (await storedReports(h)).flatMap((r) => [r.url, ...r.urls]);
    expect(stored.filter((u) => !/^https?:/.test(u))).toEqual([]);
    const opened: string[] = [];
    h.context.on('page', (p) => opened.push(p.url()));
    for (const button of await panel.getByRole('button', { name: '打开原网页' }).all()) await button.click();
    await panel.waitForTimeout(500);
    expect(opened.filter((u) => !/^https?:/.test(u) && u !== 'about:blank')).toEqual([]);
  });

  it('5b. Cancel during an import undoes the chunks it wrote: the library is as it was before', async () => {
    const { panel, backup } = await exportedBackup(h);
    // 1,500 copies of the library's first report on other hosts: eight chunks to cancel between.
    const [report, document, text] = [backup.tables.reports[0], backup.tables.documents[0], backup.tables.texts[0]];
    const ids = Array.from({ length: 1500 }, (_, i) => 100_000 + i);
    const url = (id: number) => `http://www.copy${id}.gov.cn/report.html`;
    backup.tables.reports = ids.map((id) => ({ ...report, id, url: url(id), urls: [url(id)] }));
    backup.tables.documents = ids.map((id) => ({ ...document, reportId: id }));
    backup.tables.texts = ids.map((id) => ({ ...text, reportId: id }));
    const before = (await storedReports(h)).map((r) => r.id).sort();
    // Over playwright's 50 MB limit for a buffer: passed as a file.
    const file = join(tmpdir(), `reportlens-cancel-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(backup));
    await panel.locator('input[type=file]').setInputFiles(file);
    // Cancel once at least one chunk is written.
    await panel.getByText(/正在导入：([1-9]\d\d+)\/1500/).waitFor({ timeout: 60_000 });
    await panel.getByRole('button', { name: '取消导入' }).click();
    const message = panel.getByTestId('library-message');
    await message.waitFor({ timeout: 60_000 });
    expect(await message.textContent()).toMatch(/导入已取消.*全部撤销/);
    expect((await storedReports(h)).map((r) => r.id).sort()).toEqual(before);
    rmSync(file);
  });

  it('8a. split-article page texts and tab entries leave storage.session with their article and their tab', async () => {
    const first = await h.context.newPage();
    await first.goto(LIULIN_PAGED);
    const firstId = (await waitForTabState(h, first)).tabId;
    const second = await h.context.newPage();
    await second.goto(LIULIN_PAGED.replace('.shtml', '_1.shtml'));
    const secondId = await h.tabIdOf(second);
    await expect.poll(async () => (await tabState(h, secondId))?.pages, { timeout: 15_000 }).toEqual({ known: 2, read: 2 });
    // The article is complete and saved: its page texts are gone.
    await expect.poll(async () => (await sessionKeys(h)).filter((k) => k.startsWith('pages:')), { timeout: 15_000 }).toEqual([]);
    await first.close();
    await second.close();
    await expect
      .poll(async () => (await sessionKeys(h)).filter((k) => k.endsWith(`:${firstId}`) || k.endsWith(`:${secondId}`)), { timeout: 15_000 })
      .toEqual([]);
  });

  it('8b. a tab state that cannot be written (storage.session full) is reported on the badge, not swallowed', async () => {
    await setSettings(h, { autoSave: false });
    await h.serviceWorker.evaluate(async () => {
      // Nothing ReportLens could make room from (kept texts of other tabs): the store is full of someone else's data.
      const ours = Object.keys(await chrome.storage.session.get(null)).filter((k) => /^(text:|pages:|textIndex|pageSetIndex)/.test(k));
      await chrome.storage.session.remove(ours);
      const used = await chrome.storage.session.getBytesInUse(null);
      await chrome.storage.session.set({ junk: 'x'.repeat(chrome.storage.session.QUOTA_BYTES - used - 3000) });
    });
    try {
      const page = await h.context.newPage();
      await page.goto(PINGYAO);
      const tabId = await h.tabIdOf(page);
      await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toBe('!');
    } finally {
      await h.serviceWorker.evaluate(() => chrome.storage.session.remove('junk'));
    }
  });
});

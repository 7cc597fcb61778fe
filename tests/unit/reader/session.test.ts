// @vitest-environment happy-dom
/**
 * The reader page's logic against happy-dom, a fake network and a fake background that analyses
 * what it is sent as the real one does: the file's words shown as text, the text the background
 * gets being exactly the article the page marks, the statuses on the way, and failures.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openReader, type ReaderPort, type ReaderStatus } from '../../../lib/reader/session.ts';
import { analyzeText } from '../../../lib/analyze.ts';
import { buildGlossaryIndex } from '../../../lib/glossary/index.ts';
import { builtinGlossary } from '../../../lib/glossary/builtin.ts';
import type { ReaderText } from '../../../lib/messages.ts';
import { seedText } from '../library/helpers.ts';
import { fakeClock, fakeWeb, type FakeResource } from '../harvest/fakes.ts';

const URL_PDF = 'http://www.a.gov.cn/f/report.pdf';
const TEXT = seedText('000_d3a6bbabf76df186');
const index = buildGlossaryIndex({ builtin: builtinGlossary });

function setUp(text = TEXT, resources: Record<string, FakeResource> = { [URL_PDF]: { body: new TextEncoder().encode('%PDF-1.7') } }) {
  document.body.innerHTML = '<header><p>ReportLens 阅读器 下载中</p></header><main id="article"></main>';
  const root = document.getElementById('article')!;
  const sent: ReaderText[] = [];
  const statuses: ReaderStatus[] = [];
  const port: ReaderPort = {
    fetch: fakeWeb(resources, fakeClock()).fetch,
    readFile: vi.fn(async () => ({ kind: 'pdf' as const, text, title: null, pages: 2 })),
    now: () => 42,
    analyze: vi.fn(async (message: ReaderText) => {
      sent.push(message);
      const { forPage } = analyzeText({ text: message.text, title: message.title, url: message.url, index, publicIndex: index });
      return { ok: true as const, analysis: forPage, save: 'saved' as const };
    }),
    ownExplanations: vi.fn(async () => null),
    explain: vi.fn(),
  };
  const open = () =>
    openReader({
      doc: document,
      win: window,
      root,
      url: URL_PDF,
      port,
      settings: async () => ({ off: true, marking: false, lang: 'zh' }),
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id), pause: () => Promise.resolve() },
      onStatus: (s) => statuses.push(s),
    });
  return { root, sent, statuses, port, open };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('openReader', () => {
  it('shows the file’s lines as paragraphs and sends the background exactly that article, credited to the file', async () => {
    const { root, sent, statuses, open } = setUp();
    const { session } = await open();
    const lines = TEXT.split('\n').filter((l) => l.trim() !== '');
    expect(root.querySelectorAll('p').length).toBe(lines.length);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'reader/text', url: URL_PDF, fileKind: 'pdf', title: 'report.pdf', fetchedAt: 42 });
    // The reader's own words (its bar) are not part of the report.
    expect(sent[0]!.text).not.toContain('ReportLens');
    // Line for line (white space collapsed as a browser renders it).
    const bare = (l: string) => l.replace(/[\s\u3000]+/g, '');
    expect(sent[0]!.text.split('\n').map(bare).filter(Boolean)).toEqual(lines.map(bare).filter(Boolean));
    expect(statuses.map((s) => s.phase)).toEqual(['loading', 'extracting', 'shown', 'shown']);
    expect(statuses.at(-1)).toMatchObject({ file: { url: URL_PDF, kind: 'pdf', pages: 2, title: 'report.pdf' }, save: 'saved' });
    // A site the user turned off is read all the same: they opened the file themselves.
    expect(session?.state).toBe('report');
    expect(document.title).toBe('report.pdf');
  });

  it('never turns the file’s words into markup', async () => {
    const { root, open } = setUp('<img src=x onerror=alert(1)>政府工作报告\n<script>alert(2)</script>');
    await open();
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('a dead link shows why and asks the background nothing', async () => {
    const { root, sent, statuses, open } = setUp(TEXT, {});
    expect((await open()).session).toBeNull();
    expect(statuses.at(-1)).toEqual({ phase: 'failed', failure: { reason: 'http', status: 404 } });
    expect(sent).toEqual([]);
    expect(root.childElementCount).toBe(0);
  });

  it('a background that would not analyse it leaves the text shown, saying so', async () => {
    const { root, statuses, port, open } = setUp();
    port.analyze = vi.fn(async () => ({ ok: false as const, refused: 'rate-limited' as const }));
    await open();
    expect(root.querySelectorAll('p').length).toBeGreaterThan(10);
    expect(statuses.at(-1)).toMatchObject({ phase: 'shown', save: 'refused' });
  });
});

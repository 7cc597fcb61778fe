// @vitest-environment happy-dom
/**
 * PageSession, the content script's logic, against a page in happy-dom, a fake background and a
 * fake highlight registry: what it sends, what it marks, and how it follows the settings.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession, type PagePort, type PageSettings } from '../../../lib/page/session.ts';
import { buildMarks } from '../../../lib/page/marks.ts';
import { HoverController } from '../../../lib/page/hover.ts';
import { Tooltip } from '../../../lib/page/tooltip.ts';
import { tooltipStrings } from '../../../lib/i18n.ts';
import { extractArticle } from '../../../lib/report/article.ts';
import { analyzeText } from '../../../lib/analyze.ts';
import { buildGlossaryIndex } from '../../../lib/glossary/index.ts';
import { builtinGlossary } from '../../../lib/glossary/builtin.ts';
import type { PageText, PageTextReply } from '../../../lib/messages.ts';
import { seedText } from '../library/helpers.ts';

const TEXT = seedText('000_d3a6bbabf76df186');
const publicIndex = buildGlossaryIndex({ builtin: builtinGlossary });
const userIndex = buildGlossaryIndex({
  builtin: builtinGlossary,
  user: [{ term: '县域经济', definition: 'SECRET 我的解释', variants: [], updatedAt: 1 }],
});

/** A fake CSS.highlights registry and Highlight class, as Chromium has them (happy-dom has neither). */
function installHighlights(): Map<string, { ranges: Range[] }> {
  const registry = new Map<string, { ranges: Range[] }>();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(window, 'Highlight', {
    value: class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    },
    configurable: true,
  });
  return registry;
}

function reportPage(text = TEXT): void {
  document.title = '2020年柳林县政府工作报告';
  document.body.innerHTML = `<div id="zoom">${text
    .split('\n')
    .map((line) => `<p>${line.replace(/</g, '&lt;')}</p>`)
    .join('')}</div>`;
}

/** A background that analyses what it is sent, as the real one does (the user's term 县域经济 included). */
function fakeBackground() {
  const sent: PageText[] = [];
  const port: PagePort = {
    analyze: vi.fn(async (message: PageText) => {
      sent.push(message);
      const { forPage } = analyzeText({ text: message.text, title: message.title, url: 'x', index: userIndex, publicIndex });
      return { ok: true as const, analysis: forPage };
    }),
    ownExplanations: vi.fn(async () => ({ definition: 'SECRET 我的解释' })),
    explain: vi.fn(),
  };
  return { port, sent };
}

function session(port: PagePort, settings: PageSettings = { off: false, marking: true, lang: 'zh' }) {
  const current = { ...settings };
  const s = new PageSession({
    doc: document,
    win: window,
    port,
    settings: async () => ({ ...current }),
    timers: {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
      pause: () => Promise.resolve(),
    },
  });
  return { session: s, settings: current };
}

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
  vi.useRealTimers();
});

describe('PageSession', () => {
  it('a page that does not mention a work report is skipped after one regular expression: nothing sent, nothing added', async () => {
    const registry = installHighlights();
    document.body.innerHTML = '<div id="zoom"><p>关于开展春季植树活动的通知</p></div>';
    const { port } = fakeBackground();
    const { session: s } = session(port);
    await s.analyze();
    expect(s.state).toBe('skipped');
    expect(port.analyze).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
    s.destroy();
  });

  it('sends the article text without any URL (the background takes it from the sender) and marks terms and figures', async () => {
    const registry = installHighlights();
    reportPage();
    const { port, sent } = fakeBackground();
    const { session: s } = session(port);
    await s.analyze();
    expect(s.state).toBe('report');
    expect(Object.keys(sent[0]!).sort()).toEqual(['pageLinks', 'reportLinks', 'text', 'title', 'type']);
    const terms = registry.get('reportlens-term')!.ranges.map((r) => r.toString());
    expect(terms).toContain('五转一新');
    expect(registry.get('reportlens-figure')!.ranges.length).toBeGreaterThan(5);
    s.destroy();
    expect(registry.size).toBe(0);
  });

  it('the user’s own term is hoverable but never painted: the registry is what any user would get', async () => {
    reportPage();
    const { port } = fakeBackground();
    const reply = (await port.analyze({
      type: 'page/text',
      title: '',
      text: extractArticle(document)!.text,
      reportLinks: 0,
      pageLinks: [],
    }))!;
    if (!reply.ok) throw new Error('refused');
    const marks = await buildMarks({
      doc: document,
      article: extractArticle(document)!,
      analysis: reply.analysis,
      pause: () => Promise.resolve(),
    });
    expect(marks.terms.map((r) => r.toString())).not.toContain('县域经济');
    const own = marks.targets.filter((t) => t.range.toString() === '县域经济');
    expect(own.length).toBeGreaterThan(0);
    expect(own[0]!.content).toMatchObject({ term: '县域经济', userDefined: true, explanations: [] });
    const { forPage: anyone } = analyzeText({ text: extractArticle(document)!.text, title: '', url: 'x', index: publicIndex, publicIndex });
    const anyoneMarks = await buildMarks({
      doc: document,
      article: extractArticle(document)!,
      analysis: anyone,
      pause: () => Promise.resolve(),
    });
    expect(marks.terms.map((r) => r.toString())).toEqual(anyoneMarks.terms.map((r) => r.toString()));
  });

  it('a site the user turned off is left untouched, also when its article arrives late', async () => {
    vi.useFakeTimers();
    const registry = installHighlights();
    document.body.innerHTML = '<div id="zoom"><p>加载中……</p></div>';
    const { port } = fakeBackground();
    const { session: s, settings } = session(port);
    await s.analyze();
    expect(s.state).toBe('skipped');
    // The user turns the site off; then the CMS fills the article in.
    settings.off = true;
    reportPage();
    await vi.advanceTimersByTimeAsync(2000);
    expect(port.analyze).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
    expect(s.state).toBe('off');
    s.destroy();
  });

  it('on a site the user turned off, the read begun while the settings arrive stops at its next slice', async () => {
    document.title = '2022年政府工作报告';
    document.body.innerHTML = `<div id="zoom">${'<p>各位代表：地区生产总值增长8%，规模以上工业增加值增长9%。</p>'.repeat(12000)}</div>`;
    const { port } = fakeBackground();
    let pauses = 0;
    let arrive: (settings: PageSettings) => void = () => {};
    const settings = new Promise<PageSettings>((resolve) => {
      arrive = resolve;
    });
    const s = new PageSession({
      doc: document,
      win: window,
      port,
      settings: () => settings,
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
        pause: async () => {
          pauses++;
          // The settings arrive during the second pause: the site is off.
          if (pauses === 2) arrive({ off: true, marking: true, lang: 'zh' });
          await new Promise((resolve) => setTimeout(resolve, 0));
        },
      },
    });
    await s.analyze();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(s.state).toBe('off');
    expect(port.analyze).not.toHaveBeenCalled();
    expect(pauses).toBeLessThanOrEqual(3);
    s.destroy();
  });

  it('follows the settings while the page is open: marks off, site off, and back on', async () => {
    const registry = installHighlights();
    reportPage();
    const { port } = fakeBackground();
    const { session: s } = session(port);
    await s.analyze();
    expect(registry.get('reportlens-term')).toBeDefined();
    await s.applySettings({ off: false, marking: false, lang: 'zh' });
    expect(registry.size).toBe(0);
    await s.applySettings({ off: false, marking: true, lang: 'zh' });
    expect(registry.get('reportlens-term')).toBeDefined();
    await s.applySettings({ off: true, marking: true, lang: 'zh' });
    expect([s.state, registry.size]).toEqual(['off', 0]);
    await s.applySettings({ off: false, marking: true, lang: 'en' });
    expect(s.state).toBe('report');
    expect(registry.get('reportlens-term')).toBeDefined();
    expect(port.analyze).toHaveBeenCalledTimes(2);
    s.destroy();
  });

  it('the panel’s request looks at a page the user turned off; a refused text keeps the marks, a site-off answer removes them', async () => {
    const registry = installHighlights();
    reportPage();
    let answer: PageTextReply | null = null;
    const { port } = fakeBackground();
    const analyse = port.analyze;
    port.analyze = vi.fn(async (m: PageText) => answer ?? (await analyse(m)));
    const { session: s } = session(port, { off: true, marking: true, lang: 'zh' });
    await s.analyze();
    expect(port.analyze).not.toHaveBeenCalled();
    await s.analyze({ userAsked: true });
    expect(s.state).toBe('report');
    answer = { ok: false, refused: 'rate-limited' };
    await s.analyze({ skipCheck: true });
    expect(registry.get('reportlens-term')).toBeDefined();
    answer = { ok: false, refused: 'site-off' };
    await s.analyze({ skipCheck: true });
    expect([s.state, registry.size]).toEqual(['off', 0]);
    s.destroy();
  });

  it('hovering: a page script’s synthetic mousemove is ignored; the user’s own starts the hover delay', () => {
    const timers = { setTimeout: vi.fn(() => 0 as unknown as ReturnType<typeof setTimeout>), clearTimeout: vi.fn() };
    const tooltip = new Tooltip({ doc: document, win: window, onExplain: () => {}, strings: () => tooltipStrings('zh') });
    const hover = new HoverController({ doc: document, tooltip, timers, ownExplanations: async () => null });
    hover.onMouseMove(new MouseEvent('mousemove', { clientX: 10, clientY: 10 }));
    expect(timers.setTimeout).not.toHaveBeenCalled();
    const real = new MouseEvent('mousemove', { clientX: 10, clientY: 10 });
    Object.defineProperty(real, 'isTrusted', { value: true });
    hover.onMouseMove(real);
    expect(timers.setTimeout).toHaveBeenCalledTimes(1);
    expect(document.querySelector('reportlens-tooltip')).toBeNull();
  });
});

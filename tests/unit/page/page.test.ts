// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../lib/limits.ts';
import { Tooltip } from '../../../lib/page/tooltip.ts';
import { withOwnExplanations } from '../../../lib/page/hover.ts';
import { tooltipStrings } from '../../../lib/i18n.ts';
import { createHighlighter } from '../../../lib/page/highlighter.ts';
import { rangeForSpan } from '../../../lib/page/ranges.ts';
import { extractArticle } from '../../../lib/report/article.ts';

const strings = () => tooltipStrings('zh');
afterEach(() => vi.restoreAllMocks());

/** The tooltip's root is closed: page scripts (and tests) see `shadowRoot === null`; tests catch the root as it is attached. */
function catchShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

describe('tooltip', () => {
  it('renders page text as text, never as HTML, in a closed shadow root with role=tooltip', () => {
    const roots = catchShadowRoots();
    const tip = new Tooltip({ doc: document, win: window, onExplain: () => {}, strings });
    tip.show(
      { term: '<b>六稳</b>', explanations: [{ source: 'report', definition: '<img src=x onerror=alert(1)>稳就业' }] },
      rect(10, 10, 30, 16),
    );
    const host = document.querySelector('reportlens-tooltip') as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    const el = roots[0]!.querySelector('[role="tooltip"]')!;
    expect(el.querySelector('img, b')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>稳就业');
    expect(host.style.cssText).toContain('all: initial');
    tip.destroy();
    expect(document.querySelector('reportlens-tooltip')).toBeNull();
  });

  it('sits below the term, flips above it at the window’s bottom edge, and stays inside horizontally', () => {
    const tip = new Tooltip({ doc: document, win: window, onExplain: () => {}, strings });
    const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(rect(0, 0, 300, 120));
    tip.show({ term: '六稳', explanations: [] }, rect(100, 100, 30, 16));
    const host = document.querySelector('reportlens-tooltip') as HTMLElement;
    expect([host.style.left, host.style.top]).toEqual(['100px', '122px']);
    tip.show({ term: '六稳', explanations: [] }, rect(window.innerWidth - 20, window.innerHeight - 30, 30, 16));
    expect(host.style.top).toBe(`${window.innerHeight - 30 - 6 - 120}px`);
    expect(host.style.left).toBe(`${window.innerWidth - 300 - 5}px`);
    measure.mockRestore();
    tip.destroy();
  });

  it('offers “add explanation” for a term nobody explains, with its first use; only a real click counts', () => {
    const roots = catchShadowRoots();
    const onExplain = vi.fn();
    const tip = new Tooltip({ doc: document, win: window, onExplain, strings });
    tip.show({ term: '五转一新', explanations: [], firstSentence: '紧紧围绕县委“党建统领，五转一新”战略布局。' }, rect(0, 0, 10, 10));
    const root = roots[0]!;
    expect(root.textContent).toContain('首次出现：紧紧围绕县委');
    const button = root.querySelector('button') as HTMLButtonElement;
    button.click();
    expect(onExplain).not.toHaveBeenCalled();
    const trusted = new MouseEvent('click');
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button.dispatchEvent(trusted);
    expect(onExplain).toHaveBeenCalledWith('五转一新');
    tip.destroy();
  });

  it('is never taller than the window: long content scrolls inside it', () => {
    const roots = catchShadowRoots();
    const tip = new Tooltip({ doc: document, win: window, onExplain: () => {}, strings });
    tip.show({ term: '六稳', explanations: [{ source: 'report', definition: '很长的解释。'.repeat(200) }] }, rect(100, 300, 30, 16));
    const host = document.querySelector('reportlens-tooltip') as HTMLElement;
    expect(Number.parseInt(host.style.top, 10)).toBeGreaterThanOrEqual(5);
    const max = Number.parseInt((roots[0]!.querySelector('.tip') as HTMLElement).style.maxHeight, 10);
    expect(max).toBeGreaterThan(0);
    expect(max).toBeLessThanOrEqual(Math.min(LIMITS.tooltipMaxHeightPx, window.innerHeight - 10));
    expect(roots[0]!.querySelector('style')!.textContent).toContain('overflow-y: auto');
    tip.destroy();
  });
});

describe('ranges and marks', () => {
  it('maps report-text offsets to a Range across split inline elements', () => {
    document.body.innerHTML = `<div id="zoom"><p>坚守“两不<span>愁三</span>保障”底线</p>${'<p>正文正文正文正文正文正文正文正文正文正文正文正文</p>'.repeat(20)}</div>`;
    const article = extractArticle(document)!;
    const at = article.text.indexOf('两不愁三保障');
    const range = rangeForSpan(document, article.map, at, at + 6)!;
    expect(range.toString()).toBe('两不愁三保障');
    expect(range.startContainer).not.toBe(range.endContainer);
  });

  it('without the Highlight API (no supported browser lacks it) nothing is painted and nothing is added to the page', () => {
    document.body.innerHTML = '<p id="p">地区生产总值增长6%左右</p>';
    const before = document.documentElement.innerHTML;
    expect(createHighlighter(document, window)).toBeNull();
    expect(document.documentElement.innerHTML).toBe(before);
  });
});

describe('explanations in the tooltip (issue 13)', () => {
  it('a body explanation is labelled as the report’s own text and shows its passage on the user’s own click', () => {
    const roots = catchShadowRoots();
    const onJump = vi.fn();
    const tip = new Tooltip({ doc: document, win: window, onExplain: () => {}, onJump, strings });
    tip.show(
      { term: '三零', explanations: [{ source: 'body', definition: '零上访、零事故、零案件', start: 120, end: 140 }] },
      rect(0, 0, 10, 10),
    );
    const root = roots[0]!;
    expect(root.querySelector('.source')!.textContent).toBe('本报告正文');
    const button = root.querySelector('button') as HTMLButtonElement;
    expect(button.textContent).toBe('在正文中查看');
    button.click();
    expect(onJump).not.toHaveBeenCalled();
    const trusted = new MouseEvent('click');
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button.dispatchEvent(trusted);
    expect(onJump).toHaveBeenCalledWith(120, 140);
    tip.destroy();
  });

  it('a library explanation names the report it comes from and how many more the library holds, in the tooltip’s language', () => {
    const roots = catchShadowRoots();
    let lang: 'zh' | 'en' = 'zh';
    const tip = new Tooltip({ doc: document, win: window, onExplain: () => {}, strings: () => tooltipStrings(lang) });
    const content = {
      term: '三个零',
      explanations: [{ source: 'library' as const, definition: '确诊病例为零', from: { region: '青岚县', year: 2021 }, more: 2 }],
    };
    tip.show(content, rect(0, 0, 10, 10));
    expect(roots[0]!.querySelector('.source')!.textContent).toBe('青岚县 2021 年报告');
    expect(roots[0]!.textContent).toContain('资料库中另有 2 种解释');
    expect(roots[0]!.querySelector('button')).toBeNull();
    lang = 'en';
    tip.show(content, rect(0, 0, 10, 10));
    expect(roots[0]!.querySelector('.source')!.textContent).toBe('青岚县, 2021 report');
    expect(roots[0]!.textContent).toContain('2 more in your library');
    tip.destroy();
  });

  it('what the user’s own data says takes its place: the report’s own, then theirs, then the library’s, then the built-in glossary', () => {
    const page = [
      { source: 'builtin' as const, definition: '内置' },
      { source: 'report' as const, definition: '注释' },
      { source: 'body' as const, definition: '正文', start: 1, end: 2 },
    ];
    const merged = withOwnExplanations(page, {
      definition: '我的',
      library: { definition: '别的报告', region: '青岚县', year: 2021, more: 1 },
    });
    expect(merged.map((e) => e.source)).toEqual(['report', 'body', 'user', 'library', 'builtin']);
    expect(merged[3]).toEqual({ source: 'library', definition: '别的报告', from: { region: '青岚县', year: 2021 }, more: 1 });
    // Identical words once, from the highest source; no answer changes nothing.
    expect(withOwnExplanations(page, { definition: '内置' }).map((e) => e.source)).toEqual(['report', 'body', 'user']);
    expect(withOwnExplanations(page, null).map((e) => e.source)).toEqual(['report', 'body', 'builtin']);
  });
});

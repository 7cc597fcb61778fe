// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Tooltip } from '../../../lib/page/tooltip.ts';
import { createHighlighter } from '../../../lib/page/highlighter.ts';
import { rangeForSpan } from '../../../lib/page/ranges.ts';
import { extractArticle } from '../../../lib/report/article.ts';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

describe('tooltip', () => {
  it('renders page text as text, never as HTML, in an open shadow root with role=tooltip', () => {
    const tip = new Tooltip({ doc: document, win: window, onExplain: () => {} });
    tip.show(
      { term: '<b>六稳</b>', explanations: [{ source: 'report', definition: '<img src=x onerror=alert(1)>稳就业' }] },
      rect(10, 10, 30, 16),
    );
    const host = document.querySelector('reportlens-tooltip') as HTMLElement;
    const el = host.shadowRoot!.querySelector('[role="tooltip"]')!;
    expect(el.querySelector('img, b')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>稳就业');
    expect(host.style.cssText).toContain('all: initial');
    tip.destroy();
    expect(document.querySelector('reportlens-tooltip')).toBeNull();
  });

  it('sits below the term, flips above it at the window’s bottom edge, and stays inside horizontally', () => {
    const tip = new Tooltip({ doc: document, win: window, onExplain: () => {} });
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

  it('offers “add explanation” for a term nobody explains, with its first use', () => {
    const onExplain = vi.fn();
    const tip = new Tooltip({ doc: document, win: window, onExplain });
    tip.show({ term: '五转一新', explanations: [], firstSentence: '紧紧围绕县委“党建统领，五转一新”战略布局。' }, rect(0, 0, 10, 10));
    const root = (document.querySelector('reportlens-tooltip') as HTMLElement).shadowRoot!;
    expect(root.textContent).toContain('首次出现：紧紧围绕县委');
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(onExplain).toHaveBeenCalledWith('五转一新');
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

  it('without the Highlight API, marks are drawn in an overlay and no element wraps the text', () => {
    document.body.innerHTML = '<p id="p">地区生产总值增长6%左右</p>';
    const before = document.getElementById('p')!.innerHTML;
    const highlighter = createHighlighter(document, window);
    expect(highlighter.mode).toBe('overlay');
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    vi.spyOn(range, 'getClientRects').mockReturnValue([rect(10, 20, 100, 18)] as unknown as DOMRectList);
    highlighter.set('term', [range]);
    const host = document.querySelector('reportlens-marks') as HTMLElement;
    expect(host.shadowRoot!.querySelectorAll('div div')).toHaveLength(1);
    expect(document.getElementById('p')!.innerHTML).toBe(before);
    highlighter.clear();
    expect(document.querySelector('reportlens-marks')).toBeNull();
  });
});

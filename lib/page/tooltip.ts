/**
 * The hover tooltip: an element in an open shadow root, so the page's CSS cannot reach in and ours
 * cannot leak out. The host uses `all: initial`, every size is in px (page `rem` sizes do not
 * apply), and it is added to the page only the first time a tooltip is shown. Content is set
 * with textContent only: definitions and sentences come from pages and are never parsed as HTML.
 */

export type ExplanationSource = 'report' | 'body' | 'user' | 'builtin';

export interface TooltipContent {
  term: string;
  explanations: { source: ExplanationSource; definition: string; english?: string }[];
  /** For a term nobody explains: the sentence of its first use. */
  firstSentence?: string;
  /** Footnote number for an inline marker ([3]). */
  footnote?: number;
}

const SOURCE_LABELS: Record<ExplanationSource, string> = {
  report: '本报告注释',
  body: '本报告正文',
  user: '我的解释',
  builtin: 'ReportLens 词库',
};

/** Space kept between the tooltip and the window's edges, and between it and the term. */
const GUTTER_PX = 5;
const GAP_PX = 6;

const STYLES = `
:host { all: initial; }
.tip { box-sizing: border-box; max-width: 360px; min-width: 160px; padding: 10px 12px; border-radius: 8px;
  font: 14px/1.55 system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  color: #1d1b20; background: #fffdf8; border: 1px solid #d8cfc4; box-shadow: 0 6px 24px rgba(0,0,0,0.18); }
.term { font-weight: 600; font-size: 15px; margin: 0 0 4px; }
.entry { margin: 6px 0 0; }
.source { display: inline-block; font-size: 11px; line-height: 16px; padding: 0 6px; border-radius: 8px; margin-right: 6px; background: #f3e3e1; color: #8c1d18; }
.english { display: block; font-size: 12px; color: #5f5b66; margin-top: 2px; }
.none { color: #5f5b66; margin: 4px 0; }
.first { font-size: 12px; color: #5f5b66; border-left: 3px solid #e3d7cc; padding-left: 6px; margin: 6px 0; }
button { all: unset; cursor: pointer; font-size: 13px; color: #8c1d18; text-decoration: underline; margin-top: 6px; }
button:focus-visible { outline: 2px solid #8c1d18; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .tip { color: #e6e1e9; background: #232127; border-color: #4a4550; box-shadow: 0 6px 24px rgba(0,0,0,0.5); }
  .source { background: #4a2724; color: #f2b8b5; }
  .english, .none, .first { color: #b9b3bf; }
  .first { border-left-color: #4a4550; }
  button { color: #f2b8b5; }
}`;

export class Tooltip {
  private host: HTMLElement | null = null;
  private tip: HTMLElement | null = null;
  private readonly doc: Document;
  private readonly win: Window;
  private readonly onExplain: (term: string) => void;
  visible = false;

  constructor({ doc, win, onExplain }: { doc: Document; win: Window; onExplain: (term: string) => void }) {
    this.doc = doc;
    this.win = win;
    this.onExplain = onExplain;
  }

  private ensure(): HTMLElement {
    if (this.tip) return this.tip;
    this.host = this.doc.createElement('reportlens-tooltip');
    this.host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; z-index: 2147483647;';
    const root = this.host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = STYLES;
    this.tip = this.doc.createElement('div');
    this.tip.className = 'tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.id = 'reportlens-tooltip';
    root.append(style, this.tip);
    this.doc.documentElement.append(this.host);
    return this.tip;
  }

  /** The element the tooltip lives in (for "is the mouse over the tooltip" checks). */
  get element(): HTMLElement | null {
    return this.host;
  }

  show(content: TooltipContent, anchor: DOMRect): void {
    const tip = this.ensure();
    tip.replaceChildren(...this.render(content));
    this.host!.style.display = 'block';
    this.host!.style.visibility = 'hidden';
    this.place(anchor);
    this.host!.style.visibility = 'visible';
    this.visible = true;
  }

  hide(): void {
    if (this.host) this.host.style.display = 'none';
    this.visible = false;
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.tip = null;
    this.visible = false;
  }

  private render(content: TooltipContent): Node[] {
    const el = (tag: string, className: string, text?: string) => {
      const node = this.doc.createElement(tag);
      node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const nodes: Node[] = [el('p', 'term', content.footnote ? `注释 [${content.footnote}] ${content.term}` : content.term)];
    for (const e of content.explanations) {
      const entry = el('p', 'entry');
      entry.append(el('span', 'source', SOURCE_LABELS[e.source]), this.doc.createTextNode(e.definition));
      if (e.english) entry.append(el('span', 'english', e.english));
      nodes.push(entry);
    }
    if (content.explanations.length === 0) {
      nodes.push(el('p', 'none', '还没有解释。'));
      if (content.firstSentence) nodes.push(el('p', 'first', `首次出现：${content.firstSentence}`));
      const button = el('button', 'explain', '添加解释') as HTMLButtonElement;
      button.type = 'button';
      button.addEventListener('click', () => this.onExplain(content.term));
      nodes.push(button);
    }
    return nodes;
  }

  /** Below the term, or above it when it does not fit; kept GUTTER_PX inside the window. */
  private place(anchor: DOMRect): void {
    const host = this.host!;
    const { width, height } = this.tip!.getBoundingClientRect();
    const vw = this.win.innerWidth;
    const vh = this.win.innerHeight;
    let top = anchor.bottom + GAP_PX;
    if (top + height > vh - GUTTER_PX && anchor.top - GAP_PX - height >= GUTTER_PX) top = anchor.top - GAP_PX - height;
    const left = Math.max(GUTTER_PX, Math.min(anchor.left, vw - width - GUTTER_PX));
    host.style.left = `${Math.round(left)}px`;
    host.style.top = `${Math.round(Math.max(GUTTER_PX, top))}px`;
  }
}

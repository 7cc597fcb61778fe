/**
 * The hover tooltip: an element in a closed shadow root, so the page's CSS cannot reach in, ours
 * cannot leak out, and page scripts cannot read or rewrite it (with an open root a page read the
 * user's own definitions and turned the tooltip into a fake entry with a link: issue 15). The host
 * uses `all: initial`, every size is in px (page `rem` sizes do not apply), and it is added to the
 * page only when a tooltip is first shown — which only a real hover does (hover.ts). Content is set
 * with textContent only: definitions and sentences come from pages and are never parsed as HTML.
 * Its height is bounded (LIMITS.tooltipMaxHeightPx and the window) and long content scrolls inside it.
 */
import type { Explanation } from '../glossary/index.ts';
import type { TooltipStrings } from '../i18n.ts';
import { LIMITS } from '../limits.ts';

export interface TooltipContent {
  term: string;
  /**
   * Highest precedence first. A body explanation (`start`, `end`) offers to show its passage; a
   * library one (`from`) is labelled with its report and says how many more the library holds.
   */
  explanations: Explanation[];
  /** For a term nobody explains: the sentence of its first use. */
  firstSentence?: string;
  /** Footnote number for an inline marker ([3]). */
  footnote?: number;
  /** The user's own data (their terms, their library) explains this term: asked for when the tooltip is about to show. */
  userDefined?: boolean;
}

/** Space kept between the tooltip and the window's edges, and between it and the term. */
const GUTTER_PX = 5;
const GAP_PX = 6;

const STYLES = `
:host { all: initial; }
.tip { box-sizing: border-box; max-width: 360px; min-width: 160px; padding: 10px 12px; border-radius: 8px; overflow-y: auto; overscroll-behavior: contain;
  font: 14px/1.55 system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
  color: #1d1b20; background: #fffdf8; border: 1px solid #d8cfc4; box-shadow: 0 6px 24px rgba(0,0,0,0.18); }
.term { font-weight: 600; font-size: 15px; margin: 0 0 4px; }
.entry { margin: 6px 0 0; overflow-wrap: anywhere; }
.source { display: inline-block; font-size: 11px; line-height: 16px; padding: 0 6px; border-radius: 8px; margin-right: 6px; background: #f3e3e1; color: #8c1d18; }
.english, .more { display: block; font-size: 12px; color: #5f5b66; margin-top: 2px; }
.none { color: #5f5b66; margin: 4px 0; }
.first { font-size: 12px; color: #5f5b66; border-left: 3px solid #e3d7cc; padding-left: 6px; margin: 6px 0; }
button { all: unset; cursor: pointer; font-size: 13px; color: #8c1d18; text-decoration: underline; margin-top: 6px; }
button:focus-visible { outline: 2px solid #8c1d18; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .tip { color: #e6e1e9; background: #232127; border-color: #4a4550; box-shadow: 0 6px 24px rgba(0,0,0,0.5); }
  .source { background: #4a2724; color: #f2b8b5; }
  .english, .more, .none, .first { color: #b9b3bf; }
  .first { border-left-color: #4a4550; }
  button { color: #f2b8b5; }
}`;

export class Tooltip {
  private host: HTMLElement | null = null;
  private tip: HTMLElement | null = null;
  private readonly doc: Document;
  private readonly win: Window;
  private readonly onExplain: (term: string) => void;
  private readonly onJump: (start: number, end: number) => void;
  private readonly strings: () => TooltipStrings;
  visible = false;

  constructor({
    doc,
    win,
    onExplain,
    onJump = () => {},
    strings,
  }: {
    doc: Document;
    win: Window;
    onExplain: (term: string) => void;
    /** Shows a passage of the report text (a body explanation's place in the page). */
    onJump?: (start: number, end: number) => void;
    strings: () => TooltipStrings;
  }) {
    this.doc = doc;
    this.win = win;
    this.onExplain = onExplain;
    this.onJump = onJump;
    this.strings = strings;
  }

  private ensure(): HTMLElement {
    // A page may remove our element: it is put back on the next hover.
    if (this.tip && this.host?.isConnected) return this.tip;
    if (!this.tip) {
      this.host = this.doc.createElement('reportlens-tooltip');
      this.host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; z-index: 2147483647;';
      const root = this.host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = STYLES;
      this.tip = this.doc.createElement('div');
      this.tip.className = 'tip';
      this.tip.setAttribute('role', 'tooltip');
      root.append(style, this.tip);
    }
    this.doc.documentElement.append(this.host!);
    return this.tip!;
  }

  /** The element the tooltip lives in (for "is the mouse over the tooltip" checks). */
  get element(): HTMLElement | null {
    return this.host;
  }

  show(content: TooltipContent, anchor: DOMRect): void {
    const tip = this.ensure();
    tip.replaceChildren(...this.render(content));
    tip.scrollTop = 0;
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
    const t = this.strings();
    const el = (tag: string, className: string, text?: string) => {
      const node = this.doc.createElement(tag);
      node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    // Only the user's own click: a page script's synthetic click does nothing.
    const button = (label: string, action: () => void) => {
      const b = el('button', '', label) as HTMLButtonElement;
      b.type = 'button';
      b.addEventListener('click', (event) => event.isTrusted && action());
      return b;
    };
    const nodes: Node[] = [el('p', 'term', content.footnote ? t.footnote(content.footnote, content.term) : content.term)];
    for (const e of content.explanations) {
      const entry = el('p', 'entry');
      const source = e.from ? t.fromReport(e.from.region, e.from.year) : (t.sources[e.source] ?? e.source);
      entry.append(el('span', 'source', source), this.doc.createTextNode(e.definition));
      if (e.english) entry.append(el('span', 'english', e.english));
      if (e.more) entry.append(el('span', 'more', t.moreInLibrary(e.more)));
      const { start, end } = e;
      if (start !== undefined && end !== undefined)
        entry.append(
          el('br', ''),
          button(t.showInText, () => this.onJump(start, end)),
        );
      nodes.push(entry);
    }
    if (content.explanations.length === 0) {
      nodes.push(el('p', 'none', t.noExplanation));
      if (content.firstSentence) nodes.push(el('p', 'first', t.firstUse(content.firstSentence)));
      nodes.push(button(t.addExplanation, () => this.onExplain(content.term)));
    }
    return nodes;
  }

  /**
   * Below the term, or above it when it does not fit below; when it fits on neither side (a long
   * definition near the middle of a small window) it stays inside the window and may cover the term.
   * Never taller than the window: the content scrolls.
   */
  private place(anchor: DOMRect): void {
    const host = this.host!;
    const vw = this.win.innerWidth;
    const vh = this.win.innerHeight;
    this.tip!.style.maxHeight = `${Math.max(0, Math.min(LIMITS.tooltipMaxHeightPx, vh - 2 * GUTTER_PX))}px`;
    const { width, height } = this.tip!.getBoundingClientRect();
    const below = vh - GUTTER_PX - (anchor.bottom + GAP_PX);
    const above = anchor.top - GAP_PX - GUTTER_PX;
    let top: number;
    if (height <= below) top = anchor.bottom + GAP_PX;
    else if (height <= above) top = anchor.top - GAP_PX - height;
    else top = above > below ? GUTTER_PX : vh - GUTTER_PX - height;
    const left = Math.max(GUTTER_PX, Math.min(anchor.left, vw - width - GUTTER_PX));
    host.style.left = `${Math.round(left)}px`;
    host.style.top = `${Math.round(Math.max(GUTTER_PX, top))}px`;
  }
}

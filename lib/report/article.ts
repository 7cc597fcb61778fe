/**
 * HTML → main article text, with a map from every character back to the DOM text node it came
 * from. Runs on the live page (content script) and on linkedom documents (CLI, tests): it uses
 * only Node/Element basics that both provide, and no layout (no innerText, no computed style).
 */
import { OffsetMapBuilder, type OffsetMap } from './offset-map.ts';
import { LIMITS } from '../limits.ts';

/** Article containers of real county CMS sites (TRS, Hanweb/UCAP, Anhui county system ...). */
const ARTICLE_SELECTORS = [
  '.TRS_Editor',
  '.TRS_UEDITOR',
  '#zoom',
  '#UCAP-CONTENT',
  '#contentText',
  '.generalContent',
  '.article-content',
  '#article',
  'article',
  '.content',
  '#content',
];

/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'HEAD',
  'TITLE',
]);

/** Elements that end a line of text (everything else is inline). */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TR',
  'TABLE',
  'TBODY',
  'THEAD',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'PRE',
  'HR',
  'CENTER',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'BODY',
]);

/**
 * Page furniture that CMSs put inside or next to the article: share bars, related links, the
 * 字号 大中小 bar, print/close links, pagers of other articles. Matched against class and id.
 */
const BOILERPLATE_PATTERN =
  /(^|[\s_-])(share|bdshare|jiathis|related|xglj|relate|footer|foot|nav|navbar|menu|breadcrumb|crumb|position|location|dqwz|print|fontsize|font-size|zihao|toolbar|tools|comment|qrcode|ewm|sidebar)([\s_-]|$)/i;

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

export interface ArticleText {
  /** Article text: blocks separated by "\n", whitespace collapsed as a browser renders it. */
  text: string;
  /** Maps text offsets back to DOM text nodes (synthetic line breaks map to nothing). */
  map: OffsetMap<Text>;
  /** The article element the text was taken from. */
  root: Element;
}

/** Picks the element that holds the article: a known CMS container, else the densest text block. */
export function findArticleRoot(doc: Document): Element | null {
  for (const selector of ARTICLE_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (cjkLength(el.textContent ?? '') >= LIMITS.minArticleChars) return el;
    }
  }
  return densestBlock(doc);
}

/** Scores each block by the Chinese text of its paragraphs (Readability's idea, simplified). */
function densestBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p, br'))) {
    const block = p.tagName === 'BR' ? p.parentElement : p;
    if (!block) continue;
    const length = p.tagName === 'BR' ? 20 : cjkLength(p.textContent ?? '');
    if (length < 10) continue;
    const parent = p.tagName === 'BR' ? block : block.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore && !isBoilerplate(el)) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? doc.body ?? doc.documentElement;
}

function cjkLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

function isBoilerplate(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return BOILERPLATE_PATTERN.test(cls) || BOILERPLATE_PATTERN.test(id);
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Walks `root` and builds the article text and its offset map, in one go (CLI, tests, normal pages). */
export function extractArticle(doc: Document, root: Element | null = findArticleRoot(doc)): ArticleText | null {
  if (!root) return null;
  const builder = new TextBuilder();
  for (const _ of walkArticle(root, builder)) {
    // run to completion
  }
  return { ...builder.finish(), root };
}

/**
 * The same walk in slices that yield to the browser between them, so a page with megabytes of
 * text never blocks its main thread for long (no long task over 50 ms).
 */
export async function extractArticleInSlices(
  doc: Document,
  { sliceMs, pause, root = findArticleRoot(doc) }: { sliceMs: number; pause: () => Promise<void>; root?: Element | null },
): Promise<ArticleText | null> {
  if (!root) return null;
  const builder = new TextBuilder();
  let sliceStart = performance.now();
  for (const _ of walkArticle(root, builder)) {
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return { ...builder.finish(), root };
}

function* walkArticle(root: Element, builder: TextBuilder): Generator<void> {
  // Iterative walk: some CMS pages nest thousands of <span>s, deeper than a recursion should go.
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  let visited = 0;
  while (stack.length > 0) {
    if (++visited % LIMITS.walkNodesPerClockCheck === 0) yield;
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      builder.addText(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (leaving) {
      if (BLOCK_TAGS.has(tag)) builder.lineBreak();
      continue;
    }
    if (el !== root && (SKIPPED_TAGS.has(tag) || isHidden(el) || isBoilerplate(el))) continue;
    if (tag === 'BR') {
      builder.lineBreak();
      continue;
    }
    if (tag === 'TD' || tag === 'TH') builder.space();
    if (BLOCK_TAGS.has(tag)) builder.lineBreak();
    stack.push({ node: el, leaving: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
}

/** Collapses whitespace like a browser rendering `white-space: normal`, recording where each character came from. */
class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private lastChar = '\n';
  private pendingSpace: { node: Text; offset: number } | null = null;
  private readonly map = new OffsetMapBuilder<Text>();
  private readonly nullText = null as unknown as Text; // synthetic characters map to no node

  addText(node: Text): void {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      if (WHITESPACE.test(data[i]!)) {
        if (!this.pendingSpace) this.pendingSpace = { node, offset: i };
        i++;
        continue;
      }
      let j = i + 1;
      while (j < data.length && !WHITESPACE.test(data[j]!)) j++;
      if (this.pendingSpace && this.lastChar !== '\n') this.push(' ', this.pendingSpace.node, this.pendingSpace.offset);
      this.pendingSpace = null;
      this.push(data.slice(i, j), node, i);
      i = j;
    }
  }

  space(): void {
    if (this.lastChar !== '\n' && this.lastChar !== ' ') this.push(' ', this.nullText, 0);
  }

  lineBreak(): void {
    this.pendingSpace = null;
    if (this.lastChar === ' ') {
      // Drop a trailing space before the line break.
      this.parts[this.parts.length - 1] = this.parts[this.parts.length - 1]!.slice(0, -1);
      this.length--;
      this.map.truncate(this.length);
    }
    if (this.length > 0 && this.lastChar !== '\n') this.push('\n', this.nullText, 0);
  }

  private push(s: string, node: Text, offset: number): void {
    this.map.addRun(this.length, node, offset, s.length);
    this.parts.push(s);
    this.length += s.length;
    this.lastChar = s[s.length - 1]!;
  }

  finish(): { text: string; map: OffsetMap<Text> } {
    let text = this.parts.join('');
    if (text.endsWith('\n')) text = text.slice(0, -1);
    return { text, map: this.map.build() };
  }
}

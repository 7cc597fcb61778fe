/**
 * Marks ranges of the page without touching its DOM: the CSS Custom Highlight API (one Highlight
 * per kind, `::highlight()` rules in an adopted style sheet — no <style> element is added).
 * Every browser ReportLens supports has it (Chrome 105, Firefox 140); without it (an older
 * browser) nothing is painted, and hovering still explains terms.
 *
 * Page scripts can read the registry (`CSS.highlights.get('reportlens-term')` lists the ranges), so
 * only ranges that do not depend on the user are put into it: every term of any source in one
 * highlight, and never the spellings only the user's own glossary knows (session.ts, analyze.ts).
 */

export type MarkKind = 'term' | 'figure' | 'flash';

const HIGHLIGHT_NAMES: Record<MarkKind, string> = { term: 'reportlens-term', figure: 'reportlens-figure', flash: 'reportlens-flash' };

/** Subtle: a dotted underline for jargon, a faint wash for figures; neither changes layout. */
const RULES = `
::highlight(reportlens-term) { text-decoration: underline dotted #b3261e; text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
::highlight(reportlens-figure) { background-color: rgba(255, 214, 102, 0.28); }
::highlight(reportlens-flash) { background-color: rgba(255, 176, 32, 0.75); color: #000; }
@media (prefers-color-scheme: dark) {
  ::highlight(reportlens-term) { text-decoration-color: #f2b8b5; }
  ::highlight(reportlens-figure) { background-color: rgba(255, 214, 102, 0.18); }
}`;

/**
 * Firefox paints only `color` and `background-color` in `::highlight()` before version 149: the
 * underline above is dropped without a word, and on Firefox 140 ESR terms were registered but not
 * visible, so nobody would find them to hover. The Firefox build gives terms a faint wash too.
 */
const FIREFOX_TERM_RULES = `
::highlight(reportlens-term) { background-color: rgba(179, 38, 30, 0.1); }
@media (prefers-color-scheme: dark) {
  ::highlight(reportlens-term) { background-color: rgba(242, 184, 181, 0.16); }
}`;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

/**
 * The document's adopted style sheets, as an array that can be changed in place. A Firefox content
 * script sees `document.adoptedStyleSheets` through an Xray wrapper, which does not support its
 * ObservableArray (Firefox 140: "document.adoptedStyleSheets is not iterable", no push), so
 * `[...doc.adoptedStyleSheets, sheet]` throws there and no mark is ever drawn. The page's own
 * view of the document (`wrappedJSObject`, Firefox only) has a working array. Chromium's isolated
 * world has no wrappers and no `wrappedJSObject`.
 */
function adoptedSheets(doc: Document): CSSStyleSheet[] {
  return ((doc as Document & { wrappedJSObject?: Document }).wrappedJSObject ?? doc).adoptedStyleSheets;
}

export interface Highlighter {
  /**
   * Adds the style rules. Called while the background analyses the page's text: adopting a style
   * sheet restyles the whole document (~20 ms on a 5 MB page on an idle machine), better not in
   * the same task as the marks, nor between the background's reply and the marks.
   */
  prepare(): void;
  set(kind: MarkKind, ranges: Range[]): void;
  clear(): void;
}

/** The page's highlighter, or null where the Highlight API is missing. */
export function createHighlighter(doc: Document, win: Window): Highlighter | null {
  const registry = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const Highlight = (win as unknown as { Highlight?: HighlightConstructor }).Highlight;
  return registry && Highlight ? new ApiHighlighter(doc, win, registry, Highlight) : null;
}

class ApiHighlighter implements Highlighter {
  private sheet: CSSStyleSheet | null = null;
  private readonly doc: Document;
  private readonly win: Window;
  private readonly registry: HighlightRegistry;
  private readonly Highlight: HighlightConstructor;

  constructor(doc: Document, win: Window, registry: HighlightRegistry, Highlight: HighlightConstructor) {
    this.doc = doc;
    this.win = win;
    this.registry = registry;
    this.Highlight = Highlight;
  }

  prepare(): void {
    this.installRules();
  }

  private installRules(): void {
    if (this.sheet) return;
    const Sheet = (this.win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
    this.sheet = new Sheet();
    this.sheet.replaceSync(import.meta.env.FIREFOX ? RULES + FIREFOX_TERM_RULES : RULES);
    adoptedSheets(this.doc).push(this.sheet);
  }

  set(kind: MarkKind, ranges: Range[]): void {
    this.installRules();
    if (ranges.length === 0) this.registry.delete(HIGHLIGHT_NAMES[kind]);
    else this.registry.set(HIGHLIGHT_NAMES[kind], new this.Highlight(...ranges));
  }

  clear(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) this.registry.delete(name);
    if (this.sheet) {
      const sheets = adoptedSheets(this.doc);
      const index = sheets.indexOf(this.sheet);
      if (index >= 0) sheets.splice(index, 1);
    }
    this.sheet = null;
  }
}

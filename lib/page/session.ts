/**
 * ReportLens in one page: read the article, ask the background what it is, mark jargon and
 * figures, explain on hover, jump to a clause on request, and follow the page when it changes.
 *
 * The page side stays cheap: on the many pages that are not reports it runs one regular
 * expression and stops, adding nothing to the page. Reading a long article and marking it are
 * done in slices of a few milliseconds that yield to the browser in between.
 */
import { extractArticleInSlices, type ArticleText } from '../report/article.ts';
import { mightBeReport } from '../report/quick-check.ts';
import { countReportLinks, otherPagesOf } from '../report/links.ts';
import { TermMatcher } from '../glossary/matcher.ts';
import { PageAnalysisSchema, parseMessage, type PageAnalysis, type PageText } from '../messages.ts';
import { rangeForSpan } from './ranges.ts';
import { createHighlighter, type Highlighter } from './highlighter.ts';
import { Tooltip } from './tooltip.ts';
import { HoverController, type HoverTarget } from './hover.ts';
import { LIMITS } from '../limits.ts';

/** What the session needs from the extension (the content script passes browser APIs; tests pass fakes). */
export interface PagePort {
  /** Sends the page text to the background; resolves to its (unvalidated) reply. */
  analyze(message: PageText): Promise<unknown>;
  /** The user asked to explain a term (tooltip action). */
  explain(term: string): void;
}

export interface PageTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Yields to the browser (lets it paint and handle input) before continuing. */
  pause(): Promise<void>;
}

export type SessionState = 'idle' | 'skipped' | 'not-report' | 'report';

export class PageSession {
  state: SessionState = 'idle';
  private article: ArticleText | null = null;
  private analysis: PageAnalysis | null = null;
  private highlighter: Highlighter | null = null;
  private tooltip: Tooltip | null = null;
  private hover: HoverController | null = null;
  private observer: MutationObserver | null = null;
  private settleTimer: number | null = null;
  private flashTimer: number | null = null;
  private running: Promise<void> | null = null;
  private readonly doc: Document;
  private readonly win: Window;
  private readonly port: PagePort;
  private readonly timers: PageTimers;

  constructor({ doc, win, port, timers }: { doc: Document; win: Window; port: PagePort; timers: PageTimers }) {
    this.doc = doc;
    this.win = win;
    this.port = port;
    this.timers = timers;
  }

  /**
   * Looks at the page. Without `forced`, a page that does not even mention a work report is
   * skipped after one regular expression (it is watched for a while in case its article is filled in later).
   */
  /** Mark terms and figures in the page (the user can turn marks off and keep the library). */
  marking = true;

  async analyze({ forced = false }: { forced?: boolean } = {}): Promise<void> {
    if (this.running) return this.running;
    this.running = this.run(forced).finally(() => (this.running = null));
    return this.running;
  }

  /** Whether analyze() without `forced` would read this page (the cheap check). */
  wouldLook(): boolean {
    return mightBeReport(this.doc);
  }

  private async run(forced: boolean): Promise<void> {
    const first = this.state === 'idle';
    await this.look(forced);
    // Some CMSs fill the article in after load: a first look that found no report watches for a while.
    if (first && this.state !== 'report') this.watchForLateContent();
  }

  private async look(forced: boolean): Promise<void> {
    if (!forced && !mightBeReport(this.doc)) {
      this.state = 'skipped';
      return;
    }
    const article = await extractArticleInSlices(this.doc, { sliceMs: LIMITS.pageSliceMs, pause: this.timers.pause });
    if (!article || article.text.trim().length === 0) {
      this.state = 'not-report';
      return;
    }
    const reply = await this.port.analyze({
      type: 'page/text',
      url: this.doc.location?.href ?? '',
      title: this.doc.title,
      text: article.text,
      reportLinks: countReportLinks(this.doc),
      pageLinks: otherPagesOf(this.doc),
    });
    const analysis = parseMessage(PageAnalysisSchema, reply);
    if (!analysis?.detection.isReport) {
      this.state = 'not-report';
      this.unmark();
      return;
    }
    this.state = 'report';
    this.article = article;
    this.analysis = analysis;
    if (this.marking) await this.mark();
    this.watchForChanges();
  }

  /** Marks terms, figures and footnote markers, and makes terms hoverable. */
  private async mark(): Promise<void> {
    const article = this.article!;
    const analysis = this.analysis!;
    this.highlighter ??= createHighlighter(this.doc, this.win);
    this.highlighter.prepare();
    const patterns: string[] = [];
    const termOfPattern: number[] = [];
    analysis.terms.forEach((t, i) => {
      for (const p of t.patterns) {
        patterns.push(p);
        termOfPattern.push(i);
      }
    });
    const matcher = TermMatcher.build(patterns);
    const text = article.text;
    const termRanges: Range[] = [];
    const targets: HoverTarget[] = [];
    let sliceStart = performance.now();
    const maybePause = async () => {
      if (performance.now() - sliceStart > LIMITS.pageSliceMs) {
        await this.timers.pause();
        sliceStart = performance.now();
      }
    };
    // Terms never cross a line, so the text is matched a line block at a time, pausing in between.
    for (let from = 0; from < text.length; ) {
      let to = text.indexOf('\n', Math.min(text.length, from + LIMITS.matchBlockChars));
      if (to < 0) to = text.length;
      for (const m of matcher.findAll(text, from, to)) {
        const range = rangeForSpan(this.doc, article.map, m.start, m.end);
        if (!range) continue;
        const term = analysis.terms[termOfPattern[m.pattern]!]!;
        termRanges.push(range);
        targets.push({ range, content: { term: term.term, explanations: term.explanations, firstSentence: term.firstSentence } });
      }
      from = to + 1;
      await maybePause();
    }
    for (const f of analysis.footnotes) {
      const range = rangeForSpan(this.doc, article.map, f.start, f.end);
      if (!range) continue;
      termRanges.push(range);
      targets.push({
        range,
        content: { term: f.term, explanations: [{ source: 'report', definition: f.definition }], footnote: f.number },
      });
    }
    const figureRanges: Range[] = [];
    for (const f of analysis.figures) {
      const range = rangeForSpan(this.doc, article.map, f.start, f.end);
      if (range) figureRanges.push(range);
      await maybePause();
    }
    // Both kinds in one task: every change to the highlights makes Chromium re-walk the whole
    // layout tree before painting (~65 ms on a 5 MB page, measured in BENCHMARKS.md), so one
    // update costs less than many small ones.
    this.highlighter.set('figure', figureRanges);
    this.highlighter.set('term', termRanges);
    if (!this.tooltip) {
      this.tooltip = new Tooltip({ doc: this.doc, win: this.win, onExplain: (term) => this.port.explain(term) });
      this.hover = new HoverController({ doc: this.doc, tooltip: this.tooltip, timers: this.timers });
    }
    this.hover!.setTargets(targets);
  }

  onMouseMove(event: MouseEvent): void {
    this.hover?.onMouseMove(event);
  }

  onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.hover?.hide();
  }

  onScroll(): void {
    // The tooltip is placed in the viewport; after a scroll it would point at nothing.
    if (this.tooltip?.visible) this.hover?.hide();
  }

  /** Scrolls the span of report text into view and flashes it. Returns whether it was found. */
  jumpTo(start: number, end: number): boolean {
    if (!this.article) return false;
    const range = rangeForSpan(this.doc, this.article.map, start, end);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    const reduceMotion = this.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this.win.scrollTo({ top: this.win.scrollY + rect.top - this.win.innerHeight / 3, behavior: reduceMotion ? 'auto' : 'smooth' });
    this.highlighter ??= createHighlighter(this.doc, this.win);
    this.highlighter.set('flash', [range]);
    if (this.flashTimer !== null) this.timers.clearTimeout(this.flashTimer);
    this.flashTimer = this.timers.setTimeout(() => this.highlighter?.set('flash', []), LIMITS.flashMs);
    return true;
  }

  /** A page the cheap check rejected may fill its article in later (some CMSs do): look again when it settles. */
  private watchForLateContent(): void {
    const body = this.doc.body;
    if (!body) return;
    let lastLength = body.textContent?.length ?? 0;
    const observer = new (this.win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver(() =>
      this.settleThen(() => {
        // A ticker or carousel changes a few characters; an article arriving adds hundreds.
        const length = body.textContent?.length ?? 0;
        if (Math.abs(length - lastLength) < LIMITS.lateContentMinChars) return;
        lastLength = length;
        void this.analyze();
      }),
    );
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
    this.timers.setTimeout(() => {
      if (this.observer === observer && this.state !== 'report') this.stopObserving();
    }, LIMITS.lateContentWatchMs);
  }

  /** A report page whose article changes (pagination in the page, late paragraphs): read and mark it again. */
  private watchForChanges(): void {
    this.stopObserving();
    const body = this.doc.body;
    if (!body) return;
    const observer = new (this.win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver((records) => {
      const root = this.article?.root;
      const relevant = !root?.isConnected || records.some((r) => root.contains(r.target) || r.target.contains(root));
      if (relevant) this.settleThen(() => void this.refresh());
    });
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
  }

  private async refresh(): Promise<void> {
    const before = this.article?.text;
    const article = await extractArticleInSlices(this.doc, { sliceMs: LIMITS.pageSliceMs, pause: this.timers.pause });
    if (article && article.text === before) {
      // Same words, new nodes (a re-render): only the marks need the new nodes.
      this.article = article;
      if (this.marking) await this.mark();
      return;
    }
    await this.analyze({ forced: true });
  }

  private settleThen(fn: () => void): void {
    if (this.settleTimer !== null) this.timers.clearTimeout(this.settleTimer);
    this.settleTimer = this.timers.setTimeout(() => {
      this.settleTimer = null;
      fn();
    }, LIMITS.pageChangeDebounceMs);
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private unmark(): void {
    this.highlighter?.clear();
    this.hover?.setTargets([]);
  }

  /** Removes everything ReportLens added to the page (the tab navigates away, the extension reloads). */
  destroy(): void {
    this.stopObserving();
    this.highlighter?.clear();
    this.tooltip?.destroy();
    this.hover = null;
    this.tooltip = null;
    this.highlighter = null;
    this.article = null;
  }
}

/**
 * ReportLens in one page: read the article, ask the background what it is, mark jargon and
 * figures, explain on hover, jump to a clause on request, and follow the page — and the user's
 * settings — when they change.
 *
 * The page side stays cheap: on the many pages that are not reports it runs one regular
 * expression and stops, adding nothing to the page. Reading a long article and marking it are
 * done in slices of a few milliseconds that yield to the browser in between. The settings are
 * read on every path that looks at the page (the first look, an article that arrives late, a
 * change) and applied as soon as they change (`applySettings`).
 */
import { extractArticleInSlices, type ArticleText } from '../report/article.ts';
import { mightBeReport } from '../report/quick-check.ts';
import { countReportLinks, otherPagesOf } from '../report/links.ts';
import type { DefinitionReply, PageAnalysis, PageText, PageTextReply } from '../messages.ts';
import { tooltipStrings } from '../i18n.ts';
import type { Lang } from '../format.ts';
import { rangeForSpan } from './ranges.ts';
import { createHighlighter, type Highlighter } from './highlighter.ts';
import { Tooltip } from './tooltip.ts';
import { HoverController } from './hover.ts';
import { buildMarks } from './marks.ts';
import { PageWatcher } from './watch.ts';
import { LIMITS } from '../limits.ts';

/** What the session needs from the extension (the content script passes browser APIs; tests pass fakes). */
export interface PagePort {
  /** Sends the page text to the background; resolves to its validated reply, or null without one. */
  analyze(message: PageText): Promise<PageTextReply | null>;
  /** What the user's own data (their terms, their library) says of a term on this page (asked on a real hover). */
  ownExplanations(term: string): Promise<DefinitionReply | null>;
  /** The user asked to explain a term (tooltip action). */
  explain(term: string): void;
}

export type TimerId = ReturnType<typeof setTimeout>;

export interface PageTimers {
  setTimeout(fn: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId): void;
  /** Yields to the browser (lets it paint and handle input) before continuing. */
  pause(): Promise<void>;
}

/** The settings as they concern one page. */
export interface PageSettings {
  /** The user turned ReportLens off for this site. */
  off: boolean;
  /** Mark terms and figures (off: no marks and no tooltips; the library still gets the report). */
  marking: boolean;
  /** The tooltip's language. */
  lang: Lang;
}

/** 'off': the user turned ReportLens off for this site; the page is left untouched. */
export type SessionState = 'idle' | 'skipped' | 'not-report' | 'report' | 'off';

export class PageSession {
  state: SessionState = 'idle';
  private article: ArticleText | null = null;
  private analysis: PageAnalysis | null = null;
  private highlighter: Highlighter | null = null;
  private tooltip: Tooltip | null = null;
  private hover: HoverController | null = null;
  private readonly watcher: PageWatcher;
  private flashTimer: TimerId | null = null;
  private running: Promise<void> | null = null;
  private settings: PageSettings = { off: false, marking: true, lang: 'zh' };
  /** The user asked for this page from the panel: it is looked at even on a site they turned off. */
  private userAsked = false;
  private readonly doc: Document;
  private readonly win: Window;
  private readonly port: PagePort;
  private readonly timers: PageTimers;
  private readonly readSettings: () => Promise<PageSettings>;
  private readonly trusted: ((event: Event) => boolean) | undefined;
  private readonly articleRoot: (() => Element | null) | undefined;

  constructor({
    doc,
    win,
    port,
    timers,
    settings,
    trusted,
    articleRoot,
  }: {
    doc: Document;
    win: Window;
    port: PagePort;
    timers: PageTimers;
    settings: () => Promise<PageSettings>;
    /** Tests only: which events count as the user's (default: `isTrusted`). */
    trusted?: (event: Event) => boolean;
    /** Where the article is, when the page knows (the reader's own page); otherwise it is looked for. */
    articleRoot?: () => Element | null;
  }) {
    this.doc = doc;
    this.win = win;
    this.port = port;
    this.timers = timers;
    this.readSettings = settings;
    this.trusted = trusted;
    this.articleRoot = articleRoot;
    this.watcher = new PageWatcher({ doc, win, timers });
  }

  /**
   * Looks at the page. `skipCheck`: read it even if the cheap check would skip it (a known report
   * that changed). `userAsked`: the panel asked — also on a site the user turned off.
   */
  async analyze({ skipCheck = false, userAsked = false }: { skipCheck?: boolean; userAsked?: boolean } = {}): Promise<void> {
    if (userAsked) this.userAsked = true;
    if (this.running) return this.running;
    this.running = this.run(skipCheck || userAsked).finally(() => (this.running = null));
    return this.running;
  }

  private async run(skipCheck: boolean): Promise<void> {
    const first = this.state === 'idle';
    await this.look(skipCheck);
    // Some CMSs fill the article in after load: a first look that found no report watches for a while.
    if (first && this.state !== 'report' && this.state !== 'off') {
      this.watcher.watchForLateContent({ onArrival: () => void this.analyze(), waiting: () => this.state !== 'report' });
    }
  }

  private async look(skipCheck: boolean): Promise<void> {
    if (!skipCheck && !mightBeReport(this.doc)) {
      this.state = 'skipped';
      return;
    }
    // Read the page while the settings are on their way (a round trip to the browser): reading
    // changes nothing, and on a site the user turned off it stops at its next slice.
    let turnedOff = false;
    const reading = this.extract(() => turnedOff);
    reading.catch(() => {});
    this.settings = await this.readSettings();
    if (this.settings.off && !this.userAsked) {
      turnedOff = true;
      return this.silence();
    }
    const article = await reading;
    if (!article || article.text.trim().length === 0) {
      this.state = 'not-report';
      return;
    }
    // The marks' style rules restyle the whole document (a 130 ms task on a 1 MB page, traced on a
    // busy machine): added while the background reads the text, not after, and taken away again
    // when the text is no report.
    if (this.settings.marking) {
      this.highlighter ??= createHighlighter(this.doc, this.win);
      this.highlighter?.prepare();
    }
    const reply = await this.port.analyze({
      type: 'page/text',
      title: this.doc.title,
      text: article.text,
      reportLinks: countReportLinks(this.doc),
      pageLinks: otherPagesOf(this.doc),
    });
    // No answer, or too many texts from this tab for now: what is marked stays as it is.
    if (!reply || (!reply.ok && reply.refused !== 'site-off')) {
      if (this.state !== 'report') this.unmark();
      return;
    }
    if (!reply.ok) return this.silence();
    if (!reply.analysis.detection.isReport) {
      this.state = 'not-report';
      this.unmark();
      return;
    }
    this.state = 'report';
    this.article = article;
    this.analysis = reply.analysis;
    if (this.settings.marking) await this.mark();
    this.watcher.watchForChanges({ root: () => this.article?.root, onChange: () => void this.refresh() });
  }

  /** The settings changed (storage.onChanged): a site turned off is left at once, marks follow the switch, the tooltip the language. */
  async applySettings(next: PageSettings): Promise<void> {
    const before = this.settings;
    this.settings = next;
    if (next.off) {
      if (!this.userAsked) this.silence();
      return;
    }
    if (before.off && this.state === 'off') {
      this.state = 'idle';
      return this.analyze();
    }
    if (this.state !== 'report') return;
    if (next.marking && !before.marking) await this.mark();
    else if (!next.marking) this.unmark();
  }

  /** Marks terms, figures and footnote markers, and makes terms hoverable. */
  private async mark(): Promise<void> {
    const article = this.article;
    const analysis = this.analysis;
    if (!article || !analysis) return;
    this.highlighter ??= createHighlighter(this.doc, this.win);
    this.highlighter?.prepare();
    const marks = await buildMarks({ doc: this.doc, article, analysis, pause: this.timers.pause });
    if (this.article !== article || !this.settings.marking || this.state !== 'report') return;
    // Both kinds in one task: every change to the highlights makes Chromium re-walk the whole
    // layout tree before painting (~65 ms on a 5 MB page, measured in BENCHMARKS.md), so one
    // update costs less than many small ones.
    this.highlighter?.set('figure', marks.figures);
    this.highlighter?.set('term', marks.terms);
    this.ensureHover().setTargets(marks.targets);
  }

  private ensureHover(): HoverController {
    if (!this.tooltip || !this.hover) {
      this.tooltip = new Tooltip({
        doc: this.doc,
        win: this.win,
        onExplain: (term) => this.port.explain(term),
        onJump: (start, end) => this.jumpTo(start, end),
        strings: () => tooltipStrings(this.settings.lang),
      });
      this.hover = new HoverController({
        doc: this.doc,
        tooltip: this.tooltip,
        timers: this.timers,
        ownExplanations: (term) => this.port.ownExplanations(term),
        trusted: this.trusted,
      });
    }
    return this.hover;
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
    this.highlighter?.set('flash', [range]);
    if (this.flashTimer !== null) this.timers.clearTimeout(this.flashTimer);
    this.flashTimer = this.timers.setTimeout(() => this.highlighter?.set('flash', []), LIMITS.flashMs);
    return true;
  }

  /** Reads the article in slices; `stopped` ends the read at its next slice. */
  private extract(stopped: () => boolean = () => false): Promise<ArticleText | null> {
    const pause = () => (stopped() ? Promise.reject(new Error('reading stopped')) : this.timers.pause());
    const slices = { sliceMs: LIMITS.pageSliceMs, pause };
    return extractArticleInSlices(this.doc, this.articleRoot ? { ...slices, root: this.articleRoot() } : slices);
  }

  private async refresh(): Promise<void> {
    const before = this.article?.text;
    const article = await this.extract();
    if (article && article.text === before) {
      // Same words, new nodes (a re-render): only the marks need the new nodes.
      this.article = article;
      if (this.settings.marking) await this.mark();
      return;
    }
    await this.analyze({ skipCheck: true });
  }

  private unmark(): void {
    this.highlighter?.clear();
    this.hover?.setTargets([]);
  }

  /** The site is turned off: everything ReportLens added goes, and the page is no longer watched. */
  private silence(): void {
    this.state = 'off';
    this.watcher.stop();
    this.unmark();
    this.tooltip?.destroy();
    this.tooltip = null;
    this.hover = null;
    this.article = null;
    this.analysis = null;
  }

  /** Removes everything ReportLens added to the page (the extension was reloaded or removed). */
  destroy(): void {
    this.silence();
    this.highlighter = null;
  }
}

/**
 * The report parser's public face: page or text in, report document out. Everything outside
 * lib/report imports from here.
 *
 * One code path for every caller: HTML → article text (article.ts, with a map back to the DOM) →
 * normalised text (normalize.ts, with a map back to the article text) → structure, metadata,
 * figures, glossary and jargon. Offsets in the result refer to the article text (`ParsedPage.text`).
 */
import { extractArticle } from './article.ts';
import { countReportLinks } from './links.ts';
import { detectReport } from './detect.ts';
import { normalizeReportText, toReportEnd, toReportStart } from './normalize.ts';
import { assignHorizons, findStructure } from './outline.ts';
import { findMetadata } from './metadata.ts';
import { extractFigures, type FigureTrace, type RawFigure } from './figures/index.ts';
import { findReportJargon } from './terms.ts';
import type { Figure, ParsedPage, ReportDocument } from './types.ts';
import { LIMITS } from '../limits.ts';

export type * from './types.ts';
export { FigureTrace } from './figures/trace.ts';
export { explainFigures } from './figures/explain.ts';

/** Bump when the parser's output changes: stored reports with an older version can be re-parsed. */
export const PARSER_VERSION = 4;

/** Parses a page: a live document in the content script, a linkedom document in Node. */
export function parseReport({ doc, url, trace = null }: { doc: Document; url: string; trace?: FigureTrace | null }): ParsedPage {
  let text = '';
  let title = '';
  let reportLinks = 0;
  // A document with no <html> (an empty or truncated file) has no title, body or article: it is simply not a report.
  try {
    title = doc.title ?? '';
    text = extractArticle(doc)?.text ?? '';
    reportLinks = countReportLinks(doc);
  } catch {
    // fall through with what was read
  }
  return parseReportText({ text, title, url, reportLinks, trace });
}

/** Parses report text: a stored report, a .txt file, an article extracted from a page. */
export function parseReportText({
  text,
  title = '',
  reportLinks = 0,
  trace = null,
}: {
  text: string;
  title?: string;
  url?: string;
  reportLinks?: number;
  /** Filled with what became of every indicator mention (the CLI's --explain); null on the normal path. */
  trace?: FigureTrace | null;
}): ParsedPage {
  const reportText = text.length > LIMITS.maxReportTextChars ? text.slice(0, LIMITS.maxReportTextChars) : text;
  const normalized = normalizeReportText(reportText);
  const norm = normalized.text;
  const { outline, parts } = findStructure(norm);
  const detection = detectReport({ title, text: norm, parts, reportLinks });
  const headline = headlineOf(norm, title);
  const empty: ReportDocument = {
    ...detection,
    title: headline,
    region: null,
    meeting: null,
    date: null,
    speaker: null,
    reviewYear: null,
    planYear: null,
    targets: [],
    actuals: [],
    glossary: [],
    outline: [],
    terms: [],
    parserVersion: PARSER_VERSION,
  };
  if (!detection.isReport) return { report: empty, text: reportText, footnotes: [] };

  const metadata = findMetadata({ text: norm, parts, title });
  assignHorizons(parts, metadata.planYear);
  const figures = extractFigures({ text: norm, parts, reviewYear: metadata.reviewYear, planYear: metadata.planYear, trace });
  const { appendix, body, terms } = findReportJargon({ text: norm, parts });

  const toFigure = (f: RawFigure): Figure => {
    const start = toReportStart(normalized, f.start);
    const end = toReportEnd(normalized, f.end);
    return { ...f, start, end, quote: quoteOf(reportText, start, end) };
  };
  const report: ReportDocument = {
    ...empty,
    ...metadata,
    targets: figures.targets.map(toFigure),
    actuals: figures.actuals.map(toFigure),
    glossary: appendix
      .slice(0, LIMITS.maxGlossaryEntries)
      .map(({ term, definition, number }) => ({ term, definition: definition.slice(0, LIMITS.maxDefinitionChars), number })),
    bodyGlossary: body
      .slice(0, LIMITS.maxGlossaryEntries)
      .map((e) => ({ ...e, start: toReportStart(normalized, e.start), end: toReportEnd(normalized, e.end) })),
    outline: outline.slice(0, LIMITS.maxOutlineItems).map((o) => ({ ...o, start: toReportStart(normalized, o.start) })),
    terms: terms.slice(0, LIMITS.maxTermsPerReport).map((t) => ({ ...t, first: toReportStart(normalized, t.first) })),
  };
  return { report, text: reportText, footnotes: normalized.footnotes };
}

/** The clause as printed in the report text, without page-break line feeds and markdown residue. */
function quoteOf(text: string, start: number, end: number): string {
  return text
    .slice(start, end)
    .replace(/\*\*|\r?\n/g, '')
    .trim()
    .slice(0, LIMITS.maxQuoteChars);
}

/**
 * The page's headline: an early line that names a report, else the document title. A line with a
 * sentence's punctuation is prose, not a title: the State Council's text files open at 各位代表 and
 * their third line, 现在，我代表国务院，向大会作政府工作报告，请予审议…, names the report too.
 */
function headlineOf(norm: string, title: string): string | null {
  const lines = norm.slice(0, 600).split('\n').slice(0, 6);
  const named = lines.find((line) => line.length <= LIMITS.titleLineMaxChars && /报告|公报/.test(line) && !/[，。；！？]/.test(line));
  return named ?? (title.trim() || null);
}

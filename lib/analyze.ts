/**
 * Page text in, everything ReportLens knows about it out: the parsed report with its jargon
 * explained (report > user > built-in), and what the content script needs to mark the page.
 * The background runs this for pages; the CLI runs the same for files.
 */
import { parseReportText } from './report/index.ts';
import type { ParsedPage } from './report/types.ts';
import { annotateTerms } from './glossary/annotate.ts';
import { footnotesFor, pageTermsFor } from './glossary/page-terms.ts';
import type { GlossaryIndex } from './glossary/index.ts';
import type { PageAnalysis } from './messages.ts';
import { annotateRegion } from './region/annotate.ts';
import { builtinDivisions, type Divisions } from './region/divisions.ts';

export function analyzeText({
  text,
  title,
  url,
  reportLinks = 0,
  index,
  siteName = null,
  chosenCode = null,
  divisions = builtinDivisions(),
}: {
  text: string;
  title: string;
  url: string;
  reportLinks?: number;
  index: GlossaryIndex;
  /** The site's own name (lib/region/page-evidence.ts), region evidence when the page sends it. */
  siteName?: string | null;
  /** The region code the user picked for this region name on this site, when the name is ambiguous (鼓楼区). */
  chosenCode?: string | null;
  /** The division data; the built-in set unless a caller (a test) passes its own. */
  divisions?: Divisions;
}): {
  parsed: ParsedPage;
  analysis: PageAnalysis;
} {
  const raw = parseReportText({ text, title, url, reportLinks });
  const explained = annotateTerms({ report: raw.report, text: raw.text, index });
  const report = annotateRegion({ report: explained, text: raw.text, title, url, siteName, chosenCode, divisions });
  const parsed: ParsedPage = { ...raw, report };
  const { isReport, kind, confidence, reasons } = report;
  const analysis: PageAnalysis = {
    detection: { isReport, kind, confidence, reasons },
    figures: isReport ? [...report.targets, ...report.actuals].map(({ start, end }) => ({ start, end })) : [],
    terms: isReport ? pageTermsFor({ report, index }) : [],
    footnotes: isReport ? footnotesFor({ report, footnotes: raw.footnotes }) : [],
  };
  return { parsed, analysis };
}

/**
 * The part of an analysis that falls on one page of a report split over pages: spans inside
 * [start, start + length) of the combined text, shifted to that page's own text.
 */
export function slicePageAnalysis(analysis: PageAnalysis, start: number, length: number): PageAnalysis {
  const inside = <T extends { start: number; end: number }>(spans: T[]): T[] =>
    spans.filter((s) => s.start >= start && s.end <= start + length).map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
  return { ...analysis, figures: inside(analysis.figures), footnotes: inside(analysis.footnotes) };
}

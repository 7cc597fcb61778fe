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

export function analyzeText({ text, title, url, reportLinks = 0, index }: { text: string; title: string; url: string; reportLinks?: number; index: GlossaryIndex }): {
  parsed: ParsedPage;
  analysis: PageAnalysis;
} {
  const raw = parseReportText({ text, title, url, reportLinks });
  const report = annotateTerms({ report: raw.report, text: raw.text, index });
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

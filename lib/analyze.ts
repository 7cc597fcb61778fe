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
import { chosenCodeFor, type RegionChoices } from './region/choices.ts';
import { hostnameOf } from './region/evidence.ts';

/**
 * Parses and explains a text. `analysis` is complete (the user's definitions included). With
 * `publicIndex` (the glossary without the user's terms), `forPage` is what a page may be told:
 * see `pageSafe`. Without it, `forPage` is `analysis` (the CLI, tests).
 */
export function analyzeText({
  text,
  title,
  url,
  reportLinks = 0,
  index,
  siteName = null,
  regionChoices = {},
  divisions = builtinDivisions(),
  publicIndex,
}: {
  text: string;
  title: string;
  url: string;
  reportLinks?: number;
  index: GlossaryIndex;
  /** The site's own name (lib/region/page-evidence.ts), region evidence when the page sends it. */
  siteName?: string | null;
  /** The codes the user picked for ambiguous names (鼓楼区), by site and name (lib/region/choices.ts). */
  regionChoices?: RegionChoices;
  /** The division data; the built-in set unless a caller (a test) passes its own. */
  divisions?: Divisions;
  publicIndex?: GlossaryIndex;
}): {
  parsed: ParsedPage;
  analysis: PageAnalysis;
  forPage: PageAnalysis;
} {
  const raw = parseReportText({ text, title, url, reportLinks });
  const explained = annotateTerms({ report: raw.report, text: raw.text, index });
  const chosenCode = chosenCodeFor(regionChoices, { host: hostnameOf(url), name: explained.region?.name });
  const report = annotateRegion({ report: explained, text: raw.text, title, url, siteName, chosenCode, divisions });
  const parsed: ParsedPage = { ...raw, report };
  const { isReport, kind, confidence, reasons } = report;
  const analysis: PageAnalysis = {
    detection: { isReport, kind, confidence, reasons },
    figures: isReport ? [...report.targets, ...report.actuals].map(({ start, end }) => ({ start, end })) : [],
    terms: isReport ? pageTermsFor({ report, index }) : [],
    userTerms: [],
    footnotes: isReport ? footnotesFor({ report, footnotes: raw.footnotes }) : [],
  };
  if (!publicIndex || !isReport) return { parsed, analysis, forPage: analysis };
  const publicReport = annotateTerms({ report: raw.report, text: raw.text, index: publicIndex });
  const publicTerms = pageTermsFor({ report: publicReport, index: publicIndex });
  return { parsed, analysis, forPage: { ...analysis, ...pageSafe(analysis.terms, publicTerms) } };
}

/**
 * The terms as a page may see them. The spellings painted into the page are exactly those any
 * user would get (`publicTerms`), because page scripts can read the highlight registry; the
 * user's own definitions are left out (the content script asks for one on a real hover), and the
 * terms they explained are listed in `userTerms` with the spellings only they gave (matched for
 * hovering, never painted).
 */
export function pageSafe(terms: PageAnalysis['terms'], publicTerms: PageAnalysis['terms']): Pick<PageAnalysis, 'terms' | 'userTerms'> {
  const publicOf = new Map(publicTerms.map((t) => [t.term, t]));
  const out: PageAnalysis['terms'] = [];
  const userTerms: PageAnalysis['userTerms'] = [];
  for (const t of terms) {
    const pub = publicOf.get(t.term);
    publicOf.delete(t.term);
    const patterns = pub?.patterns ?? [];
    const own = t.patterns.filter((p) => !patterns.includes(p));
    const userDefined = t.explanations.some((e) => e.source === 'user');
    if (userDefined || own.length > 0) userTerms.push({ term: out.length, patterns: own });
    out.push({
      term: t.term,
      patterns,
      explanations: t.explanations.filter((e) => e.source !== 'user'),
      firstSentence: pub?.firstSentence ?? t.firstSentence,
    });
  }
  // A term the user's glossary shadowed is still marked as it would be for anyone.
  out.push(...publicOf.values());
  return { terms: out, userTerms };
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

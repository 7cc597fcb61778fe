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
import { sentenceAround } from './report/terms.ts';
import { LIMITS } from './limits.ts';

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
      // The user's own data reaches the page only on a real hover.
      explanations: t.explanations.filter((e) => e.source !== 'user' && e.source !== 'library'),
      firstSentence: pub?.firstSentence ?? t.firstSentence,
    });
  }
  // A term the user's glossary shadowed is still marked as it would be for anyone.
  out.push(...publicOf.values());
  return { terms: out, userTerms };
}

/**
 * The part of an analysis that falls on one page of a report split over pages: spans inside
 * [start, start + length) of the combined text, shifted to that page's own text. A body
 * explanation on another page keeps its words but loses its place (nothing to jump to here).
 */
export function slicePageAnalysis(analysis: PageAnalysis, start: number, length: number): PageAnalysis {
  const isInside = (s: { start: number; end: number }) => s.start >= start && s.end <= start + length;
  const inside = <T extends { start: number; end: number }>(spans: T[]): T[] =>
    spans.filter(isInside).map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
  const terms = analysis.terms.map((t) => ({
    ...t,
    explanations: t.explanations.map(({ start: from, end: to, ...e }) =>
      from !== undefined && to !== undefined && isInside({ start: from, end: to }) ? { ...e, start: from - start, end: to - start } : e,
    ),
  }));
  return { ...analysis, terms, figures: inside(analysis.figures), footnotes: inside(analysis.footnotes) };
}

// ── Explanations from the library's other reports (issue 13) ──

/**
 * Adds the terms the library's other reports explain (`explained`, each with its first offset in
 * the page's text) to what a page is told, as the user's own terms are added (see `pageSafe`): a
 * term already marked is listed in `userTerms`, so that a real hover asks for its explanations; a
 * term the page would not mark otherwise is added with no painted spelling, matched for hovering
 * only. Nothing painted changes, and no library definition is included: the page's highlight
 * registry is the same whether or not the library explains anything.
 */
export function withLibraryTerms(
  analysis: PageAnalysis,
  { explained, text }: { explained: ReadonlyMap<string, number>; text: string },
): PageAnalysis {
  if (explained.size === 0) return analysis;
  const terms = [...analysis.terms];
  const userTerms = analysis.userTerms.map((u) => ({ ...u }));
  const indexOf = new Map(terms.map((t, i) => [t.term, i]));
  const listed = new Set(userTerms.map((u) => u.term));
  for (const [term, first] of explained) {
    const known = indexOf.get(term);
    if (known !== undefined) {
      if (!listed.has(known)) userTerms.push({ term: known, patterns: [] });
      listed.add(known);
      continue;
    }
    if (terms.length >= LIMITS.maxTermsPerReport) continue;
    userTerms.push({ term: terms.length, patterns: [term] });
    listed.add(terms.length);
    indexOf.set(term, terms.length);
    terms.push({ term, patterns: [], explanations: [], firstSentence: sentenceAround(text, first).slice(0, LIMITS.maxQuoteChars) });
  }
  return { ...analysis, terms, userTerms };
}

/** The terms of an analysis whose explanations a page may ask for, one at a time (TabState.userTerms). */
export function askableTerms(analysis: PageAnalysis): string[] {
  return analysis.userTerms.map((u) => analysis.terms[u.term]!.term);
}

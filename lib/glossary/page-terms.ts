/**
 * What the content script needs to mark and explain a report's jargon: for each term the report
 * uses, every spelling to match and every known explanation, highest precedence first (the
 * report's own 名词解释, then the report's body where it explains the term, then the user's terms,
 * then the built-in glossary; identical definitions are shown once).
 */
import type { PageAnalysis } from '../messages.ts';
import type { FootnoteMarker, ReportDocument } from '../report/types.ts';
import { knownSpelling, termPatterns } from './annotate.ts';
import type { Explanation, GlossaryIndex } from './index.ts';

export function pageTermsFor({
  report,
  index,
}: {
  report: Pick<ReportDocument, 'terms' | 'glossary' | 'bodyGlossary'>;
  index: GlossaryIndex;
}): PageAnalysis['terms'] {
  const appendix = new Map(report.glossary.map((g) => [g.term, g]));
  const body = new Map((report.bodyGlossary ?? []).map((b) => [b.term, b]));
  return report.terms.map((use) => {
    const explanations: Explanation[] = [];
    const add = (e: Explanation) => {
      if (!explanations.some((x) => x.definition === e.definition)) explanations.push(e);
    };
    const own = appendix.get(use.term);
    if (own) add({ source: 'report', definition: own.definition });
    else if (use.source === 'report' && use.definition) add({ source: 'report', definition: use.definition });
    const inBody = body.get(use.term);
    if (inBody) add({ source: 'body', definition: inBody.definition, start: inBody.start, end: inBody.end });
    else if (use.source === 'body' && use.definition) add({ source: 'body', definition: use.definition });
    // The report's own term in a known spelling (双减政策 for 双减): the known entry's explanations follow.
    // (Unexplained slogans in a known spelling were folded into the known term by annotateTerms.)
    const known = index.explanations.has(use.term) || use.source === 'none' ? use.term : knownSpelling(index, use.term)?.term;
    for (const e of (known && index.explanations.get(known)) || []) add(e);
    return {
      term: use.term,
      patterns: termPatterns(index, use.term),
      explanations: explanations.slice(0, 5),
      firstSentence: use.sentence,
    };
  });
}

/** Each inline footnote marker ([3]) with the 注释 entry of that number. */
export function footnotesFor({ report, footnotes }: { report: ReportDocument; footnotes: FootnoteMarker[] }): PageAnalysis['footnotes'] {
  const byNumber = new Map(report.glossary.filter((g) => g.number !== null).map((g) => [g.number!, g]));
  return footnotes.flatMap((f) => {
    const entry = byNumber.get(f.number);
    return entry ? [{ start: f.start, end: f.end, number: f.number, term: entry.term, definition: entry.definition }] : [];
  });
}

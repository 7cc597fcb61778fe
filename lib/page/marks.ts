/**
 * From the background's analysis to what is drawn and hoverable in the page: ranges for the term
 * and figure highlights, and hover targets with their tooltip content. Matched a line block at a
 * time, pausing between blocks, so a long article never blocks the page.
 *
 * Two matchers: the spellings any user would see marked (painted, and hoverable), and the
 * spellings only the user's own glossary knows (hoverable only). Keeping them apart means the
 * painted ranges — readable by page scripts through `CSS.highlights` — are exactly what they would
 * be without the user's terms, including which overlapping match wins.
 */
import { TermMatcher } from '../glossary/matcher.ts';
import type { ArticleText } from '../report/article.ts';
import type { PageAnalysis } from '../messages.ts';
import { rangeForSpan } from './ranges.ts';
import type { HoverTarget } from './hover.ts';
import type { TooltipContent } from './tooltip.ts';
import { LIMITS } from '../limits.ts';

export interface Marks {
  terms: Range[];
  figures: Range[];
  targets: HoverTarget[];
}

function matcherOf(lists: { term: number; patterns: string[] }[]): { matcher: TermMatcher; termOf: number[] } | null {
  const patterns: string[] = [];
  const termOf: number[] = [];
  for (const { term, patterns: list } of lists) {
    for (const p of list) {
      patterns.push(p);
      termOf.push(term);
    }
  }
  return patterns.length > 0 ? { matcher: TermMatcher.build(patterns), termOf } : null;
}

export async function buildMarks({
  doc,
  article,
  analysis,
  pause,
}: {
  doc: Document;
  article: ArticleText;
  analysis: PageAnalysis;
  pause: () => Promise<void>;
}): Promise<Marks> {
  const userDefined = new Set(analysis.userTerms.map((u) => u.term));
  const contentOf = (i: number): TooltipContent => {
    const t = analysis.terms[i]!;
    return { term: t.term, explanations: t.explanations, firstSentence: t.firstSentence, userDefined: userDefined.has(i) };
  };
  const painted = matcherOf(analysis.terms.map((t, term) => ({ term, patterns: t.patterns })));
  const hoverOnly = matcherOf(analysis.userTerms);
  const marks: Marks = { terms: [], figures: [], targets: [] };
  const text = article.text;
  let sliceStart = performance.now();
  const maybePause = async () => {
    if (performance.now() - sliceStart > LIMITS.pageSliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  };
  // Terms never cross a line, so the text is matched a line block at a time, pausing in between.
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', Math.min(text.length, from + LIMITS.matchBlockChars));
    if (to < 0) to = text.length;
    for (const [found, paint] of [
      [painted, true],
      [hoverOnly, false],
    ] as const) {
      for (const m of found?.matcher.findAll(text, from, to) ?? []) {
        const range = rangeForSpan(doc, article.map, m.start, m.end);
        if (!range) continue;
        if (paint) marks.terms.push(range);
        marks.targets.push({ range, content: contentOf(found!.termOf[m.pattern]!) });
      }
    }
    from = to + 1;
    await maybePause();
  }
  for (const f of analysis.footnotes) {
    const range = rangeForSpan(doc, article.map, f.start, f.end);
    if (!range) continue;
    marks.terms.push(range);
    marks.targets.push({
      range,
      content: { term: f.term, explanations: [{ source: 'report', definition: f.definition }], footnote: f.number },
    });
  }
  for (const f of analysis.figures) {
    const range = rangeForSpan(doc, article.map, f.start, f.end);
    if (range) marks.figures.push(range);
    await maybePause();
  }
  return marks;
}

/**
 * Completes a report's `terms` with the user's and the built-in glossary: the parser finds the
 * report's own glossary terms and its slogans; this adds every known term the text uses and
 * explains slogans the report left unexplained. Precedence: report > user > built-in.
 */
import type { ReportDocument, TermUse } from '../report/types.ts';
import { sentenceAround } from '../report/terms.ts';
import { isAppendixTitle } from '../report/outline.ts';
import type { GlossaryIndex } from './index.ts';
import { LIMITS } from '../limits.ts';

export function annotateTerms({ report, text, index }: { report: ReportDocument; text: string; index: GlossaryIndex }): ReportDocument {
  if (!report.isReport) return report;
  const appendix = report.outline.find((o) => isAppendixTitle(o.title));
  const bodyEnd = appendix ? appendix.start : text.length;
  const byTerm = new Map<string, TermUse>(report.terms.map((t) => [t.term, { ...t }]));

  const found = new Map<string, { count: number; first: number; source: 'user' | 'builtin'; definition: string }>();
  for (const m of index.matcher.findAll(text, 0, bodyEnd)) {
    const entry = index.entryOfPattern[m.pattern]!;
    const use = found.get(entry.term);
    if (use) use.count++;
    else found.set(entry.term, { count: 1, first: m.start, source: entry.source, definition: entry.definition });
  }
  for (const [term, use] of found) {
    const existing = byTerm.get(term);
    if (existing?.source === 'report') continue;
    if (existing) {
      // A slogan the report left unexplained (or explained by a lower source): the glossary explains it.
      if (existing.source === 'none' || (existing.source === 'builtin' && use.source === 'user')) {
        existing.source = use.source;
        existing.definition = use.definition;
      }
      continue;
    }
    byTerm.set(term, {
      term,
      count: use.count,
      source: use.source,
      definition: use.definition,
      first: use.first,
      sentence: sentenceAround(text, use.first),
    });
  }
  // A slogan the report quotes in another spelling of a known term (十件实事 for 民生实事 …) is explained by it.
  for (const use of byTerm.values()) {
    if (use.source !== 'none') continue;
    const known = knownSpelling(index, use.term);
    if (known) {
      use.source = known.source;
      use.definition = known.definition;
    }
  }
  // Unexplained slogans that a known term contains (“四为四高两同步” known, slogan 四为) stay unexplained:
  // a wrong explanation is worse than none.
  const terms = [...byTerm.values()].sort((a, b) => a.first - b.first).slice(0, LIMITS.maxTermsPerReport);
  return { ...report, terms };
}

/** The user's or built-in entry that `spelling` is the term or a variant of. */
function knownSpelling(index: GlossaryIndex, spelling: string): { source: 'user' | 'builtin'; definition: string } | null {
  const found = index.matcher.findAll(spelling);
  const only = found.length === 1 ? found[0]! : null;
  if (only?.start !== 0 || only.end !== spelling.length) return null;
  const entry = index.entryOfPattern[only.pattern]!;
  return { source: entry.source, definition: entry.definition };
}

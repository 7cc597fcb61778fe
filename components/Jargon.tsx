/**
 * "This page": the report's jargon, each term linked to its first use in the page, with the best
 * explanation — the report's own (a body explanation links to its passage), the user's, another
 * saved report's (with the report it comes from and a link to it), the built-in glossary's — or,
 * for a term nobody explains, its first use and a way to explain it.
 */
import type { TabState } from '../lib/messages.ts';
import type { ReportDocument, TermUse } from '../lib/report/types.ts';
import { libraryExplanations, readerReport, type LibraryExplanation } from '../lib/library/explanations.ts';
import { usePanel } from './context.ts';
import { useLiveQuery } from './hooks.ts';
import { SourceBadge } from './SourceBadge.tsx';
import { FromLibrary } from './LibraryExplanation.tsx';

export function Jargon({ report, tab }: { report: ReportDocument; tab: TabState }) {
  const { t, db } = usePanel();
  const terms = report.terms;
  const library = useLiveQuery(
    async () =>
      libraryExplanations(db, {
        terms: terms.map((u) => u.term),
        reader: await readerReport(db, { reportId: tab.reportId, report, url: tab.url }),
      }),
    [tab.reportId, tab.url, report],
  );
  if (terms.length === 0) return null;
  const fromLibrary = library.status === 'ready' ? library.value : new Map<string, LibraryExplanation[]>();
  const passages = new Map((report.bodyGlossary ?? []).map((b) => [b.term, b]));
  return (
    <section data-testid="jargon">
      <h3>{t.jargon}</h3>
      <ul class="terms">
        {terms.map((u) => (
          <TermItem
            key={u.term}
            use={u}
            // The library ranks after the report's own explanations and the user's, before the built-in glossary.
            library={u.source === 'none' || u.source === 'builtin' ? fromLibrary.get(u.term) : undefined}
            passage={u.source === 'body' ? passages.get(u.term) : undefined}
          />
        ))}
      </ul>
    </section>
  );
}

function TermItem({
  use: u,
  library,
  passage,
}: {
  use: TermUse;
  library: LibraryExplanation[] | undefined;
  passage: { start: number; end: number } | undefined;
}) {
  const { t, actions, explainTerm } = usePanel();
  const best = library?.[0];
  return (
    <li>
      <button
        type="button"
        class="link term"
        lang="zh-CN"
        title={t.jumpTo}
        onClick={() => void actions.jumpTo({ start: u.first, end: u.first + u.term.length })}
      >
        {u.term}
      </button>{' '}
      {best ? <span class="badge source-library">{t.sourceLibrary}</span> : <SourceBadge source={u.source} />}{' '}
      <span class="muted">{t.uses(u.count)}</span>
      {best && <FromLibrary explanation={best} more={library.length - 1} />}
      {u.definition ? (
        <p class="definition">
          {best && <SourceBadge source={u.source} />} <span lang="zh-CN">{u.definition}</span>
          {passage && (
            <>
              {' '}
              <button type="button" class="link small" onClick={() => void actions.jumpTo({ start: passage.start, end: passage.end })}>
                {t.showExplanation}
              </button>
            </>
          )}
        </p>
      ) : (
        !best && (
          <p class="definition">
            <span class="muted" lang="zh-CN">
              {u.sentence}
            </span>{' '}
            <button type="button" class="small" onClick={() => explainTerm(u.term)}>
              {t.explain}
            </button>
          </p>
        )
      )}
    </li>
  );
}

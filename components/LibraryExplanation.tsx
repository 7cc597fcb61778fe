/**
 * An explanation from another saved report (issue 13): the report it comes from (region, year) and
 * where in it (名词解释 or body), its words, and a link that opens that report.
 */
import type { LibraryExplanation } from '../lib/library/explanations.ts';
import { usePanel } from './context.ts';

/** 柳林县 2020 年报告: the region's name is report text (never translated), the rest the panel's words. */
export function ReportLabel({ region, year }: { region: string | null; year: number | null }) {
  const { t } = usePanel();
  return (
    <>
      {region && <span lang="zh-CN">{region}</span>}
      {t.reportOfYear(year)}
    </>
  );
}

export function FromLibrary({ explanation: e, more = 0 }: { explanation: LibraryExplanation; more?: number }) {
  const { t, actions } = usePanel();
  return (
    <div class="explanation from-library" data-testid="from-library">
      <span class="badge source-library">
        <ReportLabel region={e.region} year={e.year} />
      </span>{' '}
      <span class="muted small">{t.places[e.place]}</span> <span lang="zh-CN">{e.definition}</span>{' '}
      <button type="button" class="link small" onClick={() => actions.openUrl(e.url)}>
        {t.openReport}
      </button>
      {more > 0 && <p class="muted small">{t.moreInLibrary(more)}</p>}
    </div>
  );
}

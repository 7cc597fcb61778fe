import type { StoredReport } from '../lib/library/db.ts';
import type { TabState } from '../lib/messages.ts';

export interface AppProps {
  /** Stored reports, newest first; undefined while loading. */
  reports: StoredReport[] | undefined;
  /** What the current tab holds; null when unknown. */
  tab: TabState | null;
}

export function App({ reports, tab }: AppProps) {
  return (
    <main>
      <section aria-labelledby="this-page">
        <h2 id="this-page">本页</h2>
        {tab?.status === 'report' ? (
          <p data-testid="tab-status">本页是政府工作报告{tab.reportId !== null ? '，已存入资料库' : ''}。</p>
        ) : tab?.status === 'not-report' ? (
          <p data-testid="tab-status">本页不是政府工作报告。</p>
        ) : (
          <p data-testid="tab-status">本页没有发现政府工作报告。</p>
        )}
      </section>
      <section aria-labelledby="library">
        <h2 id="library">资料库</h2>
        {reports === undefined ? (
          <p>正在读取…</p>
        ) : reports.length === 0 ? (
          <p>资料库是空的。打开一份县区政府工作报告，ReportLens 会自动收录。</p>
        ) : (
          <ul data-testid="report-list">
            {reports.map((r) => (
              <li key={r.id} aria-current={tab?.reportId === r.id ? 'page' : undefined}>
                {r.regionName ?? r.pageTitle} {r.planYear ?? ''}
                {tab?.reportId === r.id ? '（当前页）' : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

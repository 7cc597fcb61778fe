// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { App } from '../../../components/App.tsx';
import { parseReportText } from '../../../lib/report/index.ts';
import type { StoredReport } from '../../../lib/library/db.ts';
import { summarize } from '../../../lib/library/derive.ts';

afterEach(cleanup);

function stored(id: number, text: string): StoredReport {
  const { report } = parseReportText({ text, title: '政府工作报告' });
  return { id, ...summarize({ report, text, url: `http://x.gov.cn/${id}`, pageTitle: `报告${id}`, now: id }) };
}

describe('App (skeleton)', () => {
  it('says the library is empty and how to fill it', () => {
    render(<App reports={[]} tab={null} />);
    expect(screen.getByText(/资料库是空的/)).toBeTruthy();
  });

  it('lists reports and marks the one the current tab shows', () => {
    const reports = [stored(2, '各位代表：……'), stored(1, '各位代表：……')];
    render(<App reports={reports} tab={{ tabId: 5, url: 'http://x.gov.cn/1', status: 'report', detection: null, reportId: 1, frameId: 0, unsaved: null, saveError: null, pages: null, textRange: null }} />);
    const items = screen.getByTestId('report-list').querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[1]!.getAttribute('aria-current')).toBe('page');
    expect(items[0]!.getAttribute('aria-current')).toBeNull();
  });
});

// @vitest-environment happy-dom
/**
 * The reader's bar in both languages: every status and every reason a file is not shown, worded
 * in the panel's language — in English with no Chinese outside the file's own title.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { ReaderBar } from '../../../components/ReaderBar.tsx';
import type { ReaderStatus } from '../../../lib/reader/session.ts';
import type { ReaderFailure } from '../../../lib/reader/load.ts';
import { READER_SAVES } from '../../../lib/messages.ts';

afterEach(cleanup);

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const URL_PDF = 'http://www.a.gov.cn/f/2022.pdf';
const file = { url: URL_PDF, kind: 'pdf' as const, title: '青岚县2022年政府工作报告', pages: 12 };
const FAILURES: ReaderFailure[] = [
  { reason: 'not-a-file' },
  { reason: 'http', status: 404 },
  { reason: 'network', message: 'Failed to fetch' },
  { reason: 'too-large', bytes: 80_000_000, limit: 60_000_000 },
  { reason: 'unsupported', message: 'legacy' },
  { reason: 'unreadable', message: 'x', cause: 'no-text' },
  { reason: 'unreadable', message: 'x', cause: 'encrypted' },
  { reason: 'off-site', url: 'http://evil.example.com/a.pdf' },
];
const STATUSES: (ReaderStatus | { phase: 'no-file' })[] = [
  { phase: 'no-file' },
  { phase: 'loading' },
  { phase: 'extracting' },
  ...FAILURES.map((failure) => ({ phase: 'failed' as const, failure })),
  ...[...READER_SAVES, 'refused' as const, null].map((save) => ({ phase: 'shown' as const, file, save })),
];

/** The bar's own words: everything but what is marked as the file's (lang="zh-CN"). */
function chrome(root: Element): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('[lang="zh-CN"]')) el.remove();
  return copy.textContent ?? '';
}

describe('the reader’s bar', () => {
  it('speaks English in English: every status, every failure', () => {
    for (const status of STATUSES) {
      const { container } = render(<ReaderBar status={status} lang="en" url={URL_PDF} />);
      const text = chrome(container);
      expect(text.trim(), JSON.stringify(status)).not.toBe('');
      expect(CJK.test(text), `${JSON.stringify(status)}: ${text}`).toBe(false);
      cleanup();
    }
  });

  it('names the reason: a dead link, a web page, a site outside gov.cn that cannot be reached', () => {
    const line = (failure: ReaderFailure, url = URL_PDF, lang: 'zh' | 'en' = 'zh') => {
      const { getByTestId } = render(<ReaderBar status={{ phase: 'failed', failure }} lang={lang} url={url} />);
      const text = getByTestId('reader-error').textContent;
      cleanup();
      return text;
    };
    expect(line({ reason: 'http', status: 404 })).toContain('HTTP 404（页面不存在）');
    expect(line({ reason: 'http', status: 404 }, URL_PDF, 'en')).toContain('HTTP 404 (not found)');
    expect(line({ reason: 'not-a-file' })).toContain('这个地址是网页');
    expect(line({ reason: 'network', message: 'Failed to fetch' }, 'https://example.com/r.pdf', 'en')).toContain(
      'downloads files from *.gov.cn sites only',
    );
    expect(line({ reason: 'network', message: 'Failed to fetch' })).toContain('无法连接网站');
  });

  it('shows the file’s title as the file’s words, with where it came from', () => {
    const { getByTestId, getByRole } = render(<ReaderBar status={{ phase: 'shown', file, save: 'saved' }} lang="en" url={URL_PDF} />);
    expect(getByTestId('reader-title').getAttribute('lang')).toBe('zh-CN');
    expect(getByRole('link').getAttribute('href')).toBe(URL_PDF);
    expect(getByTestId('reader-save').textContent).toBe('Saved in the library.');
  });
});

/**
 * The reader's bar above the article: what file it is (its name, kind, pages, a link to the
 * original), what is happening (downloading, extracting) and what became of it in the library —
 * or, when the file could not be shown, why, in the user's language.
 */
import type { Lang } from '../lib/format.ts';
import { harvestStrings } from '../lib/i18n.ts';
import type { ReaderStatus } from '../lib/reader/session.ts';
import type { ReaderFailure } from '../lib/reader/load.ts';
import { hostOf, isGovHost } from '../lib/web-url.ts';

export function ReaderBar({ status, lang, url }: { status: ReaderStatus | { phase: 'no-file' }; lang: Lang; url: string | null }) {
  const h = harvestStrings(lang);
  return (
    <div class="reader-bar">
      <p class="reader-name">{h.readerTitle}</p>
      <StatusLine status={status} lang={lang} url={url} />
    </div>
  );
}

function StatusLine({ status, lang, url }: { status: ReaderStatus | { phase: 'no-file' }; lang: Lang; url: string | null }) {
  const h = harvestStrings(lang);
  switch (status.phase) {
    case 'no-file':
      return (
        <p role="alert" class="error" data-testid="reader-error">
          {h.readerNoFile}
        </p>
      );
    case 'loading':
      return <p role="status">{h.readerLoading}</p>;
    case 'extracting':
      return <p role="status">{h.readerExtracting}</p>;
    case 'failed':
      return (
        <p role="alert" class="error" data-testid="reader-error">
          {failureText(status.failure, lang, url)}
        </p>
      );
    case 'shown': {
      const { file, save } = status;
      return (
        <>
          <h1 lang="zh-CN" data-testid="reader-title">
            {file.title}
          </h1>
          <p class="small">
            <span class="badge">{h.kinds[file.kind]}</span> {h.readerPages(file.pages)} ·{' '}
            <a href={file.url} rel="noreferrer">
              {h.readerOriginal}
            </a>
          </p>
          {save !== null && (
            <p role="status" data-testid="reader-save" data-save={save} class={save === 'saved' || save === 'copy' ? 'ok' : 'muted'}>
              {h.readerSaves[save]}
            </p>
          )}
        </>
      );
    }
  }
}

/** Why the file is not shown; a site outside *.gov.cn that cannot be reached is most likely one ReportLens may not read. */
export function failureText(failure: ReaderFailure, lang: Lang, url: string | null): string {
  const h = harvestStrings(lang);
  if (failure.reason === 'not-a-file') return h.readerNotAFile;
  const host = url ? hostOf(url) : null;
  if (failure.reason === 'network' && host && !isGovHost(host)) return h.readerOffGov(host);
  return h.readerFailed(h.failure(failure));
}

/**
 * The reader's own address: reader.html?url=<the file's address>. The parameter is only a
 * suggestion of what to fetch (any extension page could have opened it): only web addresses are
 * taken, and what is saved is credited to the address the file actually came from.
 */
import { isWebUrl } from '../web-url.ts';
import { fileKindOfLink } from '../harvest/urls.ts';

export const READER_PAGE = '/reader.html';

/** The reader's path inside the extension for a file's address. */
export function readerPath(fileUrl: string): `${typeof READER_PAGE}?url=${string}` {
  return `${READER_PAGE}?url=${encodeURIComponent(fileUrl)}`;
}

/** The file the reader was asked to open (its `?url=`), or null when there is none or it is not a web address. */
export function fileUrlOf(search: string): string | null {
  const url = new URLSearchParams(search).get('url');
  return url && isWebUrl(url) ? url : null;
}

/**
 * Links the right-click entry is offered on: addresses ending in a PDF or Word name (match
 * patterns cover the path and query, so a `?t=…` cache-buster is allowed; patterns are
 * case-sensitive, hence both spellings). A download.jsp?id=… link names nothing and gets no entry.
 */
export const READER_LINK_PATTERNS = ['pdf', 'PDF', 'docx', 'DOCX', 'doc', 'DOC'].flatMap((ext) => [`*://*/*.${ext}`, `*://*/*.${ext}?*`]);

/** The file a tab shows, if its address names a PDF or Word file (the toolbar button then opens the reader); else null. */
export function readerFileOf(url: string | undefined): string | null {
  if (!url || !isWebUrl(url)) return null;
  const kind = fileKindOfLink(url, '');
  return kind === 'pdf' || kind === 'docx' || kind === 'doc' ? url : null;
}

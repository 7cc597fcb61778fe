/**
 * The reader's own address: reader.html?url=<the file's address>. The parameter is only a
 * suggestion of what to fetch (any extension page could have opened it): only web addresses are
 * taken, and what is saved is credited to the address the file actually came from.
 */
import { isWebUrl } from '../web-url.ts';

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

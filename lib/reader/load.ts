/**
 * The reader's file: fetched (same limits and same-site redirects as a harvest), its kind taken
 * from its first bytes (a .doc link may serve a .docx, download.jsp?id=… names nothing), its text
 * extracted by lib/filetext — pdf.js and mammoth loaded only now.
 */
import { fileKindOfBytes, type DocumentFileKind } from '../filetext/index.ts';
import { fetchResource } from '../harvest/fetch.ts';
import { fileTextFailure } from '../harvest/read.ts';
import type { HarvestEnvironment, HarvestFailure } from '../harvest/types.ts';
import { fileKindOfLink } from '../harvest/urls.ts';
import { LIMITS } from '../limits.ts';

/** Why the reader shows no text: a harvest's reasons, or an address that serves a web page. */
export type ReaderFailure = HarvestFailure | { reason: 'not-a-file' };

export type LoadedFile =
  | { ok: true; url: string; kind: DocumentFileKind; text: string; title: string | null; pages: number }
  | { ok: false; failure: ReaderFailure };

/** The kind of a fetched file: its bytes first, then (bytes unknown) what its address says, unless the server calls it a page. */
function kindOf({ bytes, contentType, url }: { bytes: Uint8Array; contentType: string | null; url: string }): DocumentFileKind | null {
  const byBytes = fileKindOfBytes(bytes);
  if (byBytes) return byBytes;
  if (/html|^text\//i.test(contentType ?? '')) return null;
  const byUrl = fileKindOfLink(url, '');
  return byUrl === 'html' ? null : byUrl;
}

export async function loadReportFile({
  url,
  fetch,
  readFile,
  onExtracting,
}: {
  url: string;
  fetch: typeof globalThis.fetch;
  readFile: HarvestEnvironment['readFile'];
  /** Called when the file is in and its text is being extracted. */
  onExtracting?: () => void;
}): Promise<LoadedFile> {
  const fetched = await fetchResource({ fetch, url, limit: LIMITS.maxFetchedFileBytes });
  if (!fetched.ok) return fetched;
  const kind = kindOf(fetched);
  if (!kind) return { ok: false, failure: { reason: 'not-a-file' } };
  onExtracting?.();
  try {
    const file = await readFile({ kind, data: fetched.bytes });
    return { ok: true, url: fetched.url, kind: file.kind, text: file.text, title: file.title, pages: file.pages };
  } catch (error) {
    return { ok: false, failure: fileTextFailure(error) };
  }
}

/**
 * The reader page read a PDF or Word file and sends its text: it is analysed and saved by the same
 * path as a browsed page's text (page-text.ts, the one writer of pages' reports), as the report of
 * the reader's tab, at the file's address. The reply adds what became of it in the library, which
 * the reader shows.
 */
import type { ReaderText, ReaderTextReply } from '../messages.ts';
import type { SaveOutcome } from '../library/save.ts';
import { handlePageText, type PageDeps } from './page-text.ts';

export async function handleReaderText(deps: PageDeps, tabId: number, message: ReaderText): Promise<ReaderTextReply> {
  let outcome: SaveOutcome | null = null;
  const reply = await handlePageText(
    deps,
    { tabId, frameId: 0, url: message.url },
    { type: 'page/text', title: message.title, text: message.text, reportLinks: 0, pageLinks: [] },
    {
      file: { kind: message.fileKind, fetchedAt: message.fetchedAt },
      onSaved: (saved) => {
        outcome = saved;
      },
    },
  );
  if (!reply.ok) return reply;
  // The page's reply comes before its save (page-text.ts); the reader shows what the save did.
  await deps.work.settled(tabId);
  return { ok: true, analysis: reply.analysis, save: saveOf(reply.analysis.detection.isReport, outcome) };
}

function saveOf(isReport: boolean, outcome: SaveOutcome | null): Extract<ReaderTextReply, { ok: true }>['save'] {
  if (!isReport) return 'not-report';
  if (!outcome || outcome.status === 'deferred') return 'not-saved';
  if (outcome.status === 'created' || outcome.status === 'updated' || outcome.status === 'partial')
    return outcome.mirrorOf !== null ? 'copy' : 'saved';
  return 'already';
}

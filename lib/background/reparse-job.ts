/**
 * When the parser improves (PARSER_VERSION rises), the background re-parses the stored reports
 * from their texts at start-up, in chunks, writing its progress to storage.session for the side
 * panel's progress bar. If the worker stops half way, the next start carries on (only reports
 * with an older parser version are taken).
 */
import { reparseReports } from '../library/reparse.ts';
import { analyzeText } from '../analyze.ts';
import { builtinIndex } from '../glossary/builtin-index.ts';
import { PARSER_VERSION } from '../report/index.ts';
import { REPARSE_PROGRESS_KEY } from '../messages.ts';
import type { LibraryDb } from '../library/db.ts';
import type { SessionArea } from './deps.ts';

let running: Promise<number> | null = null;

/** Re-parses every report stored by an older parser; resolves to how many. One run at a time. */
export function reparseOutdated({
  db,
  session,
  parserVersion = PARSER_VERSION,
  pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
}: {
  db: LibraryDb;
  session: SessionArea;
  parserVersion?: number;
  pause?: () => Promise<void>;
}): Promise<number> {
  running ??= (async () => {
    const index = builtinIndex(await db.userTerms.toArray());
    return reparseReports(db, {
      parserVersion,
      parse: ({ text, pageTitle, url }) => analyzeText({ text, title: pageTitle, url, index }).parsed.report,
      onProgress: (done, total) => session.set({ [REPARSE_PROGRESS_KEY]: { done, total } }),
      pause,
    });
  })().finally(() => {
    running = null;
    void session.remove(REPARSE_PROGRESS_KEY).catch(() => {});
  });
  return running;
}

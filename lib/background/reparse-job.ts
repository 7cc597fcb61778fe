/**
 * When the parser improves (PARSER_VERSION rises), the background re-parses the stored reports
 * from their texts at start-up, in chunks, writing its progress to storage.session for the side
 * panel's progress bar. If the worker stops half way, the next start carries on (only reports
 * with an older parser version are taken). The same job runs after the panel imported a backup
 * (its documents may come from an older parser, stored before regions were resolved).
 *
 * Each report goes through what a page goes through (lib/analyze.ts): parser, glossary and region
 * resolution with the report's stored address and page title, and the user's remembered choice of
 * place for its site (lib/region/choices.ts).
 */
import { reparseReports } from '../library/reparse.ts';
import { analyzeText } from '../analyze.ts';
import { builtinIndex } from '../glossary/builtin-index.ts';
import { PARSER_VERSION } from '../report/index.ts';
import { REPARSE_PROGRESS_KEY } from '../messages.ts';
import { readRegionChoices } from '../region/choices.ts';
import type { LibraryDb } from '../library/db.ts';
import type { SessionArea } from './deps.ts';

let running: Promise<number> | null = null;
/** Asked again while running: the run's list of reports was taken before what was asked for was stored. */
let again = false;

/**
 * Re-parses every report stored by an older parser; resolves to how many. One run at a time; a
 * request during a run makes one more run after it (the request's reports may be newer than the
 * run's list), and both requests resolve when that one ends.
 */
export function reparseOutdated({
  db,
  session,
  local,
  parserVersion = PARSER_VERSION,
  pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
}: {
  db: LibraryDb;
  session: SessionArea;
  /** storage.local, for the user's region choices. */
  local: SessionArea;
  parserVersion?: number;
  pause?: () => Promise<void>;
}): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  const once = async () => {
    const index = builtinIndex(await db.userTerms.toArray());
    const regionChoices = await readRegionChoices(local).catch(() => ({}));
    return reparseReports(db, {
      parserVersion,
      parse: ({ text, pageTitle, url }) => analyzeText({ text, title: pageTitle, url, index, regionChoices }).parsed.report,
      onProgress: (done, total) => session.set({ [REPARSE_PROGRESS_KEY]: { done, total } }),
      pause,
    });
  };
  running = (async () => {
    let done = await once();
    while (again) {
      again = false;
      done += await once();
    }
    return done;
  })().finally(() => {
    running = null;
    again = false;
    void session.remove(REPARSE_PROGRESS_KEY).catch(() => {});
  });
  return running;
}

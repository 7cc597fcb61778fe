/**
 * The reader in one page: fetch the file, extract its text, show it as paragraphs of text, then
 * let lib/page's PageSession mark, explain and jump in it exactly as the content script does on an
 * HTML report — its text going to the background as the reader's own message, so the report is
 * analysed and saved by the background's one save path, as the report of the reader's tab.
 */
import { PageSession, type PageSettings, type PageTimers } from '../page/session.ts';
import type { HarvestEnvironment } from '../harvest/types.ts';
import type { DefinitionReply, PageTextReply, ReaderText, ReaderTextReply } from '../messages.ts';
import { loadReportFile, type ReaderFailure } from './load.ts';
import { fileTitle, renderArticle } from './article.ts';

/** What the reader shows above the article. */
export type ReaderStatus =
  | { phase: 'loading' }
  | { phase: 'extracting' }
  | { phase: 'failed'; failure: ReaderFailure }
  | {
      phase: 'shown';
      file: { url: string; kind: ReaderText['fileKind']; title: string; pages: number };
      /** What became of it in the library; null while the background analyses it, 'refused' when it would not. */
      save: Extract<ReaderTextReply, { ok: true }>['save'] | 'refused' | null;
    };

/** What the reader needs from the extension (the reader page passes browser APIs; tests pass fakes). */
export interface ReaderPort {
  fetch: typeof globalThis.fetch;
  readFile: HarvestEnvironment['readFile'];
  /** Sends the file's text to the background; its validated reply, or null without one. */
  analyze(message: ReaderText): Promise<ReaderTextReply | null>;
  /** What the user's own data (their terms, their library) says of a term, on a real hover. */
  ownExplanations(term: string): Promise<DefinitionReply | null>;
  explain(term: string): void;
  now(): number;
}

export interface OpenedReader {
  /** The PageSession over the article, once it is shown (jump-to-source, analyse again). */
  session: PageSession | null;
}

export async function openReader({
  doc,
  win,
  root,
  url,
  port,
  timers,
  settings,
  trusted,
  onStatus,
}: {
  doc: Document;
  win: Window;
  /** The element the article goes into (the reader's chrome stays outside it). */
  root: HTMLElement;
  url: string;
  port: ReaderPort;
  timers: PageTimers;
  settings: () => Promise<PageSettings>;
  /** Tests only: which events count as the user's. */
  trusted?: (event: Event) => boolean;
  onStatus: (status: ReaderStatus) => void;
}): Promise<OpenedReader> {
  onStatus({ phase: 'loading' });
  const loaded = await loadReportFile({
    url,
    fetch: port.fetch,
    readFile: port.readFile,
    onExtracting: () => onStatus({ phase: 'extracting' }),
  });
  if (!loaded.ok) {
    onStatus({ phase: 'failed', failure: loaded.failure });
    return { session: null };
  }
  const fetchedAt = port.now();
  const title = fileTitle(loaded);
  const file = { url: loaded.url, kind: loaded.kind, title, pages: loaded.pages };
  doc.title = title;
  renderArticle({ doc, root, text: loaded.text });
  onStatus({ phase: 'shown', file, save: null });
  const session = new PageSession({
    doc,
    win,
    timers,
    trusted,
    // The reader's own page: the user opened it, so a site they turned off is read too.
    settings: async () => ({ ...(await settings()), off: false }),
    articleRoot: () => root,
    port: {
      analyze: async (message): Promise<PageTextReply | null> => {
        const reply = await port.analyze({
          type: 'reader/text',
          url: loaded.url,
          fileKind: loaded.kind,
          title,
          text: message.text,
          fetchedAt,
        });
        onStatus({ phase: 'shown', file, save: reply?.ok ? reply.save : 'refused' });
        return reply?.ok ? { ok: true, analysis: reply.analysis } : reply;
      },
      ownExplanations: port.ownExplanations,
      explain: port.explain,
    },
  });
  await session.analyze({ userAsked: true });
  return { session };
}

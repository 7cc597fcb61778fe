/**
 * Reports split over pages (…_1.shtml, …_2.shtml) put back together as the pages are read: the
 * texts of an article's pages read so far are kept in storage.session (`pages:<first page URL>`)
 * and combined in page order. Each set is owned by the tabs that showed one of its pages; it is
 * removed when its last tab closes or moves to another article, when the article is complete and
 * saved, or — oldest first — when all sets together exceed LIMITS.maxSessionPageChars.
 */
import { combinePages, pageOf } from '../report/pages.ts';
import { LIMITS } from '../limits.ts';
import type { SessionArea } from './deps.ts';

const setKey = (base: string) => `pages:${base}`;
const INDEX_KEY = 'pageSetIndex';

interface PageSet {
  texts: Record<number, string>;
  known: number;
}

interface IndexEntry {
  owners: number[];
  chars: number;
  touchedAt: number;
}

type Index = Record<string, IndexEntry>;

export interface AssembledText {
  /** The text to parse: the pages read so far, in order (or the page's own text). */
  text: string;
  /** The URL to save it under: the first page's (or the page's own). */
  url: string;
  /** Where this page's text starts in `text`. */
  pageStart: number;
  /** For a split article: the pages its pager names and the pages read. */
  pages: { known: number; read: number } | null;
  /** This page was not among the pages read before. */
  grew: boolean;
}

export class PageSets {
  private readonly session: SessionArea;
  private readonly now: () => number;

  constructor({ session, now }: { session: SessionArea; now: () => number }) {
    this.session = session;
    this.now = now;
  }

  /** Adds a page's text (from `tabId`, at `url`) and returns what to parse. */
  async add({ tabId, url, text, pageLinks }: { tabId: number; url: string; text: string; pageLinks: string[] }): Promise<AssembledText> {
    const page = pageOf(url);
    const siblings = pageLinks.flatMap((l) => {
      const p = pageOf(l);
      return p && page && p.base === page.base ? [p.index] : [];
    });
    if (!page || (page.index === 0 && siblings.length === 0)) {
      await this.release(tabId);
      return { text, url, pageStart: 0, pages: null, grew: false };
    }
    const saved = (await this.get<PageSet>(setKey(page.base))) ?? { texts: {}, known: 1 };
    const grew = !(page.index in saved.texts);
    const texts = { ...saved.texts, [page.index]: text };
    const known = Math.max(saved.known, new Set([page.index, ...siblings]).size, Object.keys(texts).length);
    const combined = combinePages(texts);
    await this.release(tabId, page.base);
    if (combined.text.length <= LIMITS.maxSessionTextChars) await this.keep({ base: page.base, set: { texts, known }, tabId });
    return {
      text: combined.text,
      url: page.base,
      pageStart: combined.starts.get(page.index)!,
      pages: { known, read: Object.keys(texts).length },
      grew,
    };
  }

  /** The article is complete and saved: its page texts are no longer needed. */
  async complete(url: string): Promise<void> {
    const base = pageOf(url)?.base;
    if (base) await this.drop([base]);
  }

  /** A tab no longer shows a page of these articles (all but `keep`): sets left without a tab go. */
  async release(tabId: number, keep?: string): Promise<void> {
    const index = await this.index();
    const orphans: string[] = [];
    let changed = false;
    for (const [base, entry] of Object.entries(index)) {
      if (base === keep || !entry.owners.includes(tabId)) continue;
      entry.owners = entry.owners.filter((id) => id !== tabId);
      changed = true;
      if (entry.owners.length === 0) orphans.push(base);
    }
    if (orphans.length > 0) await this.drop(orphans);
    else if (changed) await this.session.set({ [INDEX_KEY]: index });
  }

  /** Drops every set no tab but `except` needs (the store is full). */
  async evictAll({ except }: { except: number }): Promise<void> {
    const index = await this.index();
    await this.drop(Object.keys(index).filter((base) => !index[base]!.owners.includes(except)));
  }

  private async keep({ base, set, tabId }: { base: string; set: PageSet; tabId: number }): Promise<void> {
    const index = await this.index();
    const entry = index[base] ?? { owners: [], chars: 0, touchedAt: 0 };
    const chars = Object.values(set.texts).reduce((n, t) => n + t.length, 0);
    index[base] = { owners: [...new Set([...entry.owners, tabId])], chars, touchedAt: this.now() };
    // Over budget: the least recently read articles go first (never the one just read).
    const evicted: string[] = [];
    let total = Object.values(index).reduce((n, e) => n + e.chars, 0);
    for (const [other, e] of Object.entries(index).sort(([, a], [, b]) => a.touchedAt - b.touchedAt)) {
      if (total <= LIMITS.maxSessionPageChars) break;
      if (other === base) continue;
      evicted.push(other);
      total -= e.chars;
    }
    for (const b of evicted) delete index[b];
    await this.session.remove(evicted.map(setKey));
    try {
      await this.session.set({ [setKey(base)]: set, [INDEX_KEY]: index });
    } catch {
      // The store is full: this article's pages are read again when visited (its report is saved as it is).
      delete index[base];
      await this.session.remove(setKey(base));
      await this.session.set({ [INDEX_KEY]: index });
    }
  }

  private async drop(bases: string[]): Promise<void> {
    if (bases.length === 0) return;
    const index = await this.index();
    for (const b of bases) delete index[b];
    await this.session.remove(bases.map(setKey));
    await this.session.set({ [INDEX_KEY]: index });
  }

  private async index(): Promise<Index> {
    return (await this.get<Index>(INDEX_KEY)) ?? {};
  }

  private async get<T>(key: string): Promise<T | undefined> {
    return (await this.session.get(key))[key] as T | undefined;
  }
}

/**
 * What the background keeps per tab in storage.session (10 MB for the whole extension, shared
 * with the panel): the tab's state (`tab:<id>`, the panel shows it), the text of an unsaved
 * report for the Save button (`text:<id>`), a "save the next analysis" flag (`saveNext:<id>`)
 * and the time until which the panel's "analyse this page" holds (`forced:<id>`). Every entry is
 * owned by its tab and removed with it (or when the tab loads another page); the texts are
 * listed in one small index so that a full store can make room by dropping the oldest.
 */
import type { TabState } from '../messages.ts';
import { tabStateKey } from '../messages.ts';
import { LIMITS } from '../limits.ts';
import type { SessionArea } from './deps.ts';
import type { PageSets } from './split-pages.ts';

const textKey = (tabId: number) => `text:${tabId}`;
const saveNextKey = (tabId: number) => `saveNext:${tabId}`;
const forcedKey = (tabId: number) => `forced:${tabId}`;
const TEXT_INDEX_KEY = 'textIndex';

export class TabStore {
  private readonly session: SessionArea;
  private readonly pageSets: PageSets;

  constructor({ session, pageSets }: { session: SessionArea; pageSets: PageSets }) {
    this.session = session;
    this.pageSets = pageSets;
  }

  async readState(tabId: number): Promise<TabState | null> {
    return (await this.get<TabState>(tabStateKey(tabId))) ?? null;
  }

  /** Writes a tab's state; when the store is full, drops what can be re-read (page texts, saved-for-later texts) and tries once more. */
  async writeState(state: TabState): Promise<void> {
    const entry = { [tabStateKey(state.tabId)]: state };
    try {
      await this.session.set(entry);
    } catch {
      await this.makeRoom(state.tabId);
      await this.session.set(entry);
    }
  }

  /** Keeps an unsaved report's text for the Save button. False when it was too long or the store is full (Save then re-reads the page). */
  async keepText(tabId: number, text: string): Promise<boolean> {
    if (text.length > LIMITS.maxSessionTextChars) return false;
    try {
      await this.session.set({ [textKey(tabId)]: text });
      const index = (await this.get<number[]>(TEXT_INDEX_KEY)) ?? [];
      await this.session.set({ [TEXT_INDEX_KEY]: [...index.filter((id) => id !== tabId), tabId] });
      return true;
    } catch {
      await this.dropText(tabId).catch(() => {});
      return false;
    }
  }

  async readText(tabId: number): Promise<string | null> {
    return (await this.get<string>(textKey(tabId))) ?? null;
  }

  async dropText(tabId: number): Promise<void> {
    await this.session.remove(textKey(tabId));
    const index = (await this.get<number[]>(TEXT_INDEX_KEY)) ?? [];
    if (index.includes(tabId)) await this.session.set({ [TEXT_INDEX_KEY]: index.filter((id) => id !== tabId) });
  }

  async setSaveNext(tabId: number): Promise<void> {
    await this.session.set({ [saveNextKey(tabId)]: true });
  }

  /** Whether the next analysis of the tab is to be saved (the user pressed Save); clears the flag. */
  async takeSaveNext(tabId: number): Promise<boolean> {
    const flagged = (await this.get<boolean>(saveNextKey(tabId))) === true;
    if (flagged) await this.session.remove(saveNextKey(tabId));
    return flagged;
  }

  async setForced(tabId: number, until: number): Promise<void> {
    await this.session.set({ [forcedKey(tabId)]: until });
  }

  async isForced(tabId: number, now: number): Promise<boolean> {
    return ((await this.get<number>(forcedKey(tabId))) ?? 0) > now;
  }

  /** The tab loads another page: what it showed is gone (its page texts stay: the next page may be the same article's). */
  async forgetPage(tabId: number): Promise<void> {
    await this.session.remove([tabStateKey(tabId), saveNextKey(tabId), forcedKey(tabId)]);
    await this.dropText(tabId);
  }

  /** The tab was closed: everything it owned goes. */
  async forgetTab(tabId: number): Promise<void> {
    await this.forgetPage(tabId);
    await this.pageSets.release(tabId);
  }

  /** Drops page texts other tabs do not need right now, and the oldest kept texts, until a small write fits again. */
  private async makeRoom(tabId: number): Promise<void> {
    await this.pageSets.evictAll({ except: tabId });
    const index = (await this.get<number[]>(TEXT_INDEX_KEY)) ?? [];
    await this.session.remove([...index.map(textKey), TEXT_INDEX_KEY]);
  }

  private async get<T>(key: string): Promise<T | undefined> {
    return (await this.session.get(key))[key] as T | undefined;
  }
}

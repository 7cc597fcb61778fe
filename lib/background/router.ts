/**
 * The background's one message listener: who sent it decides what it may ask. A content script
 * may send its page's text, ask what the user's own data (their terms, their library) says of one
 * term on its page, and ask to explain a term; the side panel may ask about any tab, and about
 * where a report comes from (region-requests.ts). A content script's request naming a tab (jump,
 * save, analyse, a region choice) is ignored, as is anything that does not validate.
 */
import { PageRequestSchema, PanelRequestSchema, PENDING_TERM_KEY, parseMessage, type DefinitionReply } from '../messages.ts';
import { LIMITS } from '../limits.ts';
import { classifySender, type MessageSender } from './sender.ts';
import { handlePageText, type PageContext, type PageDeps } from './page-text.ts';
import { analyzeTab, jumpInTab, saveTab } from './panel-requests.ts';
import { handleRegionRequest } from './region-requests.ts';
import { bestFromLibrary } from './library-terms.ts';

export function createMessageHandler(deps: PageDeps): (raw: unknown, sender: MessageSender) => Promise<unknown> | undefined {
  return (raw, sender) => {
    const from = classifySender(sender, deps.extension);
    if (from?.kind === 'page') return fromPage(deps, from, raw);
    if (from?.kind === 'extension') return fromPanel(deps, raw);
    return undefined;
  };
}

function fromPage(deps: PageDeps, page: PageContext, raw: unknown): Promise<unknown> | undefined {
  const message = parseMessage(PageRequestSchema, raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'page/text':
      return handlePageText(deps, page, message);
    case 'term/definition':
      return ownExplanations(deps, page.tabId, message.term);
    case 'term/explain':
      // No await before opening the panel: the user's click must still count as a gesture.
      deps.ui.openPanel(page.tabId);
      return deps.session.set({ [PENDING_TERM_KEY]: message.term }).then(() => ({ ok: true }));
  }
}

function fromPanel(deps: PageDeps, raw: unknown): Promise<unknown> | undefined {
  const message = parseMessage(PanelRequestSchema, raw);
  if (!message) return handleRegionRequest(deps, raw);
  switch (message.type) {
    case 'page/jump':
      return jumpInTab(deps, message);
    case 'report/save':
      return saveTab(deps, message.tabId);
    case 'page/analyze':
      return analyzeTab(deps, message.tabId);
  }
}

/**
 * What the user's own data says of a term on the tab's page (they rest the mouse on it): their own
 * definition, and the best one the library's other reports give. Only for the terms of that page
 * the analysis named (TabState.userTerms), within a budget.
 */
async function ownExplanations(deps: PageDeps, tabId: number, term: string): Promise<DefinitionReply> {
  const state = await deps.store.readState(tabId);
  if (!state?.userTerms.includes(term)) return { definition: null };
  const budget = { key: `definition:${tabId}`, limit: LIMITS.definitionLookupsPerTabPerMinute, windowMs: LIMITS.rateWindowMs };
  if (!deps.limiter.take(budget)) return { definition: null };
  const own = await deps.db.userTerms.get(term).catch(() => undefined);
  const library = await bestFromLibrary(deps.db, state, term).catch(() => null);
  return { definition: own?.definition ?? null, ...(library ? { library } : {}) };
}

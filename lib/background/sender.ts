/**
 * Who sent a message, from what the browser says (`sender`), never from what the message says.
 * A content script speaks for one frame of one tab, at the URL the browser reports for that
 * frame; an extension page (the side panel, a test opening sidepanel.html in a tab) is recognised
 * by its URL being the extension's own. Anything else is ignored.
 */

/** The parts of runtime.MessageSender used here (Chrome and Firefox both fill them). */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type Sender = { kind: 'page'; tabId: number; frameId: number; url: string } | { kind: 'extension' };

export function classifySender(sender: MessageSender, extension: { id: string; origin: string }): Sender | null {
  if (sender.id !== extension.id || !sender.url) return null;
  if (sender.url.startsWith(extension.origin)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  return { kind: 'page', tabId, frameId: sender.frameId ?? 0, url: sender.url };
}

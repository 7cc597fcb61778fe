/**
 * The first, cheap check on every *.gov.cn page: could this page be a work report or one of its
 * near misses? Most pages of a county site (news, notices, lists) do not mention one at all, and
 * for them the content script stops here without walking the DOM.
 */
const MENTION = /工\s*作\s*报\s*告/;

export function mightBeReport(doc: Document): boolean {
  if (MENTION.test(doc.title)) return true;
  // textContent does not trigger layout (innerText would); on a 1 MB page it costs about a millisecond.
  return MENTION.test(doc.body?.textContent ?? '');
}

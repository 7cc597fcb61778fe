/**
 * The user's pointer in a page, for the Chromium tests: where a term is, and a hover that counts
 * as reading (the content script ignores a pointer racing over a term, and synthetic events).
 */
import type { Page } from 'playwright-core';

/** Where the tests' articles live: the demo CMS containers, and the reader's own article. */
const ARTICLE = '.TRS_UEDITOR, .TRS_Editor, #zoom, #UCAP-CONTENT, #contentText, #article';

/**
 * Centre of the first line of the first occurrence of `text` inside the article, scrolled into
 * view: a term may wrap, and the centre of its bounding box is then between the lines.
 */
export async function pointAt(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ needle, article }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(needle);
        if (i < 0 || !n.parentElement?.closest(article)) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + needle.length);
        n.parentElement!.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0]!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`${needle} not found`);
    },
    { needle: text, article: ARTICLE },
  );
}

/** The user's own hover: rest nearby, then move onto the term slowly enough to count as reading. */
export async function hover(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(point.x - 40, point.y + 40);
  await page.waitForTimeout(400);
  await page.mouse.move(point.x, point.y);
}

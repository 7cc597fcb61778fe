/**
 * The reader's article: the file's text as paragraphs of plain text (never HTML: a file's words
 * are untrusted). The paragraphs are the page lib/page marks and explains, exactly as on an HTML
 * report.
 */

/** One <p> per line of text, appended to `root` (emptied first). */
export function renderArticle({ doc, root, text }: { doc: Document; root: HTMLElement; text: string }): void {
  root.replaceChildren(
    ...text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const p = doc.createElement('p');
        p.textContent = line;
        return p;
      }),
  );
}

/** What to call a file: its own title (PDF metadata, a Word document's first heading), else its name in the address. */
export function fileTitle({ url, title }: { url: string; title: string | null }): string {
  if (title?.trim()) return title.trim();
  const last = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
  try {
    return decodeURIComponent(last) || new URL(url).hostname;
  } catch {
    return last || new URL(url).hostname;
  }
}

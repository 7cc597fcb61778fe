/**
 * PDF lines → paragraphs. A Chinese report wraps lines without hyphens, anywhere, even inside a
 * number (增长6. / 5%), so a line is joined to the one before unless something on the page says a
 * new paragraph starts: an indent (段首空两格), a line before it that stopped short of the right
 * edge, a wider gap, another font size. A page break alone does not end a paragraph.
 *
 * What is left to the normaliser (lib/report/normalize.ts): a paragraph cut where the layout gave
 * a false signal (a long line ending without punctuation followed by prose is joined there), page
 * numbers printed inside the text block (— 3 —), full-width digits and stray spaces.
 */
import type { PdfLine } from './pdf-lines.ts';

/** An indent wider than this share of the font size starts a paragraph (段首空两格 is two em). */
const INDENT = 0.9;
/** A line that stops more than this many em before the right edge ends its paragraph. */
const SHORT_LINE = 1.5;
/** A gap between lines this much wider than the usual line pitch separates paragraphs. */
const WIDE_GAP = 1.6;
/** Font sizes differing by more than this share are a title or heading against body text. */
const SIZE_CHANGE = 0.1;

interface PageLines {
  lines: PdfLine[];
}

export function paragraphsOf(pages: PageLines[]): string[] {
  const all = pages.flatMap((p) => p.lines);
  if (all.length === 0) return [];
  // Most lines of a text block are continuation lines at its left edge; a tenth are allowed to be
  // further left (hanging numbers) before the edge moves.
  const left = percentile(
    all.map((l) => l.x),
    0.1,
  );
  const right = percentile(
    all.map((l) => l.xEnd),
    0.9,
  );
  const pitch = median(pages.flatMap((p) => p.lines.slice(1).flatMap((l, i) => (sameSize(p.lines[i]!, l) ? [p.lines[i]!.y - l.y] : []))));

  const paragraphs: string[] = [];
  let current = '';
  let previous: PdfLine | null = null;
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const newPage = i === 0;
      if (previous && !startsParagraph({ line, previous, newPage, left, right, pitch })) {
        current += /[A-Za-z]$/.test(current) && /^[A-Za-z]/.test(line.text) ? ` ${line.text}` : line.text;
      } else {
        if (current) paragraphs.push(current);
        current = line.text;
      }
      previous = line;
    });
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function startsParagraph({
  line,
  previous,
  newPage,
  left,
  right,
  pitch,
}: {
  line: PdfLine;
  previous: PdfLine;
  newPage: boolean;
  left: number;
  right: number;
  pitch: number;
}): boolean {
  const em = line.size;
  if (!sameSize(line, previous)) return true;
  if (continuesCentredTitle({ line, previous, left, right })) return false;
  if (line.x - left > INDENT * em) return true;
  if (right - previous.xEnd > SHORT_LINE * em) return true;
  // A line centred or indented on its own (a title) keeps to itself.
  if (previous.x - left > INDENT * em && right - previous.xEnd > INDENT * em) return true;
  if (!newPage && pitch > 0 && previous.y - line.y > WIDE_GAP * pitch) return true;
  return false;
}

/** A title too long for one line: a full line without a sentence end, then a centred rest. */
function continuesCentredTitle({
  line,
  previous,
  left,
  right,
}: {
  line: PdfLine;
  previous: PdfLine;
  left: number;
  right: number;
}): boolean {
  const em = line.size;
  const full = previous.x - left < SHORT_LINE * em && right - previous.xEnd < SHORT_LINE * em;
  const centred = Math.abs(line.x - left - (right - line.xEnd)) < em;
  return full && centred && !/[。！？；：!?;:]$/.test(previous.text);
}

function sameSize(a: PdfLine, b: PdfLine): boolean {
  return Math.abs(a.size - b.size) <= SIZE_CHANGE * Math.max(a.size, b.size);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function median(values: number[]): number {
  return values.length === 0 ? 0 : percentile(values, 0.5);
}

/**
 * PDF text items → lines. pdf.js gives runs of glyphs with a position and a size, in content-stream
 * order; Chromium and WPS exports cut a line into many runs (one per font switch: a shared radical
 * glyph, a digit), so runs are grouped into lines by their baseline, then ordered by x.
 */

/** One run of text on a page, in PDF user space (y grows upwards). */
export interface PdfTextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size: the run's vertical scale. */
  size: number;
}

export interface PdfPageRuns {
  /** Page height, for the header and footer bands. */
  height: number;
  runs: PdfTextRun[];
}

/** A line of a page. */
export interface PdfLine {
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
}

/** Runs whose baselines differ by less than this share of the font size are on one line (subscripts, rounding). */
const SAME_LINE = 0.4;
/** A gap between runs wider than this share of the font size is a space between words. */
const WORD_GAP = 0.25;
/**
 * Digits far apart on one line are two numbers; close ones are one number a justified line pulled
 * apart. A space between digits decides how the normaliser reads them ("45 6" stays two numbers).
 */
const NUMBER_GAP = 1;

export function linesOfPage(page: PdfPageRuns): PdfLine[] {
  const runs = page.runs.filter((r) => r.str.trim() !== '' && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  for (const run of runs) {
    const line = groups[groups.length - 1];
    if (line && Math.abs(line[0]!.y - run.y) <= SAME_LINE * Math.min(line[0]!.size, run.size)) line.push(run);
    else groups.push([run]);
  }
  return groups.map(joinRuns);
}

function joinRuns(runs: PdfTextRun[]): PdfLine {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = runs[0]!.x;
  let size = 0;
  for (const run of runs) {
    const gap = run.x - end;
    const str = run.str.replace(/\s+/g, ' ');
    // Chinese needs no spaces, and justified lines spread their characters: only Latin words and
    // numbers far apart get one.
    if (gap > WORD_GAP * run.size && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(str)) {
      const digits = /\d$/.test(text) && /^\d/.test(str);
      if (!digits || gap > NUMBER_GAP * run.size) text += ' ';
    }
    text += str;
    end = Math.max(end, run.x + run.width);
    size = Math.max(size, run.size);
  }
  return { text: text.trim(), x: runs[0]!.x, xEnd: end, y: runs[0]!.y, size };
}

/** Page numbers as printed at a page's foot or head: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 22 页, 3/22. */
const PAGE_NUMBER = /^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?\s*(?:[/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?[-—–－\s]*$/;
/** Share of the page height at its top and bottom where running headers and footers live. */
const BAND = 0.12;

/**
 * Running headers and footers: lines in the top or bottom band that recur (digits aside, at the
 * same height) on at least two pages and a third of them, and page numbers at a page's very top
 * or bottom.
 */
export function dropRunningLines(pages: { height: number; lines: PdfLine[] }[]): PdfLine[][] {
  const inBand = (page: { height: number }, line: PdfLine) => line.y > page.height * (1 - BAND) || line.y < page.height * BAND;
  // The same words at the same place in the same size: a first-page title that repeats the
  // running header's words (政府工作报告) is set larger and lower, and stays.
  const shape = (line: PdfLine) =>
    `${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}@${Math.round(line.y / 4)}@${Math.round(line.size)}`;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set(page.lines.filter((l) => inBand(page, l)).map(shape));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const recurring = (line: PdfLine) => {
    const n = counts.get(shape(line)) ?? 0;
    return n >= 2 && n >= pages.length / 3;
  };
  return pages.map((page) =>
    page.lines.filter((line, i) => {
      if (!inBand(page, line)) return true;
      const edge = i === 0 || i === page.lines.length - 1;
      return !(recurring(line) || (edge && PAGE_NUMBER.test(line.text)));
    }),
  );
}

/**
 * Report text → normalised text for matching, with a map back to report-text offsets.
 *
 * What real county pages do to report text, and what this undoes:
 * - full-width digits and signs (８６．４％) → ASCII; years in Chinese numerals (二〇〇九年) → 2009年,
 *   character for character, so every year pattern reads them;
 * - spaces between numbers, units and Chinese (增长 6.2% , 县  长) and letter-spaced titles
 *   (政 府 工 作 报 告) → removed (kept only between two Latin letters or digits);
 * - markdown residue (**主要预期目标**) from CMS editors → removed;
 * - page breaks of PDF-to-HTML conversions that cut a sentence or a number across paragraphs
 *   (完成贫 / 困劳动力培训) → lines joined;
 * - stray date lines repeated at page ends (2022-10-06 ×8) and page numbers (— 3 —) → dropped;
 * - inline footnote markers ([1]) → removed from the text and returned separately.
 */
import { OffsetMapBuilder, lookupOffset, type OffsetMap } from './offset-map.ts';
import { LIMITS } from '../limits.ts';

import type { FootnoteMarker } from './types.ts';

export interface NormalizedText {
  text: string;
  /** Normalised offset → report-text offset. */
  map: OffsetMap<0>;
  footnotes: FootnoteMarker[];
}

const SENTENCE_END = /[。！？；：!?;:…]$/;
const HEADING_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|——|第[一二三四五六七八九十]+[部章节])/;
const STRAY_DATE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/;
const PAGE_NUMBER = /^[-—–－]\s*\d{1,3}\s*[-—–－]$/;
const FOOTNOTE = /[［[〔](\d{1,2})[］\]〕]/y;
const SPACE = /[ \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]/;
/**
 * A year written in Chinese numerals, as formal session lines and some headings print it
 * (二〇〇九年二月十八日); every year of the reports read (2000 on) holds a zero.
 */
const CHINESE_YEAR = /[一二][〇○零一二三四五六七八九]{3}(?=年)/g;
const chineseDigit = (c: string): number => ('〇○零'.includes(c) ? 0 : '一二三四五六七八九'.indexOf(c) + 1);
const ASCII_WORD = /[A-Za-z0-9]/;

interface Line {
  /** Offset of the line in the report text. */
  start: number;
  text: string;
}

export function normalizeReportText(reportText: string): NormalizedText {
  const lines = splitLines(reportText);
  const dropped = strayLines(lines);
  const out: string[] = [];
  const map = new OffsetMapBuilder<0>();
  const footnotes: FootnoteMarker[] = [];
  let length = 0;
  let previous: string | null = null; // normalised text of the previous kept line

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (dropped.has(n)) continue;
    const normalized = normalizeLine(line, footnotes);
    if (normalized.text.length === 0) continue;
    if (previous !== null) {
      if (!continuesPrevious(previous, normalized.text)) {
        out.push('\n');
        map.add(length, 0, line.start > 0 ? line.start - 1 : 0);
        length++;
        previous = '';
      }
    }
    out.push(normalized.text);
    for (let r = 0; r < normalized.runs.length; r += 3)
      map.addRun(length + normalized.runs[r]!, 0, normalized.runs[r + 1]!, normalized.runs[r + 2]!);
    length += normalized.text.length;
    previous = (previous ?? '') + normalized.text;
    if (previous.length > 200) previous = previous.slice(-200);
  }
  return { text: out.join(''), map: map.build(), footnotes };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      if (end > start && text[end - 1] === '\r') end--;
      lines.push({ start, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/** Date-only lines that occur more than once (page footers), and page-number lines. */
function strayLines(lines: Line[]): Set<number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const t = line.text.trim();
    if (STRAY_DATE.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const dropped = new Set<number>();
  lines.forEach((line, n) => {
    const t = line.text.trim();
    if (PAGE_NUMBER.test(t) || (STRAY_DATE.test(t) && (counts.get(t) ?? 0) > 1)) dropped.add(n);
  });
  return dropped;
}

/**
 * A page break cut the previous line in two when it is a long line of prose that stops without
 * punctuation, and this line does not start a heading or list item; or when a number was cut.
 */
function continuesPrevious(previous: string, next: string): boolean {
  // A number cut from its unit (国内生产总值达到74.4 / 万亿元) by a page break, as well as a number cut in two.
  if (/\d$/.test(previous) && /^(?:[.\d%‰]|万|亿)/.test(next)) return true;
  if (HEADING_START.test(next)) return false;
  // No paragraph ends on a comma.
  if (/[，,、]$/.test(previous)) return true;
  if (previous.length < LIMITS.pageBreakMinLineChars) return false;
  if (SENTENCE_END.test(previous) || /[”"』」）)]$/.test(previous)) return false;
  return /^[\u4e00-\u9fff\d，、,“]/.test(next);
}

function isWide(c: number): boolean {
  return c >= 0xff01 && c <= 0xff5e;
}

/** Full-width forms that are read as ASCII; Chinese punctuation （），：；“” keeps its meaning and stays. */
function toAscii(ch: string): string {
  const c = ch.charCodeAt(0);
  if (!isWide(c)) return ch;
  const ascii = String.fromCharCode(c - 0xfee0);
  return /[0-9A-Za-z%.+\-~&]/.test(ascii) ? ascii : ch;
}

function footnoteAt(raw: string, at: number): RegExpExecArray | null {
  FOOTNOTE.lastIndex = at;
  return FOOTNOTE.exec(raw);
}

/** Characters normalizeLine must look at; everything between them is copied as it is. */
const SPECIAL = /[ \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff*［[〔\uff01-\uff5e]/g;

/** A normalised line: its text, and runs [offset in line text, report-text offset, length]. */
interface NormalizedLine {
  text: string;
  runs: number[];
}

function normalizeLine(line: Line, footnotes: FootnoteMarker[]): NormalizedLine {
  const raw = line.text;
  let text = '';
  const runs: number[] = [];
  const emit = (piece: string, source: number) => {
    runs.push(text.length, source, piece.length);
    text += piece;
  };
  let i = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(raw); m !== null; m = SPECIAL.exec(raw)) {
    const at = m.index;
    if (at > i) emit(raw.slice(i, at), line.start + i);
    i = at + 1;
    const ch = raw[at]!;
    if (SPACE.test(ch)) {
      // Keep a space only between two Latin letters or digits ("45 6" stays two numbers, "增长 6%" closes up).
      let j = at + 1;
      while (j < raw.length && SPACE.test(raw[j]!)) j++;
      const before = text[text.length - 1];
      const after = j < raw.length ? toAscii(raw[j]!) : undefined;
      if (before && after && ASCII_WORD.test(before) && ASCII_WORD.test(after)) emit(' ', line.start + at);
      i = j;
    } else if (ch === '*') {
      // Markdown bold residue (**主要预期目标**); a lone asterisk stays.
      if (raw[at + 1] === '*') {
        let j = at + 1;
        while (raw[j] === '*') j++;
        i = j;
      } else emit(ch, line.start + at);
    } else if ((ch === '[' || ch === '［' || ch === '〔') && text.length > 0 && footnoteAt(raw, at)) {
      // An inline footnote marker ([1]) in the middle of a line; at a line's start it numbers an entry.
      const f = footnoteAt(raw, at)!;
      footnotes.push({ number: Number(f[1]), start: line.start + at, end: line.start + at + f[0].length });
      i = at + f[0].length;
    } else {
      emit(toAscii(ch), line.start + at);
    }
    SPECIAL.lastIndex = i;
  }
  if (i < raw.length) emit(raw.slice(i), line.start + i);
  // Four characters for four: the offset runs stay valid.
  if (/[〇○零]/.test(text)) text = text.replace(CHINESE_YEAR, (year) => [...year].map(chineseDigit).join(''));
  return { text, runs };
}

/** Report-text offset of the character at normalised offset `offset`. */
export function toReportStart(normalized: NormalizedText, offset: number): number {
  return lookupOffset(normalized.map, offset)?.offset ?? 0;
}

/** Report-text offset just past the character before normalised offset `end` (for ranges). */
export function toReportEnd(normalized: NormalizedText, end: number): number {
  return end <= 0 ? 0 : toReportStart(normalized, end - 1) + 1;
}

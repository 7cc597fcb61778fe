/**
 * The report's own glossary appendix (名词解释, 报告用语注释, 相关注释, 注释): numbered entries
 * "1.term:definition", "1、“term”：definition", "（1）term：definition", "[1]term：definition".
 */
import type { GlossaryEntry } from './types.ts';
import type { Part } from './outline.ts';

const ENTRY = /^(?:[（(]?(\d{1,3})[)）]?[.、．:：]?|[［[〔](\d{1,3})[］\]〕]|([①-⑳]))\s*([^:：]{1,40}?)[:：]\s*(.+)$/;
const NEW_ENTRY = /^(?:[（(]?\d{1,3}[)）]?[.、．]|[［[〔]\d{1,3}[］\]〕]|[①-⑳])/;
const QUOTES = /[“”"「」『』‘’'《》〈〉]/g;

export interface AppendixEntry extends GlossaryEntry {
  /** Offset of the entry in the normalised text. */
  start: number;
}

export function findAppendixGlossary({ text, parts }: { text: string; parts: Part[] }): AppendixEntry[] {
  const entries: AppendixEntry[] = [];
  for (const part of parts) {
    if (part.kind !== 'appendix') continue;
    let current: AppendixEntry | null = null;
    let pos = part.start;
    // Skip the heading line itself.
    pos = text.indexOf('\n', pos);
    if (pos < 0) continue;
    pos++;
    while (pos < part.end) {
      let end = text.indexOf('\n', pos);
      if (end < 0 || end > part.end) end = part.end;
      const line = text.slice(pos, end).trim();
      const m = ENTRY.exec(line);
      if (m) {
        const term = m[4]!.replace(QUOTES, '').trim();
        current = { term, definition: m[5]!.trim(), number: numberOf(m), start: pos };
        if (term.length >= 1 && term.length <= 30) entries.push(current);
        else current = null;
      } else if (current && line.length > 0 && !NEW_ENTRY.test(line) && !/[。！？!?]$/.test(current.definition)) {
        // A definition that runs over several lines (and not the secretariat's imprint after the last one).
        current.definition += line;
      }
      pos = end + 1;
    }
  }
  return entries;
}

function numberOf(m: RegExpExecArray): number | null {
  if (m[1]) return Number(m[1]);
  if (m[2]) return Number(m[2]);
  if (m[3]) return m[3].charCodeAt(0) - 0x2460 + 1;
  return null;
}

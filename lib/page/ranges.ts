/**
 * Report-text offsets → DOM Ranges, through the article's offset map. Synthetic characters (the
 * line breaks between blocks) belong to no node and are skipped at the edges of a span.
 */
import { lookupOffset, type OffsetMap } from '../report/offset-map.ts';
import { LIMITS } from '../limits.ts';

function nodeAt(map: OffsetMap<Text>, offset: number, step: 1 | -1, limit: number): { node: Text; offset: number } | null {
  for (let i = 0; i < LIMITS.rangeEdgeSkipChars; i++, offset += step) {
    if (step === 1 ? offset >= limit : offset < limit) return null;
    const hit = lookupOffset(map, offset);
    if (hit?.target) return { node: hit.target, offset: hit.offset };
  }
  return null;
}

/** A Range over report text [start, end), or null when the page has changed under the map. */
export function rangeForSpan(doc: Document, map: OffsetMap<Text>, start: number, end: number): Range | null {
  if (end <= start) return null;
  const first = nodeAt(map, start, 1, end);
  const last = nodeAt(map, end - 1, -1, start);
  if (!first || !last) return null;
  try {
    const range = doc.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
    return range.collapsed ? null : range;
  } catch {
    // The node was shortened or removed since the text was read (a page that changes); skip it.
    return null;
  }
}

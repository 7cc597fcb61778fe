/**
 * Turning an export written in pieces (the figures CSV, a JSON backup) into a file for download
 * without ever holding it as JavaScript strings: the pieces are packed into a Blob about
 * LIBRARY_LIMITS.exportBlobPartChars characters at a time. A Blob's bytes live in the browser's
 * blob store (which Chromium spills to disk), not in the panel's JavaScript heap, so the text
 * written is not kept there. The benchmark compares both ways (`exportCsvBlobHeapGrowthBytes`
 * against `exportCsvCollectedHeapGrowthBytes`); its peak still counts garbage not yet collected.
 */
import { LIBRARY_LIMITS } from '../limits.ts';

export async function blobOfPieces(
  pieces: AsyncIterable<string>,
  { type, partChars = LIBRARY_LIMITS.exportBlobPartChars }: { type: string; partChars?: number },
): Promise<Blob> {
  const parts: Blob[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  for await (const piece of pieces) {
    pending.push(piece);
    pendingChars += piece.length;
    if (pendingChars >= partChars) {
      parts.push(new Blob(pending));
      pending = [];
      pendingChars = 0;
    }
  }
  if (pending.length > 0) parts.push(new Blob(pending));
  return new Blob(parts, { type });
}

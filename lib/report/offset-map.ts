/**
 * Maps offsets in a derived text back to offsets in its source, as a list of runs: inside a run,
 * consecutive characters of the derived text come from consecutive source positions. The parser
 * uses two of these — DOM text nodes → report text, report text → normalised text — so that a
 * figure found in the normalised text can be highlighted and scrolled to in the page.
 *
 * Stored as runs rather than one entry per character: a 5 MB page would otherwise need tens of MB.
 */
export interface OffsetMap<Target> {
  /** Offset in the derived text where each run begins (ascending). */
  readonly starts: number[];
  /** Source of each run (a DOM Text node, or null for the plain-text source). */
  readonly targets: Target[];
  /** Source offset of each run's first character. */
  readonly sourceStarts: number[];
}

export class OffsetMapBuilder<Target> {
  private readonly starts: number[] = [];
  private readonly targets: Target[] = [];
  private readonly sourceStarts: number[] = [];
  private nextOffset = -1;
  private nextSource = -1;
  private lastTarget: Target | undefined;

  /** Records that derived offset `offset` comes from `sourceOffset` in `target`. Call in ascending order. */
  add(offset: number, target: Target, sourceOffset: number): void {
    if (offset === this.nextOffset && target === this.lastTarget && sourceOffset === this.nextSource) {
      this.nextOffset++;
      this.nextSource++;
      return;
    }
    this.starts.push(offset);
    this.targets.push(target);
    this.sourceStarts.push(sourceOffset);
    this.lastTarget = target;
    this.nextOffset = offset + 1;
    this.nextSource = sourceOffset + 1;
  }

  /** Records `length` consecutive characters starting at `offset`. */
  addRun(offset: number, target: Target, sourceOffset: number, length: number): void {
    if (length <= 0) return;
    this.add(offset, target, sourceOffset);
    this.nextOffset = offset + length;
    this.nextSource = sourceOffset + length;
  }

  /** Drops every run at or after `offset` (used when trailing characters are removed). */
  truncate(offset: number): void {
    while (this.starts.length > 0 && this.starts[this.starts.length - 1]! >= offset) {
      this.starts.pop();
      this.targets.pop();
      this.sourceStarts.pop();
    }
    if (this.nextOffset > offset) {
      this.nextSource -= this.nextOffset - offset;
      this.nextOffset = offset;
    }
  }

  build(): OffsetMap<Target> {
    return { starts: this.starts, targets: this.targets, sourceStarts: this.sourceStarts };
  }
}

/** The source position of derived offset `offset`, or null when it lies before the first run. */
export function lookupOffset<Target>(map: OffsetMap<Target>, offset: number): { target: Target; offset: number } | null {
  let lo = 0;
  let hi = map.starts.length - 1;
  if (hi < 0 || offset < map.starts[0]!) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { target: map.targets[lo]!, offset: map.sourceStarts[lo]! + (offset - map.starts[lo]!) };
}

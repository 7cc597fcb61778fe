/**
 * A position in the normalised text and the one way the grammar reads it: a sticky regular
 * expression tried exactly there. No pattern searches ahead, so every rule costs time linear in
 * what it reads.
 */
export class Cursor {
  readonly text: string;
  pos: number;
  /** The cursor never reads past this (the end of the clause or the part). */
  readonly limit: number;

  constructor(text: string, pos: number, limit: number) {
    this.text = text;
    this.pos = pos;
    this.limit = limit;
  }

  /** The match of `pattern` (a sticky expression) at the position, and the position moved past it. */
  take(pattern: RegExp): string | null {
    if (this.pos >= this.limit) return null;
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.text);
    if (!m || m.index !== this.pos || this.pos + m[0].length > this.limit) return null;
    this.pos += m[0].length;
    return m[0];
  }

  /** Does `pattern` match at the position? The position stays. */
  peek(pattern: RegExp): boolean {
    const saved = this.pos;
    const hit = this.take(pattern) !== null;
    this.pos = saved;
    return hit;
  }

  /** Runs `read`; when it finds nothing the position is put back where it was. */
  attempt<T>(read: () => T | null): T | null {
    const saved = this.pos;
    const result = read();
    if (result === null) this.pos = saved;
    return result;
  }
}

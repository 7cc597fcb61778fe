/**
 * Finds every term of a glossary in a text in one pass (Aho-Corasick), leftmost-longest and
 * without overlaps: 两不愁三保障 wins over 两不愁, and 三保障 inside it is not reported again.
 *
 * Quotation marks and spaces are skipped while matching, so “三无”“三可” matches 三无三可 and
 * “六新”项目 matches 六新项目; offsets always refer to the text as given. Latin letters match
 * case-insensitively (GDP, gdp). Used by the content script, the background, the CLI and the side
 * panel alike; building it for the whole built-in glossary takes well under a millisecond.
 *
 * A pattern written in quotation marks (“十五”) matches only where the text quotes it: 十五 is the
 * tenth five-year plan in “十五”计划 but a number in 十五届 and 二十五; “四个” is a slogan, 四个 is
 * a count. Without the marks a pattern matches quoted and unquoted uses alike.
 */

export interface TermMatch {
  /** Offsets in the searched text; `end` is exclusive and may include skipped quotation marks. */
  start: number;
  end: number;
  /** Index of the matched pattern in the list the matcher was built from. */
  pattern: number;
}

/** Characters ignored while matching: quotation marks and spaces. A code table, not a regular expression, in the per-character loop. */
const SKIPPED_CODES = new Set([...'“”"\'‘’「」『』 \t\n\r\f\u00a0\u3000'].map((c) => c.charCodeAt(0)));
const isSkipped = (code: number) => SKIPPED_CODES.has(code);
const OPENING_QUOTES = new Set([...'“"\'‘「『'].map((c) => c.charCodeAt(0)));
const CLOSING_QUOTES = new Set([...'”"\'’」』'].map((c) => c.charCodeAt(0)));

/** A pattern that matches only inside quotation marks: “十五”. */
export function isQuotedPattern(pattern: string): boolean {
  return pattern.length >= 3 && pattern.startsWith('“') && pattern.endsWith('”');
}

/** The pattern that matches `term` only where the text quotes it. */
export function quotedPattern(term: string): string {
  return `“${term}”`;
}

function fold(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code; // a-z → A-Z
}

export class TermMatcher {
  /** state * 65536 + char → next state. One flat map: fast to build, compact for CJK alphabets. */
  private readonly transitions = new Map<number, number>();
  private readonly failure: number[] = [0];
  /** Pattern index whose match ends at this state (the longest one), or -1. */
  private readonly output: number[] = [-1];
  /** The output pattern of this state matches only inside quotation marks. */
  private readonly quotedOnly: boolean[] = [false];
  /** Next state on the failure chain that has an output (dictionary suffix link), or 0. */
  private readonly outputLink: number[] = [0];
  private readonly depth: number[] = [0];
  /** Longest pattern, in matched characters. */
  private maxLength = 0;
  readonly patterns: readonly string[];

  private constructor(patterns: readonly string[]) {
    this.patterns = patterns;
  }

  static build(patterns: readonly string[]): TermMatcher {
    const m = new TermMatcher(patterns);
    for (const [index, pattern] of patterns.entries()) m.insert(pattern, index);
    m.link();
    return m;
  }

  get stateCount(): number {
    return this.output.length;
  }

  private insert(pattern: string, index: number): void {
    let state = 0;
    let length = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (isSkipped(code)) continue;
      const key = state * 65536 + fold(code);
      let next = this.transitions.get(key);
      if (next === undefined) {
        next = this.output.length;
        this.transitions.set(key, next);
        this.failure.push(0);
        this.output.push(-1);
        this.quotedOnly.push(false);
        this.outputLink.push(0);
        this.depth.push(this.depth[state]! + 1);
      }
      state = next;
      length++;
    }
    const quoted = isQuotedPattern(pattern);
    // The same words with and without quotation marks: the unquoted pattern matches everywhere the quoted one would.
    if (length > 0 && (this.output[state] === -1 || (this.quotedOnly[state] && !quoted))) {
      this.output[state] = index;
      this.quotedOnly[state] = quoted;
    }
    this.maxLength = Math.max(this.maxLength, length);
  }

  /** Breadth-first failure links, as in Aho & Corasick (1975). */
  private link(): void {
    const children = new Map<number, number[]>();
    for (const [key, next] of this.transitions) {
      const parent = Math.floor(key / 65536);
      const list = children.get(parent) ?? [];
      list.push(key % 65536, next);
      children.set(parent, list);
    }
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const list = children.get(state) ?? [];
      for (let i = 0; i < list.length; i += 2) {
        const code = list[i]!;
        const child = list[i + 1]!;
        queue.push(child);
        if (state === 0) continue;
        let f = this.failure[state]!;
        while (f !== 0 && !this.transitions.has(f * 65536 + code)) f = this.failure[f]!;
        const target = this.transitions.get(f * 65536 + code);
        this.failure[child] = target !== undefined && target !== child ? target : 0;
        const fc = this.failure[child]!;
        this.outputLink[child] = this.output[fc] !== -1 ? fc : this.outputLink[fc]!;
      }
    }
  }

  private step(state: number, code: number): number {
    for (;;) {
      const next = this.transitions.get(state * 65536 + code);
      if (next !== undefined) return next;
      if (state === 0) return 0;
      state = this.failure[state]!;
    }
  }

  /**
   * Leftmost-longest, non-overlapping matches of all patterns in `text[from, to)`, in text order.
   * Memory stays constant whatever the text's length: a match starting at matched character k
   * is known for certain once the scan is `maxLength` characters past k, so decisions are taken
   * in a sliding window.
   */
  findAll(text: string, from = 0, to = text.length): TermMatch[] {
    const matches: TermMatch[] = [];
    if (this.maxLength === 0) return matches;
    const size = this.maxLength + 1;
    const position = new Int32Array(size); // matched-character index k → text offset, for the last `size` characters
    const bestLength = new Int32Array(size); // longest pattern starting at k (0: none)
    const bestPattern = new Int32Array(size);
    let count = 0; // matched characters seen
    let nextFree = 0; // first matched-character index not covered by an emitted match
    const decide = (k: number) => {
      const slot = k % size;
      const length = bestLength[slot]!;
      if (length > 0 && k >= nextFree) {
        matches.push({ start: position[slot]!, end: position[(k + length - 1) % size]! + 1, pattern: bestPattern[slot]! });
        nextFree = k + length;
      }
      bestLength[slot] = 0;
    };
    let state = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isSkipped(code)) continue;
      if (count >= size) decide(count - size);
      const slot = count % size;
      position[slot] = i;
      bestLength[slot] = 0;
      count++;
      state = this.step(state, fold(code));
      for (let s = this.output[state] !== -1 ? state : this.outputLink[state]!; s !== 0; s = this.outputLink[s]!) {
        const length = this.depth[s]!;
        const startSlot = (count - length) % size;
        if (this.quotedOnly[s] && !quotedAround(text, position[startSlot]!, i)) continue;
        if (bestLength[startSlot]! < length) {
          bestLength[startSlot] = length;
          bestPattern[startSlot] = this.output[s]!;
        }
      }
    }
    for (let k = Math.max(0, count - size); k < count; k++) decide(k);
    return matches;
  }
}

/** The characters `text[first..last]` stand between an opening and a closing quotation mark. */
function quotedAround(text: string, first: number, last: number): boolean {
  return first > 0 && OPENING_QUOTES.has(text.charCodeAt(first - 1)) && CLOSING_QUOTES.has(text.charCodeAt(last + 1));
}

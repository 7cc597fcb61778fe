/**
 * The extractor's progress line on a terminal: files done of the total and files per second,
 * redrawn in place. Off when stderr is not a terminal, so pipes, log files and tests see only the
 * error lines. Error lines written through `line` clear the progress line first, so the two
 * never share a line.
 */
import { CLI_LIMITS } from '../../lib/limits.ts';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export class Progress {
  readonly #stream: ProgressStream;
  readonly #total: number;
  readonly #now: () => number;
  readonly #started: number;
  readonly #shown: boolean;
  #done = 0;
  #drawnAt = -Infinity;
  #drawn = false;

  constructor({ stream, total, now = () => performance.now() }: { stream: ProgressStream; total: number; now?: () => number }) {
    this.#stream = stream;
    this.#total = total;
    this.#now = now;
    this.#started = now();
    this.#shown = stream.isTTY === true;
  }

  /** One more file done; redraws at most every CLI_LIMITS.progressIntervalMs. */
  tick(): void {
    this.#done++;
    if (this.#shown && this.#now() - this.#drawnAt >= CLI_LIMITS.progressIntervalMs) this.#draw();
  }

  /** Writes a line of its own (an error) above the progress line. */
  line(text: string): void {
    const wasDrawn = this.#drawn;
    this.clear();
    this.#stream.write(`${text}\n`);
    if (wasDrawn) this.#draw();
  }

  /** The last state, left on the terminal. */
  finish(): void {
    if (!this.#shown) return;
    this.#draw();
    this.#stream.write('\n');
    this.#drawn = false;
  }

  #draw(): void {
    const seconds = (this.#now() - this.#started) / 1000;
    const rate = seconds > 0 ? this.#done / seconds : 0;
    // \r and erase-to-end-of-line: the line is redrawn in place at any width.
    this.#stream.write(`\rextract: ${this.#done}/${this.#total} files, ${rate.toFixed(1)} files/s\x1b[K`);
    this.#drawnAt = this.#now();
    this.#drawn = true;
  }

  /** Takes the progress line off the screen (before output to the same terminal); the next tick draws it again. */
  clear(): void {
    if (!this.#drawn) return;
    this.#stream.write('\r\x1b[K');
    this.#drawn = false;
  }
}

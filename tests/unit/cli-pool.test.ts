/**
 * The parts of the batch extractor's run, in process: the ordered pool (results in task order,
 * handed on while later tasks still run, never more than its window ahead), the progress line
 * (only on a terminal), and the directory walk (sorted, kinds filtered and counted).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputFiles, skippedNote } from '../../scripts/lib/input-files.ts';
import { runInOrder } from '../../scripts/lib/ordered-pool.ts';
import { Progress } from '../../scripts/lib/progress.ts';

/** A promise settled from outside, to finish tasks in an order the test chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('runInOrder', () => {
  it('hands results on in task order as soon as every earlier task is done, whatever order the lanes finish in', async () => {
    const tasks = Array.from({ length: 6 }, () => deferred<string>());
    const started: number[] = [];
    const emitted: string[] = [];
    const done = runInOrder({
      count: 6,
      lanes: 2,
      window: 4,
      run: ({ index }) => {
        started.push(index);
        return tasks[index]!.promise;
      },
      emit: (result) => {
        emitted.push(result);
      },
    });
    await tick();
    expect(started).toEqual([0, 1]);
    tasks[1]!.resolve('one');
    await tick();
    expect(emitted).toEqual([]);
    expect(started).toEqual([0, 1, 2]);
    tasks[0]!.resolve('zero');
    await tick();
    // Task 0 and the waiting task 1 go out while tasks 2 and 3 are still running.
    expect(emitted).toEqual(['zero', 'one']);
    for (const i of [5, 3, 4, 2]) {
      tasks[i]?.resolve(String(i));
      await tick();
    }
    await done;
    expect(emitted).toEqual(['zero', 'one', '2', '3', '4', '5']);
  });

  it('starts no task more than `window` ahead of the next one to hand on', async () => {
    const tasks = Array.from({ length: 10 }, () => deferred<number>());
    const started: number[] = [];
    const done = runInOrder({
      count: 10,
      lanes: 2,
      window: 3,
      run: ({ index }) => {
        started.push(index);
        return tasks[index]!.promise;
      },
      emit: () => {},
    });
    // Task 0 is slow; the other lane finishes 1, 2 and would go on.
    for (const i of [1, 2, 3, 4]) {
      tasks[i]!.resolve(i);
      await tick();
    }
    expect(started).toEqual([0, 1, 2]);
    tasks[0]!.resolve(0);
    for (const t of tasks) t.resolve(0);
    await done;
    expect(started).toHaveLength(10);
  });

  it('waits for a slow consumer before starting more tasks, and stops when it fails', async () => {
    let release!: () => void;
    const started: number[] = [];
    const done = runInOrder({
      count: 20,
      lanes: 2,
      window: 2,
      run: async ({ index }) => {
        started.push(index);
        return index;
      },
      emit: (index) => {
        if (index === 0) return new Promise<void>((r) => (release = r));
        if (index === 3) throw new Error('EPIPE');
      },
    });
    await tick();
    expect(started).toEqual([0, 1]);
    release();
    await expect(done).rejects.toThrow('EPIPE');
    expect(started.length).toBeLessThan(20);
  });
});

describe('Progress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, isTTY, write: (text: string) => written.push(text) };
  };

  it('draws files done of the total and files per second on a terminal, error lines above it', () => {
    const out = stream(true);
    let now = 0;
    const progress = new Progress({ stream: out, total: 3, now: () => now });
    now = 1000;
    progress.tick();
    progress.line('extract: x.pdf: cannot read (broken)');
    now = 2000;
    progress.tick();
    progress.tick();
    progress.finish();
    const screen = out.written.join('');
    expect(screen).toContain('\rextract: 1/3 files, 1.0 files/s');
    expect(screen).toContain('\r\x1b[Kextract: x.pdf: cannot read (broken)\n');
    expect(screen.endsWith('\rextract: 3/3 files, 1.5 files/s\x1b[K\n')).toBe(true);
  });

  it('steps aside for output to the same terminal and comes back on the next file', () => {
    const out = stream(true);
    let now = 0;
    const progress = new Progress({ stream: out, total: 2, now: () => now });
    now = 500;
    progress.tick();
    progress.clear();
    progress.clear();
    now = 1000;
    progress.tick();
    expect(out.written).toEqual(['\rextract: 1/2 files, 2.0 files/s\x1b[K', '\r\x1b[K', '\rextract: 2/2 files, 2.0 files/s\x1b[K']);
  });

  it('writes only the error lines when stderr is not a terminal', () => {
    const out = stream(false);
    const progress = new Progress({ stream: out, total: 2 });
    progress.tick();
    progress.line('extract: a: cannot read (ENOENT)');
    progress.tick();
    progress.finish();
    expect(out.written).toEqual(['extract: a: cannot read (ENOENT)\n']);
  });
});

describe('listInputFiles', () => {
  it('lists arguments in order, each folder sorted by name, its subfolders in place; other kinds are counted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reportlens-walk-'));
    for (const f of [
      'b/2.html',
      'b/1.PDF',
      'a.txt',
      'c.docx',
      'B.shtml',
      'logo.svg',
      'b/style.css',
      'b/x.css',
      '.git/HEAD.txt',
      'README',
    ]) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    const found = await listInputFiles([join(dir, 'c.docx'), dir, '-', 'missing.txt']);
    expect(found.files).toEqual([
      join(dir, 'c.docx'),
      join(dir, 'B.shtml'),
      join(dir, 'a.txt'),
      join(dir, 'b/1.PDF'),
      join(dir, 'b/2.html'),
      join(dir, 'c.docx'),
      '-',
      'missing.txt',
    ]);
    expect(found.errors).toEqual([]);
    expect(skippedNote(found.skipped)).toBe(
      'extract: skipped 4 files in directories that are not HTML, text, PDF or Word (no extension 1, .css 2, .svg 1)',
    );
    rmSync(dir, { recursive: true, force: true });
  });
});

/**
 * Runs numbered tasks on several lanes (worker threads) and hands their results on in task order,
 * whatever order the lanes finish in. A lane starts a task only while it is fewer than `window`
 * tasks ahead of the next result to hand on, so one slow task (a large PDF) holds at most
 * `window` finished results in memory, and a slow consumer (stdout into a full pipe) slows the
 * lanes down instead of piling results up.
 */

export interface OrderedPool<R> {
  /** Number of tasks, 0 … count - 1. */
  count: number;
  lanes: number;
  /** Tasks started but not yet handed on, at most. */
  window: number;
  /** Runs task `index` on lane `lane`; a failure must come back as a result, not a rejection. */
  run: (task: { index: number; lane: number }) => Promise<R>;
  /** Called once per task, in task order; the next call waits for the promise it returns. */
  emit: (result: R, index: number) => Promise<void> | void;
}

export async function runInOrder<R>({ count, lanes, window, run, emit }: OrderedPool<R>): Promise<void> {
  const finished = new Map<number, R>();
  let nextRun = 0;
  let nextEmit = 0;
  // An object, so the lanes see what the consumer's failure handler sets.
  const state: { stopped: { error: unknown } | null } = { stopped: null };
  let waiting: (() => void)[] = [];
  const wake = () => {
    const woken = waiting;
    waiting = [];
    for (const resume of woken) resume();
  };
  const handOn = async () => {
    while (!state.stopped && finished.has(nextEmit)) {
      const result = finished.get(nextEmit) as R;
      finished.delete(nextEmit);
      await emit(result, nextEmit);
      nextEmit++;
      wake();
    }
  };
  let emitting = Promise.resolve();
  const lane = async (laneIndex: number) => {
    for (;;) {
      while (!state.stopped && nextRun < count && nextRun >= nextEmit + window) await new Promise<void>((resume) => waiting.push(resume));
      if (state.stopped || nextRun >= count) return;
      const index = nextRun++;
      finished.set(index, await run({ index, lane: laneIndex }));
      emitting = emitting.then(handOn).catch((error: unknown) => {
        // The consumer failed (stdout closed): stop every lane instead of waiting on it forever.
        state.stopped ??= { error };
        wake();
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, count)) }, (_, i) => lane(i)));
  await emitting;
  if (state.stopped) throw state.stopped.error;
}

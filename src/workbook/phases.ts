// A phase recorder for the benchmark: how long a command spends reading, replaying, adjusting, writing.
// Off unless the environment variable COSTING_PHASES is set when the module loads; then each timed phase adds
// its seconds under its name, and whoever owns the process (the command line) reports them at exit
// (src/cli/costing.ts). Off, timePhase is the function call and markPhase returns at once. No Node API here
// (the task pane loads this module too): `process` is looked at only where it exists.

const ON: boolean = typeof process !== "undefined" && typeof process.env === "object" && !!process.env.COSTING_PHASES;

// COSTING_PHASES_HEAP set too: the heap still in use when each phase ends (after a full collection where Node
// was started with --expose-gc), in MB, to see which phase's data outlives it.
const HEAP: boolean = ON && !!process.env.COSTING_PHASES_HEAP;

const seconds = new Map<string, number>();
const heapMB = new Map<string, number>();
let last = ON ? performance.now() : 0;

function add(name: string, ms: number): void {
  seconds.set(name, (seconds.get(name) ?? 0) + ms / 1000);
}

/** Whether phases are recorded (COSTING_PHASES was set). */
export function phasesOn(): boolean {
  return ON;
}

/** Runs fn and, when recording, adds its time (until its promise settles, for a promise) to the phase. */
export function timePhase<T>(name: string, fn: () => T): T {
  if (!ON) return fn();
  const t0 = performance.now();
  const done = () => {
    const t1 = performance.now();
    add(name, t1 - t0);
    if (HEAP) recordHeap(name);
    last = performance.now();
  };
  const r = fn();
  if (r instanceof Promise) return r.finally(done) as T;
  done();
  return r;
}

/** When recording, adds the time since the last phase ended (or the last mark, or the start) to this phase. */
export function markPhase(name: string): void {
  if (!ON) return;
  const now = performance.now();
  add(name, now - last);
  last = now;
}

function recordHeap(name: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const mb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  heapMB.set(name, Math.max(heapMB.get(name) ?? 0, mb));
}

/** With COSTING_PHASES_HEAP: the heap in use (MB) when each phase ended, the largest where one ran twice. */
export function recordedHeap(): Record<string, number> | undefined {
  return HEAP ? Object.fromEntries(heapMB) : undefined;
}

/** The phases recorded so far: name -> seconds (rounded to the millisecond), in the order first seen. */
export function recordedPhases(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of seconds) out[k] = Math.round(v * 1000) / 1000;
  return out;
}

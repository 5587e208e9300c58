// A progress bar on standard error, drawn only when standard error is a terminal and the run is long
// (after `delayMs`), redrawn at most every `intervalMs`, and erased when done. Never touches standard output.
import type { OutStream } from "./io";

export interface ProgressOptions {
  readonly delayMs?: number;
  readonly intervalMs?: number;
  readonly now?: () => number;
  /** Draw even when the stream is not a terminal (tests). */
  readonly force?: boolean;
}

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;

export function renderBar(label: string, done: number, total: number): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(ratio * WIDTH);
  const pct = String(Math.floor(ratio * 100)).padStart(3);
  return `${label} [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${pct}% ${done}/${total}`;
}

export function progressBar(stream: OutStream, label: string, options: ProgressOptions = {}): Progress {
  const enabled = options.force === true || stream.isTTY === true;
  if (!enabled) return { update: () => undefined, finish: () => undefined };
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 100;
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < delayMs) return;
      if (t - lastDraw < intervalMs && done < total) return;
      lastDraw = t;
      drawn = true;
      stream.write(`\r${renderBar(label, done, total)}`);
    },
    finish() {
      if (drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}

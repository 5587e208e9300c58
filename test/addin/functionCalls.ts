// Calling the COSTING custom functions in jest as Excel calls them: plain arguments (null for an omitted
// optional one) and a streaming invocation whose results are recorded. CustomFunctions.Error comes from a small
// stand-in of Excel's runtime (the same shape as the browser test's fake Office.js).

/** CustomFunctions.Error as the runtime has it: an error code such as "#N/A" and a message. */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
}

/** A cell's result as the tests compare it: a number (or block), or ["#N/A", message]. */
export type Shown = unknown;

export const shown = (v: unknown): Shown =>
  v instanceof FakeCustomFunctionsError
    ? [v.code, v.message]
    : Array.isArray(v)
      ? v.map((r) =>
          Array.isArray(r) ? r.map((c) => (c instanceof FakeCustomFunctionsError ? [c.code, c.message] : c)) : r,
        )
      : v;

/** A live cell: every result Excel was given for it, and Excel's cancel (the formula deleted). */
export interface Cell {
  readonly results: Shown[];
  /** The next result (after `count` results so far; default: the first). */
  next(count?: number): Promise<Shown>;
  cancel(): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Streaming = (...args: any[]) => void;

/** Calls a streaming function as Excel does: its arguments, then the invocation. */
export function call(fn: Streaming, ...args: unknown[]): Cell {
  const results: Shown[] = [];
  const waiting: { count: number; resolve: (v: Shown) => void }[] = [];
  const invocation: { setResult(v: unknown): void; onCanceled?: () => void } = {
    setResult(v: unknown) {
      results.push(shown(v));
      for (const w of waiting.splice(0)) {
        if (results.length > w.count) w.resolve(results[w.count]);
        else waiting.push(w);
      }
    },
  };
  fn(...args, invocation);
  return {
    results,
    next: (count = 0) =>
      results.length > count
        ? Promise.resolve(results[count])
        : new Promise<Shown>((resolve) => waiting.push({ count, resolve })),
    cancel: () => invocation.onCanceled?.(),
  };
}

/** The first result of a call. */
export function answer(fn: Streaming, ...args: unknown[]): Promise<Shown> {
  return call(fn, ...args).next();
}

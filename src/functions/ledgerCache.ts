// The custom functions' copy of the ledger, kept in the shared runtime: loaded on the first call (every call
// that comes while it loads waits for the same load), then every call is answered from its index. When the
// ledger tables change (ledgerChanged(): the task pane wrote, or a watched sheet changed), the copy is dropped
// and, after a quiet moment, read again; then every cell whose function is still live gets its answer again
// (the functions are streaming functions: setResult may be called more than once, and Excel shows each result
// without recalculating anything). A cell's answer is computed by its Answer, errors included.
import type { LedgerQueries } from "../engine";
import { CellError } from "./cells";
import type { Answer } from "./answers";
import { unexpectedError } from "./answers";
import { onLedgerChanged } from "../excel/ledgerSignal";

/** Reads and indexes the ledger; rejects with a CellError when the workbook has no usable ledger. */
export type QueriesSource = () => Promise<LedgerQueries>;

/** Where a cell's answers go: CustomFunctions.StreamingInvocation's shape (results already made Excel's). */
export interface CellSink<R> {
  setResult(value: R): void;
  onCanceled?: () => void;
}

export interface LedgerCacheOptions {
  /** Milliseconds without further changes before the ledger is read again (a post raises several changes). */
  readonly quietMs?: number;
}

const QUIET_MS = 500;

export class LedgerCache {
  /** The load of the current copy (shared by every call while it runs), and the change count it belongs to. */
  private loading: { readonly generation: number; readonly promise: Promise<LedgerQueries> } | null = null;
  /** The last load started: a new one starts after it ends, so two reads of the workbook never overlap. */
  private previous: Promise<unknown> = Promise.resolve();
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly live = new Set<() => void>();
  private readonly stopListening: () => void;
  private readonly quietMs: number;
  /** Loads started so far (tests, the benchmark). */
  loads = 0;

  constructor(
    private readonly source: QueriesSource,
    options: LedgerCacheOptions = {},
  ) {
    this.quietMs = options.quietMs ?? QUIET_MS;
    this.stopListening = onLedgerChanged(() => this.invalidate());
  }

  /** The index of the ledger as the workbook holds it now: loaded once per change. */
  current(): Promise<LedgerQueries> {
    if (this.loading && this.loading.generation === this.generation) return this.loading.promise;
    const promise = this.previous.then(() => this.source());
    const loading = { generation: this.generation, promise };
    this.loading = loading;
    this.previous = promise.catch(() => undefined);
    this.loads++;
    // A failure that is not the workbook's (Excel busy, a bug) is not kept: the next call reads again.
    promise.catch((e: unknown) => {
      if (!(e instanceof CellError) && this.loading === loading) this.loading = null;
    });
    return promise;
  }

  /** The ledger changed: the copy is dropped now, and read again for the live cells once changes stop. */
  invalidate(): void {
    this.generation++;
    this.loading = null;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const refresh of [...this.live]) refresh();
    }, this.quietMs);
  }

  /** Cells whose answers are kept up to date. */
  get liveCells(): number {
    return this.live.size;
  }

  /**
   * Answers a cell now (once the index is there) and again after each change of the ledger, until Excel
   * cancels the cell's function (its formula changed or was deleted). `toResult` makes an answer, or a
   * CellError, what Excel takes. An answer that could not be prepared (a bad argument) is set at once.
   */
  answer<T, R>(sink: CellSink<R>, prepare: () => Answer<T>, toResult: (value: T | CellError) => R): void {
    let answer: Answer<T>;
    try {
      answer = prepare();
    } catch (e) {
      sink.setResult(toResult(asCellError(e)));
      return;
    }
    let latest = 0;
    const run = (): void => {
      const mine = ++latest;
      this.current().then(
        (q) => {
          if (mine !== latest) return;
          let result: T | CellError;
          try {
            result = answer(q);
          } catch (e) {
            result = asCellError(e);
          }
          sink.setResult(toResult(result));
        },
        (e: unknown) => {
          if (mine === latest) sink.setResult(toResult(asCellError(e)));
        },
      );
    };
    this.live.add(run);
    sink.onCanceled = () => void this.live.delete(run);
    run();
  }

  /** Stops listening for changes (tests). */
  dispose(): void {
    this.stopListening();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.live.clear();
  }
}

function asCellError(e: unknown): CellError {
  return e instanceof CellError ? e : unexpectedError(e);
}

// The pane's side of the costing worker: runJob starts a dedicated worker for one job, serves its reads of the
// workbook (through the job's port: the ledger store, Office.js) in blocks with a pause between them, so the
// pane's thread stays free to paint and to take a click on Cancel, which ends the worker at once (nothing of the
// job is written: its writes come back here and Cancel is withdrawn before the first). Where no worker can be
// started (no Worker, or its script does not load), the same job runs on the pane's thread.
import type { CellValue, TableSpec, WorkbookPort } from "../../workbook/port";
import { COLUMN_MAP, JOURNAL_TABLES, LEDGER_TABLES, tableSpec } from "../../workbook/schema";
import { blocksOf, jobError, type FromWorker, type JobReport, type JobStep, type ToWorker } from "./protocol";
import { JOBS, type JobName, type JobParams, type JobResult } from "./jobs";

/** What runJob needs of a Worker. */
export interface CostingWorker {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { readonly data: FromWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** The worker's script, beside taskpane.html (webpack.config.js's entry "costingWorker"). */
export const WORKER_SCRIPT = "costingWorker.js";

/** A worker, or null where the page cannot start one. */
export type StartWorker = () => CostingWorker | null;

const browserWorker: StartWorker = () => {
  if (typeof Worker === "undefined" || typeof document === "undefined") return null;
  try {
    return new Worker(new URL(WORKER_SCRIPT, document.baseURI)) as unknown as CostingWorker;
  } catch {
    return null;
  }
};

let startWorker: StartWorker = browserWorker;
/** Whether starting a worker failed once (its script did not load): jobs run on the pane's thread from then on. */
let unavailable = false;

/** Replaces how workers are started (tests: a worker in the same thread); returns the one it replaced. */
export function useWorkers(start: StartWorker): StartWorker {
  const before = startWorker;
  startWorker = start;
  unavailable = false;
  return before;
}

/** What runJob is given by the pane's job (work.tsx's JobContext). */
export interface JobHost {
  readonly port: WorkbookPort;
  /** Shows a step of the job (`writing`: the job writes next); on the pane's thread, resolves once it is painted
   * and rejects if the user cancelled meanwhile. */
  onStep(step: JobStep): Promise<void>;
  /** Calls `listener` when the user cancels (never once the job writes); returns the unsubscribe. */
  onCancel(listener: () => void): () => void;
  /** The error a cancelled job ends with. */
  cancelled(): Error;
}

const SCHEMAS = [...LEDGER_TABLES, COLUMN_MAP, ...JOURNAL_TABLES];

function specNamed(name: string, mapped?: ReadonlyMap<string, string>): TableSpec {
  const schema = SCHEMAS.find((s) => s.caption === name);
  if (!schema) throw new Error(`The costing worker asked for a table "${name}" this add-in does not know.`);
  return tableSpec(schema, mapped);
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs the job in a worker of its own (on the pane's thread where there is none); resolves with its result. */
export async function runJob<N extends JobName>(name: N, params: JobParams<N>, host: JobHost): Promise<JobResult<N>> {
  const worker = unavailable ? null : startWorker();
  if (!worker) return runHere(name, params, host);
  try {
    return await runInWorker(worker, name, params, host);
  } catch (e) {
    if (!(e instanceof WorkerDidNotStart)) throw e;
    unavailable = true;
    return runHere(name, params, host);
  }
}

function runHere<N extends JobName>(name: N, params: JobParams<N>, host: JobHost): Promise<JobResult<N>> {
  const job = JOBS[name] as (p: WorkbookPort, params: JobParams<N>, r: JobReport) => Promise<JobResult<N>>;
  return job(host.port, params, (step) => host.onStep(step));
}

class WorkerDidNotStart extends Error {}

function runInWorker<N extends JobName>(
  worker: CostingWorker,
  name: N,
  params: JobParams<N>,
  host: JobHost,
): Promise<JobResult<N>> {
  return new Promise<JobResult<N>>((resolve, reject) => {
    let done = false;
    let heard = false;
    const rowsToWrite = new Map<number, (readonly CellValue[])[]>();
    const finish = (end: () => void) => {
      if (done) return;
      done = true;
      worker.terminate();
      stopListening();
      end();
    };
    const stopListening = host.onCancel(() => finish(() => reject(host.cancelled())));
    const post = (m: ToWorker) => {
      if (!done) worker.postMessage(m);
    };

    const serveTable = async (call: number, table: string, mapped?: ReadonlyMap<string, string>) => {
      try {
        const t = await host.port.readTable(specNamed(table, mapped));
        if (!t) return post({ type: "table", call, table: null });
        const { rows, rowNumbers, ...head } = t;
        post({ type: "table", call, table: head });
        let at = 0;
        for (const block of blocksOf(rows)) {
          post({ type: "tableRows", call, rows: block, rowNumbers: rowNumbers.slice(at, at + block.length) });
          at += block.length;
          await pause(); // one block per task: the pane paints and takes clicks in between
          if (done) return;
        }
        post({ type: "tableEnd", call });
      } catch (e) {
        post({ type: "callFailed", call, error: jobError(e) });
      }
    };

    worker.onerror = (event) => {
      const message = (event as { message?: string }).message;
      finish(() =>
        reject(
          heard
            ? new Error(`The costing worker stopped: ${message ?? "an error in its script"}.`)
            : new WorkerDidNotStart(message),
        ),
      );
    };
    worker.onmessage = ({ data }) => {
      heard = true;
      if (done) return;
      switch (data.type) {
        case "readTable":
          void serveTable(data.call, data.name, data.mapped);
          return;
        case "writeRows": {
          const rows = rowsToWrite.get(data.call) ?? [];
          for (const r of data.rows) rows.push(r);
          rowsToWrite.set(data.call, rows);
          return;
        }
        case "appendRows": {
          const rows = rowsToWrite.get(data.call) ?? [];
          rowsToWrite.delete(data.call);
          host.port.appendRows(data.name, rows).then(
            (first) => post({ type: "written", call: data.call, result: first ?? undefined }),
            (e: unknown) => post({ type: "callFailed", call: data.call, error: jobError(e) }),
          );
          return;
        }
        case "step":
          // The label only: a Cancel ends the worker through onCancel.
          host.onStep(data.step).catch(() => undefined);
          return;
        case "result":
          finish(() => resolve(data.value as JobResult<N>));
          return;
        case "failed":
          finish(() => reject(new Error(data.error.message)));
          return;
      }
    };
    post({
      type: "start",
      job: name,
      params,
      dateStyle: host.port.dateStyle,
      ...(host.port.defaultTextStyle && { textStyle: host.port.defaultTextStyle() }),
    });
  });
}

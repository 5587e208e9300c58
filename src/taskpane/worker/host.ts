// The worker's side: runs the job a "start" message names, with a port whose tables come from the pane's thread
// (asked for by name, received in blocks) and whose appends go back to it in blocks. The pane's thread ends the
// worker when it is done or cancelled; the host answers one job.
import type { CellValue, TableData, TableSpec, WorkbookPort } from "../../workbook/port";
import { blocksOf, jobError, type FromWorker, type ToWorker } from "./protocol";
import { jobNamed } from "./jobs";

type Rows = readonly (readonly CellValue[])[];

interface Pending {
  resolve(value: unknown): void;
  reject(e: Error): void;
  table?: { head: Omit<TableData, "rows" | "rowNumbers">; rows: (readonly CellValue[])[]; rowNumbers: number[] };
}

/** A message handler for the worker's `onmessage`; `post` is its postMessage. */
export function costingHost(post: (message: FromWorker) => void): (message: ToWorker) => void {
  const pending = new Map<number, Pending>();
  let calls = 0;
  const ask = <T>(message: (call: number) => FromWorker): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const call = ++calls;
      pending.set(call, { resolve: resolve as (v: unknown) => void, reject });
      post(message(call));
    });
  const writeRows = (call: number, rows: Rows): void => {
    for (const block of blocksOf(rows)) post({ type: "writeRows", call, rows: block });
  };

  const portFor = (start: Extract<ToWorker, { type: "start" }>): WorkbookPort => ({
    dateStyle: start.dateStyle,
    readTable: (spec: TableSpec) =>
      ask<TableData | null>((call) => ({ type: "readTable", call, name: spec.name, mapped: spec.mapped })),
    appendRows: (name: string, rows: Rows) =>
      ask<number | undefined>((call) => {
        writeRows(call, rows);
        return { type: "appendRows", call, name };
      }),
    writeTable: () => Promise.reject(new Error("The costing worker does not write whole tables.")),
    ...(start.textStyle && { defaultTextStyle: () => start.textStyle! }),
  });

  const run = async (start: Extract<ToWorker, { type: "start" }>): Promise<void> => {
    const job = jobNamed(start.job);
    if (!job) throw new Error(`The costing worker has no job "${start.job}".`);
    const value = await job(portFor(start), start.params, async (step) => post({ type: "step", step }));
    post({ type: "result", value });
  };

  return (message) => {
    switch (message.type) {
      case "start":
        run(message).catch((e: unknown) => post({ type: "failed", error: jobError(e) }));
        return;
      case "table": {
        const p = pending.get(message.call);
        if (!p) return;
        if (message.table === null) {
          pending.delete(message.call);
          p.resolve(null);
        } else p.table = { head: message.table, rows: [], rowNumbers: [] };
        return;
      }
      case "tableRows": {
        const t = pending.get(message.call)?.table;
        // Row by row, no spread: a block has thousands.
        for (const r of message.rows) t?.rows.push(r);
        for (const n of message.rowNumbers) t?.rowNumbers.push(n);
        return;
      }
      case "tableEnd": {
        const p = pending.get(message.call);
        if (!p?.table) return;
        pending.delete(message.call);
        p.resolve({ ...p.table.head, rows: p.table.rows, rowNumbers: p.table.rowNumbers });
        return;
      }
      case "written":
        pending.get(message.call)?.resolve(message.result);
        pending.delete(message.call);
        return;
      case "callFailed":
        pending.get(message.call)?.reject(new Error(message.error.message));
        pending.delete(message.call);
        return;
    }
  };
}

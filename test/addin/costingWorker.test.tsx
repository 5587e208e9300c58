/**
 * @jest-environment jsdom
 */
// The Adjust step through the costing worker's protocol (src/taskpane/worker/): a worker in this thread whose
// messages are copied both ways by the structured clone a real Worker uses (bigint amounts, Maps of mapped
// headers), so what crosses is what would cross in Excel. Adjust Cost runs in the worker; the pane serves its
// reads in blocks and writes what it hands back; Cancel ends the worker at once and nothing is written.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { costingHost } from "../../src/taskpane/worker/host";
import { useWorkers, type CostingWorker, type StartWorker } from "../../src/taskpane/worker/client";
import { ROWS_PER_MESSAGE, type FromWorker, type ToWorker } from "../../src/taskpane/worker/protocol";
import {
  installNoLayout,
  jobDone,
  lastMessage,
  records,
  renderPane,
  showStep,
  snapshot,
  tableCells,
} from "./paneHarness";

beforeAll(installNoLayout);

/**
 * The structured clone between threads, for what the protocol sends (jsdom has none): primitives and bigints,
 * arrays, plain objects, Dates and Maps, copied; a function or an instance of a class throws, as a
 * DataCloneError would (or would arrive as a bare object, its methods lost).
 */
function structuredClone<T>(value: T): T {
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") {
      if (typeof v === "function" || typeof v === "symbol") throw new Error(`DataCloneError: ${String(v)}`);
      return v;
    }
    if (v instanceof Date) return new Date(v.getTime());
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [copy(k), copy(x)]));
    if (Array.isArray(v)) return v.map(copy);
    if (Object.getPrototypeOf(v) !== Object.prototype) throw new Error(`DataCloneError: a ${v.constructor.name}`);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)]));
  };
  return copy(value) as T;
}

/** A worker in this thread: each message cloned and delivered in a task of its own, as between threads. */
class LoopbackWorker implements CostingWorker {
  onmessage: ((event: { readonly data: FromWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  readonly toWorker: ToWorker[] = [];
  readonly fromWorker: FromWorker[] = [];
  private readonly host = costingHost((m) => {
    const copy = structuredClone(m);
    setTimeout(() => {
      if (this.terminated) return;
      this.fromWorker.push(copy);
      this.onmessage?.({ data: copy });
    });
  });

  postMessage(m: ToWorker): void {
    const copy = structuredClone(m);
    setTimeout(() => {
      if (this.terminated) return;
      this.toWorker.push(copy);
      this.host(copy);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

const started: LoopbackWorker[] = [];
let before: StartWorker;
beforeEach(() => {
  started.length = 0;
  before = useWorkers(() => {
    const w = new LoopbackWorker();
    started.push(w);
    return w;
  });
});
afterEach(() => useWorkers(before));

const button = (name: string | RegExp) => screen.getByRole("button", { name });
/** A job through the worker: each message a task of its own, the tables read through the in-memory Excel. */
const shown = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 10_000 });

test("Adjust Cost runs in the worker: the same adjustments, appended by the pane, each job its own worker", async () => {
  const pane = await renderPane();
  await showStep("Adjust");
  const unchanged = snapshot(pane.excel);
  fireEvent.click(button("Calculate adjustments"));
  await shown("17 value entries for 9 items, total 150.00:");
  expect(snapshot(pane.excel)).toBe(unchanged);
  expect(started).toHaveLength(1);
  expect(started[0].terminated).toBe(true); // ended once its result came
  const asked = started[0].fromWorker.flatMap((m) => (m.type === "readTable" ? [m.name] : []));
  expect(asked).toEqual(expect.arrayContaining(["Item Ledger Entries", "Value Entries", "Items"]));
  // The tables came in blocks, none longer than ROWS_PER_MESSAGE; the amounts came back as bigints.
  const blocks = started[0].toWorker.flatMap((m) => (m.type === "tableRows" ? [m.rows.length] : []));
  expect(Math.max(...blocks)).toBeLessThanOrEqual(ROWS_PER_MESSAGE);
  const result = started[0].fromWorker.find((m) => m.type === "result");
  expect(typeof (result as { value: { summary: { totalAmount: unknown } } }).value.summary.totalAmount).toBe("bigint");

  fireEvent.click(button("Append 17 value entries"));
  await shown("17 value entries appended to Value Entries (entry no. 53..69).");
  expect(started).toHaveLength(2);
  expect(started[1].fromWorker.filter((m) => m.type === "appendRows")).toHaveLength(1);
  const added = records(pane.excel, "Value Entries").slice(52);
  expect(added.map((v) => v["Entry No."])).toEqual(Array.from({ length: 17 }, (_, i) => 53 + i));
  expect(new Set(added.map((v) => v.Adjustment))).toEqual(new Set(["Yes"]));

  await shown(/^Ready for costing/);
  fireEvent.click(button("Calculate adjustments"));
  await shown("Nothing to adjust: every item's cost is already adjusted.");
});

test("Cancel while the worker works ends it at once; nothing is written, and Adjust works afterwards", async () => {
  const pane = await renderPane();
  await showStep("Adjust");
  fireEvent.click(button("Calculate adjustments"));
  await shown("17 value entries for 9 items, total 150.00:");
  const unchanged = snapshot(pane.excel);

  pane.valve.close(); // Excel holds the reads: the worker waits for its tables
  fireEvent.click(button("Append 17 value entries"));
  await waitFor(() => expect(started).toHaveLength(2));
  const status = await screen.findByRole("status");
  const cancel = within(status).getByRole("button", { name: "Cancel" });
  fireEvent.click(cancel);
  expect(started[1].terminated).toBe(true); // at the click, not after the job's next step
  act(() => pane.valve.open());
  await jobDone();
  expect(lastMessage()).toMatch(/cancel/i);
  expect(started[1].fromWorker.some((m) => m.type === "appendRows")).toBe(false);
  expect(snapshot(pane.excel)).toBe(unchanged);

  // The adjustments shown are still offered; appended now, they are written whole.
  fireEvent.click(button("Append 17 value entries"));
  await shown("17 value entries appended to Value Entries (entry no. 53..69).");
  expect(started).toHaveLength(3);
  expect(records(pane.excel, "Value Entries")).toHaveLength(69);
});

test("a worker whose script does not load: the job runs on the pane's thread", async () => {
  useWorkers(() => {
    const w = new LoopbackWorker();
    w.postMessage = () => setTimeout(() => w.onerror?.({ message: "404" }));
    return w;
  });
  await renderPane();
  await showStep("Adjust");
  fireEvent.click(button("Calculate adjustments"));
  await shown("17 value entries for 9 items, total 150.00:");
});

test("Valuation with Adjust Cost's adjustments runs in the worker: 590.00 on 2025-12-31, nothing written", async () => {
  const pane = await renderPane();
  await showStep("Valuation");
  const unchanged = snapshot(pane.excel);
  fireEvent.change(screen.getByLabelText("Date"), { target: { value: "2025-12-31" } });
  fireEvent.click(screen.getByRole("checkbox", { name: /^With the adjustments Adjust Cost/ }));
  fireEvent.click(button("Value inventory"));
  await jobDone();
  const table = await screen.findByRole("table", { name: "Inventory on 2025-12-31, by valuation date" });
  expect(tableCells(table).at(-1)![2]).toBe("590.00"); // the README's figure
  expect(started).toHaveLength(1);
  expect(started[0].fromWorker.some((m) => m.type === "result")).toBe(true);
  expect(snapshot(pane.excel)).toBe(unchanged);
});

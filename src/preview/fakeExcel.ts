// A small in-memory Excel, for the Office.js adapter's tests, the browser test and `npm run preview` (a dev
// harness: the add-in never loads it in Office). It keeps Office.js's batch semantics strict:
// writes and loads are queued and happen at context.sync(); a property read before it was loaded and synced
// throws; getItem of a missing sheet or table fails with ItemNotFound at sync; writes to a protected sheet
// fail with AccessDenied; a request or response above the payload limit fails (nothing applied) with
// Excel on the web's error codes. Text written into a cell that is not formatted as text is interpreted as
// Excel does: "=..." (and "+...", "@...") becomes a formula, "00123" a number.
//
// For the task pane (the browser test, the preview) it also models what the pane does besides reading and writing:
// Worksheet.activate and Range.select (the selection is kept in `selection`), worksheets.onChanged (a handler
// registered at sync; a change of cell values, by the add-in or by `userEdit` as a user types, raises
// WorksheetChanged with source "Local" after the sync, as Excel raises it), sheets found by id as by name, and an
// optional delay per sync (`syncDelayMs`, so a test can act while a job waits on Excel).

export type Scalar = string | number | boolean;

export interface Cell {
  value: Scalar | "";
  format: string;
  formula?: string;
}

let sheetIds = 0;

export class FakeSheet {
  protected = false;
  cells: (Cell | undefined)[][] = [];
  /** Office.js's worksheet id (a GUID in braces), what change events carry. */
  readonly id = `{00000000-0001-0000-0000-${String(++sheetIds).padStart(12, "0")}}`;
  constructor(public name: string) {}

  cell(row: number, col: number): Cell {
    const r = (this.cells[row] ??= []);
    return (r[col] ??= { value: "", format: "General" });
  }

  /** The used range (values only): first and last row and column with a value. */
  used(): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.cells.forEach((r, i) =>
      r?.forEach((c, j) => {
        if (!c || c.value === "") return;
        top = Math.min(top, i);
        bottom = Math.max(bottom, i);
        left = Math.min(left, j);
        right = Math.max(right, j);
      }),
    );
    return bottom < 0 ? null : { sheet: this, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Values of a block, "" for empty cells. */
  values(row: number, col: number, rows: number, cols: number): (Scalar | "")[][] {
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => this.cells[row + i]?.[col + j]?.value ?? ""),
    );
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  row: number; // header row, 0-based
  col: number;
  rows: number; // header + body (+ totals)
  cols: number;
  showTotals: boolean;
  style: string;
}

export interface Rect {
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a worksheets.onChanged handler gets (Excel.WorksheetChangedEventArgs, the parts modelled). */
export interface FakeChangedEvent {
  readonly type: "WorksheetChanged";
  readonly changeType: "RangeEdited" | "RowInserted" | "RowDeleted";
  readonly source: "Local";
  readonly worksheetId: string;
  readonly address: string;
}

type ChangedHandler = (event: FakeChangedEvent) => unknown;

export interface FakeChart {
  readonly sheet: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  position: readonly [string, string] | null;
}

interface Op {
  readonly request: number; // bytes sent
  readonly run: () => number | void; // bytes received
}

/** Writes a value into a cell the way Excel interprets it. */
function writeCell(cell: Cell, v: unknown): void {
  delete cell.formula;
  if (v === null || v === undefined) return; // null: no change
  if (typeof v === "string" && cell.format !== "@") {
    if (/^[=+@]/.test(v) || (v.startsWith("-") && !/^-\d+(\.\d+)?$/.test(v))) {
      cell.formula = v;
      cell.value = "#NAME?";
      return;
    }
    if (/^-?\d+(\.\d+)?$/.test(v)) {
      cell.value = Number(v);
      return;
    }
  }
  cell.value = v as Scalar;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Bytes per request and per response, as Excel on the web. */
  payloadLimit = 5 * 1024 * 1024;
  syncs = 0;
  runs = 0;
  rowsAddCalls = 0;
  maxRequest = 0;
  maxResponse = 0;
  refused = 0;
  /** Cells whose values the add-in loaded (Range.values at a sync), per sheet name. */
  readonly cellsRead = new Map<string, number>();
  /** Milliseconds each context.sync() waits before it runs (0: none). */
  syncDelayMs = 0;
  /** The active sheet's name and the selected range (Worksheet.activate, Range.select). */
  activeSheet: string | null = null;
  selection: { readonly sheet: string; readonly address: string } | null = null;
  /** worksheets.onChanged handlers registered (added at a sync, not removed yet), and how many were ever added. */
  readonly changedHandlers: ChangedHandler[] = [];
  handlersAdded = 0;
  /** Charts added (Worksheet.charts.add): their sheet, type, source range, series by, title and position. */
  readonly charts: FakeChart[] = [];
  /** Change events raised, and what handlers threw or rejected with. */
  readonly changeEvents: FakeChangedEvent[] = [];
  readonly handlerErrors: string[] = [];

  addSheet(name: string, rows: (Scalar | "" | null)[][] = [], formats?: string[][]): FakeSheet {
    const sheet = new FakeSheet(name);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null || v === "") return;
        const cell = sheet.cell(i, j);
        cell.value = v;
        cell.format = formats?.[i]?.[j] ?? "General";
      }),
    );
    this.sheets.push(sheet);
    return sheet;
  }

  addTable(name: string, sheet: FakeSheet, row: number, col: number, rows: number, cols: number): FakeTable {
    const t = { name, sheet, row, col, rows, cols, showTotals: false, style: "TableStyleMedium2" };
    this.tables.push(t);
    return t;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase() || x.id === name);
    if (!s) throw new OfficeError("ItemNotFound", `The worksheet "${name}" does not exist.`);
    return s;
  }

  table(name: string): FakeTable {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new OfficeError("ItemNotFound", `The table "${name}" does not exist.`);
    return t;
  }

  /**
   * Cells typed by a user in Excel: `values` (one value, or rows of values from `address`'s top left cell) are
   * interpreted as Excel interprets typing; then worksheets.onChanged is raised. A protected sheet refuses.
   */
  userEdit(sheetName: string, address: string, values: Scalar | "" | (Scalar | "")[][]): void {
    const sheet = this.sheet(sheetName);
    writable(sheet);
    const at = parseAddress(address);
    const rows = Array.isArray(values) ? values : [[values]];
    rows.forEach((r, i) => r.forEach((v, j) => writeCell(sheet.cell(at.row + i, at.col + j), v)));
    const width = Math.max(...rows.map((r) => r.length));
    this.raiseChanged([
      { sheet, address: rangeAddress(at.row, at.col, rows.length, width), changeType: "RangeEdited" },
    ]);
  }

  /** Calls each registered handler after the current task, as Excel raises events after the change. */
  raiseChanged(changes: readonly Change[]): void {
    for (const c of changes) {
      const event: FakeChangedEvent = {
        type: "WorksheetChanged",
        changeType: c.changeType,
        source: "Local",
        worksheetId: c.sheet.id,
        address: `${c.sheet.name}!${c.address}`,
      };
      this.changeEvents.push(event);
      const handlers = [...this.changedHandlers];
      setTimeout(() => {
        for (const handler of handlers) {
          Promise.resolve()
            .then(() => handler(event))
            .catch((e: unknown) => this.handlerErrors.push(e instanceof Error ? e.message : String(e)));
        }
      }, 0);
    }
  }

  /** Excel.run's shape. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    return batch(new FakeContext(this) as unknown as Excel.RequestContext);
  };
}

/** A change of cell values in a sync, raised as a change event once the sync is done. */
export interface Change {
  readonly sheet: FakeSheet;
  readonly address: string;
  readonly changeType: FakeChangedEvent["changeType"];
}

const size = (v: unknown): number =>
  JSON.stringify(v, (_k, x: unknown) => (x instanceof Proxy ? "{name}" : x))?.length ?? 0;
const writable = (sheet: FakeSheet): void => {
  if (sheet.protected) throw new OfficeError("AccessDenied", `The sheet ${sheet.name} is protected.`);
};

class FakeContext {
  readonly queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  /** Cell values changed by the ops of the sync running now. */
  private readonly changes: Change[] = [];
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  push(run: () => number | void, request = 0): void {
    this.queue.push({ request, run });
  }

  /** An op changed cell values: a change event follows the sync. */
  changed(sheet: FakeSheet, rect: Omit<Rect, "sheet">, changeType: Change["changeType"] = "RangeEdited"): void {
    this.changes.push({ sheet, address: rangeAddress(rect.row, rect.col, rect.rows, rect.cols), changeType });
  }

  async sync(): Promise<void> {
    if (this.excel.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.excel.syncDelayMs));
    try {
      this.runQueue();
    } finally {
      const changes = this.changes.splice(0);
      if (changes.length > 0) this.excel.raiseChanged(changes);
    }
  }

  private runQueue(): void {
    const ops = this.queue.splice(0);
    const excel = this.excel;
    excel.syncs++;
    const request = ops.reduce((n, o) => n + o.request, 0);
    excel.maxRequest = Math.max(excel.maxRequest, request);
    if (request > excel.payloadLimit) {
      excel.refused++;
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request payload (${request} bytes) is too large.`);
    }
    let response = 0;
    for (const op of ops) response += op.run() ?? 0;
    excel.maxResponse = Math.max(excel.maxResponse, response);
    if (response > excel.payloadLimit) {
      excel.refused++;
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload (${response} bytes) is too large.`,
      );
    }
  }
}

/** An Office.js proxy object: loadable properties become readable only after load() and sync(). */
class Proxy {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`fake Excel: "${prop}" was read before load("${prop}") and sync()`);
    return this.loaded.get(prop) as T;
  }

  protected isLoaded(prop: string): boolean {
    return this.loaded.has(prop);
  }

  protected snapshot(_prop: string): unknown {
    throw new Error(`fake Excel: "${_prop}" cannot be loaded here`);
  }

  load(props: string | string[]): this {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
    if (list.length === 0) throw new Error("fake Excel: load() without properties (office-addins/no-empty-load)");
    this.ctx.push(() => {
      let bytes = 0;
      for (const p of list) {
        const v = this.snapshot(p);
        this.loaded.set(p, v);
        bytes += size(v);
      }
      return bytes;
    });
    return this;
  }

  /** For objects from ...OrNullObject: isNullObject is known after the next sync. */
  protected nullable(exists: () => boolean): void {
    this.ctx.push(() => void this.loaded.set("isNullObject", !exists()));
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

class FakeWorkbook {
  readonly tables: TableCollection;
  readonly worksheets: SheetCollection;
  constructor(private readonly ctx: FakeContext) {
    this.tables = new TableCollection(ctx);
    this.worksheets = new SheetCollection(ctx);
  }
  /** The selection's top left cell (Workbook.getActiveCell, ExcelApi 1.7); A1 of the first sheet by default. */
  getActiveCell(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const excel = this.ctx.excel;
      const at = excel.selection ?? { sheet: excel.activeSheet ?? excel.sheets[0]?.name, address: "A1" };
      if (!at.sheet) throw new OfficeError("ItemNotFound", "no worksheet");
      const r = parseAddress(at.address.split(":")[0]);
      return { sheet: excel.sheet(at.sheet), row: r.row, col: r.col, rows: 1, cols: 1 };
    });
  }
}

class TableCollection extends Proxy {
  protected override snapshot(prop: string): unknown {
    if (prop !== "items/name" && prop !== "items") return super.snapshot(prop);
    return this.ctx.excel.tables.map((t) => {
      const p = new TableProxy(this.ctx, () => this.ctx.excel.table(t.name));
      p.preload("name", t.name);
      return p;
    });
  }
  get items(): TableProxy[] {
    return this.read("items/name");
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.excel.table(name));
  }
  getItemOrNullObject(name: string): TableProxy {
    const p = new TableProxy(this.ctx, () => this.ctx.excel.table(name));
    p.checkExists(() => this.ctx.excel.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()));
    return p;
  }
}

class SheetCollection extends Proxy {
  protected override snapshot(prop: string): unknown {
    if (prop !== "items/name") return super.snapshot(prop);
    return this.ctx.excel.sheets.map((s) => {
      const p = new SheetProxy(this.ctx, () => this.ctx.excel.sheet(s.name));
      p.preload("name", s.name);
      return p;
    });
  }
  get items(): SheetProxy[] {
    return this.read("items/name");
  }
  getItem(name: string): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.excel.sheet(name));
  }
  getItemOrNullObject(name: string): SheetProxy {
    const p = new SheetProxy(this.ctx, () => this.ctx.excel.sheet(name));
    p.checkExists(() => this.ctx.excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()));
    return p;
  }
  /** worksheets.onChanged: the handler is registered at the next sync; remove() takes effect at a sync too. */
  get onChanged() {
    return {
      add: (handler: ChangedHandler) => {
        const excel = this.ctx.excel;
        this.ctx.push(() => {
          excel.changedHandlers.push(handler);
          excel.handlersAdded++;
        });
        return {
          context: this.ctx,
          remove: (): void =>
            this.ctx.push(() => {
              const i = excel.changedHandlers.indexOf(handler);
              if (i < 0) throw new OfficeError("InvalidOperation", "The event handler was removed already.");
              excel.changedHandlers.splice(i, 1);
            }),
        };
      },
    };
  }
  add(name: string): SheetProxy {
    this.ctx.push(() => {
      if (this.ctx.excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      }
      this.ctx.excel.sheets.push(new FakeSheet(name));
    });
    return this.getItem(name);
  }
}

/** Proxies whose properties were loaded together with their collection. */
class Preloadable extends Proxy {
  private readonly pre = new Map<string, unknown>();
  preload(prop: string, v: unknown): void {
    this.pre.set(prop, v);
  }
  checkExists(exists: () => boolean): void {
    this.nullable(exists);
  }
  protected override read<T>(prop: string): T {
    return this.pre.has(prop) ? (this.pre.get(prop) as T) : super.read<T>(prop);
  }
}

class SheetProxy extends Preloadable {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected override snapshot(prop: string): unknown {
    if (prop === "name") return this.resolve().name;
    if (prop === "id") return this.resolve().id;
    return super.snapshot(prop);
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  activate(): void {
    this.ctx.push(() => void (this.ctx.excel.activeSheet = this.resolve().name));
  }
  private protectionProxy?: ProtectionProxy;
  get protection(): ProtectionProxy {
    return (this.protectionProxy ??= new ProtectionProxy(this.ctx, this.resolve));
  }
  get charts() {
    return {
      add: (type: string, source: RangeProxy, seriesBy = "Auto") => {
        const chart: FakeChart = { sheet: "", type, source: "", seriesBy, title: "", position: null };
        this.ctx.push(() => {
          const sheet = this.resolve();
          const r = source.bounds();
          if (r.sheet !== sheet) throw new OfficeError("InvalidArgument", "The chart's data is on another sheet.");
          this.ctx.excel.charts.push(
            Object.assign(chart, { sheet: sheet.name, source: rangeAddress(r.row, r.col, r.rows, r.cols) }),
          );
        });
        const ctx = this.ctx;
        return {
          title: {
            set text(t: string) {
              ctx.push(() => void (chart.title = t));
            },
          },
          setPosition: (start: string, end?: string) => ctx.push(() => void (chart.position = [start, end ?? start])),
        };
      },
    };
  }
  get tables() {
    return {
      add: (addr: string, hasHeaders: boolean): TableProxy => {
        let created: FakeTable | undefined;
        this.ctx.push(() => {
          const sheet = this.resolve();
          writable(sheet);
          if (!hasHeaders) throw new Error("fake Excel: tables without headers are not modelled");
          const r = parseAddress(addr);
          const n = this.ctx.excel.tables.length + 1;
          created = this.ctx.excel.addTable(`Table${n}`, sheet, r.row, r.col, r.rows, r.cols);
        }, size(addr));
        return new TableProxy(this.ctx, () => {
          if (!created) throw new OfficeError("ItemNotFound", "table not created");
          return created;
        });
      },
    };
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.resolve(), row, col, rows, cols }));
  }
  getRange(addr?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      if (addr) return { sheet, ...parseAddress(addr) };
      return { sheet, row: 0, col: 0, rows: Math.max(1, sheet.cells.length), cols: 16384 };
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    const p = new RangeProxy(this.ctx, () => this.resolve().used());
    p.checkExists(() => this.resolve().used() !== null);
    return p;
  }
}

class ProtectionProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected override snapshot(prop: string): unknown {
    return prop === "protected" ? this.resolve().protected : super.snapshot(prop);
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

class TableProxy extends Preloadable {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeTable,
  ) {
    super(ctx);
  }
  protected override snapshot(prop: string): unknown {
    const t = this.resolve();
    if (prop === "name") return t.name;
    if (prop === "showTotals") return t.showTotals;
    return super.snapshot(prop);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.ctx.push(() => void (this.resolve().name = v), size(v));
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set style(v: string) {
    this.ctx.push(() => void (this.resolve().style = v), size(v));
  }
  private sheetProxy?: SheetProxy;
  get worksheet(): SheetProxy {
    return (this.sheetProxy ??= new SheetProxy(this.ctx, () => this.resolve().sheet));
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, row: t.row, col: t.col, rows: t.rows, cols: t.cols };
    });
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, row: t.row + 1, col: t.col, rows: t.rows - 1 - (t.showTotals ? 1 : 0), cols: t.cols };
    });
  }
  convertToRange(): void {
    this.ctx.push(() => {
      const t = this.resolve();
      this.ctx.excel.tables.splice(this.ctx.excel.tables.indexOf(t), 1);
    });
  }
  get rows() {
    return {
      add: (index: number | null | undefined, values: unknown[][]): void => {
        if (index !== null && index !== undefined && index !== -1) throw new Error("fake Excel: only appends rows");
        this.ctx.push(() => {
          const t = this.resolve();
          writable(t.sheet);
          this.ctx.excel.rowsAddCalls++;
          if (values.some((r) => r.length !== t.cols)) throw new OfficeError("InvalidArgument", "row width differs");
          const at = t.row + t.rows - (t.showTotals ? 1 : 0); // first new row
          const n = values.length;
          const sheet = t.sheet;
          // Insert: cells in the table's columns at and below `at` move down by n.
          for (let r = sheet.cells.length - 1; r >= at; r--) {
            for (let c = t.col; c < t.col + t.cols; c++) {
              const cell = sheet.cells[r]?.[c];
              if (cell) sheet.cell(r + n, c).value = cell.value;
              if (cell) sheet.cell(r + n, c).format = cell.format;
              if (sheet.cells[r]) sheet.cells[r][c] = undefined;
            }
          }
          values.forEach((row, i) =>
            row.forEach((v, j) => {
              const cell = sheet.cell(at + i, t.col + j);
              cell.format = sheet.cells[at - 1]?.[t.col + j]?.format ?? "General"; // the row above's format
              writeCell(cell, v);
            }),
          );
          t.rows += n;
          this.ctx.changed(sheet, { row: at, col: t.col, rows: n, cols: t.cols }, "RowInserted");
        }, size(values));
      },
    };
  }
}

/** "A1" or "A1:C3" for 0-based first row and column and a size (Excel's address, without the sheet). */
/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits and _. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const letters = (index: number): string => {
    let out = "";
    for (let x = index + 1; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
    return out;
  };
  const first = `${letters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? first : `${first}:${letters(col + cols - 1)}${row + rows}`;
}

export function parseAddress(addr: string): { row: number; col: number; rows: number; cols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(addr.replace(/^.*!/, "").replace(/\$/g, ""));
  if (!m) throw new Error(`fake Excel: bad address ${addr}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = +m[2] - 1;
  const c0 = col(m[1]);
  const r1 = m[4] ? +m[4] - 1 : r0;
  const c1 = m[3] ? col(m[3]) : c0;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

class RangeProxy extends Preloadable {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => Rect | null,
  ) {
    super(ctx);
  }
  /** The range's place, for another proxy's operation (charts.add). */
  bounds(): Rect {
    return this.rect();
  }
  private rect(): Rect {
    const r = this.resolve();
    if (!r) throw new OfficeError("ItemNotFound", "null range");
    if (r.rows < 1 || r.cols < 1 || r.row < 0 || r.col < 0) throw new OfficeError("InvalidArgument", "bad range");
    return r;
  }
  protected override snapshot(prop: string): unknown {
    if (this.resolve() === null) return undefined; // a null object's properties
    const r = this.rect();
    switch (prop) {
      case "rowIndex":
        return r.row;
      case "columnIndex":
        return r.col;
      case "rowCount":
        return r.rows;
      case "columnCount":
        return r.cols;
      case "values": {
        const read = this.ctx.excel.cellsRead;
        read.set(r.sheet.name, (read.get(r.sheet.name) ?? 0) + r.rows * r.cols);
        return r.sheet.values(r.row, r.col, r.rows, r.cols);
      }
      case "formulas":
        return Array.from({ length: r.rows }, (_, i) =>
          Array.from({ length: r.cols }, (_, j) => {
            const cell = r.sheet.cells[r.row + i]?.[r.col + j];
            return cell?.formula ?? cell?.value ?? "";
          }),
        );
      case "address":
        return `${quoteSheet(r.sheet.name)}!${rangeAddress(r.row, r.col, r.rows, r.cols)}`;
      case "worksheet/name":
        return r.sheet.name;
      case "numberFormat":
        return Array.from({ length: r.rows }, (_, i) =>
          Array.from({ length: r.cols }, (_, j) => r.sheet.cells[r.row + i]?.[r.col + j]?.format ?? "General"),
        );
      default:
        return super.snapshot(prop);
    }
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get address(): string {
    return this.read("address");
  }
  /** The range's worksheet (its name readable when loaded with the range: "worksheet/name"). */
  get worksheet(): SheetProxy {
    const sheet = new SheetProxy(this.ctx, () => this.rect().sheet);
    if (this.isLoaded("worksheet/name")) sheet.preload("name", this.read("worksheet/name"));
    return sheet;
  }
  set values(v: unknown[][]) {
    this.ctx.push(() => {
      const r = this.rect();
      writable(r.sheet);
      if (v.length !== r.rows || v.some((row) => row.length !== r.cols)) {
        throw new OfficeError("InvalidArgument", "The values do not match the range's size.");
      }
      v.forEach((row, i) => row.forEach((x, j) => writeCell(r.sheet.cell(r.row + i, r.col + j), x)));
      this.ctx.changed(r.sheet, r);
    }, size(v));
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(f: unknown[][]) {
    this.ctx.push(() => {
      const r = this.rect();
      writable(r.sheet);
      if (f.length !== r.rows || f.some((row) => row.length !== r.cols)) {
        throw new OfficeError("InvalidArgument", "The number formats do not match the range's size.");
      }
      f.forEach((row, i) =>
        row.forEach((x, j) => {
          if (typeof x === "string") r.sheet.cell(r.row + i, r.col + j).format = x;
        }),
      );
    }, size(f));
  }
  get format() {
    return { autofitColumns: (): void => this.ctx.push(() => void this.rect()) };
  }
  clear(): void {
    this.ctx.push(() => {
      const r = this.rect();
      writable(r.sheet);
      for (let i = r.row; i < r.row + r.rows; i++) {
        for (let j = r.col; j < r.col + r.cols && j < (r.sheet.cells[i]?.length ?? 0); j++) {
          if (r.sheet.cells[i]) r.sheet.cells[i][j] = undefined;
        }
      }
      this.ctx.changed(r.sheet, { ...r, cols: Math.min(r.cols, 16384 - r.col) });
    });
  }
  /**
   * Deletes the range's cells, those below moving up (only "Up" is modelled). A table the deleted rows cross
   * must be covered over its whole width (Excel refuses to shift part of a table) and loses those rows; tables
   * below in the same columns move up.
   */
  delete(shift: string): void {
    if (shift !== "Up") throw new Error(`fake Excel: Range.delete("${shift}") is not modelled, only "Up"`);
    this.ctx.push(() => {
      const r = this.rect();
      writable(r.sheet);
      const sheet = r.sheet;
      const end = r.row + r.rows; // first row below the range
      const tables = this.ctx.excel.tables.filter((t) => t.sheet === sheet);
      for (const t of tables) {
        const crossesRows = t.row < end && t.row + t.rows > r.row;
        const crossesCols = t.col < r.col + r.cols && t.col + t.cols > r.col;
        if (crossesRows && crossesCols && (t.col < r.col || t.col + t.cols > r.col + r.cols || r.row <= t.row)) {
          throw new OfficeError("InvalidOperation", "This operation is not allowed: it would shift cells in a table.");
        }
      }
      for (let i = r.row; i < sheet.cells.length; i++) {
        for (let j = r.col; j < r.col + r.cols; j++) {
          const from = sheet.cells[i + r.rows]?.[j];
          if (from) (sheet.cells[i] ??= [])[j] = { ...from };
          else if (sheet.cells[i]) sheet.cells[i][j] = undefined;
        }
      }
      for (const t of tables) {
        if (t.col < r.col || t.col + t.cols > r.col + r.cols) continue;
        if (t.row >= end) t.row -= r.rows;
        else if (t.row + t.rows > r.row) t.rows -= Math.min(end, t.row + t.rows) - r.row;
      }
      this.ctx.changed(sheet, r, "RowDeleted");
    });
  }
  /** Selects the range (and activates its sheet), as the user would see it in Excel. */
  select(): void {
    this.ctx.push(() => {
      const r = this.rect();
      this.ctx.excel.activeSheet = r.sheet.name;
      this.ctx.excel.selection = { sheet: r.sheet.name, address: rangeAddress(r.row, r.col, r.rows, r.cols) };
    });
  }
  getLastRow(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const r = this.rect();
      return { ...r, row: r.row + r.rows - 1, rows: 1 };
    });
  }
  getOffsetRange(dr: number, dc: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const r = this.rect();
      return { ...r, row: r.row + dr, col: r.col + dc };
    });
  }
  getResizedRange(dr: number, dc: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const r = this.rect();
      return { ...r, rows: r.rows + dr, cols: r.cols + dc };
    });
  }
}

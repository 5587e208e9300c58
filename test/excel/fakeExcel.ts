// A small in-memory Excel for the Office.js adapter's tests. It keeps Office.js's batch semantics strict:
// writes and loads are queued and happen at context.sync(); a property read before it was loaded and synced
// throws; getItem of a missing sheet or table fails with ItemNotFound at sync; writes to a protected sheet
// fail with AccessDenied; a request or response above the payload limit fails (nothing applied) with
// Excel on the web's error codes. Text written into a cell that is not formatted as text is interpreted as
// Excel does: "=..." (and "+...", "@...") becomes a formula, "00123" a number.

export type Scalar = string | number | boolean;

export interface Cell {
  value: Scalar | "";
  format: string;
  formula?: string;
}

export class FakeSheet {
  protected = false;
  cells: (Cell | undefined)[][] = [];
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
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new OfficeError("ItemNotFound", `The worksheet "${name}" does not exist.`);
    return s;
  }

  table(name: string): FakeTable {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new OfficeError("ItemNotFound", `The table "${name}" does not exist.`);
    return t;
  }

  /** Excel.run's shape. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    return batch(new FakeContext(this) as unknown as Excel.RequestContext);
  };
}

const size = (v: unknown): number =>
  JSON.stringify(v, (_k, x: unknown) => (x instanceof Proxy ? "{name}" : x))?.length ?? 0;
const writable = (sheet: FakeSheet): void => {
  if (sheet.protected) throw new OfficeError("AccessDenied", `The sheet ${sheet.name} is protected.`);
};

class FakeContext {
  readonly queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  push(run: () => number | void, request = 0): void {
    this.queue.push({ request, run });
  }

  async sync(): Promise<void> {
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
  constructor(ctx: FakeContext) {
    this.tables = new TableCollection(ctx);
    this.worksheets = new SheetCollection(ctx);
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
    return super.snapshot(prop);
  }
  get name(): string {
    return this.read("name");
  }
  private protectionProxy?: ProtectionProxy;
  get protection(): ProtectionProxy {
    return (this.protectionProxy ??= new ProtectionProxy(this.ctx, this.resolve));
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
        }, size(values));
      },
    };
  }
}

function parseAddress(addr: string): { row: number; col: number; rows: number; cols: number } {
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
      case "values":
        return r.sheet.values(r.row, r.col, r.rows, r.cols);
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
  set values(v: unknown[][]) {
    this.ctx.push(() => {
      const r = this.rect();
      writable(r.sheet);
      if (v.length !== r.rows || v.some((row) => row.length !== r.cols)) {
        throw new OfficeError("InvalidArgument", "The values do not match the range's size.");
      }
      v.forEach((row, i) => row.forEach((x, j) => writeCell(r.sheet.cell(r.row + i, r.col + j), x)));
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

// What to explain, from the cell the user selected (Average Cost Calc. Overview opened from a cell): a COSTING
// formula gives its item, date, location and variant as the function receives them; a row of Value Entries gives
// that entry's item, valuation date, location and variant; a row of Item Ledger Entries, its posting date.
import type { Ledger, LedgerInput } from "../engine";
import type { IsoDate } from "../engine/calendar";
import type { Messages } from "../i18n";
import type { CallArgument, SelectedCell } from "./costingFormula";
import type { CellValue } from "./port";
import { excelSerialToIso, parseDate } from "./values";

/** The Explain view's fields, as text. */
export interface ExplainFields {
  readonly item: string;
  readonly date: IsoDate;
  readonly location: string;
  readonly variant: string;
}

export type ExplainFromCell =
  | { readonly ok: true; readonly fields: ExplainFields; readonly from: string }
  | { readonly ok: false; readonly message: string };

/** The COSTING functions whose first four arguments are item, date, location and variant. */
const EXPLAINED = new Set(["AVGCOST", "UNITCOST", "QTY", "VALUE", "REVALQTY", "EXPLAIN"]);

/** Where the tables were found: each ledger table's caption and sheet. */
export interface TablesAt {
  readonly tables: readonly { readonly name: string; readonly sheet: string | null }[];
}

export function explainFromCell(
  cell: SelectedCell,
  input: Pick<LedgerInput, "sources">,
  ledger: Pick<Ledger, "valueEntries" | "itemLedgerEntries">,
  at: TablesAt,
  m: Messages,
): ExplainFromCell {
  const address = `${cell.sheet}!${cell.address}`;
  if (cell.call) return fromCall(cell.call, address, m);
  const sheetOf = (table: string) => at.tables.find((t) => t.name === table)?.sheet ?? null;
  for (const table of ["Value Entries", "Item Ledger Entries"] as const) {
    if (sheetOf(table) !== cell.sheet) continue;
    const key = sourceKeyAt(input, table, cell.row);
    if (key === null) break;
    const no = Number(key.slice(key.indexOf(":") + 1));
    const from = m.t("pane.explain.fromRow", { table: m.caption(table), row: String(cell.row) });
    const e =
      table === "Value Entries"
        ? ledger.valueEntries.find((v) => v.entryNo === no)
        : ledger.itemLedgerEntries.find((x) => x.entryNo === no);
    if (!e) break;
    const date = "valuationDate" in e ? e.valuationDate : e.postingDate;
    return { ok: true, fields: { item: e.itemNo, date, location: e.locationCode, variant: e.variantCode }, from };
  }
  return { ok: false, message: m.t("pane.explain.selectionNotUsable", { address }) };
}

/** The record ("VE:<no>", "ILE:<no>") whose source is row `row` of `table`; null when none is. */
function sourceKeyAt(input: Pick<LedgerInput, "sources">, table: string, row: number): string | null {
  const prefix = table === "Value Entries" ? "VE:" : "ILE:";
  for (const [key, ref] of input.sources ?? []) {
    if (key.startsWith(prefix) && ref.table === table && ref.row === row) return key;
  }
  return null;
}

function fromCall(call: NonNullable<SelectedCell["call"]>, address: string, m: Messages): ExplainFromCell {
  if (!EXPLAINED.has(call.name)) {
    return { ok: false, message: m.t("pane.explain.notExplained", { address, name: call.name }) };
  }
  const [item, date, location, variant] = [0, 1, 2, 3].map((i) => call.args[i] ?? { kind: "omitted" as const });
  const unknown = [item, date, location, variant].find((a) => a.kind === "other");
  if (unknown && unknown.kind === "other") {
    return { ok: false, message: m.t("pane.explain.argumentUnknown", { address, text: unknown.text }) };
  }
  const itemNo = codeOf(item);
  const iso = dateOf(date);
  if (!itemNo || !iso) return { ok: false, message: m.t("pane.explain.argumentMissing", { address }) };
  const fields = { item: itemNo, date: iso, location: codeOf(location) ?? "", variant: codeOf(variant) ?? "" };
  return { ok: true, fields, from: m.t("pane.explain.fromCall", { address, name: call.name }) };
}

const valueOf = (a: CallArgument): CellValue => (a.kind === "value" ? a.value : null);

function codeOf(a: CallArgument): string | null {
  const v = valueOf(a);
  if (v === null || v === "") return null;
  return (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim() || null;
}

function dateOf(a: CallArgument): IsoDate | null {
  const v = valueOf(a);
  if (v === null || v === "") return null;
  const parsed = typeof v === "number" ? excelSerialToIso(v) : parseDate(v);
  return parsed.ok && parsed.value !== "" ? parsed.value : null;
}

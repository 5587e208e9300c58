// The fields Business Central fills on a value entry that Adjust Cost – Item Entries or the Revaluation Journal
// posts, beyond the costing's own (schema.ts VALUE_ENTRY_COPIED_COLUMNS): each is copied from the entry the new
// one adjusts when the Value Entries table has its column, so the appended rows carry the posting groups,
// dimensions and source a controller filters them by. What Business Central does (BaseApp):
//
// Adjustment entries: codeunit 5895 "Inventory Adjustment", PostAdjmtBuf posts each adjusted value entry
// (OrigValueEntry, the new entry's Applies-to Entry) through InitAdjmtJnlLine, which copies Description, Source
// Posting Group, Source No., Salespers./Purch. Code, Source Type, Reason Code, Drop Shipment, Document Date,
// External Document No. and Return Reason Code, and PostItemJnlLine, which copies Document No., Document Type,
// Document Line No., Inventory / Gen. Bus. / Gen. Prod. Posting Group, Order Type / No. / Line No., Job No.,
// Job Task No., Global Dimension 1 / 2 Code and Dimension Set ID, and sets Source Code to the Source Code
// Setup's Adjust Cost (INVTADJMT). Codeunit 22 "Item Jnl.-Post Line", InitValueEntry, writes them to the value
// entry (Order Type / No. / Line No. from the item ledger entry, the same), except Inventory Posting Group for
// an entry that is not a direct cost without item charge: that one is the item ledger entry's last direct cost
// entry's (GetLastDirectCostValEntry). Inventoriable is set for an inventory item (the entry adjusted has it).
//
// Rounding entries: EliminateRndgResidual posts on the item ledger entry's last direct cost entry without item
// charge and not an adjustment; InitRndgResidualItemJnlLine starts a new journal line with only its Source No.,
// PostItemJnlLine copies the fields above it copies.
//
// Revaluation entries: report 5899 "Calculate Inventory Value", InitItemJnlLine / InsertItemJnlLine, makes the
// journal line: Source Code = the Source Code Setup's Revaluation Journal (REVALJNL), the item's posting groups
// (validating Item No.), and for a line per item ledger entry that entry's dimensions (CopyDim of its Dimension
// Set ID); InitValueEntry takes Inventory Posting Group from the entry's last direct cost entry, Order Type /
// No. / Line No. from the item ledger entry. Document Type, Gen. Bus. Posting Group, Source Type and Source No.
// stay blank. The item's posting groups are taken here from that direct cost entry (the item's when it was
// posted); a line per item has the item's default dimensions, which the workbook lacks: left blank.
//
// Every new entry: Cost Posted to G/L and Expected Cost Posted to G/L are 0 (Post Inventory Cost to G/L has not
// run on it), as are its sales, purchase, discount and non-inventoriable amounts (VALUE_ENTRY_ZERO_COLUMNS).
// A Source Code already on the table's adjustment (or revaluation) entries is the company's own code and is
// used instead of INVTADJMT (REVALJNL). Amounts in the additional reporting currency are left blank.
import type { Ledger, ValueEntry } from "../engine/model";
import { ZERO } from "../engine/money";
import { languageByCode } from "./captions";
import type { CellValue, TableData } from "./port";
import {
  columnMatches,
  VALUE_ENTRIES,
  VALUE_ENTRY_COPIED_COLUMNS,
  VALUE_ENTRY_ZERO_COLUMNS,
  type ColumnDef,
  type TableSchema,
} from "./schema";
import { detectTextStyle, type TextDefaults } from "./textStyle";
import { parseInteger, resolveDecimalSeparator } from "./values";
import { cellWriter, detectBooleanStyle, styledKinds, type AppendTarget, type RowStyle } from "./write";

/** Source Setup's default source codes for Adjust Cost and the Revaluation Journal. */
export const ADJUST_COST_SOURCE_CODE = "INVTADJMT";
export const REVALUATION_SOURCE_CODE = "REVALJNL";

type Rule = "adjustment" | "rounding" | "revaluation";

const ADJUSTMENT_COPIES = [
  // InitAdjmtJnlLine
  "description",
  "sourcePostingGroup",
  "sourceNo",
  "salespersPurchCode",
  "sourceType",
  "reasonCode",
  "dropShipment",
  "documentDate",
  "externalDocumentNo",
  "returnReasonCode",
] as const;
const POST_ITEM_JNL_LINE_COPIES = [
  "documentType",
  "documentLineNo",
  "genBusPostingGroup",
  "genProdPostingGroup",
  "orderType",
  "orderNo",
  "orderLineNo",
  "jobNo",
  "jobTaskNo",
  "globalDimension1Code",
  "globalDimension2Code",
  "dimensionSetId",
  "inventoriable",
] as const;
const DIMENSIONS = ["globalDimension1Code", "globalDimension2Code", "dimensionSetId"] as const;

/** The fields each kind of new entry copies from its source entry (see the comment above). */
const COPIES: Record<Rule, ReadonlySet<string>> = {
  adjustment: new Set([...ADJUSTMENT_COPIES, ...POST_ITEM_JNL_LINE_COPIES]),
  rounding: new Set(["sourceNo", ...POST_ITEM_JNL_LINE_COPIES]),
  revaluation: new Set(["genProdPostingGroup", "orderType", "orderNo", "orderLineNo", "inventoriable", ...DIMENSIONS]),
};

/** Value Entries with the columns of this module too: for the style of the columns new entries fill. */
const ALL_COLUMNS: TableSchema = {
  ...VALUE_ENTRIES,
  columns: [...VALUE_ENTRIES.columns, ...VALUE_ENTRY_COPIED_COLUMNS, ...VALUE_ENTRY_ZERO_COLUMNS],
};

/** A column of the table with its cells dictionary-coded (few distinct posting groups, dimension codes). */
interface CopiedColumn {
  readonly index: number;
  readonly field: string;
  readonly codes: Uint32Array;
  readonly values: CellValue[];
}

const keyOf = (c: CellValue): string =>
  c instanceof Date ? `d${c.getTime()}` : typeof c === "string" ? `s${c}` : `${typeof c}${String(c)}`;

/** A string of its own (not a slice keeping the file's whole text alive). */
const flat = (c: CellValue): CellValue => (typeof c === "string" ? [...c].join("") : c);

function dictionaryCoded(table: TableData, index: number): { codes: Uint32Array; values: CellValue[] } {
  const codes = new Uint32Array(table.rows.length);
  const values: CellValue[] = [null];
  const seen = new Map<string, number>();
  let last: CellValue = null;
  let lastCode = 0;
  table.rows.forEach((row, i) => {
    const c = row[index] ?? null;
    if (c === null || c === "") return;
    if (c !== last) {
      const k = keyOf(c);
      let code = seen.get(k);
      if (code === undefined) {
        code = values.push(flat(c)) - 1;
        seen.set(k, code);
      }
      last = c;
      lastCode = code;
    }
    codes[i] = lastCode;
  });
  return { codes, values };
}

/** The columns new value entries fill from the entries they adjust, captured from the table while it is read. */
export class CopiedFields {
  /** The copied cells of entries appended since (an adjustment of a revaluation posted in the same run). */
  private readonly added = new Map<number, ReadonlyMap<string, CellValue>>();

  private constructor(
    private readonly columns: readonly CopiedColumn[],
    private readonly zero: readonly { readonly index: number; readonly def: ColumnDef }[],
    /** Row indexes in entry-number order, and each row's entry number. */
    private readonly order: Uint32Array,
    private readonly entryNos: Float64Array,
  ) {}

  /** The table's copied and zero columns (headers as bound), or undefined when it has none. */
  static capture(table: TableData, headers: readonly string[]): CopiedFields | undefined {
    const costing = (h: string) => VALUE_ENTRIES.columns.some((d) => columnMatches(d, h));
    const bind = (defs: readonly ColumnDef[]) =>
      headers.flatMap((h, index) => {
        const def = costing(h) ? undefined : defs.find((d) => columnMatches(d, h));
        return def ? [{ index, def }] : [];
      });
    const copied = bind(VALUE_ENTRY_COPIED_COLUMNS);
    const zero = bind(VALUE_ENTRY_ZERO_COLUMNS);
    if (copied.length === 0 && zero.length === 0) return undefined;
    const noIndex = headers.findIndex((h) => columnMatches(VALUE_ENTRIES.columns[0], h));
    const n = table.rows.length;
    const entryNos = new Float64Array(n).fill(NaN);
    // Entry numbers as the reader reads them: "1.234" is 1234 in a column whose numbers have a decimal comma.
    const sep = resolveDecimalSeparator(table.rows.map((r) => r[noIndex] ?? null));
    let sorted = true;
    for (let i = 0; i < n; i++) {
      const r = parseInteger(table.rows[i][noIndex] ?? null, sep);
      if (r.ok && r.value !== null) entryNos[i] = r.value;
      if (i > 0 && !(entryNos[i] > entryNos[i - 1])) sorted = false;
    }
    const order = Uint32Array.from({ length: n }, (_, i) => i);
    if (!sorted) order.sort((a, b) => (entryNos[a] || 0) - (entryNos[b] || 0));
    const columns = copied.map(({ index, def }) => ({ index, field: def.field, ...dictionaryCoded(table, index) }));
    return new CopiedFields(columns, zero, order, entryNos);
  }

  /** The row index of an entry of the table as read, or -1. */
  private rowOf(entryNo: number): number {
    let lo = 0;
    let hi = this.order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.entryNos[this.order[mid]] || 0;
      if (v === entryNo) return this.order[mid];
      if (v < entryNo) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** An entry's cell in a copied column (one read, or one appended before), null when blank or unknown. */
  private cell(entryNo: number, column: CopiedColumn): CellValue {
    const added = this.added.get(entryNo);
    if (added) return added.get(column.field) ?? null;
    const row = this.rowOf(entryNo);
    return row < 0 ? null : column.values[column.codes[row]];
  }

  /** The most recent non-blank Source Code of the entries that `pick` selects, or `fallback`. */
  private sourceCode(ledger: Ledger, pick: (v: ValueEntry) => boolean, fallback: string): CellValue {
    const column = this.columns.find((c) => c.field === "sourceCode");
    if (!column) return fallback;
    for (let i = ledger.valueEntries.length - 1; i >= 0; i--) {
      const v = ledger.valueEntries[i];
      if (!pick(v)) continue;
      const c = this.cell(v.entryNo, column);
      if (c !== null && String(c).trim() !== "") return c;
    }
    return fallback;
  }

  /**
   * Fills a new entry's row (made by rowWriter) in the copied and zero columns; the entries are given in the order
   * they are appended. `perEntry`: whether a revaluation entry comes from a journal line per item ledger entry
   * (it takes that entry's dimensions).
   */
  filler(
    ledger: Ledger,
    entries: readonly ValueEntry[],
    style: RowStyle,
    perEntry: (ve: ValueEntry) => boolean = () => false,
  ): (ve: ValueEntry, row: CellValue[]) => void {
    const lang = style.language ?? languageByCode("en");
    const zeros = this.zero.map(({ index, def }) => ({
      index,
      value: cellWriter(def, style, lang, style.text?.columns[index])(ZERO),
    }));
    // The entries adjusted, and each item ledger entry's last direct cost entry without item charge and not an
    // adjustment (DirCostValueEntry): only those of the new entries, looked up once.
    const adjusted = new Set(entries.filter((v) => v.adjustment).map((v) => v.appliesToEntry));
    const iles = new Set(entries.map((v) => v.itemLedgerEntryNo));
    const byNo = new Map<number, ValueEntry>();
    const directCost = new Map<number, number>();
    const note = (v: ValueEntry) => {
      if (adjusted.has(v.entryNo)) byNo.set(v.entryNo, v);
      if (iles.has(v.itemLedgerEntryNo) && v.entryType === "Direct Cost" && !v.itemChargeNo && !v.adjustment)
        directCost.set(v.itemLedgerEntryNo, v.entryNo);
    };
    ledger.valueEntries.forEach(note);
    entries.forEach(note);
    let adjustCode: CellValue | undefined;
    let revaluationCode: CellValue | undefined;
    const isAdjustCost = (v: ValueEntry) => v.adjustment || v.entryType === "Rounding";
    const isRevaluation = (v: ValueEntry) => v.entryType === "Revaluation" && !v.adjustment;
    return (ve, row) => {
      const rule: Rule | undefined = ve.adjustment
        ? "adjustment"
        : ve.entryType === "Rounding"
          ? "rounding"
          : ve.entryType === "Revaluation"
            ? "revaluation"
            : undefined;
      const dc = directCost.get(ve.itemLedgerEntryNo) ?? 0;
      const source = rule === "adjustment" ? ve.appliesToEntry : dc;
      const orig = byNo.get(source);
      const copies = rule ? COPIES[rule] : new Set<string>();
      const mine = new Map<string, CellValue>();
      for (const column of this.columns) {
        let value: CellValue = null;
        if (column.field === "sourceCode" && rule) {
          if (rule === "revaluation")
            value = revaluationCode ??= this.sourceCode(ledger, isRevaluation, REVALUATION_SOURCE_CODE);
          else value = adjustCode ??= this.sourceCode(ledger, isAdjustCost, ADJUST_COST_SOURCE_CODE);
        } else if (column.field === "inventoryPostingGroup" && rule) {
          const itsOwn = rule === "adjustment" && orig?.entryType === "Direct Cost" && !orig.itemChargeNo;
          value = this.cell(itsOwn ? source : dc, column);
        } else if (copies.has(column.field)) {
          const dimension = (DIMENSIONS as readonly string[]).includes(column.field);
          if (rule !== "revaluation" || !dimension || perEntry(ve)) value = this.cell(source, column);
        }
        row[column.index] = value;
        mine.set(column.field, value);
      }
      for (const z of zeros) row[z.index] = z.value;
      this.added.set(ve.entryNo, mine);
    };
  }
}

/**
 * The Value Entries table as appendValueEntries needs it (headers as bound, mapped ones as their columns'
 * captions): its Yes/No, its dates and decimals as its cells write them (`fallback`: the workbook's, for columns
 * that show none), and the cells new entries copy.
 */
export function valueEntriesTarget(
  table: TableData,
  headers: readonly string[],
  fallback?: TextDefaults,
): AppendTarget {
  const bound = { ...table, headers };
  return {
    name: table.name,
    headers,
    booleans: detectBooleanStyle(bound),
    text: detectTextStyle(bound, styledKinds(ALL_COLUMNS, headers), fallback),
    copied: CopiedFields.capture(bound, headers),
  };
}

// What Business Central's posting (codeunit 22, Item Jnl.-Post Line) never writes, checked as the ledger is read:
// a workbook that breaks one of these rules was changed after the export (or exported wrongly), and costing it
// would give wrong figures without a word. Errors name the table, row, column and value, and the value the
// other record holds; what Business Central can post but is only unusual is a warning.
//
// - InitValueEntry copies Location Code and Variant Code from the item ledger entry; InsertValueEntry gives the
//   entry's first value entry (IsFirstValueEntry) its quantity as Item Ledger Entry Quantity and every later one
//   (invoices, item charges, variances, revaluations, adjustments, rounding) 0.
// - Invoiced Quantity is summed from the invoiced value entries and never exceeds Quantity ("The quantity that
//   you are trying to invoice is larger than the quantity in the item ledger entry"); Remaining Quantity runs
//   from Quantity to 0 as the entry is applied; Positive is Quantity > 0.
// - A transfer posts an entry out of one location and one (or, applied to several inbounds, more) into another,
//   of the same item, document and date: they add up to 0. Purchases and sales of either sign (returns, credit
//   memos, undone receipts and shipments), negative output and consumption are all posted by Business Central;
//   an adjustment against its name comes only from an item journal line with a negative quantity (a warning).
import type { ItemLedgerEntryInput, Problem, ProblemKind, SourceRef, ValueEntryInput } from "../engine/model";
import { abs, formatExact, type Exact, type Fixed } from "../engine/money";
import type { ParsedTable } from "./reader";
import { cellProblem } from "./problems";
import { EntryMap } from "../engine/entryMap";

type Cell = Required<Pick<SourceRef, "table" | "row" | "column">> & { value: string };

const cell = (parsed: ParsedTable, i: number, field: string): Cell => parsed.source(i, field) as Cell;

const show = (q: Fixed): string => formatExact(q);

const kind = (key: string, summary: string): ProblemKind => ({ key: `entryRules|${key}`, summary });

const KINDS = {
  location: kind(
    "location",
    "where a value entry's Location Code is not its item ledger entry's; Business Central posts every value entry " +
      "at its item ledger entry's location. Correct the Location Code (or the Item Ledger Entry No.).",
  ),
  variant: kind(
    "variant",
    "where a value entry's Variant Code is not its item ledger entry's; Business Central posts every value entry " +
      "with its item ledger entry's variant. Correct the Variant Code (or the Item Ledger Entry No.).",
  ),
  quantity: kind(
    "quantity",
    "where Item Ledger Entry Quantity is neither the item ledger entry's quantity nor 0, or is on another than its " +
      "first value entry; Business Central puts the quantity on the first value entry only. Correct each row.",
  ),
  uncarried: kind(
    "uncarried",
    "where no value entry of the item ledger entry carries its quantity (Item Ledger Entry Quantity); the value " +
      "entry that posted it may be missing from the export. Export every value entry of these entries.",
  ),
  invoiced: kind(
    "invoiced",
    "where Invoiced Quantity is beyond Quantity or of the other sign; Business Central never invoices more than " +
      "an entry's quantity. Correct each row, or export the ledger again.",
  ),
  remaining: kind(
    "remaining",
    "where Remaining Quantity is beyond Quantity or of the other sign; it runs from the entry's quantity to 0 as " +
      "the entry is applied. Correct each row, or export the ledger again.",
  ),
  positive: kind(
    "positive",
    "where the sign of Quantity contradicts Positive; Business Central marks an entry Positive exactly when its " +
      "quantity is above 0. Correct the sign of each quantity (or Positive).",
  ),
  transfer: kind(
    "transfer",
    "where a transfer's entries do not add up to 0; Business Central ships and receives the same quantity. " +
      "Correct the quantities, or export every entry of these transfers.",
  ),
  adjustment: kind(
    "adjustment",
    "where the sign of Quantity is against the entry type (a negative Positive Adjmt., a positive Negative " +
      "Adjmt.); only an item journal line with a negative quantity posts that. Check the signs.",
  ),
} as const;

const withKind = (p: Problem, k: ProblemKind): Problem => ({ ...p, kind: k });

/**
 * Why a quantity of the entry (Invoiced or Remaining Quantity) cannot be: of the other sign than its Quantity, or
 * more units than it (-16 against -15 for an outbound entry); undefined when it can.
 */
function beyond(value: Exact, quantity: Exact): string | undefined {
  if (value !== 0n && value < 0n !== quantity < 0n)
    return `has the other sign than the entry's Quantity (${show(quantity)})`;
  if (abs(value) > abs(quantity)) return `is more than the entry's Quantity (${show(quantity)})`;
  return undefined;
}

/** The quantity rules of each item ledger entry read without a problem (blank cells prove nothing). */
export function checkItemLedgerEntries(parsed: ParsedTable, problems: Problem[]): void {
  const quantities = parsed.column("quantity")!;
  // Quantities that run from 0 to the entry's Quantity, in its direction.
  const withinQuantity = [
    {
      field: "invoicedQuantity",
      values: parsed.column("invoicedQuantity"),
      rule: "Business Central never invoices more than an entry's quantity, and in its direction: correct the cell, or export the ledger again.",
      kind: KINDS.invoiced,
    },
    {
      field: "remainingQuantity",
      values: parsed.column("remainingQuantity"),
      rule: "Remaining Quantity runs from the entry's quantity to 0 as the entry is applied: correct the cell, or export the ledger again.",
      kind: KINDS.remaining,
    },
  ];
  const positive = parsed.column("positive");
  const types = parsed.column("entryType")!;
  const transfers = new TransferSums(parsed);
  for (let i = 0; i < parsed.length; i++) {
    if (!parsed.ok(i)) continue;
    const q = quantities[i] as Exact;
    if (q === 0n) continue; // reported by the ledger checks: Business Central never posts a zero quantity
    for (const { field, values, rule, kind } of withinQuantity) {
      const v = values?.[i];
      const why = typeof v === "bigint" ? beyond(v as Exact, q) : undefined;
      if (why) problems.push(withKind(cellProblem(cell(parsed, i, field), `${why}. ${rule}`), kind));
    }
    const pos = positive?.[i];
    if (typeof pos === "boolean" && pos !== q > 0n)
      problems.push(
        withKind(
          cellProblem(
            cell(parsed, i, "quantity"),
            `is ${q > 0n ? "positive" : "negative"}, but the entry's Positive says ${pos ? "Yes" : "No"}. ` +
              "Business Central marks an entry Positive exactly when its quantity is above 0: correct the sign " +
              "of the quantity (or Positive).",
          ),
          KINDS.positive,
        ),
      );
    const type = types[i];
    if ((type === "Positive Adjmt." && q < 0n) || (type === "Negative Adjmt." && q > 0n))
      problems.push(
        withKind(
          cellProblem(
            cell(parsed, i, "quantity"),
            `is ${q < 0n ? "negative" : "positive"} on a ${type} entry. Business Central posts that only from an ` +
              "item journal line with a negative quantity; if that is not how it was posted, correct the sign.",
            "warning",
          ),
          KINDS.adjustment,
        ),
      );
    if (type === "Transfer") transfers.add(i, q);
  }
  transfers.report(problems);
}

/** The transfer entries of each item, document and posting date, summed: what a transfer ships it receives. */
class TransferSums {
  private readonly groups = new Map<string, { rows: number[]; out: Exact; in: Exact }>();
  private readonly items: readonly (string | number | boolean | bigint | null)[];
  private readonly documents?: readonly (string | number | boolean | bigint | null)[];
  private readonly dates: readonly (string | number | boolean | bigint | null)[];

  constructor(private readonly parsed: ParsedTable) {
    this.items = parsed.column("itemNo")!;
    this.documents = parsed.column("documentNo");
    this.dates = parsed.column("postingDate")!;
  }

  add(i: number, q: Exact): void {
    const key = `${this.items[i]}\u0000${this.documents?.[i] ?? ""}\u0000${this.dates[i]}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { rows: [], out: 0n as Exact, in: 0n as Exact }));
    g.rows.push(i);
    if (q < 0n) g.out = (g.out - q) as Exact;
    else g.in = (g.in + q) as Exact;
  }

  report(problems: Problem[]): void {
    const { parsed } = this;
    for (const g of this.groups.values()) {
      if (g.out === g.in) continue;
      const first = g.rows[0];
      const rows = g.rows.map((i) => parsed.rowNumber(i));
      const where =
        rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}`;
      const doc = this.documents?.[first];
      const what = `the transfer${doc ? ` ${doc}` : ""} of item ${this.items[first]} on ${this.dates[first]}`;
      const source = cell(parsed, first, "quantity");
      problems.push({
        severity: "error",
        message:
          `${source.table}, ${where}, column "${source.column}": ${what} ships ${show(g.out)} and receives ` +
          `${show(g.in)}. Business Central posts a transfer as entries out of one location and into another of ` +
          "the same quantity, which add up to 0: correct the quantity that is wrong, or export every entry of the " +
          "transfer.",
        source,
        kind: KINDS.transfer,
      });
    }
  }
}

/**
 * The value entries of each item ledger entry checked against it as they are joined (`check`), then, once all
 * are seen (`report`), which of them carries the entry's quantity: the first, and only the first.
 */
export class ValueEntryRules {
  /** Per item ledger entry: its first value entry and the first that carries its quantity (one record each). */
  private readonly byEntry = new EntryMap<Carriers>();
  private readonly entries: number[] = [];
  /** Further value entries carrying a quantity (rare): item ledger entry, value entry, row index. */
  private readonly again: [number, number, number][] = [];
  private readonly hasQuantity: boolean;

  constructor(private readonly parsed: ParsedTable) {
    this.hasQuantity = parsed.has("itemLedgerEntryQuantity");
  }

  /** Location, variant and quantity of the value entry at row index i against its item ledger entry. */
  check(i: number, ve: ValueEntryInput, ile: ItemLedgerEntryInput, problems: Problem[]): void {
    const { parsed } = this;
    if (ve.locationCode !== ile.locationCode) this.against(i, ve, ile, "locationCode", problems);
    if (ve.variantCode !== ile.variantCode) this.against(i, ve, ile, "variantCode", problems);
    if (!this.hasQuantity) return;
    const q = ve.itemLedgerEntryQuantity ?? (0n as Exact);
    if (q !== 0n && q !== ile.quantity) {
      problems.push(
        withKind(
          cellProblem(
            cell(parsed, i, "itemLedgerEntryQuantity"),
            `is not the quantity of item ledger entry ${ile.entryNo} (${show(ile.quantity)}). Business Central ` +
              "puts an entry's quantity on its first value entry and 0 on every later one (invoices, item " +
              `charges, revaluations, adjustments): enter ${show(ile.quantity)} on the first, 0 on the others.`,
          ),
          KINDS.quantity,
        ),
      );
      return;
    }
    let seen = this.byEntry.get(ile.entryNo);
    if (!seen) {
      this.byEntry.set(
        ile.entryNo,
        (seen = { firstNo: ve.entryNo, firstRow: i, carrierNo: 0, carrierRow: -1, reported: false }),
      );
      this.entries.push(ile.entryNo);
    } else if (ve.entryNo < seen.firstNo) {
      seen.firstNo = ve.entryNo;
      seen.firstRow = i;
    }
    if (q === 0n) {
      if (!postedQuantity(ve)) return;
      // A receipt or shipment not invoiced: the posting that made the entry, so its first value entry.
      seen.reported = true;
      problems.push(
        withKind(
          cellProblem(
            cell(parsed, i, "itemLedgerEntryQuantity"),
            `is not the quantity of item ledger entry ${ile.entryNo} (${show(ile.quantity)}), which value entry ` +
              `${ve.entryNo} posted (Expected Cost: Yes, a receipt or shipment not invoiced yet). Business ` +
              `Central gives the value entry that posts a quantity that quantity: enter ${show(ile.quantity)}.`,
          ),
          KINDS.quantity,
        ),
      );
      return;
    }
    if (seen.carrierRow < 0) {
      seen.carrierNo = ve.entryNo;
      seen.carrierRow = i;
    } else if (ve.entryNo < seen.carrierNo) {
      // Rows come in any order: the earliest carrier is the one kept, the later one carries it again.
      this.again.push([ile.entryNo, seen.carrierNo, seen.carrierRow]);
      seen.carrierNo = ve.entryNo;
      seen.carrierRow = i;
    } else this.again.push([ile.entryNo, ve.entryNo, i]);
  }

  /** A Location Code or Variant Code that differs from the item ledger entry's (unless a table lacks it). */
  private against(
    i: number,
    ve: ValueEntryInput,
    ile: ItemLedgerEntryInput,
    field: "locationCode" | "variantCode",
    problems: Problem[],
  ): void {
    const mine = ve[field];
    const theirs = ile[field];
    if (mine === undefined || theirs === undefined) return;
    const what = field === "locationCode" ? "location" : "variant";
    const reason =
      mine === ""
        ? `but item ledger entry ${ile.entryNo} has the ${what} ${theirs}.`
        : `is not the ${what} of item ledger entry ${ile.entryNo} (${theirs === "" ? "blank" : theirs}).`;
    const problem = cellProblem(
      cell(this.parsed, i, field),
      `${reason} Business Central posts every value entry with its item ledger entry's ${what}: correct ` +
        `the ${this.parsed.header(field)} (or the Item Ledger Entry No.).`,
    );
    problems.push(withKind(problem, field === "locationCode" ? KINDS.location : KINDS.variant));
  }

  /** Each item ledger entry's quantity on its first value entry, on no other, and (warning) on one at least. */
  report(problems: Problem[]): void {
    const { parsed } = this;
    for (const ileNo of this.entries) {
      const { firstNo, firstRow, carrierNo, carrierRow, reported } = this.byEntry.get(ileNo)!;
      if (carrierRow < 0) {
        if (!reported)
          problems.push(
            withKind(
              cellProblem(
                cell(parsed, firstRow, "itemLedgerEntryQuantity"),
                `on value entry ${firstNo}, the first of item ledger entry ${ileNo} here, and no value entry of ` +
                  "that entry carries its quantity. Business Central puts it on the entry's first value entry, " +
                  "which may be missing from the export: export every value entry of the entry, or enter its " +
                  "quantity here.",
                "warning",
              ),
              KINDS.uncarried,
            ),
          );
        continue;
      }
      if (carrierNo !== firstNo)
        problems.push(
          withKind(
            cellProblem(
              cell(parsed, carrierRow, "itemLedgerEntryQuantity"),
              `is the quantity of item ledger entry ${ileNo} on value entry ${carrierNo}, but value entry ` +
                `${firstNo} (row ${parsed.rowNumber(firstRow)}) was posted before it. Business Central puts ` +
                "the quantity on the entry's first value entry: move it there, and enter 0 here.",
            ),
            KINDS.quantity,
          ),
        );
    }
    for (const [ileNo, no, i] of this.again.sort((a, b) => a[2] - b[2])) {
      const { carrierNo, carrierRow } = this.byEntry.get(ileNo)!;
      problems.push(
        withKind(
          cellProblem(
            cell(parsed, i, "itemLedgerEntryQuantity"),
            `is the quantity of item ledger entry ${ileNo} again, on value entry ${no}, but value entry ` +
              `${carrierNo} (row ${parsed.rowNumber(carrierRow)}) carries it already. Business Central puts ` +
              "the quantity on the entry's first value entry only: enter 0 here.",
          ),
          KINDS.quantity,
        ),
      );
    }
  }
}

/** An item ledger entry's first value entry and the first that carries its quantity: entry no. and row index. */
interface Carriers {
  firstNo: number;
  firstRow: number;
  carrierNo: number;
  carrierRow: number;
  /** An error said already that the value entry which posted the quantity lacks it. */
  reported: boolean;
}

/**
 * Whether a value entry posted its item ledger entry's quantity for certain: a direct cost at expected cost, not
 * an adjustment or item charge, comes only from a receipt or shipment not invoiced (ItemQtyPosting; InitValueEntry
 * sets Expected Cost when nothing is invoiced). An invoiced receipt looks like a later invoice, so it is not told.
 */
function postedQuantity(ve: ValueEntryInput): boolean {
  const adjustment = ve.adjustment ?? (ve.appliesToEntry ?? 0) !== 0;
  return ve.expectedCost === true && ve.entryType === "Direct Cost" && !adjustment && !ve.itemChargeNo;
}

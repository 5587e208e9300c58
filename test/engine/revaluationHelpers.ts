// Helpers for the revaluation tests: feeding a posted ledger back as input with new postings appended (as the
// user posts after a revaluation), and short accessors for journal lines and value entries.
import {
  DEFAULT_ROUNDING,
  dec,
  ItemLedgerEntryInput,
  ItemLedgerEntryType,
  Ledger,
  LedgerInput,
  ValueEntry,
  ValueEntryInput,
  ZERO,
} from "../../src/engine";
import { formatExact, type Exact, type Fixed } from "../../src/engine/money";

export const R = DEFAULT_ROUNDING;
export const d = (x: string | number): Exact => dec(x);

/** Amount as Business Central shows it: two decimals. */
export const amt = (x: Fixed): string => formatExact(x, 2);
/** Unit cost at the Unit-Amount Rounding Precision (0.00001). */
export const unit = (x: Fixed): string => formatExact(x, 5);

export const nextIleNo = (l: Ledger): number => Math.max(0, ...l.itemLedgerEntries.map((e) => e.entryNo)) + 1;
export const nextVeNo = (l: Ledger): number => Math.max(0, ...l.valueEntries.map((v) => v.entryNo)) + 1;

/**
 * The ledger as input again, with entries appended. The item ledger entries' derived fields (Remaining Quantity,
 * Open, Invoiced Quantity, Completely Invoiced, Last Invoice Date) are dropped and the application entries are left to
 * the replay, so appended entries are applied as posting applies them; value entries keep the valuation dates they
 * were posted with (new ones without one get it from the replay).
 */
export function withPostings(
  l: Ledger,
  extra: { iles?: ItemLedgerEntryInput[]; ves?: ValueEntryInput[] } = {},
): LedgerInput {
  const iles: ItemLedgerEntryInput[] = l.itemLedgerEntries.map((e) => ({
    entryNo: e.entryNo,
    itemNo: e.itemNo,
    postingDate: e.postingDate,
    entryType: e.entryType,
    documentType: e.documentType,
    documentNo: e.documentNo,
    locationCode: e.locationCode,
    variantCode: e.variantCode,
    quantity: e.quantity,
    appliesToEntry: e.appliesToEntry,
    orderType: e.orderType,
    orderNo: e.orderNo,
    serialNo: e.serialNo,
    lotNo: e.lotNo,
  }));
  return {
    items: [...l.items.values()],
    itemLedgerEntries: [...iles, ...(extra.iles ?? [])],
    valueEntries: [...l.valueEntries, ...(extra.ves ?? [])],
    setup: l.setup,
    accountingPeriods: l.accountingPeriods,
  };
}

/** An outbound (or inbound) posting of quantity and cost: its item ledger entry and first value entry. */
export function posting(
  ileNo: number,
  veNo: number,
  p: { item: string; date: string; type: ItemLedgerEntryType; qty: string; cost: string; loc?: string },
): { ile: ItemLedgerEntryInput; ve: ValueEntryInput } {
  return {
    ile: {
      entryNo: ileNo,
      itemNo: p.item,
      postingDate: p.date,
      entryType: p.type,
      documentNo: `D${ileNo}`,
      locationCode: p.loc ?? "",
      variantCode: "",
      quantity: d(p.qty),
    },
    ve: {
      entryNo: veNo,
      itemLedgerEntryNo: ileNo,
      postingDate: p.date,
      entryType: "Direct Cost",
      costAmountActual: d(p.cost),
      costAmountExpected: ZERO,
      valuedQuantity: d(p.qty),
      invoicedQuantity: d(p.qty),
      itemLedgerEntryQuantity: d(p.qty),
      expectedCost: false,
      adjustment: false,
    },
  };
}

/** Appends postings (numbered after the ledger's last entries) and returns the new input. */
export function appendPostings(
  l: Ledger,
  ps: { item: string; date: string; type: ItemLedgerEntryType; qty: string; cost: string; loc?: string }[],
): { input: LedgerInput; ileNos: number[] } {
  const ile0 = nextIleNo(l);
  const ve0 = nextVeNo(l);
  const made = ps.map((p, i) => posting(ile0 + i, ve0 + i, p));
  return {
    input: withPostings(l, { iles: made.map((m) => m.ile), ves: made.map((m) => m.ve) }),
    ileNos: made.map((m) => m.ile.entryNo as number),
  };
}

export const valueEntriesOf = (l: Ledger, ileNo: number): ValueEntry[] =>
  l.valueEntries.filter((v) => v.itemLedgerEntryNo === ileNo);

/** The fields of a revaluation value entry that section 3.3 of revaluation.md fixes. */
export const revaluationFields = (v: ValueEntry) => ({
  entryType: v.entryType,
  itemLedgerEntryNo: v.itemLedgerEntryNo,
  postingDate: v.postingDate,
  valuationDate: v.valuationDate,
  valuedQuantity: formatExact(v.valuedQuantity),
  invoicedQuantity: formatExact(v.invoicedQuantity),
  itemLedgerEntryQuantity: formatExact(v.itemLedgerEntryQuantity),
  costAmountActual: amt(v.costAmountActual),
  costAmountExpected: amt(v.costAmountExpected),
  partialRevaluation: v.partialRevaluation,
  adjustment: v.adjustment,
  appliesToEntry: v.appliesToEntry,
});

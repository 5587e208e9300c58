// Builds engine input from a compact timeline, as tests write the seeds' examples: each step posts an
// item ledger entry with its first value entry, or a further value entry (invoice, charge, revaluation).
import {
  AverageCostCalcType,
  AverageCostPeriod,
  CostingMethod,
  dec,
  Item,
  ItemLedgerEntryInput,
  ItemLedgerEntryType,
  LedgerInput,
  ValueEntryInput,
  ValueEntryType,
  AccountingPeriod,
} from "../../src/engine";

export type Step =
  | {
      ile: number;
      item?: string;
      date: string;
      type: ItemLedgerEntryType;
      qty: string;
      cost: string;
      loc?: string;
      variant?: string;
      appliesTo?: number;
      doc?: string;
      order?: string;
      expected?: boolean;
      vd?: string;
      lot?: string;
    }
  | {
      value: ItemLedgerEntryType | "Revaluation" | "Item Charge" | "Invoice";
      ileNo: number;
      date: string;
      cost: string;
      valuedQty?: string;
      vd?: string;
      partial?: boolean;
      expected?: string;
      invoicedQty?: string;
    };

export interface Scenario {
  period?: AverageCostPeriod;
  calcType?: AverageCostCalcType;
  items?: { no: string; method: CostingMethod; unitCost?: string; standardCost?: string }[];
  steps: Step[];
  accountingPeriods?: AccountingPeriod[];
  allowPostingFrom?: string;
}

export function ledgerInput(s: Scenario): LedgerInput {
  const iles: ItemLedgerEntryInput[] = [];
  const ves: ValueEntryInput[] = [];
  const items: Item[] = (s.items ?? [{ no: "ITEM1", method: "Average" }]).map((i) => ({
    no: i.no,
    description: "",
    costingMethod: i.method,
    unitCost: dec(i.unitCost ?? 0),
    standardCost: dec(i.standardCost ?? 0),
    lastDirectCost: dec(0),
    blocked: false,
  }));
  const byNo = new Map<number, ItemLedgerEntryInput>();
  s.steps.forEach((st, i) => {
    const entryNo = i + 1;
    if ("ile" in st) {
      const e: ItemLedgerEntryInput = {
        entryNo: st.ile,
        itemNo: st.item ?? items[0].no,
        postingDate: st.date,
        entryType: st.type,
        documentNo: st.doc ?? `D${st.ile}`,
        locationCode: st.loc ?? "",
        variantCode: st.variant ?? "",
        quantity: dec(st.qty),
        appliesToEntry: st.appliesTo ?? 0,
        orderNo: st.order ?? "",
        lotNo: st.lot ?? "",
      };
      iles.push(e);
      byNo.set(e.entryNo, e);
      const expected = st.expected ?? false;
      ves.push({
        entryNo,
        itemLedgerEntryNo: st.ile,
        postingDate: st.date,
        valuationDate: st.vd,
        entryType: "Direct Cost",
        costAmountActual: dec(expected ? 0 : st.cost),
        costAmountExpected: dec(expected ? st.cost : 0),
        invoicedQuantity: dec(expected ? 0 : st.qty),
        valuedQuantity: dec(st.qty),
        itemLedgerEntryQuantity: dec(st.qty),
        expectedCost: expected,
        adjustment: false,
      });
    } else {
      const e = byNo.get(st.ileNo)!;
      const type: ValueEntryType = st.value === "Revaluation" ? "Revaluation" : "Direct Cost";
      ves.push({
        entryNo,
        itemLedgerEntryNo: st.ileNo,
        postingDate: st.date,
        valuationDate: st.vd,
        entryType: type,
        costAmountActual: dec(st.cost),
        costAmountExpected: dec(st.expected ?? 0),
        valuedQuantity: st.valuedQty !== undefined ? dec(st.valuedQty) : e.quantity,
        invoicedQuantity:
          st.invoicedQty !== undefined ? dec(st.invoicedQty) : st.value === "Invoice" ? e.quantity : dec(0),
        itemLedgerEntryQuantity: dec(0),
        itemChargeNo: st.value === "Item Charge" ? "FREIGHT" : "",
        partialRevaluation: st.value === "Revaluation" ? (st.partial ?? true) : false,
        adjustment: false,
        expectedCost: false,
      });
    }
  });
  return {
    items,
    itemLedgerEntries: iles,
    valueEntries: ves,
    setup: {
      averageCostPeriod: s.period ?? "Day",
      averageCostCalcType: s.calcType ?? "Item",
      amountRoundingPrecision: dec("0.01"),
      unitAmountRoundingPrecision: dec("0.00001"),
      allowPostingFrom: s.allowPostingFrom ?? "",
    },
    accountingPeriods: s.accountingPeriods ?? [],
  };
}

// A small "posting" simulator used to write the bundled sample workbook: it posts receipts, shipments,
// item charges and revaluations the way Business Central's Item Jnl.-Post Line fills the fields
// (spec costing-engine.md §5), so the sample looks like a real export taken BEFORE Adjust Cost.
// Quantity application is FIFO (LIFO for LIFO items) per item, location and variant; valuation dates
// follow §5.3. It is deliberately simple: no negative inventory, no transfers, receive and invoice together
// (except `receipt`, received and not invoiced), production as consumption and output naming their order.
import { dec, divRound, min, times, type Exact } from "../../engine/money";
import type { CostingMethod, ItemLedgerEntryType } from "../../engine/model";

export interface SampleItem {
  no: string;
  description: string;
  costingMethod: CostingMethod;
  unitCost: string;
  standardCost: string;
  lastDirectCost: string;
}

export interface SampleIle {
  entryNo: number;
  itemNo: string;
  postingDate: string;
  entryType: ItemLedgerEntryType;
  documentType: string;
  documentNo: string;
  locationCode: string;
  variantCode: string;
  quantity: Exact;
  invoicedQuantity: Exact;
  remainingQuantity: Exact;
  positive: boolean;
  lastInvoiceDate: string;
  appliesToEntry: number;
  orderType: string;
  orderNo: string;
}

export interface SampleVe {
  entryNo: number;
  itemLedgerEntryNo: number;
  itemNo: string;
  postingDate: string;
  valuationDate: string;
  entryType: "Direct Cost" | "Revaluation" | "Variance";
  itemLedgerEntryType: ItemLedgerEntryType;
  documentNo: string;
  locationCode: string;
  variantCode: string;
  valuedQuantity: Exact;
  invoicedQuantity: Exact;
  itemLedgerEntryQuantity: Exact;
  costAmountActual: Exact;
  costAmountExpected: Exact;
  costPerUnit: Exact;
  adjustment: boolean;
  itemChargeNo: string;
  valuedByAverageCost: boolean;
  partialRevaluation: boolean;
  appliesToEntry: number;
  expectedCost: boolean;
}

export interface PostOptions {
  location?: string;
  variant?: string;
  doc: string;
}

export interface OrderPostOptions extends PostOptions {
  /** The production order's no. (Order Type = Production). */
  order: string;
}

const UNIT = dec("0.00001");

export class LedgerBuilder {
  readonly items: SampleItem[] = [];
  readonly iles: SampleIle[] = [];
  readonly ves: SampleVe[] = [];

  item(item: SampleItem): this {
    this.items.push(item);
    return this;
  }

  private method(itemNo: string): CostingMethod {
    const item = this.items.find((i) => i.no === itemNo);
    if (!item) throw new Error(`sample: item ${itemNo} not declared`);
    return item.costingMethod;
  }

  private newIle(
    itemNo: string,
    date: string,
    entryType: ItemLedgerEntryType,
    qty: Exact,
    o: PostOptions,
    documentType: string,
  ): SampleIle {
    const ile: SampleIle = {
      entryNo: this.iles.length + 1,
      itemNo,
      postingDate: date,
      entryType,
      documentType,
      documentNo: o.doc,
      locationCode: o.location ?? "BLUE",
      variantCode: o.variant ?? "",
      quantity: qty,
      invoicedQuantity: qty,
      remainingQuantity: qty >= 0n ? qty : dec(0),
      positive: qty >= 0n,
      lastInvoiceDate: date,
      appliesToEntry: 0,
      orderType: "",
      orderNo: "",
    };
    this.iles.push(ile);
    return ile;
  }

  private newVe(ile: SampleIle, fields: Partial<SampleVe> & Pick<SampleVe, "costAmountActual">): SampleVe {
    const valuedQuantity = fields.valuedQuantity ?? ile.quantity;
    const ve: SampleVe = {
      entryNo: this.ves.length + 1,
      itemLedgerEntryNo: ile.entryNo,
      itemNo: ile.itemNo,
      postingDate: ile.postingDate,
      valuationDate: ile.postingDate,
      entryType: "Direct Cost",
      itemLedgerEntryType: ile.entryType,
      documentNo: ile.documentNo,
      locationCode: ile.locationCode,
      variantCode: ile.variantCode,
      valuedQuantity,
      invoicedQuantity: ile.quantity,
      itemLedgerEntryQuantity: ile.quantity,
      costAmountExpected: dec(0),
      costPerUnit: valuedQuantity === 0n ? dec(0) : (divRound(fields.costAmountActual, valuedQuantity, UNIT) as Exact),
      adjustment: false,
      itemChargeNo: "",
      valuedByAverageCost: false,
      partialRevaluation: false,
      appliesToEntry: 0,
      expectedCost: false,
      ...fields,
    };
    this.ves.push(ve);
    return ve;
  }

  private ile(entryNo: number): SampleIle {
    const ile = this.iles[entryNo - 1];
    if (!ile) throw new Error(`sample: no item ledger entry ${entryNo}`);
    return ile;
  }

  /** Latest valuation date of an inbound: its last Revaluation VE's, else its last VE's (§5.3 rule 5). */
  private inboundValuationDate(ileNo: number): string {
    const ves = this.ves.filter((v) => v.itemLedgerEntryNo === ileNo);
    const revals = ves.filter((v) => v.entryType === "Revaluation");
    const last = (revals.length ? revals : ves)[(revals.length ? revals : ves).length - 1];
    return last.valuationDate;
  }

  /** A purchase received and invoiced at once; Standard items post at standard cost plus a Variance entry. */
  purchase(itemNo: string, date: string, qty: string, amount: string, o: PostOptions): number {
    const ile = this.newIle(itemNo, date, "Purchase", dec(qty), o, "Purchase Receipt");
    const item = this.items.find((i) => i.no === itemNo)!;
    this.newVe(ile, { costAmountActual: dec(amount) });
    if (item.costingMethod === "Standard") {
      const standard = times(dec(item.standardCost), ile.quantity) as Exact;
      const variance = (standard - dec(amount)) as Exact;
      this.ves[this.ves.length - 1].costPerUnit = dec(item.standardCost);
      if (variance !== 0n) {
        // Item Jnl.-Post Line (InsertVarValueEntry) keeps the valued quantity but posts the variance with
        // Invoiced Quantity 0 and Cost per Unit 0, like the indirect-cost entry.
        this.newVe(ile, {
          entryType: "Variance",
          costAmountActual: variance,
          invoicedQuantity: dec(0),
          itemLedgerEntryQuantity: dec(0),
          costPerUnit: dec(0),
        });
      }
    }
    return ile.entryNo;
  }

  /** A sale shipped and invoiced at once, valued at the item's Unit Cost at the time (the "posted" cost). */
  sale(itemNo: string, date: string, qty: string, unitCost: string, o: PostOptions): number {
    return this.outbound(itemNo, date, qty, unitCost, o, "Sale", "Sales Shipment").entryNo;
  }

  /**
   * A purchase received but not invoiced: Business Central posts its cost as expected cost only (Cost Amount
   * (Expected), Expected Cost = Yes, Invoiced Quantity 0); a Standard item's at its standard cost.
   */
  receipt(itemNo: string, date: string, qty: string, expectedAmount: string, o: PostOptions): number {
    const ile = this.newIle(itemNo, date, "Purchase", dec(qty), o, "Purchase Receipt");
    ile.invoicedQuantity = dec(0);
    ile.lastInvoiceDate = "";
    const item = this.items.find((i) => i.no === itemNo)!;
    const expected = dec(expectedAmount);
    this.newVe(ile, {
      costAmountActual: dec(0),
      costAmountExpected: expected,
      invoicedQuantity: dec(0),
      costPerUnit:
        item.costingMethod === "Standard" ? dec(item.standardCost) : (divRound(expected, ile.quantity, UNIT) as Exact),
      expectedCost: true,
    });
    return ile.entryNo;
  }

  /** Consumption of a component by a production order, valued at the item's Unit Cost at the time. */
  consumption(itemNo: string, date: string, qty: string, unitCost: string, o: OrderPostOptions): number {
    const ile = this.outbound(itemNo, date, qty, unitCost, o, "Consumption", "");
    ile.orderType = "Production";
    ile.orderNo = o.order;
    return ile.entryNo;
  }

  /**
   * Output of a production order, posted before Adjust Cost: no capacity or overhead in the ledger, so its cost
   * is 0.00 until Adjust Cost gives it what the order consumed.
   */
  output(itemNo: string, date: string, qty: string, o: OrderPostOptions): number {
    const ile = this.newIle(itemNo, date, "Output", dec(qty), o, "");
    ile.orderType = "Production";
    ile.orderNo = o.order;
    this.newVe(ile, { costAmountActual: dec(0) });
    return ile.entryNo;
  }

  /** An outbound entry applied first in, first out (last in, first out for LIFO items), invoiced at once. */
  private outbound(
    itemNo: string,
    date: string,
    qty: string,
    unitCost: string,
    o: PostOptions,
    entryType: ItemLedgerEntryType,
    documentType: string,
  ): SampleIle {
    const method = this.method(itemNo);
    const quantity = -dec(qty) as Exact;
    const ile = this.newIle(itemNo, date, entryType, quantity, o, documentType);
    let valuationDate = date;
    let toApply = -quantity as Exact;
    const open = this.iles
      .filter(
        (e) =>
          e.positive &&
          e.remainingQuantity >= 0n &&
          e.itemNo === itemNo &&
          e.locationCode === ile.locationCode &&
          e.variantCode === ile.variantCode,
      )
      .sort((a, b) => {
        const byDate = a.postingDate < b.postingDate ? -1 : a.postingDate > b.postingDate ? 1 : 0;
        const order = byDate !== 0 ? byDate : a.entryNo - b.entryNo;
        return method === "LIFO" ? -order : order;
      });
    for (const inbound of open) {
      if (toApply === 0n) break;
      const applied = min(toApply, inbound.remainingQuantity);
      inbound.remainingQuantity = (inbound.remainingQuantity - applied) as Exact;
      toApply = (toApply - applied) as Exact;
      const inboundVd = this.inboundValuationDate(inbound.entryNo);
      if (date < inboundVd && inboundVd > valuationDate) valuationDate = inboundVd;
    }
    if (toApply !== 0n) throw new Error(`sample: ${itemNo} would go negative on ${date}`);
    this.newVe(ile, {
      valuationDate,
      costAmountActual: times(dec(unitCost), quantity) as Exact,
      costPerUnit: dec(unitCost),
      valuedByAverageCost: method === "Average",
    });
    return ile;
  }

  /** An item charge assigned to a receipt: valued on the receipt's valuation date (§5.3 rule 1). */
  itemCharge(ileNo: number, date: string, amount: string, chargeNo: string, doc: string): void {
    const ile = this.ile(ileNo);
    this.newVe(ile, {
      postingDate: date,
      valuationDate: this.directCostValuationDate(ileNo),
      documentNo: doc,
      invoicedQuantity: dec(0),
      itemLedgerEntryQuantity: dec(0),
      costAmountActual: dec(amount),
      itemChargeNo: chargeNo,
      valuedByAverageCost: false,
    });
  }

  /** A revaluation journal line from Calculate Inventory Value (Partial Revaluation = Yes), spec revaluation.md §3.3. */
  revaluation(ileNo: number, date: string, valuedQty: string, amount: string, doc: string): void {
    const ile = this.ile(ileNo);
    const dcVd = this.directCostValuationDate(ileNo);
    this.newVe(ile, {
      postingDate: date,
      valuationDate: date > dcVd ? date : dcVd,
      entryType: "Revaluation",
      documentNo: doc,
      valuedQuantity: dec(valuedQty),
      invoicedQuantity: dec(0),
      itemLedgerEntryQuantity: dec(0),
      costAmountActual: dec(amount),
      partialRevaluation: true,
      valuedByAverageCost: this.lastDirectCost(ileNo).valuedByAverageCost,
    });
  }

  /** An adjustment an earlier Adjust Cost run already posted on the entry's first value entry (§10). */
  earlierAdjustment(ileNo: number, amount: string): void {
    const ile = this.ile(ileNo);
    const original = this.lastDirectCost(ileNo);
    this.newVe(ile, {
      postingDate: original.postingDate,
      valuationDate: original.valuationDate,
      valuedQuantity: original.valuedQuantity,
      invoicedQuantity: dec(0),
      itemLedgerEntryQuantity: dec(0),
      costAmountActual: dec(amount),
      adjustment: true,
      appliesToEntry: original.entryNo,
      valuedByAverageCost: original.valuedByAverageCost,
    });
  }

  private lastDirectCost(ileNo: number): SampleVe {
    const ves = this.ves.filter(
      (v) => v.itemLedgerEntryNo === ileNo && v.entryType === "Direct Cost" && v.itemChargeNo === "",
    );
    if (!ves.length) throw new Error(`sample: ILE ${ileNo} has no direct cost entry`);
    return ves[ves.length - 1];
  }

  private directCostValuationDate(ileNo: number): string {
    return this.lastDirectCost(ileNo).valuationDate;
  }
}

// The sample ledger as workbook tables (captions per workbook-format.md, English).
import { dec, formatExact, placesOf, type Fixed } from "../../engine/money";
import type { SampleLedger } from "./scenarios";

export type Cell =
  | { kind: "text"; value: string }
  | { kind: "number"; value: string } // a decimal string; written as an Excel number
  | { kind: "date"; value: string } // ISO date or "" (no date)
  | { kind: "bool"; value: boolean };

export interface SampleTable {
  caption: string; // sheet name and CSV file name
  excelName: string; // Excel table name
  columns: string[];
  rows: Cell[][];
}

const text = (value: string): Cell => ({ kind: "text", value });
const num = (value: Fixed | number | string): Cell => ({
  kind: "number",
  value: typeof value === "bigint" ? formatExact(value) : String(value),
});
const amount = (value: Fixed): Cell => ({ kind: "number", value: formatExact(value, 2) });
const unitCost = (value: Fixed): Cell => ({
  kind: "number",
  value: placesOf(value) <= 2 ? formatExact(value, 2) : formatExact(value),
});
const date = (value: string): Cell => ({ kind: "date", value });
const bool = (value: boolean): Cell => ({ kind: "bool", value });

export function sampleTables(sample: SampleLedger): SampleTable[] {
  const { builder: b, setup } = sample;
  const iles: SampleTable = {
    caption: "Item Ledger Entries",
    excelName: "ItemLedgerEntries",
    columns: [
      "Entry No.",
      "Item No.",
      "Posting Date",
      "Entry Type",
      "Document Type",
      "Document No.",
      "Location Code",
      "Variant Code",
      "Quantity",
      "Invoiced Quantity",
      "Remaining Quantity",
      "Open",
      "Positive",
      "Completely Invoiced",
      "Last Invoice Date",
      "Applies-to Entry",
      "Order Type",
      "Order No.",
    ],
    rows: b.iles.map((e) => [
      num(e.entryNo),
      text(e.itemNo),
      date(e.postingDate),
      text(e.entryType),
      text(e.documentType),
      text(e.documentNo),
      text(e.locationCode),
      text(e.variantCode),
      num(e.quantity),
      num(e.invoicedQuantity),
      num(e.remainingQuantity),
      bool(e.remainingQuantity !== 0n),
      bool(e.positive),
      bool(e.invoicedQuantity === e.quantity),
      date(e.lastInvoiceDate),
      num(e.appliesToEntry),
      text(e.orderType),
      text(e.orderNo),
    ]),
  };
  const ves: SampleTable = {
    caption: "Value Entries",
    excelName: "ValueEntries",
    columns: [
      "Entry No.",
      "Item Ledger Entry No.",
      "Item No.",
      "Posting Date",
      "Valuation Date",
      "Entry Type",
      "Item Ledger Entry Type",
      "Document No.",
      "Location Code",
      "Variant Code",
      "Valued Quantity",
      "Invoiced Quantity",
      "Item Ledger Entry Quantity",
      "Cost Amount (Actual)",
      "Cost Amount (Expected)",
      "Cost per Unit",
      "Adjustment",
      "Item Charge No.",
      "Valued By Average Cost",
      "Partial Revaluation",
      "Applies-to Entry",
      "Expected Cost",
    ],
    rows: b.ves.map((v) => [
      num(v.entryNo),
      num(v.itemLedgerEntryNo),
      text(v.itemNo),
      date(v.postingDate),
      date(v.valuationDate),
      text(v.entryType),
      text(v.itemLedgerEntryType),
      text(v.documentNo),
      text(v.locationCode),
      text(v.variantCode),
      num(v.valuedQuantity),
      num(v.invoicedQuantity),
      num(v.itemLedgerEntryQuantity),
      amount(v.costAmountActual),
      amount(v.costAmountExpected),
      unitCost(v.costPerUnit),
      bool(v.adjustment),
      text(v.itemChargeNo),
      bool(v.valuedByAverageCost),
      bool(v.partialRevaluation),
      num(v.appliesToEntry),
      bool(v.expectedCost),
    ]),
  };
  const items: SampleTable = {
    caption: "Items",
    excelName: "Items",
    columns: ["No.", "Description", "Costing Method", "Unit Cost", "Standard Cost", "Last Direct Cost", "Blocked"],
    rows: b.items.map((i) => [
      text(i.no),
      text(i.description),
      text(i.costingMethod),
      unitCost(dec(i.unitCost)),
      unitCost(dec(i.standardCost)),
      unitCost(dec(i.lastDirectCost)),
      bool(false),
    ]),
  };
  const inventorySetup: SampleTable = {
    caption: "Inventory Setup",
    excelName: "InventorySetup",
    columns: ["Field", "Value"],
    rows: [
      [text("Average Cost Period"), text(setup.averageCostPeriod)],
      [text("Average Cost Calc. Type"), text(setup.averageCostCalcType)],
      [text("Amount Rounding Precision"), num(setup.amountRoundingPrecision)],
      [text("Unit-Amount Rounding Precision"), num(setup.unitAmountRoundingPrecision)],
      [text("Allow Posting From"), date(setup.allowPostingFrom)],
    ],
  };
  const periods: SampleTable = {
    caption: "Accounting Periods",
    excelName: "AccountingPeriods",
    columns: [
      "Starting Date",
      "Name",
      "New Fiscal Year",
      "Closed",
      "Date Locked",
      "Average Cost Period",
      "Average Cost Calc. Type",
    ],
    rows: sample.accountingPeriods.map((p) => [
      date(p.startingDate),
      text(p.name),
      bool(p.newFiscalYear),
      bool(p.closed),
      bool(p.dateLocked),
      text(p.averageCostPeriod),
      text(p.averageCostCalcType),
    ]),
  };
  return [iles, ves, items, inventorySetup, periods];
}

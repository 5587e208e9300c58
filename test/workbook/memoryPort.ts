// An in-memory WorkbookPort for tests: sheets as arrays of rows, found the way the file adapter finds them.
import { findRegion, nameMatches, tableData } from "../../src/workbook/grid";
import type { ValueEntry } from "../../src/engine/model";
import { dec } from "../../src/engine/money";
import type { CellValue, TableData, TableSpec, WorkbookPort } from "../../src/workbook/port";

export type Sheet = { name: string; rows: CellValue[][] };

export class MemoryPort implements WorkbookPort {
  readonly dateStyle = "date";
  readonly appended = new Map<string, CellValue[][]>();
  constructor(readonly sheets: Sheet[]) {}

  async readTable(spec: TableSpec): Promise<TableData | null> {
    const named = this.sheets.find((s) => nameMatches(spec, s.name));
    for (const sheet of named ? [named] : this.sheets) {
      const grid = sheet.rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
      const region = findRegion(spec, grid, sheet === named);
      if (region) return tableData(spec, sheet.name, grid, region);
    }
    return null;
  }

  async writeTable(name: string, headers: readonly string[], rows: readonly (readonly CellValue[])[]) {
    this.sheets.push({ name, rows: [[...headers], ...rows.map((r) => [...r])] });
  }

  async appendRows(name: string, rows: readonly (readonly CellValue[])[]) {
    this.appended.set(name, [...(this.appended.get(name) ?? []), ...rows.map((r) => [...r])]);
  }
}

export const ILE_HEADERS = [
  "Entry No.",
  "Item No.",
  "Posting Date",
  "Entry Type",
  "Document No.",
  "Location Code",
  "Quantity",
  "Invoiced Quantity",
  "Remaining Quantity",
  "Open",
];

export const VE_HEADERS = [
  "Entry No.",
  "Item Ledger Entry No.",
  "Posting Date",
  "Entry Type",
  "Cost Amount (Actual)",
  "Valued Quantity",
  "Adjustment",
];

/** A two-entry ledger, newest first as Business Central exports it. */
export function sampleSheets(): Sheet[] {
  const d = (s: string) => new Date(s + "T00:00:00Z");
  return [
    {
      name: "Item Ledger Entries",
      rows: [
        ILE_HEADERS,
        [2, "1000", d("2020-01-15"), "Sale", "S-1", "BLUE", -6, -6, 0, "No"],
        [1, "1000", d("2020-01-10"), "Purchase", "P-1", "BLUE", 10, 10, 4, "Yes"],
      ],
    },
    {
      name: "Value Entries",
      rows: [
        VE_HEADERS,
        [2, 2, d("2020-01-15"), "Direct Cost", -60, -6, "No"],
        [1, 1, d("2020-01-10"), "Direct Cost", 100, 10, "No"],
      ],
    },
    {
      name: "Items",
      rows: [
        ["No.", "Description", "Costing Method"],
        ["1000", "Bicycle", "Average"],
      ],
    },
  ];
}

/** A value entry as the engine makes one; its Document No. looks like a formula. */
export const SAMPLE_VE: ValueEntry = {
  entryNo: 10,
  itemLedgerEntryNo: 2,
  itemNo: "1000",
  postingDate: "2020-01-31",
  valuationDate: "2020-01-15",
  entryType: "Direct Cost",
  itemLedgerEntryType: "Sale",
  documentNo: "=SUM(A1)",
  locationCode: "BLUE",
  variantCode: "",
  valuedQuantity: dec("-6"),
  invoicedQuantity: dec("0"),
  itemLedgerEntryQuantity: dec("0"),
  costAmountActual: dec("-1.234567"),
  costAmountExpected: dec("0"),
  costPerUnit: dec("0.2057611666"),
  adjustment: true,
  itemChargeNo: "",
  valuedByAverageCost: false,
  partialRevaluation: false,
  appliesToEntry: 5,
  expectedCost: false,
};

// Inventory Setup: a Field / Value table (or one row with a column per field); defaults per the spec.
import type { InventorySetup, Problem } from "../engine/model";
import { DEFAULT_ROUNDING } from "../engine/money";
import { headerMatches } from "./captions";
import type { TableData } from "./port";
import { cellProblem, tableLabel } from "./problems";
import { parseCell, type ReadOptions } from "./reader";
import { columnMatches, SETUP_FIELDS, type ColumnDef } from "./schema";
import { cellText, resolveDateOrder, resolveDecimalSeparator } from "./values";

/** Business Central's initial values: Day, Item & Location & Variant, 0.01, 0.00001, no posting limit. */
export const DEFAULT_SETUP: InventorySetup = {
  averageCostPeriod: "Day",
  averageCostCalcType: "Item & Location & Variant",
  amountRoundingPrecision: DEFAULT_ROUNDING.amount,
  unitAmountRoundingPrecision: DEFAULT_ROUNDING.unitAmount,
  allowPostingFrom: "",
};

interface SetupCell {
  readonly def: ColumnDef;
  readonly cell: TableData["rows"][number][number];
  readonly row: number;
  readonly column: string;
}

/** The setting cells of the table, in either layout; warnings for fields this tool does not use. */
function settingCells(table: TableData, problems: Problem[]): SetupCell[] {
  const label = tableLabel(table);
  const fieldCol = table.headers.findIndex((h) => headerMatches("Field", h));
  const valueCol = table.headers.findIndex((h) => headerMatches("Value", h));
  const out: SetupCell[] = [];
  if (fieldCol >= 0 && valueCol >= 0) {
    table.rows.forEach((cells, i) => {
      const name = cellText(cells[fieldCol] ?? null).trim();
      const def = SETUP_FIELDS.find((d) => columnMatches(d, name));
      const row = table.rowNumbers[i];
      if (def) out.push({ def, cell: cells[valueCol] ?? null, row, column: table.headers[valueCol] });
      else if (name !== "") {
        const source = { table: label, row, column: table.headers[fieldCol], value: name };
        const known = SETUP_FIELDS.map((d) => d.caption).join(", ");
        problems.push(
          cellProblem(source, `is not a setting this tool uses, so it is ignored. It reads: ${known}.`, "warning"),
        );
      }
    });
    return out;
  }
  // One row with a column per field.
  const cells = table.rows[0] ?? [];
  for (const def of SETUP_FIELDS) {
    const index = table.headers.findIndex((h) => columnMatches(def, h));
    if (index >= 0)
      out.push({
        def,
        cell: cells[index] ?? null,
        row: table.rowNumbers[0] ?? table.headerRow + 1,
        column: table.headers[index],
      });
  }
  return out;
}

export function readSetup(table: TableData | null, options: ReadOptions, problems: Problem[]): InventorySetup {
  if (!table) return DEFAULT_SETUP;
  const label = tableLabel(table);
  const setup: Record<string, unknown> = { ...DEFAULT_SETUP };
  const settings = settingCells(table, problems);
  const cells = settings.map((s) => s.cell);
  const order = resolveDateOrder(cells, options.dateOrder);
  const sep = resolveDecimalSeparator(cells, options.decimalSeparator);
  for (const { def, cell, row, column } of settings) {
    const source = { table: label, row, column, value: cellText(cell) };
    const r = parseCell(def.kind, cell, order, sep);
    if (!r.ok) problems.push(cellProblem(source, r.reason));
    else if (r.value === null)
      continue; // blank: keep the default
    else if (def.kind.type === "decimal" && !((r.value as bigint) > 0n)) {
      problems.push(cellProblem(source, `is not a rounding precision. Enter a positive number such as 0.01.`));
    } else setup[def.field] = r.value;
  }
  return setup as unknown as InventorySetup;
}

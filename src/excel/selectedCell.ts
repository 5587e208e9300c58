// The cell the user selected in Excel, for the pane's Explain: its sheet and row (a Value Entries row names an
// item and a valuation date) and, when its formula is a COSTING call, the call's arguments as Excel would pass
// them (cell references read). Two requests: the active cell, then the cells its formula refers to.
import { parseCostingCall, type CallArgument, type CostingCall, type SelectedCell } from "../workbook/costingFormula";
import { fromExcel } from "./cells";
import type { ExcelRun } from "./officeWorkbook";

export type { SelectedCell };

/** Reads the active cell and, for a COSTING formula, the cells its arguments refer to. */
export async function readSelectedCell(run: ExcelRun = (batch) => Excel.run(batch)): Promise<SelectedCell> {
  const cell = await run(async (context) => {
    const range = context.workbook.getActiveCell();
    range.load("formulas, address, rowIndex, worksheet/name");
    await context.sync();
    const formula = range.formulas[0]?.[0];
    return {
      sheet: range.worksheet.name,
      address: range.address.slice(range.address.lastIndexOf("!") + 1),
      row: range.rowIndex + 1,
      call: typeof formula === "string" ? parseCostingCall(formula) : null,
    };
  });
  if (!cell.call) return { ...cell, call: null };
  return { ...cell, call: { name: cell.call.name, args: await argumentsOf(cell.call, cell.sheet, run) } };
}

async function argumentsOf(call: CostingCall, ownSheet: string, run: ExcelRun): Promise<CallArgument[]> {
  const refs = call.args.flatMap((a) => (a.kind === "reference" ? [a] : []));
  const read =
    refs.length === 0
      ? []
      : await run(async (context) => {
          const ranges = refs.map((r) => {
            const range = context.workbook.worksheets.getItem(r.sheet ?? ownSheet).getRange(r.address);
            range.load("values");
            return range;
          });
          await context.sync();
          return ranges.map((r) => fromExcel(r.values[0]?.[0]));
        });
  let next = 0;
  return call.args.map((a): CallArgument => {
    switch (a.kind) {
      case "omitted":
        return { kind: "omitted" };
      case "reference":
        return { kind: "value", value: read[next++] };
      case "other":
        return { kind: "other", text: a.text };
      default:
        return { kind: "value", value: a.value };
    }
  });
}

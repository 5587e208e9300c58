// Problem messages in a controller's words: which table (sheet), row, column and value, and what to do.
import type { Problem, Severity, SourceRef } from "../engine/model";
import { normalizeCaption, tableAliases } from "./captions";
import type { TableData } from "./port";
import { COLUMN_MAP, type TableSchema } from "./schema";

/** The sheet name as the user sees it; the table's own caption added when the sheet is named otherwise. */
export function tableLabel(table: TableData): string {
  const sheet = normalizeCaption(table.sheet);
  if (sheet === normalizeCaption(table.name) || sheet === normalizeCaption(table.name.replace(/ /g, ""))) {
    return table.name;
  }
  // A sheet named with the table's caption in another language ("Artikel") is that table: its name says it.
  if (tableAliases(table.name).includes(sheet)) return table.sheet;
  return `${table.sheet} (${table.name})`;
}

const quote = (value: string): string => `"${value.length > 60 ? value.slice(0, 57) + "..." : value}"`;

/** `Value Entries, row 14, column "Cost Amount (Actual)": "12,5x" is not a number. Enter ...` */
export function cellProblem(
  source: Required<Pick<SourceRef, "table" | "row" | "column">> & { value: string },
  reason: string,
  severity: Severity = "error",
): Problem {
  const what = source.value === "" ? "the cell is empty" : quote(source.value);
  return {
    severity,
    message: `${source.table}, row ${source.row}, column "${source.column}": ${what} ${reason}`,
    source,
  };
}

export function emptyCellProblem(table: string, row: number, column: string, hint: string): Problem {
  return {
    severity: "error",
    message: `${table}, row ${row}, column "${column}": the cell is empty. ${hint}`,
    source: { table, row, column, value: "" },
  };
}

/**
 * A required column no header names. The user can add it to the export, rename the header, or map the header
 * to the column by hand (the task pane's Ledger step, or a row of the Costing Column Map sheet). `mappedTo`:
 * the header the mapping names for it, which the table does not have. `advice` (exportAdvice.ts): where
 * Business Central's page has the field and how to get it into the export.
 */
export function missingColumnProblem(table: TableData, caption: string, mappedTo?: string, advice?: string): Problem {
  const label = tableLabel(table);
  const found = table.headers.filter((h) => h.trim() !== "");
  const headers = `headers found in row ${table.headerRow}: ${found.length ? found.join(", ") : "none"}`;
  const map = `"${COLUMN_MAP.caption}"`;
  const message =
    mappedTo === undefined
      ? `${label}: the column "${caption}" is missing (${headers}). Add the column to the export, rename its ` +
        `header to "${caption}", or map its header to the column: in the task pane's Ledger step (Map ` +
        `columns), or with a row ${table.name} | ${caption} | <the header> in the sheet ${map} (columns ` +
        `Table, Column, Header).`
      : `${label}: the column "${caption}" is missing: the sheet ${map} maps it to the header "${mappedTo}", ` +
        `which the table does not have (${headers}). Correct the header there (or map the column again in ` +
        "the task pane's Ledger step), or add the column to the export.";
  return {
    severity: "error",
    message: advice ? `${message} ${advice}` : message,
    source: { table: label, row: table.headerRow, column: caption },
  };
}

export function missingTableProblem(schema: TableSchema): Problem {
  return {
    severity: "error",
    message:
      `The workbook has no ${schema.caption} table. Add a sheet named "${schema.caption}" (or an Excel table ` +
      `named ${schema.excelName}) holding the ${schema.caption.toLowerCase()} exported from Business Central.`,
  };
}

export function duplicateProblem(table: string, column: string, value: string, first: number, again: number): Problem {
  return {
    severity: "error",
    message:
      `${table}, rows ${first} and ${again}, column "${column}": ${quote(value)} appears twice. ` +
      "Each entry must appear once: remove the duplicate row.",
    source: { table, row: again, column, value },
  };
}

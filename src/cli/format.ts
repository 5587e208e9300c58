// How the command line prints numbers, tables and problems. Amounts are exact decimal strings, never floats.
import type { Problem } from "../engine/model";
import { ENGLISH_MESSAGES, type Messages } from "../i18n";

export { amountText as amount, quantityText as quantity, unitCostText as unitCost } from "../workbook/decimalText";

/** "Error: ..." / "Warning: ..."; every message already names its table, row, column and value. */
export function problemLine(p: Problem, m: Messages = ENGLISH_MESSAGES): string {
  return m.labelled(p);
}

/** Rows of one kind listed one by one, at the most; more are said in one line with their count and first rows. */
const ONE_BY_ONE = 5;

/**
 * Problems as lines: each on its own, except a kind found on many rows (thousands of contradictions in a large
 * export), which is said once with its count, the first rows and what to do.
 */
export function problemLines(
  problems: readonly Problem[],
  workbookPath: string,
  m: Messages = ENGLISH_MESSAGES,
): string[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = p.kind ? `${p.severity}|${p.kind.key}` : "";
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  const lines: string[] = [];
  for (const [key, group] of groups) {
    if (key === "" || group.length <= ONE_BY_ONE) {
      lines.push(...group.map((p) => problemLine(p, m)));
      continue;
    }
    const { source, kind, severity } = group[0];
    const rows = group.slice(0, ONE_BY_ONE).map((p) => p.source?.row ?? 0);
    // The kind's summary is the reader's (English): the line after the label is English whole.
    const place = source ? `${source.table}, ${source.column ?? "row"}` : ENGLISH_MESSAGES.t("cli.theLedger");
    const said = ENGLISH_MESSAGES.t("cli.problemGroup", {
      place,
      count: group.length,
      summary: kind!.summary,
      rows: rows.join(", "),
      workbook: workbookPath,
    });
    // The group's summary is English, so is its label.
    lines.push(ENGLISH_MESSAGES.labelled({ severity, message: said }));
  }
  return lines;
}

export type Align = "left" | "right";

/** A plain text table: columns padded to their widest cell; numbers right-aligned. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (align[i] === "right" ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/**
 * Label and value lines ("Total amount:          -30.00"), the values starting in one column: one space after
 * the longest label, or at `width` when that is further (a report's column kept in every language).
 */
export function fieldLines(rows: readonly (readonly [string, string])[], width = 0): string[] {
  const column = Math.max(width, ...rows.map(([label]) => label.length + 1));
  return rows.map(([label, value]) => label.padEnd(column) + value);
}

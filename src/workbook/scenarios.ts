// Revaluation Scenarios as a workbook table (docs/workbook-format.md, "Revaluation Scenarios"): one table, one
// row per line of each scenario. Each row carries its scenario's name and recipe (What-If, What-If Value, Item
// Filter, and Calculated On: the checksum of the ledger it was calculated on), then the Revaluation Journal's
// columns, read as the journal's are (the value the user edited is found, Amount follows). The table is the
// tool's own: it is written whole, the scenarios in their order, each with its lines.
import type { Problem } from "../engine/model";
import { DEFAULT_ROUNDING, ZERO, type Rounding, type UnitAmount } from "../engine/money";
import type { RevaluationJournalLine } from "../engine/revaluationJournal";
import { WHAT_IF_KINDS, type WhatIf, type WhatIfKind } from "../engine/revaluationScenario";
import { ENGLISH_STYLE, journalTextStyle, LINE_NO_STEP, readJournalTable, type JournalReadOptions } from "./journal";
import type { TableData, WorkbookPort } from "./port";
import { cellProblem, emptyCellProblem } from "./problems";
import type { Row } from "./reader";
import { REVALUATION_SCENARIOS } from "./schema";
import { columnFormats, rowWriter } from "./write";

export interface Scenario {
  readonly name: string;
  readonly whatIf: WhatIf;
  /** The items it was calculated for; empty: every item. */
  readonly itemFilter: readonly string[];
  /** SHA-256 of the state of the ledger it was calculated on (scenarioLedgerState). */
  readonly calculatedOn: string;
  /** Its lines, numbered 10000, 20000, ... within the scenario. */
  readonly lines: readonly RevaluationJournalLine[];
  /** The sheet rows of its lines, in their order. */
  readonly rows: readonly number[];
}

export interface ScenariosRead {
  readonly table: TableData | null;
  readonly label: string;
  /** In the order of their first row. */
  readonly scenarios: readonly Scenario[];
  readonly problems: readonly Problem[];
}

/** An Item Filter cell: item numbers separated by "|", as Business Central writes a filter. */
export const itemFilterText = (itemNos: readonly string[]): string => itemNos.join("|");
const itemFilterOf = (text: string | undefined): string[] =>
  (text ?? "")
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** A scenario's name as it is compared: its letters in one case, spaces around it dropped. */
export const scenarioKey = (name: string): string => name.trim().toLowerCase();

interface Recipe {
  readonly name: string;
  readonly whatIf: WhatIf | null;
  readonly itemFilter: readonly string[];
  readonly calculatedOn: string;
  readonly whatIfText: string;
}

/** The recipe cells of a row; a What-If the tool does not know, or a value it lacks, is a problem of its cell. */
function recipeOf(row: Row, problems: Problem[]): Recipe {
  const at = (field: string) => {
    const s = row.source(field);
    return { table: s.table, row: s.row, column: s.column ?? field, value: s.value ?? "" };
  };
  const text = (row.text("whatIf") ?? "").trim();
  const kind = text === "" ? "Calculated" : WHAT_IF_KINDS.find((k) => k.toLowerCase() === text.toLowerCase());
  let whatIf: WhatIf | null = null;
  if (!kind) {
    problems.push(
      cellProblem(at("whatIf"), `is not a what-if this tool knows. Enter one of ${WHAT_IF_KINDS.join(", ")}.`),
    );
  } else if (kind === "Percent" || kind === "Unit Cost") {
    const blank = !row.has("whatIfValue") || (row.source("whatIfValue").value ?? "").trim() === "";
    const value = blank ? undefined : row.decimal("whatIfValue");
    if (value === undefined) {
      const hint = kind === "Percent" ? "the change in per cent, such as -10" : "the new unit cost, such as 8.00";
      const where = at("whatIfValue");
      const column = row.has("whatIfValue") ? where.column : "What-If Value";
      problems.push(emptyCellProblem(where.table, row.rowNumber, column, `The What-If ${kind} needs ${hint} there.`));
    } else if (kind === "Unit Cost" && value < ZERO) {
      problems.push(cellProblem(at("whatIfValue"), "is negative. Enter a unit cost of 0 or more."));
    } else {
      whatIf = kind === "Percent" ? { kind, value } : { kind, value: value as UnitAmount };
    }
  } else {
    whatIf = { kind: kind as Exclude<WhatIfKind, "Percent" | "Unit Cost"> };
  }
  return {
    name: (row.text("scenario") ?? "").trim(),
    whatIf,
    itemFilter: itemFilterOf(row.text("itemFilter")),
    calculatedOn: (row.text("calculatedOn") ?? "").trim().toLowerCase(),
    whatIfText: text,
  };
}

/** Every scenario of the table, its lines read as the journal's. Problems name the sheet, row and column. */
export async function readScenarios(port: WorkbookPort, options: JournalReadOptions = {}): Promise<ScenariosRead> {
  const recipeProblems: Problem[] = [];
  const groupOf = (row: Row) => scenarioKey(row.text("scenario") ?? "");
  const read = await readJournalTable(port, REVALUATION_SCENARIOS, { ...options, groupOf }, (row) =>
    recipeOf(row, recipeProblems),
  );
  const problems = [...read.problems, ...recipeProblems];
  const groups = new Map<string, { first: Recipe; rows: (typeof read.rows)[number][] }>();
  for (const r of read.rows) {
    const key = scenarioKey(r.extra.name);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: r.extra, rows: [r] });
      continue;
    }
    group.rows.push(r);
    const f = group.first;
    if (r.extra.whatIfText.toLowerCase() !== f.whatIfText.toLowerCase() || r.extra.calculatedOn !== f.calculatedOn) {
      problems.push({
        severity: "error",
        message:
          `${read.label}, row ${r.rowNumber}: the scenario "${f.name}" has another What-If or Calculated On here ` +
          `than on row ${group.rows[0].rowNumber}. A scenario's rows share them: correct the row, or calculate ` +
          "the scenario again.",
        source: { table: read.label, row: r.rowNumber },
      });
    }
  }
  const scenarios: Scenario[] = [];
  for (const { first, rows } of groups.values()) {
    if (!first.whatIf) continue;
    scenarios.push({
      name: first.name,
      whatIf: first.whatIf,
      itemFilter: first.itemFilter,
      calculatedOn: first.calculatedOn,
      lines: rows.map((r, i) => ({ ...r.line, lineNo: (i + 1) * LINE_NO_STEP })),
      rows: rows.map((r) => r.rowNumber),
    });
  }
  return { table: read.table, label: read.label, scenarios, problems };
}

/** The scenarios' headers as written: the schema's columns, in its order, in English. */
const scenarioHeaders = (): string[] => REVALUATION_SCENARIOS.columns.map((c) => c.caption);

/** Writes the scenarios as the Revaluation Scenarios table (replacing the one there), with number formats. */
export async function writeScenarios(
  port: WorkbookPort,
  existing: TableData | null,
  scenarios: readonly Scenario[],
  rounding: Rounding = DEFAULT_ROUNDING,
): Promise<void> {
  const headers = scenarioHeaders();
  const text = journalTextStyle(port, existing, headers, REVALUATION_SCENARIOS);
  const write = rowWriter(REVALUATION_SCENARIOS, headers, ENGLISH_STYLE(port.dateStyle, rounding, text));
  const rows = scenarios.flatMap((s) =>
    s.lines.map((line) =>
      write({
        ...line,
        inventoryValuePer: line.inventoryValuePer || undefined,
        scenario: s.name,
        whatIf: s.whatIf.kind,
        whatIfValue: "value" in s.whatIf ? s.whatIf.value : undefined,
        itemFilter: itemFilterText(s.itemFilter),
        calculatedOn: s.calculatedOn,
      }),
    ),
  );
  await port.writeTable(REVALUATION_SCENARIOS.caption, headers, rows, {
    numberFormats: columnFormats(REVALUATION_SCENARIOS, headers, rounding),
  });
}

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

/** The recipe columns, which every row of a scenario repeats. */
const RECIPE_FIELDS = ["whatIf", "whatIfValue", "itemFilter", "calculatedOn"] as const;
type RecipeField = (typeof RECIPE_FIELDS)[number];
type Cell = { readonly table: string; readonly row: number; readonly column: string; readonly value: string };

interface Recipe {
  readonly name: string;
  readonly whatIf: WhatIf | null;
  readonly itemFilter: readonly string[];
  readonly calculatedOn: string;
  /** The What-If as compared: its kind (an empty cell is Calculated), or the text the tool does not know. */
  readonly whatIfKey: string;
  /** The recipe's cells on the row, as typed. */
  readonly cells: Readonly<Record<RecipeField, Cell>>;
}

const captionOf = (field: string): string =>
  REVALUATION_SCENARIOS.columns.find((c) => c.field === field)?.caption ?? field;

/** The recipe cells of a row; a What-If the tool does not know, or a value it lacks, is a problem of its cell. */
function recipeOf(row: Row, problems: Problem[]): Recipe {
  const at = (field: string): Cell => {
    const s = row.source(field);
    return { table: s.table, row: s.row, column: s.column ?? captionOf(field), value: s.value ?? "" };
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
      problems.push(
        emptyCellProblem(where.table, row.rowNumber, where.column, `The What-If ${kind} needs ${hint} there.`),
      );
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
    whatIfKey: kind ?? text.toLowerCase(),
    cells: {
      whatIf: at("whatIf"),
      whatIfValue: at("whatIfValue"),
      itemFilter: at("itemFilter"),
      calculatedOn: at("calculatedOn"),
    },
  };
}

/** The same items, in any order and case. */
const sameItems = (a: readonly string[], b: readonly string[]): boolean => {
  const key = (nos: readonly string[]) => [...new Set(nos.map((no) => no.toUpperCase()))].sort().join("|");
  return key(a) === key(b);
};

/**
 * The recipe columns in which a row of a scenario differs from its first row: the What-If (an empty cell is
 * Calculated), its value (compared as a number, when both rows' What-If takes one and reads), the items of the
 * Item Filter (in any order) and Calculated On.
 */
function recipeDifferences(row: Recipe, first: Recipe): RecipeField[] {
  const differs: Record<RecipeField, boolean> = {
    whatIf: row.whatIfKey !== first.whatIfKey,
    whatIfValue:
      row.whatIfKey === first.whatIfKey &&
      row.whatIf !== null &&
      first.whatIf !== null &&
      "value" in row.whatIf &&
      "value" in first.whatIf &&
      row.whatIf.value !== first.whatIf.value,
    itemFilter: !sameItems(row.itemFilter, first.itemFilter),
    calculatedOn: row.calculatedOn !== first.calculatedOn,
  };
  return RECIPE_FIELDS.filter((f) => differs[f]);
}

const shown = (value: string): string => (value.trim() === "" ? "empty" : `"${value}"`);

/**
 * `Revaluation Scenarios, row 4, column "What-If Value": "-5" here, "-10" on row 2 of the scenario "A". ...`:
 * a row of a scenario whose recipe cell is not its first row's.
 */
function recipeDisagrees(name: string, cell: Cell, first: Cell): Problem {
  return {
    severity: "error",
    message:
      `${cell.table}, row ${cell.row}, column "${cell.column}": ${shown(cell.value)} here, ${shown(first.value)} ` +
      `on row ${first.row} of the scenario "${name}". A scenario's rows share its What-If, What-If Value, Item ` +
      "Filter and Calculated On: enter the right one on both rows, or delete the scenario's rows and add it again.",
    source: cell,
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
    for (const field of recipeDifferences(r.extra, group.first)) {
      problems.push(recipeDisagrees(group.first.name, r.extra.cells[field], group.first.cells[field]));
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

// costing check <workbook>: what was found, the setup in force, what was derived, and every problem.
import type { LedgerInput, Problem } from "../../engine/model";
import { COSTING_METHODS } from "../../engine/model";
import { formatExact } from "../../engine/money";
import { type Command, checkPositionals } from "../command";
import { EXIT_INPUT, EXIT_OK } from "../errors";
import { plural, problemLine, problemLines, table } from "../format";
import { printer } from "../io";
import { cliNextSteps } from "../journal";
import { chosenCostingMethodLine, isError, loadWorkbook, type Loaded } from "../load";
import { COSTING_METHOD_SPEC } from "../options";
import type { EntryPoint } from "../../engine";
import { WHOLE_TABLE, type ColumnAdvice, type Without } from "../../workbook/exportAdvice";
import { markPhase } from "../../workbook/phases";

function setupLines(input: LedgerInput): string[] {
  const s = input.setup;
  const lines = [
    ...table(
      ["Field", "Value"],
      [
        ["Average Cost Period", s.averageCostPeriod],
        ["Average Cost Calc. Type", s.averageCostCalcType],
        ["Amount Rounding Precision", formatExact(s.amountRoundingPrecision)],
        ["Unit-Amount Rounding Precision", formatExact(s.unitAmountRoundingPrecision)],
        ["Allow Posting From", s.allowPostingFrom || "(no restriction)"],
      ],
      ["left", "left"],
    ),
  ];
  const years = input.accountingPeriods.filter((p) => p.newFiscalYear);
  if (input.accountingPeriods.length === 0) {
    lines.push("No accounting periods: Inventory Setup applies to every date; fiscal years are calendar years.");
  } else {
    lines.push(
      "",
      `Fiscal years (Accounting Periods, ${plural(input.accountingPeriods.length, "period")}): each uses its own settings.`,
      ...table(
        ["Starts", "Average Cost Period", "Calc. Type", "Closed"],
        years.map((p) => [
          p.startingDate,
          p.averageCostPeriod ?? "(blank)",
          p.averageCostCalcType ?? "(blank)",
          p.closed ? "Yes" : "No",
        ]),
        ["left", "left", "left", "left"],
      ),
    );
  }
  return lines;
}

/** Items by costing method; those costed with --costing-method (the workbook gives them none) on a row of their own. */
function itemLines(input: LedgerInput, chosen: Loaded["costingMethods"]): string[] {
  const rows: string[][] = [];
  const row = (label: string, nos: readonly string[]) => {
    if (nos.length === 0) return;
    const shown = nos.slice(0, 8).join(", ") + (nos.length > 8 ? `, ... (${nos.length - 8} more)` : "");
    rows.push([label, String(nos.length), shown]);
  };
  const given = new Set(chosen.chosen ? chosen.missing : []);
  for (const method of COSTING_METHODS)
    row(
      method,
      input.items.filter((i) => i.costingMethod === method && !given.has(i.no)).map((i) => i.no),
    );
  if (chosen.chosen) row(`${chosen.chosen} (--costing-method)`, chosen.missing);
  return table(["Costing Method", "Items", "Item No."], rows, ["left", "right", "left"]);
}

function dateRange(dates: readonly string[]): string {
  const real = dates.filter((d) => d !== "");
  if (real.length === 0) return "(none)";
  let lo = real[0];
  let hi = real[0];
  for (const d of real) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  return `${lo} .. ${hi}`;
}

/** What matters first: what stops costing, then what is guessed, then what is derived exactly or not used. */
const ADVICE_HEADINGS: Record<Without, string> = {
  refused: "Costing stops without these; add them to the export:",
  warned: "Guessed without these, so the figures may differ from Business Central's; add them to the export:",
  derived: "Derived exactly from the ledger; export them only to have them cross-checked:",
  unused: "Not used by the costing of this ledger:",
};

function adviceLines(advice: readonly ColumnAdvice[]): string[] {
  if (advice.length === 0) return ["Nothing: the export has every column the costing uses."];
  const lines: string[] = [];
  for (const without of Object.keys(ADVICE_HEADINGS) as Without[]) {
    const group = advice.filter((a) => a.without === without);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push("");
    lines.push(ADVICE_HEADINGS[without]);
    for (const a of group) {
      const rows = a.rows > 0 ? ` (${plural(a.rows, "row")})` : "";
      lines.push(
        a.column === WHOLE_TABLE
          ? `- ${a.table}, the whole table${rows}: ${a.effect}`
          : `- ${a.table}, column "${a.column}"${rows}: ${a.effect}`,
      );
      lines.push(`  To export it: ${a.toExport}`);
    }
  }
  return lines;
}

/** Whether Adjust Cost has anything left to do, period by period, as the entry points tell it. */
function adjustmentLines(points: readonly EntryPoint[]): string[] {
  const open = points.filter((p) => !p.costIsAdjusted);
  if (open.length === 0)
    return [`All ${plural(points.length, "entry point")} adjusted: costing adjust would post nothing.`];
  const items = new Set(open.map((p) => p.itemNo));
  const first = open.reduce((a, b) => (b.valuationDate < a.valuationDate ? b : a));
  return [
    `${plural(open.length, "entry point")} of ${points.length} not adjusted, for ${plural(items.size, "item")} ` +
      `(earliest: item ${first.itemNo}, ${first.valuationDate}).`,
    "Run costing adjust to value them; later periods of the same item are recalculated too.",
  ];
}

/**
 * A post of the Revaluation Journal that was interrupted (its value entries appended, no Posting Log row), as an
 * error naming the commands that repair it: post and preview refuse the journal until then.
 */
async function interruptedPostProblems(loaded: Loaded, workbookPath: string): Promise<Problem[]> {
  if (!loaded.ledger) return [];
  const { interruptedMessage, readInterruptedPost } = await import("../../workbook/useCases");
  const state = await readInterruptedPost(loaded.workbook.port, loaded.ledger);
  if (!state) return [];
  return [
    { severity: "error", message: interruptedMessage(state.found, state.journal.label, cliNextSteps(workbookPath)) },
  ];
}

export const check: Command = {
  name: "check",
  writes: false,
  summary: "Validate a workbook: tables, setup, items, dates, derived columns and every problem",
  options: {
    "costing-method": COSTING_METHOD_SPEC,
    all: {
      type: "boolean",
      description:
        "list every problem on its own line; without it, a kind of problem found on more than five rows\n" +
        "is said once, with its count and first rows",
    },
  },
  positionals: ["workbook"],
  async run(args, ctx) {
    checkPositionals(check, args);
    const [workbookPath] = args.positionals;
    const out = printer(ctx.io.stdout);
    const loaded = await loadWorkbook(ctx, workbookPath, args);
    const tables = loaded.tables;

    out(`Workbook: ${workbookPath} (${loaded.workbook.kind === "xlsx" ? "Excel workbook" : "folder of CSV files"})`);
    const chosen = chosenCostingMethodLine(loaded);
    if (chosen) out(chosen);
    out();
    out("Tables found");
    for (const line of table(
      ["Table", "Found as", "Rows"],
      tables.map((t) => [t.name, t.sheet ?? "(not found)", t.sheet ? String(t.rows) : "-"]),
      ["left", "left", "right"],
    ))
      out("  " + line);

    const input = loaded.input;
    if (input) {
      out();
      out("Setup in force");
      for (const line of setupLines(input)) out("  " + line);
      out();
      out("Items by costing method");
      for (const line of itemLines(input, loaded.costingMethods)) out("  " + line);
      out();
      out("Dates");
      out(`  Posting dates (item ledger entries): ${dateRange(input.itemLedgerEntries.map((e) => e.postingDate))}`);
      const valuationDates = loaded.ledger
        ? loaded.ledger.valueEntries.map((v) => v.valuationDate)
        : input.valueEntries.map((v) => v.valuationDate ?? "");
      out(`  Valuation dates (value entries):     ${dateRange(valuationDates)}`);
      out(
        `  ${plural(input.itemLedgerEntries.length, "item ledger entry", "item ledger entries")}, ` +
          `${plural(input.valueEntries.length, "value entry", "value entries")}`,
      );
      if (loaded.ledger) {
        out();
        out("Cost adjustment (Avg. Cost Adjmt. Entry Points)");
        const { averageCostEntryPoints } = await import("../../engine");
        for (const line of adjustmentLines(averageCostEntryPoints(loaded.ledger))) out("  " + line);
      }
    }

    if (input || loaded.advice.length > 0) {
      out();
      out("What the export lacks");
      for (const line of adviceLines(loaded.advice)) out("  " + line);
    }

    const problems = [...(await interruptedPostProblems(loaded, workbookPath)), ...loaded.problems];
    const errors = problems.filter(isError);
    const warnings = problems.length - errors.length;
    out();
    if (problems.length === 0) {
      out("Problems: none. The workbook is ready for costing adjust.");
    } else {
      out(`Problems: ${plural(errors.length, "error")}, ${plural(warnings, "warning")}`);
      const lines = args.values.all ? problems.map(problemLine) : problemLines(problems, workbookPath);
      for (const line of lines) out("  " + line);
      out();
      // The interrupted post is the only error: what to run, not cells to correct.
      const onlyRepair = errors.length > 0 && !loaded.problems.some(isError);
      out(
        onlyRepair
          ? "Repair the interrupted post with the command named above and run costing check again."
          : errors.length > 0
            ? "Correct the errors in the workbook (each names the table, row and column) and run costing check again."
            : "Only warnings: the workbook can be adjusted; review them.",
      );
    }
    markPhase("report");
    return errors.length > 0 ? EXIT_INPUT : EXIT_OK;
  },
};

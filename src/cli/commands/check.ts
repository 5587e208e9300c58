// costing check <workbook>: what was found, the setup in force, what was derived, and every problem.
import { EN } from "../../i18n";
import type { LedgerInput, Problem } from "../../engine/model";
import { COSTING_METHODS } from "../../engine/model";
import { formatExact } from "../../engine/money";
import { type Command, checkPositionals } from "../command";
import { EXIT_INPUT, EXIT_OK } from "../errors";
import { fieldLines, problemLine, problemLines, table } from "../format";
import type { Messages } from "../../i18n";
import { printer } from "../io";
import { cliNextSteps } from "../journal";
import { isError, loadWorkbook, type Loaded } from "../load";
import type { DerivedNote as DerivedColumn, EntryPoint } from "../../engine";
import { markPhase } from "../../workbook/phases";

/** How to get a column into the export, so it need not be derived. */
const EXPORT_HINTS: Record<string, string> = {
  "Value Entries|Valuation Date":
    'On the Value Entries page choose Personalize (or "Choose columns"), add "Valuation Date", then Open in Excel again.',
  "Value Entries|Location Code":
    'On the Value Entries page add the hidden column "Location Code" before Open in Excel (it is taken from the item ledger entry meanwhile).',
  "Value Entries|Variant Code":
    "The Value Entries page has no Variant Code; it is taken from the item ledger entry, which is exact.",
  "Item Ledger Entries|Variant Code":
    'On the Item Ledger Entries page add the hidden column "Variant Code" before Open in Excel.',
  "Item Ledger Entries|Completely Invoiced":
    'On the Item Ledger Entries page add the hidden column "Completely Invoiced" before Open in Excel.',
  "Item Ledger Entries|Cost Amount (Expected)":
    'On the Item Ledger Entries page add the hidden column "Cost Amount (Expected)" before Open in Excel.',
  "Item Application Entries|*":
    "Export the Item Application Entries table (for example with a configuration package) to use the applications as posted.",
};

export function exportHint(table: string, column: string): string {
  return (
    EXPORT_HINTS[`${table}|${column}`] ??
    EXPORT_HINTS[`${table}|*`] ??
    `Add the column "${column}" to the ${table} page (Personalize) before Open in Excel.`
  );
}

function setupLines(input: LedgerInput, m: Messages): string[] {
  const s = input.setup;
  const c = m.caption;
  const lines = [
    ...table(
      [m.t("check.field"), m.t("check.value")],
      [
        [c("Average Cost Period"), m.enumCaption("averageCostPeriod", s.averageCostPeriod)],
        [c("Average Cost Calc. Type"), m.enumCaption("averageCostCalcType", s.averageCostCalcType)],
        [c("Amount Rounding Precision"), m.decimal(formatExact(s.amountRoundingPrecision))],
        [c("Unit-Amount Rounding Precision"), m.decimal(formatExact(s.unitAmountRoundingPrecision))],
        [c("Allow Posting From"), s.allowPostingFrom ? m.date(s.allowPostingFrom) : m.t("check.noRestriction")],
      ],
      ["left", "left"],
    ),
  ];
  const years = input.accountingPeriods.filter((p) => p.newFiscalYear);
  if (input.accountingPeriods.length === 0) {
    lines.push(m.t("check.noPeriods"));
  } else {
    const blank = m.t("check.blank");
    lines.push(
      "",
      m.t("check.fiscalYears", { count: input.accountingPeriods.length }),
      ...table(
        [m.t("check.starts"), c("Average Cost Period"), m.t("check.calcType"), m.t("check.closed")],
        years.map((p) => [
          m.date(p.startingDate),
          p.averageCostPeriod ? m.enumCaption("averageCostPeriod", p.averageCostPeriod) : blank,
          p.averageCostCalcType ? m.enumCaption("averageCostCalcType", p.averageCostCalcType) : blank,
          m.t(p.closed ? "check.yes" : "check.no"),
        ]),
        ["left", "left", "left", "left"],
      ),
    );
  }
  return lines;
}

function itemLines(input: LedgerInput, m: Messages): string[] {
  const used = new Set(input.itemLedgerEntries.map((e) => e.itemNo));
  const rows: string[][] = [];
  for (const method of COSTING_METHODS) {
    const nos = input.items.filter((i) => i.costingMethod === method).map((i) => i.no);
    if (nos.length === 0) continue;
    const list = nos.slice(0, 8).join(", ");
    const shown = nos.length > 8 ? m.t("entriesMore", { entries: list, more: nos.length - 8 }) : list;
    rows.push([m.enumCaption("costingMethod", method), m.count(nos.length), shown]);
  }
  const unlisted = [...used].filter((no) => !input.items.some((i) => i.no === no));
  if (unlisted.length > 0)
    rows.push([m.t("check.notInItems"), m.count(unlisted.length), unlisted.slice(0, 8).join(", ")]);
  return table([m.caption("Costing Method"), m.t("check.items"), m.caption("Item No.")], rows, [
    "left",
    "right",
    "left",
  ]);
}

function dateRange(dates: readonly string[], m: Messages): string {
  const real = dates.filter((d) => d !== "");
  if (real.length === 0) return m.t("check.noDates");
  let lo = real[0];
  let hi = real[0];
  for (const d of real) {
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  return `${m.date(lo)} .. ${m.date(hi)}`;
}

function derivedLines(derived: readonly DerivedColumn[], m: Messages): string[] {
  if (derived.length === 0) return [m.t("check.nothingDerived")];
  const lines: string[] = [];
  for (const d of derived) {
    lines.push(m.t("check.derivedColumn", { table: d.table, column: d.column, count: d.rows, how: d.how }));
    lines.push(m.t("check.toExport", { hint: exportHint(d.table, d.column) }));
  }
  return lines;
}

/** Whether Adjust Cost has anything left to do, period by period, as the entry points tell it. */
function adjustmentLines(points: readonly EntryPoint[], m: Messages): string[] {
  const open = points.filter((p) => !p.costIsAdjusted);
  if (open.length === 0) return [m.t("check.allAdjusted", { count: points.length })];
  const items = new Set(open.map((p) => p.itemNo));
  const first = open.reduce((a, b) => (b.valuationDate < a.valuationDate ? b : a));
  return [
    m.t("check.notAdjusted", {
      open: open.length,
      total: points.length,
      items: items.size,
      item: first.itemNo,
      date: m.date(first.valuationDate),
    }),
    m.t("check.runAdjust"),
  ];
}

/**
 * A post of the Revaluation Journal that was interrupted (its value entries appended, no Posting Log row), as an
 * error naming the commands that repair it: post and preview refuse the journal until then.
 */
async function interruptedPostProblems(loaded: Loaded, workbookPath: string, m: Messages): Promise<Problem[]> {
  if (!loaded.ledger) return [];
  const { interruptedMessage, readInterruptedPost } = await import("../../workbook/useCases");
  const state = await readInterruptedPost(loaded.workbook.port, loaded.ledger);
  if (!state) return [];
  return [
    { severity: "error", message: interruptedMessage(state.found, state.journal.label, cliNextSteps(workbookPath, m)) },
  ];
}

export const check: Command = {
  name: "check",
  writes: false,
  summary: EN["summary.check"],
  options: {
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
    const m = ctx.messages;
    const loaded = await loadWorkbook(ctx, workbookPath);
    const tables = loaded.tables;

    out(
      m.t("check.workbook", {
        workbook: workbookPath,
        kind: m.t(loaded.workbook.kind === "xlsx" ? "check.xlsx" : "check.csv"),
      }),
    );
    out();
    out(m.t("check.tablesFound"));
    for (const line of table(
      [m.t("check.table"), m.t("check.foundAs"), m.t("check.rows")],
      tables.map((t) => [m.caption(t.name), t.sheet ?? m.t("check.notFound"), t.sheet ? m.count(t.rows) : "-"]),
      ["left", "left", "right"],
    ))
      out("  " + line);

    const input = loaded.input;
    if (input) {
      out();
      out(m.t("check.setup"));
      for (const line of setupLines(input, m)) out("  " + line);
      out();
      out(m.t("check.itemsByMethod"));
      for (const line of itemLines(input, m)) out("  " + line);
      out();
      out(m.t("check.dates"));
      const valuationDates = loaded.ledger
        ? loaded.ledger.valueEntries.map((v) => v.valuationDate)
        : input.valueEntries.map((v) => v.valuationDate ?? "");
      for (const line of fieldLines([
        [
          m.t("check.postingDates"),
          dateRange(
            input.itemLedgerEntries.map((e) => e.postingDate),
            m,
          ),
        ],
        [m.t("check.valuationDates"), dateRange(valuationDates, m)],
      ]))
        out("  " + line);
      out("  " + m.t("check.counts", { entries: input.itemLedgerEntries.length, values: input.valueEntries.length }));
      out();
      out(m.t("check.derived"));
      for (const line of derivedLines(loaded.derived, m)) out("  " + line);
      if (loaded.ledger) {
        out();
        out(m.t("check.adjustment"));
        const { averageCostEntryPoints } = await import("../../engine");
        for (const line of adjustmentLines(averageCostEntryPoints(loaded.ledger), m)) out("  " + line);
      }
    }

    const problems = [...(await interruptedPostProblems(loaded, workbookPath, m)), ...loaded.problems];
    const errors = problems.filter(isError);
    const warnings = problems.length - errors.length;
    out();
    if (problems.length === 0) {
      out(m.t("check.noProblems"));
    } else {
      out(m.t("check.problems", { errors: errors.length, warnings }));
      const lines = args.values.all ? problems.map((p) => problemLine(p, m)) : problemLines(problems, workbookPath, m);
      for (const line of lines) out("  " + line);
      out();
      // The interrupted post is the only error: what to run, not cells to correct.
      const onlyRepair = errors.length > 0 && !loaded.problems.some(isError);
      out(m.t(onlyRepair ? "check.repair" : errors.length > 0 ? "check.correct" : "check.onlyWarnings"));
    }
    markPhase("report");
    return errors.length > 0 ? EXIT_INPUT : EXIT_OK;
  },
};

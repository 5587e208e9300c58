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
import { chosenCostingMethodLine, isError, loadWorkbook, type Loaded } from "../load";
import { COSTING_METHOD_SPEC } from "../options";
import type { EntryPoint } from "../../engine";
import { adviceLine, type ColumnAdvice, type Without } from "../../workbook/exportAdvice";
import { markPhase } from "../../workbook/phases";

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

/** Items by costing method; those costed with --costing-method (the workbook gives them none) on a row of their own. */
function itemLines(input: LedgerInput, chosen: Loaded["costingMethods"], m: Messages): string[] {
  const rows: string[][] = [];
  const row = (label: string, nos: readonly string[]) => {
    if (nos.length === 0) return;
    const list = nos.slice(0, 8).join(", ");
    const shown = nos.length > 8 ? m.t("entriesMore", { entries: list, more: nos.length - 8 }) : list;
    rows.push([label, m.count(nos.length), shown]);
  };
  const given = new Set(chosen.chosen ? chosen.missing : []);
  for (const method of COSTING_METHODS)
    row(
      m.enumCaption("costingMethod", method),
      input.items.filter((i) => i.costingMethod === method && !given.has(i.no)).map((i) => i.no),
    );
  if (chosen.chosen)
    row(m.t("check.chosenMethod", { method: m.enumCaption("costingMethod", chosen.chosen) }), chosen.missing);
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

/** What matters first: what stops costing, then what is guessed, then what is derived exactly or not used. */
const ADVICE_HEADINGS: Record<
  Without,
  "check.adviceRefused" | "check.adviceWarned" | "check.adviceDerived" | "check.adviceUnused"
> = {
  refused: "check.adviceRefused",
  warned: "check.adviceWarned",
  derived: "check.adviceDerived",
  unused: "check.adviceUnused",
};

function adviceLines(advice: readonly ColumnAdvice[], m: Messages): string[] {
  if (advice.length === 0) return [m.t("check.adviceNone")];
  const lines: string[] = [];
  for (const without of Object.keys(ADVICE_HEADINGS) as Without[]) {
    const group = advice.filter((a) => a.without === without);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push("");
    lines.push(m.t(ADVICE_HEADINGS[without]));
    for (const a of group) {
      const { what, toExport } = adviceLine(a, m);
      lines.push(`- ${what}`, `  ${toExport}`);
    }
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
    const m = ctx.messages;
    const loaded = await loadWorkbook(ctx, workbookPath, args);
    const tables = loaded.tables;

    out(
      m.t("check.workbook", {
        workbook: workbookPath,
        kind: m.t(loaded.workbook.kind === "xlsx" ? "check.xlsx" : "check.csv"),
      }),
    );
    const chosen = chosenCostingMethodLine(loaded, m);
    if (chosen) out(chosen);
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
      for (const line of itemLines(input, loaded.costingMethods, m)) out("  " + line);
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
      if (loaded.ledger) {
        out();
        out(m.t("check.adjustment"));
        const { averageCostEntryPoints } = await import("../../engine");
        for (const line of adjustmentLines(averageCostEntryPoints(loaded.ledger), m)) out("  " + line);
      }
    }

    if (input || loaded.advice.length > 0) {
      out();
      out(m.t("check.exportLacks"));
      for (const line of adviceLines(loaded.advice, m)) out("  " + line);
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

// costing scenario add|list|compare|refresh|post <workbook> [...]: revaluation scenarios kept in the workbook's
// Revaluation Scenarios table, compared side by side on the ledger as it is now, one of them posted.
import { EN, say, type Messages } from "../../i18n";
import type { RevaluationJournalLine, RevaluationPreview, WhatIf } from "../../engine";
import { formatExact, parseExact, type UnitAmount } from "../../engine/money";
import { unitCostText } from "../../workbook/decimalText";
import type { ScenarioCompared, ScenarioStatus } from "../../workbook/useCases";
import { type Command, checkPositionals, dateOption, flag, listOption, requiredString, stringOption } from "../command";
import { EXIT_OK, UsageError } from "../errors";
import { amount, fieldLines, problemLine, table } from "../format";
import { printer } from "../io";
import { cliNextSteps, succeeded } from "../journal";
import { loadLedger } from "../load";
import { outOption, writtenTo } from "../outPath";
import { COSTING_METHOD_SPEC, JSON_SPEC, outSpec } from "../options";
import { printPostSummary } from "./post";

const ACTIONS = ["add", "list", "compare", "refresh", "post"] as const;
type Action = (typeof ACTIONS)[number];

/** --base's choices: the what-if each names (the Items table's cost, as Calculate Inventory Value's base). */
const BASES: Record<string, Extract<WhatIf["kind"], "Last Direct Cost" | "Standard Cost">> = {
  "last-direct-cost": "Last Direct Cost",
  "standard-cost": "Standard Cost",
};

/** The revaluation amount of the lines: their Amounts summed. */
const amountOf = (lines: readonly RevaluationJournalLine[]): bigint => lines.reduce((t, l) => t + l.amount, 0n);

/** The what-if the options ask for: one of --percent, --unit-cost, --base, or none (the calculated unit cost). */
function whatIfOf(args: Parameters<Command["run"]>[0]): WhatIf {
  const percent = stringOption(args, "percent");
  const unitCost = stringOption(args, "unit-cost");
  const base = stringOption(args, "base")?.trim().toLowerCase();
  const given = [percent !== undefined && "--percent", unitCost !== undefined && "--unit-cost", base && "--base"];
  const named = given.filter((g): g is string => Boolean(g));
  if (named.length > 1) throw new UsageError(say("cli.scenarioOneWhatIf", { options: named.join(", ") }), "scenario");
  const number = (option: string, text: string) => {
    const x = parseExact(text.trim());
    if (x === null) throw new UsageError(say("cli.notANumber", { option, value: text }), "scenario");
    return x;
  };
  if (percent !== undefined) return { kind: "Percent", value: number("percent", percent) };
  if (unitCost !== undefined) {
    const value = number("unit-cost", unitCost);
    if (value < 0n) throw new UsageError(say("cli.negativeCost", { value: unitCost }), "scenario");
    return { kind: "Unit Cost", value: value as UnitAmount };
  }
  // The choices are checked before (checkChoices): the base is one of BASES.
  if (base) return { kind: BASES[base] };
  return { kind: "Calculated" };
}

/** "Percent -10", "Unit Cost 8.00", "Last Direct Cost", in the user's number format. */
export function whatIfText(w: WhatIf, m: Messages): string {
  const label = m.t(`scenario.whatIf.${w.kind}` as "scenario.whatIf.Percent");
  if (!("value" in w)) return label;
  return `${label} ${m.decimal(w.kind === "Unit Cost" ? unitCostText(w.value) : formatExact(w.value))}`;
}

/** The engine's views of a preview, loaded with the engine (not for --help or a wrong command line). */
interface PreviewViews {
  readonly changedItems: (p: RevaluationPreview) => RevaluationPreview["items"][number][];
  readonly monthChanges: (p: RevaluationPreview) => ReturnType<typeof import("../../engine").monthChanges>;
}

/** A scenario as `list --json` gives it, and the start of `compare --json`'s: `lines` are those it shows. */
function statusJson(c: ScenarioStatus, lines: readonly RevaluationJournalLine[]): Record<string, unknown> {
  return {
    name: c.scenario.name,
    whatIf: c.scenario.whatIf.kind,
    whatIfValue: "value" in c.scenario.whatIf ? formatExact(c.scenario.whatIf.value) : null,
    itemFilter: c.scenario.itemFilter,
    stale: c.stale,
    postedAt: c.postedAt,
    postingDate: lines[0]?.postingDate ?? null,
    lines: lines.length,
    amount: amount(amountOf(lines)),
  };
}

function comparedJson(c: ScenarioCompared, { changedItems, monthChanges }: PreviewViews): Record<string, unknown> {
  const p = c.preview;
  return {
    ...statusJson(c, c.lines),
    inventoryBefore: p ? amount(p.inventoryBefore) : null,
    inventoryAfter: p ? amount(p.inventoryAfter) : null,
    months: p
      ? monthChanges(p).map((x) => ({
          month: x.month,
          inventoryValueChange: amount(x.inventoryValueChange),
          cogsChange: amount(x.cogsChange),
        }))
      : [],
    items: p
      ? changedItems(p).map((i) => ({
          itemNo: i.itemNo,
          inventoryBefore: amount(i.inventoryBefore),
          inventoryAfter: amount(i.inventoryAfter),
          cogsChange: amount(i.cogsAfter - i.cogsBefore),
        }))
      : [],
    problems: c.problems.map((p) => p.message),
  };
}

export const scenario: Command = {
  name: "scenario",
  writes: true,
  summary: EN["summary.scenario"],
  about:
    "add: calculates a scenario (Calculate Inventory Value for --date, then its what-if: --percent, --unit-cost, " +
    "--base, or the calculated unit costs, to be typed on its lines in the Revaluation Scenarios table; or " +
    "--from-journal: the Revaluation Journal's lines as they stand). list: the scenarios. compare: each one's " +
    "effect side by side, on the ledger as it is now (--items: per item too); nothing is written. refresh: takes " +
    "a scenario again on the ledger as it is now. post: the scenario becomes the Revaluation Journal and is " +
    "posted with every check costing post makes." +
    "\n\n" +
    "A scenario calculated before entries were posted for its items is stale: compare shows what its recipe " +
    "gives now, and post refuses it until it is refreshed.",
  options: {
    name: { type: "string", value: "name", description: "the scenario (add, refresh, post)" },
    date: { type: "string", value: "YYYY-MM-DD", description: "add: the revaluation's posting date" },
    percent: {
      type: "string",
      value: "p",
      description: "add: Unit Cost (Revalued) = calculated unit cost changed by p %",
    },
    "unit-cost": { type: "string", value: "cost", description: "add: Unit Cost (Revalued) = cost on every line" },
    base: {
      type: "string",
      value: "base",
      choices: Object.keys(BASES),
      description: "add: Unit Cost (Revalued) from the item's last-direct-cost or standard-cost",
    },
    "from-journal": { type: "boolean", description: "add: the Revaluation Journal's lines as they stand" },
    per: { type: "string", choices: ["item", "entry"], description: "add: one line per item (default) or per entry" },
    "by-location": { type: "boolean", description: "add: per item and location" },
    "by-variant": { type: "boolean", description: "add: per item and variant" },
    item: { type: "string", multiple: true, value: "no", description: "add: only this item" },
    "document-no": { type: "string", value: "no", description: "add: the document no. (default REVAL-<date>)" },
    "update-standard-cost": { type: "boolean", description: "add: posting sets the items' Standard Cost" },
    replace: {
      type: "boolean",
      description: "add: calculate the scenario of that name anew; post: replace a journal not posted yet",
    },
    items: { type: "boolean", description: "compare: each scenario's changes per item too" },
    "no-adjust": { type: "boolean", description: "post: do not run Adjust Cost - Item Entries after posting" },
    "costing-method": COSTING_METHOD_SPEC,
    json: JSON_SPEC,
    out: outSpec(),
  },
  positionals: ["action", "workbook"],
  async run(args, ctx) {
    checkPositionals(scenario, args);
    const [actionText, workbookPath] = args.positionals;
    const action = actionText.trim().toLowerCase() as Action;
    if (!ACTIONS.includes(action)) {
      throw new UsageError(say("cli.scenarioAction", { value: actionText, actions: ACTIONS.join(", ") }), "scenario");
    }
    const m = ctx.messages;
    const next = cliNextSteps(workbookPath, m);
    const out = printer(ctx.io.stdout);
    const outPath = outOption(scenario, args, workbookPath);
    const name =
      action === "add" || action === "refresh" || action === "post" ? requiredString(scenario, args, "name") : "";
    const date = action === "add" && !flag(args, "from-journal") ? dateOption(scenario, args) : "";
    const whatIf = action === "add" ? whatIfOf(args) : null;
    const { workbook, ledger, valueEntriesTable } = await loadLedger(
      ctx,
      workbookPath,
      action === "compare" || action === "list" ? "cli.nothingPreviewed" : "cli.nothingWritten",
      args,
    );
    const uc = await import("../../workbook/useCases");
    const views: PreviewViews = await import("../../engine");
    const { changedItems, monthChanges } = views;
    const { changeWords } = uc;
    const warn = (ws: readonly { message: string; severity: "error" | "warning" }[]) => {
      for (const w of ws) ctx.io.stderr.write(problemLine(w, m) + "\n");
    };
    const d = (x: bigint | undefined) => (x === undefined ? "" : m.decimal(amount(x)));

    if (action === "add") {
      const per = (stringOption(args, "per") ?? "item").trim().toLowerCase();
      const source = flag(args, "from-journal")
        ? ({ fromJournal: true } as const)
        : {
            recipe: {
              whatIf: whatIf!,
              options: {
                postingDate: date,
                documentNo: (stringOption(args, "document-no") ?? `REVAL-${date}`).trim(),
                calculatePer: per === "entry" ? ("Item Ledger Entry" as const) : ("Item" as const),
                byLocation: flag(args, "by-location"),
                byVariant: flag(args, "by-variant"),
                updateStandardCost: flag(args, "update-standard-cost"),
                itemNos: listOption(args, "item"),
              },
            },
          };
      const added = succeeded(
        await uc.addScenario(workbook.port, ledger, name, source, { replace: flag(args, "replace"), next }),
      );
      warn(added.warnings);
      await workbook.save(outPath);
      const s = added.value.scenario;
      out(
        m.t(added.value.replaced ? "scenario.cli.replaced" : "scenario.cli.added", {
          name: s.name,
          workbook: workbookPath,
        }),
      );
      for (const line of fieldLines(
        [
          [m.t("scenario.cli.whatIf") + ":", whatIfText(s.whatIf, m)],
          [m.t("calc.postingDate"), m.date(s.lines[0].postingDate)],
          [m.t("calc.lines"), m.count(s.lines.length)],
          [m.t("scenario.cli.amount") + ":", d(amountOf(s.lines))],
          [m.t("post.writtenTo"), writtenTo(workbookPath, outPath, m)],
        ],
        26,
      ))
        out(line);
      out(m.t("scenario.cli.nextCompare", { workbook: outPath ?? workbookPath }));
      return EXIT_OK;
    }

    if (action === "refresh") {
      const done = succeeded(await uc.refreshScenario(workbook.port, ledger, name, next));
      warn(done.warnings);
      await workbook.save(outPath);
      const { scenario: s, before } = done.value;
      out(m.t("scenario.cli.refreshed", { name: s.name, workbook: workbookPath }));
      for (const line of fieldLines(
        [
          [m.t("calc.lines"), `${m.count(before.lines.length)} -> ${m.count(s.lines.length)}`],
          [m.t("scenario.cli.amount") + ":", `${d(amountOf(before.lines))} -> ${d(amountOf(s.lines))}`],
          [m.t("post.writtenTo"), writtenTo(workbookPath, outPath, m)],
        ],
        26,
      ))
        out(line);
      return EXIT_OK;
    }

    if (action === "post") {
      const posted = succeeded(
        await uc.postScenario(workbook.port, ledger, name, {
          replace: flag(args, "replace"),
          adjust: !flag(args, "no-adjust"),
          next,
          valueEntriesTable,
        }),
      );
      warn(posted.warnings);
      await workbook.save(outPath);
      printPostSummary(ctx, posted.value, {
        heading: m.t("scenario.cli.posted", { name: posted.value.scenario.name, workbook: workbookPath }),
        workbookPath,
        outPath,
        adjust: !flag(args, "no-adjust"),
      });
      return EXIT_OK;
    }

    const status = (c: ScenarioStatus) =>
      c.postedAt
        ? m.t("scenario.cli.postedAt", { postedAt: c.postedAt })
        : c.stale
          ? m.t("scenario.cli.stale")
          : m.t("scenario.cli.current");

    if (action === "list") {
      // Each scenario's own lines and where it stands: nothing previewed, nothing calculated again.
      const listed = succeeded(await uc.listScenarios(workbook.port, ledger, next));
      warn(listed.warnings);
      if (flag(args, "json")) {
        const scenarios = listed.value.map((c) => statusJson(c, c.scenario.lines));
        out(JSON.stringify({ workbook: workbookPath, scenarios }, null, 2));
        return EXIT_OK;
      }
      if (listed.value.length === 0) {
        out(m.t("scenario.none", { workbook: next.workbook! }));
        return EXIT_OK;
      }
      out(m.t("scenario.cli.listHeading", { workbook: workbookPath }));
      const rows = listed.value.map((c) => [
        c.scenario.name,
        whatIfText(c.scenario.whatIf, m),
        m.date(c.scenario.lines[0].postingDate),
        m.count(c.scenario.lines.length),
        d(amountOf(c.scenario.lines)),
        status(c),
      ]);
      const headers = [
        m.caption("Scenario"),
        m.caption("What-If"),
        m.caption("Posting Date"),
        m.t("scenario.cli.linesColumn"),
        m.caption("Amount"),
        m.t("scenario.cli.status"),
      ];
      for (const line of table(headers, rows, ["left", "left", "left", "right", "right", "left"])) out("  " + line);
      return EXIT_OK;
    }

    const compared = succeeded(await uc.compareScenarios(workbook.port, ledger, next));
    warn(compared.warnings);
    const all = compared.value;
    if (flag(args, "json")) {
      out(JSON.stringify({ workbook: workbookPath, scenarios: all.map((c) => comparedJson(c, views)) }, null, 2));
      return EXIT_OK;
    }
    if (all.length === 0) {
      out(m.t("scenario.none", { workbook: next.workbook! }));
      return EXIT_OK;
    }

    // compare: one column per scenario.
    out(m.t("scenario.cli.compareHeading", { workbook: workbookPath }));
    const perMonth = new Map(all.map((c) => [c, c.preview ? monthChanges(c.preview) : null]));
    const months = [...new Set([...perMonth.values()].flatMap((x) => (x ?? []).map((y) => y.month)))].sort();
    const byMonth = (c: ScenarioCompared, month: string) => perMonth.get(c)?.find((x) => x.month === month);
    const rows: string[][] = [
      [m.t("scenario.cli.whatIf"), ...all.map((c) => whatIfText(c.scenario.whatIf, m))],
      [m.t("scenario.cli.status"), ...all.map(status)],
      [m.caption("Posting Date"), ...all.map((c) => (c.lines[0] ? m.date(c.lines[0].postingDate) : ""))],
      [m.t("scenario.cli.linesColumn"), ...all.map((c) => m.count(c.lines.length))],
      [m.t("scenario.cli.amount"), ...all.map((c) => d(amountOf(c.lines)))],
      [m.t("scenario.cli.inventoryBefore"), ...all.map((c) => d(c.preview?.inventoryBefore))],
      [m.t("scenario.cli.inventoryAfter"), ...all.map((c) => d(c.preview?.inventoryAfter))],
      [m.t("scenario.cli.cogsPerMonth"), ...all.map(() => "")],
      ...months.map((month) => [
        `  ${month}`,
        ...all.map((c) => d(byMonth(c, month)?.cogsChange ?? (c.preview ? 0n : undefined))),
      ]),
    ];
    const headers = ["", ...all.map((c) => c.scenario.name)];
    for (const line of table(
      headers,
      rows,
      headers.map((_, i) => (i === 0 ? "left" : "right")),
    ))
      out("  " + line);
    for (const c of all) for (const p of c.problems) ctx.io.stderr.write(problemLine(p, m) + "\n");
    if (all.some((c) => c.stale && !c.postedAt)) out(m.t("scenario.cli.staleNote"));
    out(m.t("scenario.cli.signs"));
    if (flag(args, "items")) {
      for (const c of all) {
        if (!c.preview) continue;
        out("");
        out(m.t("scenario.cli.perItem", { name: c.scenario.name }));
        if (changedItems(c.preview).length === 0) {
          out(m.t("scenario.cli.noItemChanges"));
          continue;
        }
        const itemRows = changedItems(c.preview).map((i) => [
          i.itemNo,
          d(i.inventoryBefore),
          d(i.inventoryAfter),
          d(i.cogsAfter - i.cogsBefore),
          changeWords(i, m),
        ]);
        const itemHeaders = [
          m.caption("Item No."),
          m.t("preview.inventoryBefore"),
          m.t("preview.after"),
          m.t("preview.cogsChange"),
          "",
        ];
        for (const line of table(itemHeaders, itemRows, ["left", "right", "right", "right", "left"])) out("  " + line);
      }
    }
    out("");
    out(m.t("scenario.cli.nothingWritten", { workbook: workbookPath }));
    return EXIT_OK;
  },
};

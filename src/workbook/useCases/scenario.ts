// The revaluation scenarios' use cases (src/workbook/scenarios.ts keeps them in the workbook): add one from a
// what-if (or from the Revaluation Journal as it stands, typed unit costs and all), take one again on the
// ledger as it is now, list them with where each stands (stale, posted: nothing previewed), compare them side by
// side (each previewed on a copy of the ledger: nothing is written), and post one: its lines become the
// Revaluation Journal, posted with every check a journal has.
import { ledgerItemNo, type Ledger, type Problem } from "../../engine/model";
import { postRevaluationJournal } from "../../engine/revaluationPosting";
import { previewRevaluation, type RevaluationPreview } from "../../engine/revaluationPreview";
import type { RevaluationJournalLine } from "../../engine/revaluationJournal";
import { completeRevaluationLine } from "../../engine/revaluationPosting";
import { optionsOfLines, scenarioLines, type ScenarioRecipe, type WhatIf } from "../../engine/revaluationScenario";
import {
  readPostingLog,
  readRevaluationJournal,
  writeRevaluationJournal,
  type JournalRead,
  type PostingLogRead,
} from "../journal";
import { POSTING_LOG } from "../schema";
import type { WorkbookPort } from "../port";
import { readScenarios, scenarioKey, writeScenarios, type Scenario, type ScenariosRead } from "../scenarios";
import type { AppendTarget } from "../write";
import { sha256Hex } from "./checksum";
import { findInterruptedPost, interruptedMessage } from "./interrupted";
import {
  journalProblems,
  journalToReplace,
  postedBefore,
  readInterruptedPost,
  readJournalForPosting,
  type JournalReplaced,
} from "./journal";
import { roundingOf } from "./ledger";
import { postJournal, type PostSummary } from "./post";
import { again, capitalized, inTheirWords, subject, wordsOf, type NextSteps, type Outcome } from "./wording";

/**
 * The state of the ledger a scenario is calculated on, as a checksum: for each of its items (every item with
 * no filter), its value entries (how many, the last entry no., their cost and quantity: an entry posted, or a
 * cell changed in place) and its Items row's costs; and the setup. Any change to what its lines come from
 * changes it; a post of other items does not.
 */
export function scenarioLedgerState(ledger: Ledger, itemFilter: readonly string[]): Promise<string> {
  const items = itemFilter.length > 0 ? new Set(itemFilter.map((no) => ledgerItemNo(ledger.items, no))) : null;
  const per = new Map<string, { count: number; last: number; cost: bigint; quantity: bigint }>();
  for (const v of ledger.valueEntries) {
    if (items && !items.has(v.itemNo)) continue;
    const s = per.get(v.itemNo) ?? { count: 0, last: 0, cost: 0n, quantity: 0n };
    per.set(v.itemNo, {
      count: s.count + 1,
      last: Math.max(s.last, v.entryNo),
      cost: s.cost + v.costAmountActual + v.costAmountExpected,
      quantity: s.quantity + v.valuedQuantity,
    });
  }
  const text = (x: unknown) => JSON.stringify(x, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  const rows = [...per]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([no, s]) => [no, s.count, s.last, s.cost, s.quantity, text(ledger.items.get(no) ?? null)].join("\t"));
  return sha256Hex([text(ledger.setup), ...rows].join("\n"));
}

/** The refresh and replace phrases of the front end, by the scenario's name. */
const refreshOf = (next: NextSteps, name: string): string =>
  next.refreshScenario?.(name) ?? wordsOf(next).t("next.refreshScenario.pane", { name });

/** The scenarios read for a change or a comparison; refused when a cell is wrong. */
async function scenariosOf(port: WorkbookPort, ledger: Ledger, next: NextSteps): Promise<Outcome<ScenariosRead>> {
  const m = wordsOf(next);
  const read = await readScenarios(port, {
    rounding: roundingOf(ledger),
    complete: (line) => completeRevaluationLine(ledger, line),
  });
  const problems = inTheirWords(read.problems, next);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    return {
      ok: false,
      message: m.t("scenario.problems", { table: read.label, count: errors.length, again: again(next) }),
      problems,
    };
  }
  return { ok: true, value: read, warnings: problems };
}

/** The scenario's lines as a journal read from its rows of the scenarios' table (for the journal's checks). */
function asJournal(read: ScenariosRead, s: Scenario): JournalRead {
  const rows = s.lines.map((line, i) => ({ rowNumber: s.rows[i], line, posted: false }));
  return { table: read.table, label: read.label, rows, problems: [] };
}

/** The scenario of that name (in any case), or the refusal that names the ones there are. */
function findScenario(read: ScenariosRead, name: string, next: NextSteps): Outcome<Scenario> {
  const m = wordsOf(next);
  const found = read.scenarios.find((s) => scenarioKey(s.name) === scenarioKey(name));
  if (found) return { ok: true, value: found, warnings: [] };
  if (read.scenarios.length === 0) {
    return { ok: false, message: m.t("scenario.none", { workbook: subject(next) }), problems: [] };
  }
  const names = read.scenarios.map((s) => s.name).join(", ");
  return { ok: false, message: m.t("scenario.notFound", { name, table: read.label, names }), problems: [] };
}

/** What a scenario is added from: a recipe, or the Revaluation Journal's lines as they stand. */
export type ScenarioSource = { readonly recipe: ScenarioRecipe } | { readonly fromJournal: true };

/**
 * Adds the scenario (or, with `replace`, calculates the one of that name anew, in its place): its lines from
 * the recipe on the ledger as it is, or the Revaluation Journal's. Nothing is written when Business Central
 * refuses the calculation, there is nothing to revalue, or the name is taken (without `replace`).
 */
export async function addScenario(
  port: WorkbookPort,
  ledger: Ledger,
  name: string,
  source: ScenarioSource,
  opts: { readonly replace: boolean; readonly next: NextSteps },
): Promise<Outcome<{ readonly scenario: Scenario; readonly replaced: boolean }>> {
  const { next } = opts;
  const m = wordsOf(next);
  const trimmed = name.trim();
  if (trimmed === "") return { ok: false, message: m.t("scenario.nameMissing"), problems: [] };
  const read = await scenariosOf(port, ledger, next);
  if (!read.ok) return read;
  const existing = read.value.scenarios.find((s) => scenarioKey(s.name) === scenarioKey(trimmed));
  if (existing && !opts.replace) {
    const replace = next.replaceScenario ?? m.t("next.replaceScenario.pane");
    return {
      ok: false,
      message: m.t("scenario.exists", { name: existing.name, table: read.value.label, replace }),
      problems: [],
    };
  }
  const rounding = roundingOf(ledger);
  let lines: readonly RevaluationJournalLine[];
  let whatIf: WhatIf;
  let itemFilter: readonly string[];
  const warnings: Problem[] = [...read.warnings];
  if ("fromJournal" in source) {
    const journal = await readRevaluationJournal(port, {
      rounding,
      complete: (line) => completeRevaluationLine(ledger, line),
    });
    const problems = inTheirWords(journal.problems, next);
    if (!journal.table || journal.rows.length === 0) {
      return {
        ok: false,
        message: m.t("scenario.noJournal", { workbook: subject(next), calculate: capitalized(next.calculate) }),
        problems: [],
      };
    }
    if (problems.some((p) => p.severity === "error")) {
      return {
        ok: false,
        message: m.t("journal.problems", {
          journal: journal.label,
          count: problems.filter((p) => p.severity === "error").length,
          nothing: m.t("scenario.nothingWritten"),
          again: again(next),
        }),
        problems,
      };
    }
    if (journal.rows.some((r) => r.posted)) {
      return { ok: false, message: m.t("scenario.journalPosted", { journal: journal.label }), problems: [] };
    }
    lines = journal.rows.map((r) => r.line);
    whatIf = { kind: "Calculated" };
    itemFilter = [...new Set(lines.map((l) => l.itemNo))];
  } else {
    const made = scenarioLines(ledger, source.recipe, rounding);
    const problems = inTheirWords(made.refusals, next);
    if (problems.some((p) => p.severity === "error")) {
      const count = problems.filter((p) => p.severity === "error").length;
      return { ok: false, message: m.t("scenario.refused", { name: trimmed, count }), problems };
    }
    warnings.push(...problems);
    lines = made.lines;
    whatIf = source.recipe.whatIf;
    // As the ledger spells them, so that the scenario's state is of its items whatever case they were typed in.
    itemFilter = (source.recipe.options.itemNos ?? []).map((no) => ledgerItemNo(ledger.items, no));
  }
  if (lines.length === 0) {
    const date = "recipe" in source ? source.recipe.options.postingDate : "";
    return { ok: false, message: m.t("scenario.nothing", { name: trimmed, date: m.date(date) }), problems: [] };
  }
  const scenario: Scenario = {
    name: existing?.name ?? trimmed,
    whatIf,
    itemFilter,
    calculatedOn: await scenarioLedgerState(ledger, itemFilter),
    lines,
    rows: [],
  };
  const all = existing
    ? read.value.scenarios.map((s) => (s === existing ? scenario : s))
    : [...read.value.scenarios, scenario];
  await writeScenarios(port, read.value.table, all, rounding);
  return { ok: true, value: { scenario, replaced: existing !== undefined }, warnings };
}

/** The scenario's lines on the ledger as it is now: its recipe taken again, the unit costs typed on it kept. */
function recalculated(ledger: Ledger, s: Scenario): ReturnType<typeof scenarioLines> {
  const recipe: ScenarioRecipe = { whatIf: s.whatIf, options: optionsOfLines(s.lines, s.itemFilter) };
  return scenarioLines(ledger, recipe, roundingOf(ledger), s.lines);
}

/** Takes the scenario again on the ledger as it is now (see recalculated), in its place in the table. */
export async function refreshScenario(
  port: WorkbookPort,
  ledger: Ledger,
  name: string,
  next: NextSteps,
): Promise<Outcome<{ readonly scenario: Scenario; readonly before: Scenario }>> {
  const m = wordsOf(next);
  const read = await scenariosOf(port, ledger, next);
  if (!read.ok) return read;
  const found = findScenario(read.value, name, next);
  if (!found.ok) return found;
  const before = found.value;
  const made = recalculated(ledger, before);
  const problems = inTheirWords(made.refusals, next);
  if (problems.some((p) => p.severity === "error")) {
    const count = problems.filter((p) => p.severity === "error").length;
    return { ok: false, message: m.t("scenario.refused", { name: before.name, count }), problems };
  }
  if (made.lines.length === 0) {
    const date = before.lines[0]?.postingDate ?? "";
    return { ok: false, message: m.t("scenario.nothing", { name: before.name, date: m.date(date) }), problems: [] };
  }
  const scenario: Scenario = {
    ...before,
    lines: made.lines,
    calculatedOn: await scenarioLedgerState(ledger, before.itemFilter),
  };
  const all = read.value.scenarios.map((s) => (s === before ? scenario : s));
  await writeScenarios(port, read.value.table, all, roundingOf(ledger));
  return { ok: true, value: { scenario, before }, warnings: problems };
}

/** A scenario and where it stands: stale, or posted. */
export interface ScenarioStatus {
  readonly scenario: Scenario;
  /** Calculated on another state of the ledger: its figures are those of its recipe taken again now. */
  readonly stale: boolean;
  /** The Posting Log's row of its post, when it was posted. */
  readonly postedAt: string | null;
}

/** Where the scenario stands on the ledger as it is now: its checksum against Calculated On, the Posting Log. */
async function statusOf(ledger: Ledger, s: Scenario, log: PostingLogRead): Promise<ScenarioStatus> {
  const stale = (await scenarioLedgerState(ledger, s.itemFilter)) !== s.calculatedOn;
  const posted = await postedBefore(ledger, s.lines, log);
  return { scenario: s, stale, postedAt: posted ? posted.postedAt : null };
}

/**
 * Every scenario of the workbook with where it stands (stale, posted), nothing previewed nor calculated again:
 * the list of the scenarios, each with its own lines.
 */
export async function listScenarios(
  port: WorkbookPort,
  ledger: Ledger,
  next: NextSteps,
): Promise<Outcome<readonly ScenarioStatus[]>> {
  const read = await scenariosOf(port, ledger, next);
  if (!read.ok) return read;
  const log = await readPostingLog(port);
  const listed: ScenarioStatus[] = [];
  for (const s of read.value.scenarios) listed.push(await statusOf(ledger, s, log));
  return { ok: true, value: listed, warnings: read.warnings };
}

/** One scenario in the comparison. */
export interface ScenarioCompared extends ScenarioStatus {
  /** The lines compared: the scenario's own, or, when stale, its recipe's on the ledger as it is now. */
  readonly lines: readonly RevaluationJournalLine[];
  /** What posting the lines would do, or null when Business Central would refuse them (the problems say why). */
  readonly preview: RevaluationPreview | null;
  readonly problems: readonly Problem[];
}

/**
 * Every scenario of the workbook, each previewed on a copy of the ledger as it is now (nothing is written):
 * a stale one (the ledger changed since it was calculated) through its recipe taken again.
 */
export async function compareScenarios(
  port: WorkbookPort,
  ledger: Ledger,
  next: NextSteps,
): Promise<Outcome<readonly ScenarioCompared[]>> {
  const read = await scenariosOf(port, ledger, next);
  if (!read.ok) return read;
  const log = await readPostingLog(port);
  const compared: ScenarioCompared[] = [];
  for (const s of read.value.scenarios) {
    const status = await statusOf(ledger, s, log);
    if (status.postedAt !== null) {
      // Its effect is in the ledger now: previewing it again would revalue the inventory a second time.
      compared.push({ ...status, lines: s.lines, preview: null, problems: [] });
      continue;
    }
    const { stale } = status;
    const made = stale ? recalculated(ledger, s) : { lines: [...s.lines], refusals: [] };
    if (made.refusals.some((p) => p.severity === "error")) {
      const problems = inTheirWords(made.refusals, next);
      compared.push({ ...status, lines: [], preview: null, problems });
      continue;
    }
    const { preview, refusals } = previewRevaluation(ledger, made.lines);
    // Its own lines' refusals on its rows; a stale one's lines are not the table's.
    const problems = stale ? refusals : journalProblems(asJournal(read.value, s), refusals);
    compared.push({ ...status, lines: made.lines, preview, problems: inTheirWords(problems, next) });
  }
  return { ok: true, value: compared, warnings: read.warnings };
}

/**
 * Posts the scenario: checked first (not stale, lines with an Amount, Business Central's posting rules, no
 * journal with lines not posted unless `replace`, no interrupted post), then its lines written as the
 * Revaluation Journal and posted as postJournal posts a journal (Posting Log row, journal marked posted).
 */
export async function postScenario(
  port: WorkbookPort,
  ledger: Ledger,
  name: string,
  opts: {
    readonly replace: boolean;
    readonly adjust: boolean;
    readonly next: NextSteps;
    readonly now?: () => string;
    readonly valueEntriesTable?: AppendTarget;
  },
): Promise<Outcome<PostSummary & { readonly scenario: Scenario; readonly replaced: JournalReplaced | null }>> {
  const { next } = opts;
  const m = wordsOf(next);
  const read = await scenariosOf(port, ledger, next);
  if (!read.ok) return read;
  const found = findScenario(read.value, name, next);
  if (!found.ok) return found;
  const s = found.value;
  const log = await readPostingLog(port);
  const logProblems = inTheirWords(log.problems, next).filter((p) => p.severity === "error");
  if (logProblems.length > 0) {
    return {
      ok: false,
      message: m.t("scenario.problems", { table: POSTING_LOG.caption, count: logProblems.length, again: again(next) }),
      problems: logProblems,
    };
  }
  const logged = await postedBefore(ledger, s.lines, log);
  if (logged) {
    return {
      ok: false,
      message: m.t("scenario.postedBefore", { name: s.name, postedAt: logged.postedAt, row: String(logged.rowNumber) }),
      problems: [],
    };
  }
  if ((await scenarioLedgerState(ledger, s.itemFilter)) !== s.calculatedOn) {
    const refresh = capitalized(refreshOf(next, s.name));
    return { ok: false, message: m.t("scenario.stale", { name: s.name, refresh }), problems: [] };
  }
  if (!s.lines.some((l) => l.amount !== 0n && l.quantity !== 0n)) {
    return { ok: false, message: m.t("scenario.noAmount", { name: s.name }), problems: [] };
  }
  // Every check of the journal's, on the scenario's lines, before anything is written: Business Central's
  // posting rules (the revaluation alone: Adjust Cost refuses nothing), posted before, an interrupted post.
  const journal = asJournal(read.value, s);
  const { refusals } = postRevaluationJournal(ledger, s.lines, { adjust: false });
  if (refusals.length > 0) {
    return {
      ok: false,
      message: m.t("scenario.postRefused", { name: s.name, count: refusals.length }),
      problems: inTheirWords(journalProblems(journal, refusals), next),
    };
  }
  const interrupted = (await readInterruptedPost(port, ledger)) ?? {
    journal,
    found: findInterruptedPost(ledger, journal, log),
  };
  if (interrupted.found) {
    return { ok: false, message: interruptedMessage(interrupted.found, interrupted.journal.label, next), problems: [] };
  }
  const rounding = roundingOf(ledger);
  const postOrReplace = next.postOrReplaceScenario ?? m.t("next.postOrReplaceScenario.pane");
  const replaceable = await journalToReplace(port, rounding, {
    replace: opts.replace,
    next: { ...next, postOrReplace },
  });
  if (!replaceable.ok) return replaceable;
  await writeRevaluationJournal(port, s.lines, rounding);
  // The journal as written, read for posting: every check above passes on it again.
  const forPosting = await readJournalForPosting(port, ledger, next, "post");
  if (!forPosting.ok) return forPosting;
  const posted = await postJournal(port, ledger, forPosting.value, {
    adjust: opts.adjust,
    now: opts.now,
    next,
    valueEntriesTable: opts.valueEntriesTable,
  });
  if (!posted.ok) return posted;
  return {
    ok: true,
    value: { ...posted.value, scenario: s, replaced: replaceable.value },
    warnings: [...read.warnings, ...posted.warnings],
  };
}

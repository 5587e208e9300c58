// An interrupted post: the Revaluation Journal's value entries were appended (they carry its document no.),
// but the Posting Log row was not, so Excel closed or the connection dropped in the middle of Post. Found on
// the next read; the user finishes it (Adjust Cost, items, Posting Log, journal marked) or rolls it back
// (the rows appended since are deleted). Posting the journal again is refused until then: it would revalue
// the inventory twice.
import { adjustCostItemEntries, updatedItemsOf, amount, type Fixed, type Ledger, type ValueEntry } from "../../engine";
import { maxEntryNo } from "../../engine/entryMap";
import {
  appendPostingLog,
  markJournalPosted,
  postedAtNow,
  readPostingLog,
  type JournalRead,
  type PostingLogRead,
} from "../journal";
import type { WorkbookPort } from "../port";
import { tableSpec, VALUE_ENTRIES, columnMatches } from "../schema";
import { cellText } from "../values";
import { postingChecksum } from "./checksum";
import { appendValueEntries, roundingOf, updateItems } from "./ledger";
import { wordsOf, type NextSteps, type Outcome } from "./wording";

export interface InterruptedPost {
  readonly documentNos: readonly string[];
  /** The revaluation value entries of the journal's document no. that no Posting Log row covers. */
  readonly revaluationEntries: readonly ValueEntry[];
  /** From the first of them to the last value entry of the ledger: what the interrupted post appended. */
  readonly firstEntryNo: number;
  readonly lastEntryNo: number;
  /** All the journal's revaluation entries are there (their amounts add up to the journal's), so it can be finished. */
  readonly complete: boolean;
}

const amountOf = (v: ValueEntry): Fixed => v.costAmountActual + v.costAmountExpected;

/** The interrupted post of this (unposted) journal, or null when there is none. */
export function findInterruptedPost(ledger: Ledger, journal: JournalRead, log: PostingLogRead): InterruptedPost | null {
  const lines = journal.rows.filter((r) => !r.posted).map((r) => r.line);
  const moving = lines.filter((l) => l.amount !== 0n && l.quantity !== 0n);
  const documentNos = [...new Set(moving.map((l) => l.documentNo))];
  if (documentNos.length === 0) return null;
  const logged = (no: number) => log.entries.some((e) => no >= e.firstEntryNo && no <= e.lastEntryNo);
  const found = ledger.valueEntries.filter(
    (v) => v.entryType === "Revaluation" && documentNos.includes(v.documentNo) && !logged(v.entryNo),
  );
  if (found.length === 0) return null;
  const firstEntryNo = Math.min(...found.map((v) => v.entryNo));
  const lastEntryNo = maxEntryNo(ledger.valueEntries);
  const posted = found.reduce((s, v) => s + amountOf(v), 0n);
  const expected = moving.reduce((s, l) => s + l.amount, 0n);
  return { documentNos, revaluationEntries: found, firstEntryNo, lastEntryNo, complete: posted === expected };
}

/** The message for a journal whose post was interrupted: what was found and the two ways out, in the front end's words. */
export function interruptedMessage(found: InterruptedPost, label: string, next?: NextSteps): string {
  const m = wordsOf(next);
  const said = {
    journal: label,
    documentNos: found.documentNos.join(", "),
    first: String(found.firstEntryNo),
    last: String(found.lastEntryNo),
  };
  const { finishPost: finish, rollBackPost: rollBack } = next ?? {};
  if (found.complete)
    return finish && rollBack
      ? m.t("interrupted.finishWith", { ...said, finish, rollBack })
      : m.t("interrupted.finishInPane", said);
  return rollBack ? m.t("interrupted.partialWith", { ...said, rollBack }) : m.t("interrupted.partialInPane", said);
}

/** Completes an interrupted post whose revaluation entries are all there. */
export async function finishInterruptedPost(
  port: WorkbookPort,
  ledger: Ledger,
  journal: JournalRead,
  found: InterruptedPost,
  opts: { readonly adjust: boolean; readonly now?: () => string },
): Promise<Outcome<{ readonly appended: readonly ValueEntry[]; readonly notes: readonly string[] }>> {
  if (!found.complete)
    return {
      ok: false,
      message: "Only part of the post was written, so it cannot be finished: roll it back.",
      problems: [],
    };
  const rounding = roundingOf(ledger);
  const appended = opts.adjust ? adjustCostItemEntries(ledger).newValueEntries : [];
  if (appended.length > 0) await appendValueEntries(port, ledger, appended);
  const lines = journal.rows.filter((r) => !r.posted).map((r) => r.line);
  const moving = lines.filter((l) => l.amount !== 0n && l.quantity !== 0n);
  const notes = await updateItems(port, ledger, updatedItemsOf(ledger, moving));
  const log = await readPostingLog(port);
  await appendPostingLog(
    port,
    log.table,
    {
      postedAt: (opts.now ?? postedAtNow)(),
      documentNo: found.documentNos.join(", "),
      lines: moving.length,
      firstEntryNo: found.firstEntryNo,
      lastEntryNo: appended.length > 0 ? appended[appended.length - 1].entryNo : found.lastEntryNo,
      totalAmount: amount(found.revaluationEntries.reduce((s, v) => s + amountOf(v), 0n)),
      checksum: await postingChecksum(
        journal.rows.map((r) => r.line),
        ledger,
        found.firstEntryNo,
      ),
    },
    rounding,
  );
  await markJournalPosted(port, journal, rounding);
  return { ok: true, value: { appended, notes }, warnings: [] };
}

/** Deletes the Value Entries rows the interrupted post appended (from its first entry no. to the end). */
export async function rollBackInterruptedPost(port: WorkbookPort, found: InterruptedPost): Promise<Outcome<number>> {
  const table = await port.readTable(tableSpec(VALUE_ENTRIES));
  const noCol = table ? table.headers.findIndex((h) => columnMatches(VALUE_ENTRIES.columns[0], h)) : -1;
  const byHand = `Delete the Value Entries rows with Entry No. ${found.firstEntryNo} to ${found.lastEntryNo} by hand, then read the ledger again.`;
  if (!table || noCol < 0)
    return {
      ok: false,
      message: `The Value Entries table (or its Entry No. column) was not found, so nothing was rolled back. ${byHand}`,
      problems: [],
    };
  if (!port.deleteRowsFrom)
    return {
      ok: false,
      message: `Rows cannot be deleted in this workbook from here, so nothing was rolled back. ${byHand}`,
      problems: [],
    };
  const entryNos = table.rows.map((r) => Number(cellText(r[noCol] ?? null)));
  const at = entryNos.indexOf(found.firstEntryNo);
  if (at < 0 || entryNos.slice(at).some((n) => !(n >= found.firstEntryNo && n <= found.lastEntryNo)))
    return {
      ok: false,
      message:
        `Value Entries no longer ends with entries ${found.firstEntryNo}..${found.lastEntryNo} (rows were sorted or ` +
        `added since), so nothing was rolled back. ${byHand}`,
      problems: [],
    };
  await port.deleteRowsFrom(table.name, table.rowNumbers[at]);
  return { ok: true, value: entryNos.length - at, warnings: [] };
}

// Step 5, Preview and post: the journal's effect on inventory value and cost of goods sold per item and
// month (posting and Adjust Cost run on a copy), then Post: revaluation and adjustment value entries appended,
// items' Standard Cost updated, a Posting Log row, the journal marked Posted. Refusals are listed as they come.
// Post is enabled only once a preview is shown, and posts only the journal that preview was of: the journal's
// posting checksum (its lines on the ledger as read, the Posting Log's) is compared at Post; when the journal
// or the ledger changed since, nothing is posted and the preview of the journal as it is now is shown.
import * as React from "react";
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
} from "@fluentui/react-components";
import { ZERO, changedItems, monthChanges, type Ledger, type RevaluationPreview } from "../engine";
import type { Messages } from "../i18n";
import { decimalCell } from "../workbook/write";
import { postJournal, previewJournal, readJournalForPosting, type JournalForPosting } from "../workbook/useCases";
import { paneNextSteps, useMessages } from "./messages";
import { ChangedItems } from "./ChangedItems";
import { InterruptedPost } from "./InterruptedPost";
import { JournalLines } from "./JournalLines";
import { useStepStyles } from "./styles";
import { StepFailure, currentLedger, useJob, type JobContext, type StepProps } from "./work";

export function PostStep({ ledger, open, onChanged, costingMethod }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const next = paneNextSteps(m);
  const { run, view, busy } = useJob(open);
  const [previewed, setPreviewed] = React.useState<Previewed | null>(null);
  const [adjust, setAdjust] = React.useState(true);
  const [done, setDone] = React.useState<string | null>(null);
  React.useEffect(() => setPreviewed(null), [ledger]);

  const readJournal = async (
    port: Parameters<typeof readJournalForPosting>[0],
    current: Ledger,
    purpose: "post" | "preview",
  ) => {
    const read = await readJournalForPosting(port, current, next, purpose);
    if (!read.ok) throw new StepFailure(read.message, read.problems);
    return read.value;
  };

  const previewOf = async (current: Ledger, journal: JournalForPosting, step: (what: string) => Promise<void>) => {
    await step(m.t("pane.post.onACopy"));
    const outcome = previewJournal(current, journal, next);
    if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
    return { preview: outcome.value, checksum: journal.checksum };
  };

  const showPreview = () =>
    run(m.t("pane.post.preview"), async (job) => {
      setDone(null);
      setPreviewed(null); // a preview that fails leaves none behind
      const current = await currentLedger(job, costingMethod);
      await job.step(m.t("pane.post.readingJournal"));
      const journal = await readJournal(job.port, current, "preview");
      setPreviewed(await previewOf(current, journal, (what) => job.step(what)));
    });

  // The preview per month on a sheet of its own, with a native chart beside it (to copy into a report).
  const writePreview = (shown: Previewed) =>
    run(m.t("pane.post.writeToSheet"), async (job) => {
      setDone(null);
      setDone(await writePreviewSheet(job, previewSheet(shown.preview, m), m.t("pane.post.chartTitle")));
    });

  const post = (shown: Previewed) =>
    run(m.t("pane.post.posting"), async (job) => {
      setDone(null);
      const current = await currentLedger(job, costingMethod);
      await job.step(m.t("pane.post.readingJournal"));
      const journal = await readJournal(job.port, current, "post");
      if (journal.checksum !== shown.checksum) {
        setPreviewed(null);
        const changed = m.t("pane.post.changedSincePreview");
        try {
          setPreviewed(await previewOf(current, journal, (what) => job.step(what)));
        } catch (e) {
          if (e instanceof StepFailure) throw new StepFailure(`${changed} ${e.message}`, e.problems);
          throw e;
        }
        throw new StepFailure(`${changed} ${m.t("pane.post.previewNow")}`);
      }
      await job.step(m.t("pane.post.checking"));
      job.writing(m.t("pane.post.writing"));
      const outcome = await postJournal(job.port, current, journal, { adjust, next });
      if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
      const s = outcome.value;
      const first = s.created[0]?.entryNo;
      const last = s.created[s.created.length - 1]?.entryNo;
      const said = {
        lines: s.result.postedLines,
        documentNos: s.documentNos.join(", "),
        revaluations: s.result.revaluationEntries.length,
        adjustments: s.result.adjustmentEntries.length,
        amount: m.amount(s.result.totalAmount),
      };
      setDone(
        (first
          ? m.t("pane.post.doneRange", { ...said, first: String(first), last: String(last) })
          : m.t("pane.post.done", said)) + (s.notes.length ? ` ${s.notes.join(" ")}` : ""),
      );
      setPreviewed(null);
      onChanged();
    });

  return (
    <section className={styles.step} aria-labelledby="post-title">
      <Title3 id="post-title" as="h2">
        {m.t("pane.post.title")}
      </Title3>
      <Text>{m.t("pane.post.intro")}</Text>
      <InterruptedPost ledger={ledger} open={open} onChanged={onChanged} />
      <JournalLines ledger={ledger} open={open} onEdited={() => setPreviewed(null)} />
      <Checkbox label={m.t("pane.post.adjust")} checked={adjust} onChange={(_, d) => setAdjust(!!d.checked)} />
      <div className={styles.row}>
        <Button appearance={previewed ? "secondary" : "primary"} onClick={() => void showPreview()} disabled={busy}>
          {m.t("pane.post.preview")}
        </Button>
        <Button
          appearance={previewed ? "primary" : "secondary"}
          onClick={() => previewed && void post(previewed)}
          disabled={busy || !previewed}
        >
          {m.t("pane.post.post")}
        </Button>
      </div>
      {!previewed && !busy && !done && <Text>{m.t("pane.post.previewFirst")}</Text>}
      {view}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {previewed && <PreviewView preview={previewed.preview} />}
      {previewed && previewed.preview.months.length > 0 && (
        <div>
          <Button onClick={() => void writePreview(previewed)} disabled={busy}>
            {m.t("pane.post.writeToSheet")}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The sheet Write to sheet writes. */
export const PREVIEW_SHEET = "Revaluation Preview";

/**
 * A table per month on the Revaluation Preview sheet with a native chart beside it (where the port draws
 * charts), to copy into a report; returns what to tell the user.
 */
export async function writePreviewSheet(
  job: JobContext,
  table: { readonly headers: readonly string[]; readonly rows: readonly (readonly (string | number)[])[] },
  chartTitle: string,
): Promise<string> {
  const m = job.messages;
  job.writing(m.t("pane.post.writingSheet"));
  await job.port.writeTable(PREVIEW_SHEET, table.headers, table.rows);
  await job.port.addChart?.(PREVIEW_SHEET, { title: chartTitle, type: "columnClustered" });
  return m.t(job.port.addChart ? "pane.post.sheetWritten" : "pane.post.sheetWrittenNoChart", { sheet: PREVIEW_SHEET });
}

/** The preview's change per month, over all items: Month, Inventory, COGS (what the chart shows). */
export function previewSheet(
  preview: RevaluationPreview,
  m: Messages,
): { headers: string[]; rows: (string | number)[][] } {
  const rows = monthChanges(preview).map((x) => [
    x.month,
    decimalCell(x.inventoryValueChange),
    decimalCell(x.cogsChange),
  ]);
  return { headers: [m.t("pane.post.month"), m.t("pane.post.inventory"), m.t("pane.post.cogs")], rows };
}

/** The preview on screen and the posting checksum of the journal it was computed from. */
interface Previewed {
  readonly preview: RevaluationPreview;
  readonly checksum: string;
}

function PreviewView({ preview }: { readonly preview: RevaluationPreview }): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  // Only what the journal changes, the largest change first; each change in words under the item.
  const unchanged = preview.items.length - changedItems(preview).length;
  const months = preview.months.filter((x) => x.inventoryValueChange !== ZERO || x.cogsChange !== ZERO);
  return (
    <>
      <Text>
        {m.t("pane.post.wouldCreate", {
          count: preview.revaluationEntries.length,
          adjustments: preview.adjustmentEntries.length,
        })}
      </Text>
      <ChangedItems preview={preview} label={m.t("pane.post.perItem")} />
      {unchanged > 0 && <Text>{m.t("pane.post.unchanged", { count: unchanged })}</Text>}
      {months.length > 0 && (
        <Table size="small" aria-label={m.t("pane.post.perMonth")} style={{ tableLayout: "auto" }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.t("pane.post.item")}</TableHeaderCell>
              <TableHeaderCell>{m.t("pane.post.month")}</TableHeaderCell>
              <TableHeaderCell className={styles.figureHeader}>{m.t("pane.post.inventory")}</TableHeaderCell>
              <TableHeaderCell className={styles.figureHeader}>{m.t("pane.post.cogs")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {months.map((x) => (
              <TableRow key={`${x.itemNo}|${x.month}`}>
                <TableCell className={styles.code}>{x.itemNo}</TableCell>
                <TableCell className={styles.figureLine}>{x.month}</TableCell>
                <TableCell className={styles.figure}>{m.amount(x.inventoryValueChange)}</TableCell>
                <TableCell className={styles.figure}>{m.amount(x.cogsChange)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Text size={200}>{m.t("pane.post.signs")}</Text>
    </>
  );
}

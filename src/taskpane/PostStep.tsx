// Step 5, Preview and post: the journal's effect on inventory value and cost of goods sold per item and
// month (posting and Adjust Cost run on a copy), then Post: revaluation and adjustment value entries appended,
// items' Standard Cost updated, a Posting Log row, the journal marked Posted. Refusals are listed as they come.
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
import { formatExact, type Ledger, type RevaluationPreview } from "../engine";
import { plural, postJournal, previewJournal, readJournalForPosting } from "../workbook/useCases";
import { PANE_NEXT_STEPS } from "./CalculateStep";
import { InterruptedPost } from "./InterruptedPost";
import { useStepStyles } from "./styles";
import { StepFailure, currentLedger, useJob, type StepProps } from "./work";

export function PostStep({ ledger, open, onChanged, costingMethod }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const { run, view, busy } = useJob(open);
  const [preview, setPreview] = React.useState<RevaluationPreview | null>(null);
  const [adjust, setAdjust] = React.useState(true);
  const [done, setDone] = React.useState<string | null>(null);
  React.useEffect(() => setPreview(null), [ledger]);

  const readJournal = async (
    port: Parameters<typeof readJournalForPosting>[0],
    current: Ledger,
    purpose: "post" | "preview",
  ) => {
    const read = await readJournalForPosting(port, current, PANE_NEXT_STEPS, purpose);
    if (!read.ok) throw new StepFailure(read.message, read.problems);
    return read.value;
  };

  const showPreview = () =>
    run("Preview", async (job) => {
      setDone(null);
      const current = await currentLedger(job, costingMethod);
      await job.step("Reading the Revaluation Journal...");
      const journal = await readJournal(job.port, current, "preview");
      await job.step("Posting on a copy and running Adjust Cost...");
      const outcome = previewJournal(current, journal, PANE_NEXT_STEPS);
      if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
      setPreview(outcome.value);
    });

  const post = () =>
    run("Posting", async (job) => {
      setDone(null);
      const current = await currentLedger(job, costingMethod);
      await job.step("Reading the Revaluation Journal...");
      const journal = await readJournal(job.port, current, "post");
      await job.step("Checking every line before anything is written...");
      job.writing("Posting: appending value entries, Posting Log, marking the journal posted...");
      const outcome = await postJournal(job.port, current, journal, { adjust, next: PANE_NEXT_STEPS });
      if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
      const s = outcome.value;
      const first = s.created[0]?.entryNo;
      const last = s.created[s.created.length - 1]?.entryNo;
      setDone(
        `Posted ${plural(s.result.postedLines, "line")} (document no. ${s.documentNos.join(", ")}): ` +
          `${s.result.revaluationEntries.length} revaluation and ${plural(s.result.adjustmentEntries.length, "adjustment value entry", "adjustment value entries")} ` +
          `appended to Value Entries${first ? ` (entry no. ${first}..${last})` : ""}, ` +
          `amount ${formatExact(s.result.totalAmount, 2)}. The Posting Log has a new row and the journal is marked Posted.` +
          (s.notes.length ? ` ${s.notes.join(" ")}` : ""),
      );
      setPreview(null);
      onChanged();
    });

  return (
    <section className={styles.step} aria-labelledby="post-title">
      <Title3 id="post-title" as="h2">
        Preview and post
      </Title3>
      <Text>
        Reads the Revaluation Journal sheet. Preview shows what posting would change; nothing is written until you post.
      </Text>
      <InterruptedPost ledger={ledger} open={open} onChanged={onChanged} />
      <Checkbox
        label="Run Adjust Cost after posting (forwards the revaluation to the sales it affects)"
        checked={adjust}
        onChange={(_, d) => setAdjust(!!d.checked)}
      />
      <div className={styles.row}>
        <Button onClick={() => void showPreview()} disabled={busy}>
          Preview
        </Button>
        <Button appearance="primary" onClick={() => void post()} disabled={busy}>
          Post
        </Button>
      </div>
      {view}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {preview && <PreviewView preview={preview} />}
    </section>
  );
}

function PreviewView({ preview }: { readonly preview: RevaluationPreview }): React.JSX.Element {
  const styles = useStepStyles();
  return (
    <>
      <Text>
        Posting would create{" "}
        {plural(preview.revaluationEntries.length, "revaluation value entry", "revaluation value entries")}; Adjust Cost
        would then add {preview.adjustmentEntries.length}.
      </Text>
      <Table size="small" aria-label="Effect per item">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Item</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Inventory before</TableHeaderCell>
            <TableHeaderCell className={styles.number}>after</TableHeaderCell>
            <TableHeaderCell className={styles.number}>COGS change</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.items.map((i) => (
            <TableRow key={i.itemNo}>
              <TableCell>{i.itemNo}</TableCell>
              <TableCell className={styles.number}>{formatExact(i.inventoryBefore, 2)}</TableCell>
              <TableCell className={styles.number}>{formatExact(i.inventoryAfter, 2)}</TableCell>
              <TableCell className={styles.number}>{formatExact(i.cogsAfter - i.cogsBefore, 2)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {preview.months.length > 0 && (
        <Table size="small" aria-label="Effect per item and month">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Item</TableHeaderCell>
              <TableHeaderCell>Month</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Inventory</TableHeaderCell>
              <TableHeaderCell className={styles.number}>COGS</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.months.map((m) => (
              <TableRow key={`${m.itemNo}|${m.month}`}>
                <TableCell>{m.itemNo}</TableCell>
                <TableCell>{m.month}</TableCell>
                <TableCell className={styles.number}>{formatExact(m.inventoryValueChange, 2)}</TableCell>
                <TableCell className={styles.number}>{formatExact(m.cogsChange, 2)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

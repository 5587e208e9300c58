// Step 3, Adjust cost: runs Adjust Cost – Item Entries on the ledger read in step 1, shows what it would
// append (count and amount per item), and appends the value entries to Value Entries on confirmation.
import * as React from "react";
import {
  Button,
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
import { adjustCostItemEntries, formatExact, ZERO, type AdjustCostResult, type Fixed } from "../engine";
import { appendValueEntries, unsettledMessage } from "../workbook/useCases";
import { useStepStyles } from "./styles";
import { StepFailure, currentLoaded, useJob, type StepProps } from "./work";

interface ItemTotal {
  readonly itemNo: string;
  readonly entries: number;
  readonly amount: Fixed;
}

function perItem(result: AdjustCostResult): ItemTotal[] {
  const totals = new Map<string, { entries: number; amount: Fixed }>();
  for (const v of result.newValueEntries) {
    const t = totals.get(v.itemNo) ?? { entries: 0, amount: ZERO };
    totals.set(v.itemNo, {
      entries: t.entries + 1,
      amount: t.amount + v.costAmountActual + v.costAmountExpected,
    });
  }
  return [...totals].map(([itemNo, t]) => ({ itemNo, ...t })).sort((a, b) => (a.itemNo < b.itemNo ? -1 : 1));
}

export function AdjustStep({ ledger, open, onChanged, costingMethod }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const { run, view, busy } = useJob(open);
  const [result, setResult] = React.useState<AdjustCostResult | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  React.useEffect(() => setResult(null), [ledger]);

  const calculate = () =>
    run("Adjusting cost", async (job) => {
      setDone(null);
      await job.step("Running Adjust Cost - Item Entries...");
      setResult(adjustCostItemEntries(ledger));
    });

  const append = (shown: AdjustCostResult) =>
    run("Appending", async (job) => {
      // Run again on the ledger as it is now: what is appended must be what the workbook still needs.
      const { ledger: current, valueEntriesTable } = await currentLoaded(job, costingMethod);
      await job.step("Running Adjust Cost - Item Entries again on the current ledger...");
      const r = adjustCostItemEntries(current);
      if (r.newValueEntries.length !== shown.newValueEntries.length || r.totalAmount !== shown.totalAmount) {
        setResult(r);
        throw new StepFailure(
          "The workbook changed since the adjustments were calculated, so nothing was appended. The table now shows " +
            "what Adjust Cost gives on the current ledger: check it and append again.",
        );
      }
      if (r.newValueEntries.length === 0) {
        setResult(r);
        return;
      }
      job.writing(`Appending ${r.newValueEntries.length} value entries to Value Entries...`);
      // The Value Entries table as just read (not read a second time).
      await appendValueEntries(job.port, current, r.newValueEntries, valueEntriesTable);
      const first = r.newValueEntries[0].entryNo;
      const last = r.newValueEntries[r.newValueEntries.length - 1].entryNo;
      setDone(`${r.newValueEntries.length} value entries appended to Value Entries (entry no. ${first}..${last}).`);
      setResult(null);
      onChanged();
    });

  const rows = result ? perItem(result) : [];
  return (
    <section className={styles.step} aria-labelledby="adjust-title">
      <Title3 id="adjust-title" as="h2">
        Adjust cost
      </Title3>
      <Text>
        Runs Adjust Cost - Item Entries: outbound entries take the cost of what they were applied to, average items the
        average of their period. Nothing is written until you append.
      </Text>
      <div>
        <Button appearance="primary" onClick={() => void calculate()} disabled={busy}>
          Calculate adjustments
        </Button>
      </div>
      {view}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {result?.unsettled.map((u) => (
        <MessageBar key={u.itemNo} intent="warning">
          <MessageBarBody>{unsettledMessage(u)}</MessageBarBody>
        </MessageBar>
      ))}
      {result && result.newValueEntries.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>Nothing to adjust: every item&apos;s cost is already adjusted.</MessageBarBody>
        </MessageBar>
      )}
      {result && result.newValueEntries.length > 0 && (
        <>
          <Text>
            {result.newValueEntries.length} value entries for {rows.length} items, total{" "}
            {formatExact(result.totalAmount, 2)}:
          </Text>
          <Table size="small" aria-label="Adjustments per item">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Item No.</TableHeaderCell>
                <TableHeaderCell className={styles.number}>Entries</TableHeaderCell>
                <TableHeaderCell className={styles.number}>Amount</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.itemNo}>
                  <TableCell>{r.itemNo}</TableCell>
                  <TableCell className={styles.number}>{r.entries}</TableCell>
                  <TableCell className={styles.number}>{formatExact(r.amount, 2)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div>
            <Button appearance="primary" onClick={() => void append(result)} disabled={busy}>
              Append {result.newValueEntries.length} value entries
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

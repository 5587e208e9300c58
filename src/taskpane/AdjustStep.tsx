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
import { adjustCostItemEntries, ZERO, type AdjustCostResult, type Fixed } from "../engine";
import { appendValueEntries, unsettledMessage } from "../workbook/useCases";
import { MonthBars, type MonthSeries } from "./MonthBars";
import { useStepStyles } from "./styles";
import { StepFailure, currentLoaded, useJob, type StepProps } from "./work";
import { paneNextSteps, useMessages } from "./messages";

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

/** The adjustments per item and month of their posting date: where Adjust Cost puts the cost. */
function perMonth(
  result: AdjustCostResult,
): { readonly itemNo: string; readonly month: string; readonly amount: Fixed }[] {
  const totals = new Map<string, { itemNo: string; month: string; amount: Fixed }>();
  for (const v of result.newValueEntries) {
    const month = v.postingDate.slice(0, 7);
    const key = `${v.itemNo}\u0000${month}`;
    const t = totals.get(key) ?? { itemNo: v.itemNo, month, amount: ZERO };
    totals.set(key, { ...t, amount: t.amount + v.costAmountActual + v.costAmountExpected });
  }
  return [...totals.values()].sort((a, b) =>
    a.itemNo !== b.itemNo ? (a.itemNo < b.itemNo ? -1 : 1) : a.month < b.month ? -1 : a.month > b.month ? 1 : 0,
  );
}

/** The adjustments per month, a series per item (the chart of where the cost goes). */
function perItemSeries(result: AdjustCostResult): MonthSeries[] {
  const byItem = new Map<string, Map<string, Fixed>>();
  for (const r of perMonth(result)) {
    const months = byItem.get(r.itemNo) ?? new Map<string, Fixed>();
    byItem.set(r.itemNo, months.set(r.month, r.amount));
  }
  return [...byItem].map(([name, byMonth]) => ({ name, byMonth }));
}

export function AdjustStep({ ledger, open, onChanged, costingMethod }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const { run, view, busy } = useJob(open);
  const [result, setResult] = React.useState<AdjustCostResult | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  React.useEffect(() => setResult(null), [ledger]);

  const calculate = () =>
    run(m.t("pane.adjust.adjusting"), async (job) => {
      setDone(null);
      await job.step(m.t("pane.adjust.running"));
      setResult(adjustCostItemEntries(ledger));
    });

  const append = (shown: AdjustCostResult) =>
    run(m.t("pane.adjust.appending"), async (job) => {
      // Run again on the ledger as it is now: what is appended must be what the workbook still needs.
      const { ledger: current, valueEntriesTable } = await currentLoaded(job, costingMethod);
      await job.step(m.t("pane.adjust.runningAgain"));
      const r = adjustCostItemEntries(current);
      if (r.newValueEntries.length !== shown.newValueEntries.length || r.totalAmount !== shown.totalAmount) {
        setResult(r);
        throw new StepFailure(m.t("pane.adjust.changed"));
      }
      if (r.newValueEntries.length === 0) {
        setResult(r);
        return;
      }
      job.writing(m.t("pane.adjust.writing", { count: r.newValueEntries.length }));
      // The Value Entries table as just read (not read a second time).
      await appendValueEntries(job.port, current, r.newValueEntries, valueEntriesTable);
      const first = r.newValueEntries[0].entryNo;
      const last = r.newValueEntries[r.newValueEntries.length - 1].entryNo;
      setDone(m.t("pane.adjust.done", { count: r.newValueEntries.length, first: String(first), last: String(last) }));
      setResult(null);
      onChanged();
    });

  const rows = result ? perItem(result) : [];
  return (
    <section className={styles.step} aria-labelledby="adjust-title">
      <Title3 id="adjust-title" as="h2">
        {m.t("pane.adjust.title")}
      </Title3>
      <Text>{m.t("pane.adjust.intro")}</Text>
      <div>
        <Button appearance="primary" onClick={() => void calculate()} disabled={busy}>
          {m.t("pane.adjust.calculate")}
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
          <MessageBarBody>{unsettledMessage(u, paneNextSteps(m))}</MessageBarBody>
        </MessageBar>
      ))}
      {result && result.newValueEntries.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{m.t("pane.adjust.nothing")}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.newValueEntries.length > 0 && (
        <>
          <Text>
            {m.t("pane.adjust.summary", {
              count: result.newValueEntries.length,
              items: rows.length,
              total: m.amount(result.totalAmount),
            })}
          </Text>
          <Table size="small" aria-label={m.t("pane.adjust.perItem")} style={{ tableLayout: "auto" }}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.caption("Item No.")}</TableHeaderCell>
                <TableHeaderCell className={styles.figureHeader}>{m.t("pane.adjust.entries")}</TableHeaderCell>
                <TableHeaderCell className={styles.figureHeader}>{m.caption("Amount")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.itemNo}>
                  <TableCell className={styles.code}>{r.itemNo}</TableCell>
                  <TableCell className={styles.figure}>{m.count(r.entries)}</TableCell>
                  <TableCell className={styles.figure}>{m.amount(r.amount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <MonthBars title={m.t("pane.adjust.chart")} series={perItemSeries(result)} />
          <Table size="small" aria-label={m.t("pane.adjust.perMonth")} style={{ tableLayout: "auto" }}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.caption("Item No.")}</TableHeaderCell>
                <TableHeaderCell>{m.t("pane.post.month")}</TableHeaderCell>
                <TableHeaderCell className={styles.figureHeader}>{m.caption("Amount")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {perMonth(result).map((r) => (
                <TableRow key={`${r.itemNo}|${r.month}`}>
                  <TableCell className={styles.code}>{r.itemNo}</TableCell>
                  <TableCell className={styles.figureLine}>{r.month}</TableCell>
                  <TableCell className={styles.figure}>{m.amount(r.amount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div>
            <Button appearance="primary" onClick={() => void append(result)} disabled={busy}>
              {m.t("pane.adjust.append", { count: result.newValueEntries.length })}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

// Step 3, Adjust cost: runs Adjust Cost – Item Entries on the ledger as the workbook holds it now, in the costing
// worker (off the pane's thread, Cancel ends it at once), shows what it would append (count and amount per item
// and month), and appends the value entries to Value Entries on confirmation.
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
import type { Fixed, Problem } from "../engine";
import { unsettledMessage } from "../workbook/useCases";
import type { AdjustSummary } from "./worker/adjustJobs";
import type { JobStep } from "./worker/protocol";
import { MonthBars, type MonthSeries } from "./MonthBars";
import { useStepStyles } from "./styles";
import { StepFailure, runOffThread, useJob, type StepProps } from "./work";
import { paneNextSteps, useMessages } from "./messages";

/** The adjustments per month, a series per item (the chart of where the cost goes). */
function perItemSeries(result: AdjustSummary): MonthSeries[] {
  const byItem = new Map<string, Map<string, Fixed>>();
  for (const r of result.perMonth) {
    const months = byItem.get(r.itemNo) ?? new Map<string, Fixed>();
    byItem.set(r.itemNo, months.set(r.month, r.amount));
  }
  return [...byItem].map(([name, byMonth]) => ({ name, byMonth }));
}

export function AdjustStep({ ledger, open, onChanged, costingMethod }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const { run, view, busy } = useJob(open);
  const [result, setResult] = React.useState<AdjustSummary | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  React.useEffect(() => setResult(null), [ledger]);

  const label = (again: boolean) => (step: JobStep) =>
    step.key === "writing"
      ? m.t("pane.adjust.writing", { count: step.count })
      : step.key === "reading"
        ? m.t("pane.readingNow")
        : m.t(again ? "pane.adjust.runningAgain" : "pane.adjust.running");
  const failed = (problems: readonly Problem[]) => new StepFailure(m.t("pane.ledgerProblemsNow"), problems);

  // Adjust Cost runs in the costing worker, on the ledger as the workbook holds it now.
  const calculate = () =>
    run(m.t("pane.adjust.adjusting"), async (job) => {
      setDone(null);
      const outcome = await runOffThread(job, "calculateAdjustments", { costingMethod }, label(false));
      if (outcome.kind === "problems") throw failed(outcome.problems);
      setResult(outcome.summary);
    });

  const append = (shown: AdjustSummary) =>
    run(m.t("pane.adjust.appending"), async (job) => {
      // Run again on the ledger as it is now: what is appended must be what the workbook still needs.
      const outcome = await runOffThread(
        job,
        "appendAdjustments",
        { costingMethod, shown: { count: shown.count, totalAmount: shown.totalAmount } },
        label(true),
      );
      if (outcome.kind === "problems") throw failed(outcome.problems);
      setResult(outcome.kind === "appended" ? null : outcome.summary);
      if (outcome.kind === "changed") throw new StepFailure(m.t("pane.adjust.changed"));
      if (outcome.kind !== "appended") return;
      const { count } = outcome.summary;
      setDone(m.t("pane.adjust.done", { count, first: String(outcome.first), last: String(outcome.last) }));
      onChanged();
    });

  const rows = result?.perItem ?? [];
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
      {result && result.count === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{m.t("pane.adjust.nothing")}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.count > 0 && (
        <>
          <Text>
            {m.t("pane.adjust.summary", {
              count: result.count,
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
              {result.perMonth.map((r) => (
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
              {m.t("pane.adjust.append", { count: result.count })}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

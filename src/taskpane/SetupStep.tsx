// Step 2, Setup: Inventory Setup (Average Cost Period, Average Cost Calc. Type, rounding precisions, Allow
// Posting From) and the accounting periods, read from the workbook's setup tables and saved back into them,
// so the settings travel with the file.
import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
} from "@fluentui/react-components";
import {
  AVERAGE_COST_CALC_TYPES,
  AVERAGE_COST_PERIODS,
  formatExact,
  parseExact,
  isIsoDate,
  type AverageCostCalcType,
  type AverageCostPeriod,
  type InventorySetup,
} from "../engine";
import { fiscalYearPeriods, writeAccountingPeriods, writeInventorySetup } from "../workbook/setupWrite";
import { useStepStyles } from "./styles";
import { StepFailure, useJob, type StepProps } from "./work";
import type { Messages } from "../i18n";
import { useMessages } from "./messages";
import { DateInput, dateNotRead } from "./DateInput";

interface Draft {
  period: AverageCostPeriod;
  calcType: AverageCostCalcType;
  amount: string;
  unitAmount: string;
  allowPostingFrom: string;
}

const draftOf = (s: InventorySetup): Draft => ({
  period: s.averageCostPeriod,
  calcType: s.averageCostCalcType,
  amount: formatExact(s.amountRoundingPrecision),
  unitAmount: formatExact(s.unitAmountRoundingPrecision),
  allowPostingFrom: s.allowPostingFrom,
});

function setupOf(d: Draft, m: Messages): InventorySetup {
  const precision = (text: string, field: string) => {
    const what = m.caption(field);
    const p = parseExact(text.trim().replace(",", "."));
    if (p === null) throw new StepFailure(m.t("pane.setup.notANumber", { what, text }));
    if (!(p > 0n)) throw new StepFailure(m.t("pane.setup.notPositive", { what }));
    return p;
  };
  if (d.allowPostingFrom !== "" && !isIsoDate(d.allowPostingFrom))
    throw new StepFailure(dateNotRead(m.caption("Allow Posting From"), d.allowPostingFrom, m));
  return {
    averageCostPeriod: d.period,
    averageCostCalcType: d.calcType,
    amountRoundingPrecision: precision(d.amount, "Amount Rounding Precision"),
    unitAmountRoundingPrecision: precision(d.unitAmount, "Unit-Amount Rounding Precision"),
    allowPostingFrom: d.allowPostingFrom,
  };
}

export function SetupStep({ ledger, open, onChanged }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const { run, view, busy } = useJob(open);
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(ledger.setup));
  const [fiscalStart, setFiscalStart] = React.useState("");
  const [done, setDone] = React.useState<string | null>(null);
  React.useEffect(() => setDraft(draftOf(ledger.setup)), [ledger]);
  const years = ledger.accountingPeriods.filter((p) => p.newFiscalYear);

  const save = () =>
    run(m.t("pane.setup.saving"), async (job) => {
      setDone(null);
      const setup = setupOf(draft, m);
      job.writing(m.t("pane.setup.writing"));
      await writeInventorySetup(job.port, setup);
      setDone(m.t("pane.setup.saved"));
      onChanged();
    });

  const addFiscalYear = () =>
    run(m.t("pane.setup.addingYear"), async (job) => {
      setDone(null);
      if (!isIsoDate(fiscalStart) || !fiscalStart.endsWith("-01")) throw new StepFailure(m.t("pane.setup.firstDay"));
      const setup = setupOf(draft, m);
      const added = fiscalYearPeriods(fiscalStart, setup);
      const end = `${Number(fiscalStart.slice(0, 4)) + 1}${fiscalStart.slice(4)}`; // a year on: the next year's first day
      const overlap = ledger.accountingPeriods.filter((p) => p.startingDate >= fiscalStart && p.startingDate < end);
      if (overlap.length > 0)
        throw new StepFailure(
          overlap[0].startingDate === fiscalStart
            ? m.t("pane.setup.periodExists", { date: m.date(fiscalStart) })
            : m.t("pane.setup.overlap", { from: m.date(fiscalStart), start: m.date(overlap[0].startingDate) }),
        );
      job.writing(m.t("pane.setup.writingPeriods"));
      await writeAccountingPeriods(job.port, [...ledger.accountingPeriods, ...added]);
      setDone(m.t("pane.setup.added", { date: m.date(fiscalStart) }));
      onChanged();
    });

  return (
    <section className={styles.step} aria-labelledby="setup-title">
      <Title3 id="setup-title" as="h2">
        {m.t("pane.setup.title")}
      </Title3>
      <div className={styles.form}>
        <Field label={m.caption("Average Cost Period")}>
          <Dropdown
            value={m.enumCaption("averageCostPeriod", draft.period)}
            selectedOptions={[draft.period]}
            onOptionSelect={(_, d) => setDraft({ ...draft, period: d.optionValue as AverageCostPeriod })}
          >
            {AVERAGE_COST_PERIODS.map((p) => (
              <Option key={p} value={p}>
                {m.enumCaption("averageCostPeriod", p)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={m.caption("Average Cost Calc. Type")}>
          <Dropdown
            value={m.enumCaption("averageCostCalcType", draft.calcType)}
            selectedOptions={[draft.calcType]}
            onOptionSelect={(_, d) => setDraft({ ...draft, calcType: d.optionValue as AverageCostCalcType })}
          >
            {AVERAGE_COST_CALC_TYPES.map((c) => (
              <Option key={c} value={c}>
                {m.enumCaption("averageCostCalcType", c)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={m.caption("Amount Rounding Precision")}>
          <Input value={draft.amount} onChange={(_, d) => setDraft({ ...draft, amount: d.value })} />
        </Field>
        <Field label={m.caption("Unit-Amount Rounding Precision")}>
          <Input value={draft.unitAmount} onChange={(_, d) => setDraft({ ...draft, unitAmount: d.value })} />
        </Field>
        <Field label={m.caption("Allow Posting From")} hint={m.t("pane.setup.noLimit")}>
          <DateInput
            value={draft.allowPostingFrom}
            onChange={(allowPostingFrom) => setDraft({ ...draft, allowPostingFrom })}
          />
        </Field>
        <div>
          <Button appearance="primary" onClick={() => void save()} disabled={busy}>
            {m.t("pane.setup.save")}
          </Button>
        </div>
      </div>
      <Text weight="semibold">{m.t("pane.setup.periods")}</Text>
      <Text>
        {ledger.accountingPeriods.length === 0
          ? m.t("pane.setup.noPeriods")
          : m.t("pane.setup.periodCount", {
              count: ledger.accountingPeriods.length,
              years: years.map((y) => m.date(y.startingDate)).join(", ") || "-",
            })}
      </Text>
      {years.length > 0 && (
        <>
          <Table size="small" aria-label={m.t("pane.setup.fiscalYears")} style={{ tableLayout: "auto" }}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{m.t("pane.setup.yearFrom")}</TableHeaderCell>
                <TableHeaderCell>{m.caption("Average Cost Period")}</TableHeaderCell>
                <TableHeaderCell>{m.caption("Average Cost Calc. Type")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {years.map((y) => (
                <TableRow key={y.startingDate}>
                  <TableCell className={styles.code}>{m.date(y.startingDate)}</TableCell>
                  <TableCell>
                    {y.averageCostPeriod ? m.enumCaption("averageCostPeriod", y.averageCostPeriod) : "-"}
                  </TableCell>
                  <TableCell>
                    {y.averageCostCalcType ? m.enumCaption("averageCostCalcType", y.averageCostCalcType) : "-"}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text size={200}>{m.t("pane.setup.yearsNote")}</Text>
        </>
      )}
      <div className={styles.row}>
        <Field label={m.t("pane.setup.newYear")}>
          <DateInput value={fiscalStart} onChange={setFiscalStart} />
        </Field>
        <Button onClick={() => void addFiscalYear()} disabled={busy}>
          {m.t("pane.setup.addPeriods")}
        </Button>
      </div>
      {view}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

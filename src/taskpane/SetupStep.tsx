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

function setupOf(d: Draft): InventorySetup {
  const precision = (text: string, what: string) => {
    const p = parseExact(text.trim().replace(",", "."));
    if (p === null) throw new StepFailure(`${what} "${text}" is not a number. Enter e.g. 0.01.`);
    if (!(p > 0n)) throw new StepFailure(`${what} must be greater than 0, e.g. 0.01.`);
    return p;
  };
  if (d.allowPostingFrom !== "" && !isIsoDate(d.allowPostingFrom))
    throw new StepFailure(`Allow Posting From "${d.allowPostingFrom}" is not a date.`);
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
  const { run, view, busy } = useJob(open);
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(ledger.setup));
  const [fiscalStart, setFiscalStart] = React.useState("");
  const [done, setDone] = React.useState<string | null>(null);
  React.useEffect(() => setDraft(draftOf(ledger.setup)), [ledger]);
  const years = ledger.accountingPeriods.filter((p) => p.newFiscalYear);

  const save = () =>
    run("Saving the setup", async (job) => {
      setDone(null);
      const setup = setupOf(draft);
      job.writing("Writing the Inventory Setup sheet...");
      await writeInventorySetup(job.port, setup);
      setDone("Inventory Setup saved in the workbook. The ledger is read again with it.");
      onChanged();
    });

  const addFiscalYear = () =>
    run("Adding a fiscal year", async (job) => {
      setDone(null);
      if (!isIsoDate(fiscalStart) || !fiscalStart.endsWith("-01"))
        throw new StepFailure(`Enter the fiscal year's first day, the first of a month (e.g. 2025-01-01).`);
      const setup = setupOf(draft);
      const added = fiscalYearPeriods(fiscalStart, setup);
      const end = `${Number(fiscalStart.slice(0, 4)) + 1}${fiscalStart.slice(4)}`; // a year on: the next year's first day
      const overlap = ledger.accountingPeriods.filter((p) => p.startingDate >= fiscalStart && p.startingDate < end);
      if (overlap.length > 0)
        throw new StepFailure(
          overlap[0].startingDate === fiscalStart
            ? `There is an accounting period starting ${fiscalStart} already.`
            : `The year from ${fiscalStart} runs into the accounting period starting ${overlap[0].startingDate}. ` +
                "Choose the first day after the last period, or change the Accounting Periods sheet by hand.",
        );
      job.writing("Writing the Accounting Periods sheet...");
      await writeAccountingPeriods(job.port, [...ledger.accountingPeriods, ...added]);
      setDone(`Twelve monthly accounting periods from ${fiscalStart} added to the Accounting Periods sheet.`);
      onChanged();
    });

  return (
    <section className={styles.step} aria-labelledby="setup-title">
      <Title3 id="setup-title" as="h2">
        Setup
      </Title3>
      <div className={styles.form}>
        <Field label="Average Cost Period">
          <Dropdown
            value={draft.period}
            selectedOptions={[draft.period]}
            onOptionSelect={(_, d) => setDraft({ ...draft, period: d.optionValue as AverageCostPeriod })}
          >
            {AVERAGE_COST_PERIODS.map((p) => (
              <Option key={p}>{p}</Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Average Cost Calc. Type">
          <Dropdown
            value={draft.calcType}
            selectedOptions={[draft.calcType]}
            onOptionSelect={(_, d) => setDraft({ ...draft, calcType: d.optionValue as AverageCostCalcType })}
          >
            {AVERAGE_COST_CALC_TYPES.map((c) => (
              <Option key={c}>{c}</Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Amount Rounding Precision">
          <Input value={draft.amount} onChange={(_, d) => setDraft({ ...draft, amount: d.value })} />
        </Field>
        <Field label="Unit-Amount Rounding Precision">
          <Input value={draft.unitAmount} onChange={(_, d) => setDraft({ ...draft, unitAmount: d.value })} />
        </Field>
        <Field label="Allow Posting From" hint="Blank: no limit.">
          <Input
            type="date"
            value={draft.allowPostingFrom}
            onChange={(_, d) => setDraft({ ...draft, allowPostingFrom: d.value })}
          />
        </Field>
        <div>
          <Button appearance="primary" onClick={() => void save()} disabled={busy}>
            Save setup
          </Button>
        </div>
      </div>
      <Text weight="semibold">Accounting periods</Text>
      <Text>
        {ledger.accountingPeriods.length === 0
          ? "None: average cost periods follow the calendar and the setup above."
          : `${ledger.accountingPeriods.length} periods, fiscal years from ${years.map((y) => y.startingDate).join(", ") || "-"}.`}
      </Text>
      <div className={styles.row}>
        <Field label="New fiscal year from">
          <Input type="date" value={fiscalStart} onChange={(_, d) => setFiscalStart(d.value)} />
        </Field>
        <Button onClick={() => void addFiscalYear()} disabled={busy}>
          Add 12 periods
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

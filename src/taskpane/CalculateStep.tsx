// Step 4, Calculate inventory value: Business Central's request options (report 5899), written as the
// Revaluation Journal sheet; then what-if tools that set Unit Cost (Revalued) on the journal's lines.
import * as React from "react";
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Text,
  Title3,
} from "@fluentui/react-components";
import {
  formatExact,
  completeRevaluationLine,
  revalueByPercent,
  revalueFromItemCost,
  roundingOf,
  type CalculateInventoryValueOptions,
  type CalculationBase,
  type RevaluationJournalLine,
} from "../engine";
import { readRevaluationJournal, writeRevaluationJournal } from "../workbook/journal";
import { calculateJournal } from "../workbook/useCases";
import { typedDecimal } from "./JournalLines";
import { DateInput } from "./DateInput";
import { useStepStyles } from "./styles";
import { StepFailure, currentLedger, useJob, type StepProps } from "./work";
import { paneNextSteps, useMessages } from "./messages";

const BASES: readonly {
  readonly value: CalculationBase;
  readonly label: "pane.calc.baseBlank" | "pane.calc.baseLastDirect" | "pane.calc.baseStandard";
}[] = [
  { value: "", label: "pane.calc.baseBlank" },
  { value: "Last Direct Unit Cost", label: "pane.calc.baseLastDirect" },
  { value: "Standard Cost", label: "pane.calc.baseStandard" },
];

/** "A, B C" -> ["A", "B", "C"]; blank means all. */
export const listOf = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

const lastDayOfLastMonth = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 0)).toISOString().slice(0, 10);
};

export function CalculateStep({ ledger, open, onChanged, costingMethod }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const { run, view, busy } = useJob(open);
  const [date, setDate] = React.useState(lastDayOfLastMonth);
  const [documentNo, setDocumentNo] = React.useState("");
  const [perEntry, setPerEntry] = React.useState(false);
  const [byLocation, setByLocation] = React.useState(false);
  const [byVariant, setByVariant] = React.useState(false);
  const [base, setBase] = React.useState<CalculationBase>("");
  const [updateStandardCost, setUpdateStandardCost] = React.useState(false);
  const [items, setItems] = React.useState("");
  const [replace, setReplace] = React.useState(false);
  const [done, setDone] = React.useState<string | null>(null);
  const [whatIfItems, setWhatIfItems] = React.useState("");
  const [percent, setPercent] = React.useState("");

  const calculate = () =>
    run(m.t("pane.calc.calculating"), async (job) => {
      setDone(null);
      const options: CalculateInventoryValueOptions = {
        postingDate: date,
        documentNo: documentNo.trim() || `REVAL-${date}`,
        calculatePer: perEntry ? "Item Ledger Entry" : "Item",
        byLocation: !perEntry && byLocation,
        byVariant: !perEntry && byVariant,
        calculationBase: perEntry ? "" : base,
        updateStandardCost: !perEntry && updateStandardCost,
        itemNos: listOf(items),
      };
      const current = await currentLedger(job, costingMethod);
      await job.step(m.t("pane.calc.running"));
      const outcome = await calculateJournal(job.port, current, options, { replace, next: paneNextSteps(m) });
      if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
      const lines = outcome.value.lines;
      if (lines.length === 0) {
        setDone(m.t("pane.calc.nothing", { date: m.date(date) }));
        return;
      }
      const total = lines.reduce((sum, l) => sum + l.inventoryValueCalculated, 0n);
      setDone(m.t("pane.calc.written", { count: lines.length, total: m.amount(total) }));
      onChanged();
    });

  /** Rewrites the journal with a what-if applied to the lines of the chosen items (all lines when none). */
  const whatIf = (label: string, change: (line: RevaluationJournalLine) => RevaluationJournalLine) =>
    run(label, async (job) => {
      setDone(null);
      const rounding = roundingOf(ledger);
      const read = await readRevaluationJournal(job.port, {
        rounding,
        complete: (line) => completeRevaluationLine(ledger, line),
      });
      if (!read.table) throw new StepFailure(m.t("pane.calc.noJournal"));
      const errors = read.problems.filter((p) => p.severity === "error");
      if (errors.length > 0) throw new StepFailure(m.t("pane.calc.cellsToCorrect"), errors);
      if (read.rows.some((r) => r.posted)) throw new StepFailure(m.t("pane.calc.postedAlready"));
      const chosen = new Set(listOf(whatIfItems));
      let changed = 0;
      const lines = read.rows.map((r) => {
        if (chosen.size > 0 && !chosen.has(r.line.itemNo)) return r.line;
        changed++;
        return change(r.line);
      });
      job.writing(m.t("pane.calc.writing"));
      await writeRevaluationJournal(job.port, lines, rounding);
      setDone(m.t("pane.calc.changed", { label, changed, total: lines.length }));
    });

  const rounding = roundingOf(ledger);
  const fromItem = (which: "Last Direct Cost" | "Standard Cost") =>
    whatIf(m.t(which === "Standard Cost" ? "pane.calc.fromStandard" : "pane.calc.fromLastDirect"), (line) => {
      const item = ledger.items.get(line.itemNo);
      return item ? revalueFromItemCost(line, item, which, rounding) : line;
    });
  const byPercent = () => {
    // Read as a decimal in the pane's language, never through a float (the journal lines' reader).
    const p = typedDecimal(percent, m);
    if (p === null) {
      setDone(null);
      void run(m.t("pane.calc.whatIf"), () =>
        Promise.reject(new StepFailure(m.t("pane.calc.notAPercentage", { value: percent }))),
      );
      return;
    }
    const change = p;
    void whatIf(m.t("pane.calc.byPercent", { percent: m.decimal(formatExact(change)) }), (line) =>
      revalueByPercent(line, change, rounding),
    );
  };

  return (
    <section className={styles.step} aria-labelledby="calculate-title">
      <Title3 id="calculate-title" as="h2">
        {m.t("pane.calc.title")}
      </Title3>
      <div className={styles.form}>
        <Field label={m.caption("Posting Date")} hint={m.t("pane.calc.postingDateHint")}>
          <DateInput value={date} onChange={setDate} />
        </Field>
        <Field label={m.caption("Document No.")} hint={m.t("pane.calc.documentNoHint")}>
          <Input value={documentNo} onChange={(_, d) => setDocumentNo(d.value)} />
        </Field>
        <Field label={m.t("pane.calc.per")}>
          <RadioGroup value={perEntry ? "entry" : "item"} onChange={(_, d) => setPerEntry(d.value === "entry")}>
            <Radio value="item" label={m.t("pane.calc.perItem")} />
            <Radio value="entry" label={m.t("pane.calc.perEntry")} />
          </RadioGroup>
        </Field>
        <Checkbox
          label={m.t("pane.calc.byLocation")}
          checked={byLocation}
          disabled={perEntry}
          onChange={(_, d) => setByLocation(!!d.checked)}
        />
        <Checkbox
          label={m.t("pane.calc.byVariant")}
          checked={byVariant}
          disabled={perEntry}
          onChange={(_, d) => setByVariant(!!d.checked)}
        />
        <Field label={m.t("pane.calc.base")}>
          <Dropdown
            value={m.t(BASES.find((b) => b.value === base)?.label ?? "pane.calc.baseBlank")}
            selectedOptions={[base]}
            disabled={perEntry}
            onOptionSelect={(_, d) => setBase((d.optionValue ?? "") as CalculationBase)}
          >
            {BASES.map((b) => (
              <Option key={b.value} value={b.value}>
                {m.t(b.label)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Checkbox
          label={m.t("pane.calc.updateStandardCost")}
          checked={updateStandardCost}
          disabled={perEntry}
          onChange={(_, d) => setUpdateStandardCost(!!d.checked)}
        />
        <Field label={m.t("pane.calc.items")} hint={m.t("pane.calc.itemsHint")}>
          <Input value={items} onChange={(_, d) => setItems(d.value)} />
        </Field>
        <Checkbox label={m.t("pane.calc.replace")} checked={replace} onChange={(_, d) => setReplace(!!d.checked)} />
        <div>
          <Button appearance="primary" onClick={() => void calculate()} disabled={busy}>
            {m.t("pane.calc.calculate")}
          </Button>
        </div>
      </div>
      {view}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.form} role="group" aria-labelledby="whatif-title">
        <Text id="whatif-title" weight="semibold">
          {m.t("pane.calc.whatIfTitle")}
        </Text>
        <Field label={m.t("pane.calc.forItems")} hint={m.t("pane.calc.forItemsHint")}>
          <Input value={whatIfItems} onChange={(_, d) => setWhatIfItems(d.value)} />
        </Field>
        <div className={styles.row}>
          <Field label={m.t("pane.calc.change")}>
            <Input value={percent} onChange={(_, d) => setPercent(d.value)} style={{ width: 80 }} />
          </Field>
          <Button onClick={byPercent} disabled={busy}>
            {m.t("pane.calc.apply")}
          </Button>
        </div>
        <div className={styles.row}>
          <Button onClick={() => void fromItem("Last Direct Cost")} disabled={busy}>
            {m.t("pane.calc.lastDirect")}
          </Button>
          <Button onClick={() => void fromItem("Standard Cost")} disabled={busy}>
            {m.t("pane.calc.standard")}
          </Button>
        </div>
      </div>
    </section>
  );
}

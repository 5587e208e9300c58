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
  parseExact,
  completeRevaluationLine,
  revalueByPercent,
  revalueFromItemCost,
  roundingOf,
  type CalculateInventoryValueOptions,
  type CalculationBase,
  type RevaluationJournalLine,
} from "../engine";
import { readRevaluationJournal, writeRevaluationJournal } from "../workbook/journal";
import { calculateJournal, plural, type NextSteps } from "../workbook/useCases";
import { useStepStyles } from "./styles";
import { StepFailure, currentLedger, useJob, type StepProps } from "./work";

export const PANE_NEXT_STEPS: NextSteps = {
  calculate: 'use "Calculate inventory value" in the task pane',
  adjust: 'use "Adjust cost" in the task pane',
};

const BASES: readonly { readonly value: CalculationBase; readonly label: string }[] = [
  { value: "", label: "(blank): keep the calculated value" },
  { value: "Last Direct Unit Cost", label: "Last Direct Unit Cost" },
  { value: "Standard Cost", label: "Standard Cost" },
];

/** "A, B C" -> ["A", "B", "C"]; blank means all. */
const listOf = (text: string) =>
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
    run("Calculating", async (job) => {
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
      await job.step("Calculating the inventory value...");
      const outcome = await calculateJournal(job.port, current, options, { replace, next: PANE_NEXT_STEPS });
      if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
      const lines = outcome.value.lines;
      if (lines.length === 0) {
        setDone(
          `Nothing to revalue on ${date}: no item has a revaluable quantity (completely invoiced, on hand that day) ` +
            "within the options chosen. Nothing was written.",
        );
        return;
      }
      const total = lines.reduce((sum, l) => sum + l.inventoryValueCalculated, 0n);
      setDone(
        `${plural(lines.length, "line")} written to the Revaluation Journal sheet, Inventory Value (Calculated) ${formatExact(total, 2)}. ` +
          "Enter the new Unit Cost (Revalued) or Inventory Value (Revalued) there, or use the what-if tools below.",
      );
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
      if (!read.table)
        throw new StepFailure("There is no Revaluation Journal yet: calculate the inventory value first.");
      const errors = read.problems.filter((p) => p.severity === "error");
      if (errors.length > 0)
        throw new StepFailure("The Revaluation Journal has cells to correct first; nothing was changed.", errors);
      if (read.rows.some((r) => r.posted))
        throw new StepFailure("This journal was posted already; calculate a new one to try other costs.");
      const chosen = new Set(listOf(whatIfItems));
      let changed = 0;
      const lines = read.rows.map((r) => {
        if (chosen.size > 0 && !chosen.has(r.line.itemNo)) return r.line;
        changed++;
        return change(r.line);
      });
      job.writing("Writing the Revaluation Journal...");
      await writeRevaluationJournal(job.port, lines, rounding);
      setDone(`${label}: ${changed} of ${lines.length} lines changed in the Revaluation Journal.`);
    });

  const rounding = roundingOf(ledger);
  const fromItem = (which: "Last Direct Cost" | "Standard Cost") =>
    whatIf(`Unit Cost (Revalued) from ${which}`, (line) => {
      const item = ledger.items.get(line.itemNo);
      return item ? revalueFromItemCost(line, item, which, rounding) : line;
    });
  const byPercent = () => {
    // Read as a decimal, never through a float: "5,5" and "5.5" are both five and a half per cent.
    const p = parseExact(percent.trim().replace(",", "."));
    if (p === null) {
      setDone(null);
      void run("What-if", () =>
        Promise.reject(new StepFailure(`"${percent}" is not a percentage. Enter e.g. -10 or 5.5.`)),
      );
      return;
    }
    const change = p;
    void whatIf(`Unit Cost (Revalued) changed by ${formatExact(change)} %`, (line) =>
      revalueByPercent(line, change, rounding),
    );
  };

  return (
    <section className={styles.step} aria-labelledby="calculate-title">
      <Title3 id="calculate-title" as="h2">
        Calculate inventory value
      </Title3>
      <div className={styles.form}>
        <Field label="Posting Date" hint="The date the inventory is valued on; the revaluation is posted on it.">
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field label="Document No." hint="Blank: REVAL-<date>.">
          <Input value={documentNo} onChange={(_, d) => setDocumentNo(d.value)} />
        </Field>
        <Field label="Calculate Per">
          <RadioGroup value={perEntry ? "entry" : "item"} onChange={(_, d) => setPerEntry(d.value === "entry")}>
            <Radio value="item" label="Item" />
            <Radio value="entry" label="Item Ledger Entry" />
          </RadioGroup>
        </Field>
        <Checkbox
          label="By Location"
          checked={byLocation}
          disabled={perEntry}
          onChange={(_, d) => setByLocation(!!d.checked)}
        />
        <Checkbox
          label="By Variant"
          checked={byVariant}
          disabled={perEntry}
          onChange={(_, d) => setByVariant(!!d.checked)}
        />
        <Field label="Calculation Base">
          <Dropdown
            value={BASES.find((b) => b.value === base)?.label}
            selectedOptions={[base]}
            disabled={perEntry}
            onOptionSelect={(_, d) => setBase((d.optionValue ?? "") as CalculationBase)}
          >
            {BASES.map((b) => (
              <Option key={b.value} value={b.value}>
                {b.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Checkbox
          label="Update Standard Cost"
          checked={updateStandardCost}
          disabled={perEntry}
          onChange={(_, d) => setUpdateStandardCost(!!d.checked)}
        />
        <Field label="Items" hint="Item numbers separated by commas; blank for all items.">
          <Input value={items} onChange={(_, d) => setItems(d.value)} />
        </Field>
        <Checkbox
          label="Replace a journal that was not posted"
          checked={replace}
          onChange={(_, d) => setReplace(!!d.checked)}
        />
        <div>
          <Button appearance="primary" onClick={() => void calculate()} disabled={busy}>
            Calculate
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
          What-if on the journal
        </Text>
        <Field label="For items" hint="Blank: every line of the journal.">
          <Input value={whatIfItems} onChange={(_, d) => setWhatIfItems(d.value)} />
        </Field>
        <div className={styles.row}>
          <Field label="Change %">
            <Input value={percent} onChange={(_, d) => setPercent(d.value)} style={{ width: 80 }} />
          </Field>
          <Button onClick={byPercent} disabled={busy}>
            Apply
          </Button>
        </div>
        <div className={styles.row}>
          <Button onClick={() => void fromItem("Last Direct Cost")} disabled={busy}>
            From Last Direct Cost
          </Button>
          <Button onClick={() => void fromItem("Standard Cost")} disabled={busy}>
            From Standard Cost
          </Button>
        </div>
      </div>
    </section>
  );
}

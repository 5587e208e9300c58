// Valuation: the inventory per item (and location) on a date, as `costing valuation` values it: by valuation
// date (as Calculate Inventory Value and the average cost pools see it) or by posting date (as Business
// Central's Inventory Valuation report), on the ledger as it is or with the adjustments Adjust Cost would post
// (run on a copy, as the COSTING functions answer). Nothing is written. Items with nothing on hand and no value
// are left out and counted.
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
} from "@fluentui/react-components";
import { inventoryTotal, ZERO, type InventoryRow } from "../engine";
import { codeName } from "../engine/model";
import { isIsoDate } from "../engine/calendar";
import { quantityText } from "../workbook/decimalText";
import { useMessages } from "./messages";
import { DateInput, dateNotRead } from "./DateInput";
import { useStepStyles } from "./styles";
import { StepFailure, runOffThread, useJob, type StepProps } from "./work";

interface Valued {
  readonly date: string;
  readonly basis: "valuation" | "posting";
  readonly byLocation: boolean;
  readonly rows: readonly InventoryRow[];
  /** Rows left out: nothing on hand and no value. */
  readonly hidden: number;
}

export function ValuationStep({ ledger, open, costingMethod }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const { run, view, busy } = useJob(open);
  const [date, setDate] = React.useState("");
  const [basis, setBasis] = React.useState<"valuation" | "posting">("valuation");
  const [byLocation, setByLocation] = React.useState(false);
  const [adjusted, setAdjusted] = React.useState(false);
  const [valued, setValued] = React.useState<Valued | null>(null);
  React.useEffect(() => setValued(null), [ledger]); // of a ledger read before: gone

  const value = () =>
    run(m.t("pane.valuation.valuing"), async (job) => {
      setValued(null);
      if (date === "") throw new StepFailure(m.t("pane.valuation.missingDate"));
      if (!isIsoDate(date)) throw new StepFailure(dateNotRead(m.t("pane.valuation.date"), date, m));
      // In the costing worker, on the ledger as the workbook holds it now.
      const outcome = await runOffThread(
        job,
        "valueInventory",
        { costingMethod, date, basis, byLocation, adjusted },
        (step) =>
          step.key === "reading"
            ? m.t("pane.readingNow")
            : m.t(step.key === "adjusting" ? "pane.valuation.adjusting" : "pane.valuation.computing"),
      );
      if (outcome.kind === "problems") throw new StepFailure(m.t("pane.ledgerProblemsNow"), outcome.problems);
      const { rows, hidden } = outcome;
      setValued({ date, basis, byLocation, rows, hidden });
    });

  return (
    <section className={styles.step} aria-labelledby="valuation-title">
      <Title3 id="valuation-title" as="h2">
        {m.t("pane.valuation.title")}
      </Title3>
      <Text>{m.t("pane.valuation.intro")}</Text>
      <div className={styles.form}>
        <Field label={m.t("pane.valuation.date")}>
          <DateInput value={date} onChange={setDate} />
        </Field>
        <Field label={m.t("pane.valuation.basis")}>
          <RadioGroup value={basis} onChange={(_, d) => setBasis(d.value === "posting" ? "posting" : "valuation")}>
            <Radio value="valuation" label={m.t("pane.valuation.byValuationDate")} />
            <Radio value="posting" label={m.t("pane.valuation.byPostingDate")} />
          </RadioGroup>
        </Field>
        <Checkbox
          label={m.t("pane.valuation.byLocation")}
          checked={byLocation}
          onChange={(_, d) => setByLocation(!!d.checked)}
        />
        <Checkbox
          label={m.t("pane.valuation.adjusted")}
          checked={adjusted}
          onChange={(_, d) => setAdjusted(!!d.checked)}
        />
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void value()} disabled={busy}>
          {m.t("pane.valuation.value")}
        </Button>
      </div>
      {view}
      {valued && <ValuedView valued={valued} />}
    </section>
  );
}

function ValuedView({ valued }: { readonly valued: Valued }): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const total = inventoryTotal(valued.rows);
  const heading = m.t(valued.basis === "posting" ? "pane.valuation.headingPosting" : "pane.valuation.heading", {
    date: m.date(valued.date),
  });
  return (
    <>
      <Text weight="semibold">{heading}</Text>
      {valued.rows.length === 0 ? (
        <Text>{m.t("pane.valuation.none")}</Text>
      ) : (
        <Table size="small" aria-label={heading} style={{ tableLayout: "auto" }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.caption("Item No.")}</TableHeaderCell>
              <TableHeaderCell className={styles.figureHeader}>{m.caption("Quantity")}</TableHeaderCell>
              <TableHeaderCell className={styles.figureHeader}>{m.t("valuation.value")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {valued.rows.map((r) => (
              <TableRow key={`${r.itemNo}|${r.locationCode}`}>
                <TableCell>
                  <div className={styles.code}>{r.itemNo}</div>
                  {valued.byLocation && <div className={styles.figureLine}>{codeName(r.locationCode)}</div>}
                </TableCell>
                <TableCell className={styles.figure}>{m.decimal(quantityText(r.quantity))}</TableCell>
                <TableCell className={styles.figure}>{m.amount(r.value)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>
                <Text weight="semibold">{m.t("cli.total")}</Text>
              </TableCell>
              <TableCell />
              <TableCell className={styles.figure}>
                <Text weight="semibold">{m.amount(total.value)}</Text>
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      )}
      {total.costAmountExpected !== ZERO && (
        <Text>{m.t("pane.valuation.expected", { amount: m.amount(total.costAmountExpected) })}</Text>
      )}
      {valued.hidden > 0 && <Text>{m.t("pane.valuation.hidden", { count: valued.hidden })}</Text>}
    </>
  );
}

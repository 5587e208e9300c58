// The Revaluation Journal's lines in the pane: each line's item, quantity and calculated unit cost, its Unit Cost
// (Revalued) to type over, and its Amount. A unit cost typed here is written into the journal's sheet and the
// line recomputed as when it is typed in the sheet (Inventory Value (Revalued), Amount); the sheet stays the
// journal, the pane only shows and edits it.
import * as React from "react";
import {
  Button,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { Ledger } from "../engine";
import type { Fixed } from "../engine/money";
import type { Messages } from "../i18n";
import type { JournalRow } from "../workbook/journal";
import { readJournalOf, setRevaluedUnitCost } from "../workbook/journalRecompute";
import type { WorkbookPort } from "../workbook/port";
import { parseDecimal } from "../workbook/values";
import { quantityText, unitCostText } from "../workbook/decimalText";
import { useMessages } from "./messages";
import { useStepStyles } from "./styles";
import { StepFailure, useJob, type OpenPort } from "./work";

/** Lines shown at most; the sheet holds them all. */
const SHOWN = 200;

/**
 * A number typed in the pane's language as an exact decimal (parseDecimal: "4,5" and "4.5" alike, "1.234,5" in
 * German, "1 234,5" in Swedish; the language's separator decides "1,234"); null when it is not one.
 */
export function typedDecimal(text: string, m: Messages): Fixed | null {
  const parsed = parseDecimal(text, m.decimal("1.5").includes(",") ? "," : ".");
  return parsed.ok ? parsed.value : null;
}

export function JournalLines({
  ledger,
  open,
  onEdited,
}: {
  readonly ledger: Ledger;
  readonly open: OpenPort;
  /** Told after a line was changed (what was previewed is of another journal now). */
  readonly onEdited: () => void;
}): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const { run, view, busy } = useJob(open);
  const [rows, setRows] = React.useState<readonly JournalRow[] | null>(null);
  React.useEffect(() => setRows(null), [ledger]);

  const readLines = async (port: WorkbookPort) => {
    const read = await readJournalOf(port, ledger);
    if (!read.table) throw new StepFailure(m.t("pane.journal.none"));
    return read.rows;
  };

  const show = () =>
    run(m.t("pane.journal.reading"), async (job) => {
      setRows(await readLines(job.port));
    });

  const edit = (row: JournalRow, text: string) =>
    run(m.t("pane.journal.saving"), async (job) => {
      const unitCost = typedDecimal(text, m);
      if (unitCost === null || unitCost < 0n)
        throw new StepFailure(m.t("pane.journal.notANumber", { text, example: m.decimal("8.5") }));
      job.writing(m.t("pane.journal.writing"));
      const changed = await setRevaluedUnitCost(job.port, ledger, row.rowNumber, unitCost);
      if (!changed) {
        setRows(await readLines(job.port));
        throw new StepFailure(m.t("pane.journal.cannot"));
      }
      setRows(changed);
      onEdited();
    });

  return (
    <div className={styles.form}>
      <Text weight="semibold">{m.t("pane.journal.title")}</Text>
      <div>
        <Button onClick={() => void show()} disabled={busy}>
          {m.t(rows ? "pane.journal.readAgain" : "pane.journal.show")}
        </Button>
      </div>
      {view}
      {rows && (
        <Table size="small" aria-label={m.t("pane.journal.title")} style={{ tableLayout: "auto" }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.caption("Item No.")}</TableHeaderCell>
              <TableHeaderCell className={styles.figureHeader}>{m.caption("Unit Cost (Revalued)")}</TableHeaderCell>
              <TableHeaderCell className={styles.figureHeader}>{m.caption("Amount")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.slice(0, SHOWN).map((r) => (
              <TableRow key={r.rowNumber}>
                <TableCell>
                  <div className={styles.code}>{r.line.itemNo}</div>
                  <div className={styles.note}>
                    {m.t("pane.journal.onHand", {
                      quantity: m.decimal(quantityText(r.line.quantity)),
                      unitCost: m.decimal(unitCostText(r.line.unitCostCalculated)),
                    })}
                  </div>
                </TableCell>
                <TableCell className={styles.figure}>
                  {r.posted ? (
                    m.decimal(unitCostText(r.line.unitCostRevalued))
                  ) : (
                    <UnitCostInput
                      key={String(r.line.unitCostRevalued)}
                      shown={m.decimal(unitCostText(r.line.unitCostRevalued))}
                      label={m.t("pane.journal.unitCostOf", { item: r.line.itemNo, row: String(r.rowNumber) })}
                      disabled={busy}
                      onCommit={(text) => void edit(r, text)}
                    />
                  )}
                </TableCell>
                <TableCell className={styles.figure}>{m.amount(r.line.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {rows && rows.length > SHOWN && <Text>{m.t("pane.journal.more", { shown: SHOWN, count: rows.length })}</Text>}
    </div>
  );
}

/** A unit cost to type over: committed on Enter or on leaving the field, when it was changed. */
function UnitCostInput({
  shown,
  label,
  disabled,
  onCommit,
}: {
  readonly shown: string;
  readonly label: string;
  readonly disabled: boolean;
  readonly onCommit: (text: string) => void;
}): React.JSX.Element {
  const [text, setText] = React.useState(shown);
  const commit = () => {
    if (text.trim() !== shown) onCommit(text);
  };
  return (
    <Input
      value={text}
      aria-label={label}
      disabled={disabled}
      style={{ width: 96 }}
      input={{ style: { textAlign: "right" } }}
      onChange={(_, d) => setText(d.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === "Enter" && commit()}
    />
  );
}

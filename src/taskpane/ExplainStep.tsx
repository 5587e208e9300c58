// Explain: Business Central's Average Cost Calc. Overview (page 5847) in the pane, for an Average item (and a
// location and variant when the Calc. Type says so) and a date: the average cost period, the opening, each entry
// of the period (backdated ones marked), the closing and the average, as Adjust Cost leaves the ledger (run on a
// copy, as =COSTING.EXPLAIN answers). Opened from the selected cell (a COSTING formula, a ledger row); each entry
// goes to its row; Write to sheet puts the table on the Average Cost Overview sheet.
import * as React from "react";
import {
  Button,
  Field,
  Input,
  Link,
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
import { explainAverageCostPools, LedgerError, type AverageCostExplanation } from "../engine";
import type { SourceRef } from "../engine/model";
import { isIsoDate } from "../engine/calendar";
import type { CellPlace } from "../excel/goTo";
import type { Messages } from "../i18n";
import {
  averageCostOverview,
  overviewCellText,
  overviewSheetCell,
  scopeText,
  type OverviewCell,
} from "../workbook/averageCostOverview";
import type { SelectedCell } from "../workbook/costingFormula";
import { explainFromCell, type ExplainFields } from "../workbook/explainQuery";
import { useMessages } from "./messages";
import { DateInput, dateNotRead } from "./DateInput";
import { useStepStyles } from "./styles";
import { StepFailure, currentLoaded, useJob, type StepProps } from "./work";

/** The sheet Write to sheet writes. */
export const OVERVIEW_SHEET = "Average Cost Overview";

/** Reads the cell selected in Excel (src/excel/selectedCell.ts). */
export type ReadSelection = () => Promise<SelectedCell>;

interface Explained {
  readonly pools: readonly AverageCostExplanation[];
  /** Where each entry was read ("ILE:<no>" -> table and row), for Go to. */
  readonly sources: ReadonlyMap<string, SourceRef>;
  readonly sheets: ReadonlyMap<string, string>;
}

const EMPTY: ExplainFields = { item: "", date: "", location: "", variant: "" };

/** A code field: blank is "not given"; the engine finds the code as the ledger spells it, (blank) included. */
const codeField = (v: string): string | undefined => (v.trim() === "" ? undefined : v.trim());

export function ExplainStep({
  ledger,
  open,
  costingMethod,
  selection,
  goTo,
}: StepProps & {
  readonly selection?: ReadSelection;
  readonly goTo?: (place: CellPlace) => Promise<void>;
}): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const { run, view, busy } = useJob(open);
  const [fields, setFields] = React.useState<ExplainFields>(EMPTY);
  const [explained, setExplained] = React.useState<Explained | null>(null);
  const [note, setNote] = React.useState<string | null>(null);
  React.useEffect(() => setExplained(null), [ledger]); // of a ledger read before: gone
  const set = (k: keyof ExplainFields) => (_: unknown, d: { value: string }) =>
    setFields((f) => ({ ...f, [k]: d.value }));

  const explain = (asked: ExplainFields, fromSelection = false) =>
    run(m.t("pane.explain.explaining"), async (job) => {
      setExplained(null);
      setNote(null);
      let f = asked;
      const loaded = await currentLoaded(job, costingMethod);
      if (fromSelection) {
        await job.step(m.t("pane.explain.readingSelection"));
        const cell = await selection!();
        const found = explainFromCell(cell, loaded.input!, loaded.ledger, loaded, m);
        if (!found.ok) throw new StepFailure(found.message);
        f = found.fields;
        setFields(f);
        setNote(found.from);
      }
      if (f.item.trim() === "" || f.date === "") throw new StepFailure(m.t("pane.explain.missing"));
      if (!isIsoDate(f.date)) throw new StepFailure(dateNotRead(m.t("pane.explain.date"), f.date, m));
      await job.step(m.t("pane.explain.computing"));
      try {
        // Adjust Cost runs inside, for the item (and its components) only: as costing explain and COSTING.EXPLAIN.
        const { pools } = explainAverageCostPools(loaded.ledger, {
          itemNo: f.item.trim(),
          date: f.date,
          locationCode: codeField(f.location),
          variantCode: codeField(f.variant),
        });
        const sources = loaded.input?.sources ?? new Map<string, SourceRef>();
        const sheets = new Map(loaded.tables.flatMap((t) => (t.sheet ? [[t.name, t.sheet] as const] : [])));
        setExplained({ pools, sources, sheets });
      } catch (e) {
        if (e instanceof LedgerError) throw new StepFailure(e.message);
        throw e;
      }
    });

  const write = (shown: Explained) =>
    run(m.t("pane.explain.writing"), async (job) => {
      const { headers, rows } = overviewSheet(shown.pools, m);
      job.writing(m.t("pane.explain.writing"));
      await job.port.writeTable(OVERVIEW_SHEET, headers, rows);
      setNote(m.t("pane.explain.written", { rows: rows.length, sheet: OVERVIEW_SHEET }));
    });

  const goToEntry = (no: number) => {
    const ref = explained?.sources.get(`ILE:${no}`);
    const sheet = ref && explained?.sheets.get(ref.table);
    // Without a column the row's first cell is selected: the header row is not searched.
    if (ref && sheet && goTo) void goTo({ sheet, headerRow: 1, row: ref.row });
  };

  return (
    <section className={styles.step} aria-labelledby="explain-title">
      <Title3 id="explain-title" as="h2">
        {m.t("pane.explain.title")}
      </Title3>
      <Text>{m.t("pane.explain.intro")}</Text>
      <div className={styles.form}>
        <Field label={m.caption("Item No.")}>
          <Input value={fields.item} onChange={set("item")} />
        </Field>
        <Field label={m.t("pane.explain.date")}>
          <DateInput value={fields.date} onChange={(date) => setFields((f) => ({ ...f, date }))} />
        </Field>
        <Field label={m.caption("Location Code")} hint={m.t("pane.explain.codeHint")}>
          <Input value={fields.location} onChange={set("location")} />
        </Field>
        <Field label={m.caption("Variant Code")}>
          <Input value={fields.variant} onChange={set("variant")} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void explain(fields)} disabled={busy}>
          {m.t("pane.explain.explain")}
        </Button>
        {selection && (
          <Button onClick={() => void explain(fields, true)} disabled={busy}>
            {m.t("pane.explain.fromSelection")}
          </Button>
        )}
        {explained && (
          <Button onClick={() => void write(explained)} disabled={busy}>
            {m.t("pane.explain.writeToSheet")}
          </Button>
        )}
      </div>
      {view}
      {note && (
        <MessageBar intent="info">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      {explained?.pools.map((p) => (
        <PoolView key={`${p.locationCode}|${p.variantCode}`} pool={p} onGoTo={goTo ? goToEntry : undefined} />
      ))}
    </section>
  );
}

/** One pool: whose average, its period, the overview table sized for 320 px. */
function PoolView({
  pool,
  onGoTo,
}: {
  readonly pool: AverageCostExplanation;
  readonly onGoTo?: (entryNo: number) => void;
}): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const table = averageCostOverview(pool, m, true);
  const heading = m.t("explain.heading", { scope: scopeText(pool, m) });
  // The notes (why a value is marked backdated) under the table, numbered, so the lines stay short.
  const notes = table.rows.flatMap((r) => (r[7] ? [shown(r[7], m)] : []));
  return (
    <>
      <Text weight="semibold">{heading}</Text>
      <Text>
        {m.t("explain.period", {
          start: m.date(pool.period.start),
          end: m.date(pool.period.end),
          calcType: m.enumCaption("averageCostCalcType", String(pool.calcType)),
        })}
      </Text>
      {/* Figures as wide as they are (never broken); the line, its valuation date under it, takes the rest. */}
      <Table size="small" aria-label={heading} style={{ tableLayout: "auto" }}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{`${table.headers[1]} / ${table.headers[4]}`}</TableHeaderCell>
            <TableHeaderCell className={styles.figureHeader}>{table.headers[5]}</TableHeaderCell>
            <TableHeaderCell className={styles.figureHeader}>{table.headers[6]}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row, i) => (
            <TableRow key={i}>
              <TableCell>
                {shown(row[1], m)}
                {row[0] && "entryNo" in row[0] && (
                  <>
                    {" "}
                    <EntryLink no={row[0].entryNo} onGoTo={onGoTo} />
                  </>
                )}
                {row[7] && <sup>{` ${notes.indexOf(shown(row[7], m)) + 1}`}</sup>}
                {row[4] && <div className={styles.figureLine}>{shown(row[4], m)}</div>}
              </TableCell>
              <TableCell className={styles.figure}>{shown(row[5], m)}</TableCell>
              <TableCell className={styles.figure}>{shown(row[6], m)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {notes.length > 0 && (
        <ol className={styles.list} aria-label={m.t("explain.note")} style={{ fontSize: "smaller" }}>
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ol>
      )}
    </>
  );
}

function EntryLink({ no, onGoTo }: { readonly no: number; readonly onGoTo?: (entryNo: number) => void }) {
  const m = useMessages();
  if (!onGoTo) return <>{`(${no})`}</>;
  return (
    <Link as="button" onClick={() => onGoTo(no)} aria-label={m.t("pane.explain.goTo", { entry: String(no) })}>
      {no}
    </Link>
  );
}

/** A cell of the overview as the pane shows it: the command line's text, without its indentation. */
const shown = (c: OverviewCell, m: Messages): string => overviewCellText(c, m).trim();

/**
 * The overview as the Average Cost Overview sheet holds it: =COSTING.EXPLAIN's table for one pool; for several
 * (an item averaged per location and variant, asked without them) one table, each row saying whose average.
 */
export function overviewSheet(
  pools: readonly AverageCostExplanation[],
  m: Messages,
): { headers: string[]; rows: (string | number | Date | null | boolean)[][] } {
  const tables = pools.map((p) => averageCostOverview(p, m, true));
  const headers = [...tables[0].headers];
  if (pools.length === 1) return { headers, rows: tables[0].rows.map((r) => r.map(overviewSheetCell)) };
  return {
    headers: [m.t("pane.explain.averageOf"), ...headers],
    rows: tables.flatMap((t, i) => t.rows.map((r) => [scopeText(pools[i], m), ...r.map(overviewSheetCell)])),
  };
}

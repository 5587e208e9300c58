// Step 1, Ledger: reads the ledger tables of the open workbook and shows what matters first: the problems
// (errors before warnings), then what the export lacks that stops costing or makes the figures guesses, with the
// Business Central page to export it from; then the tables found, the counts and the setup; the columns derived
// exactly (or not used) folded away. "Read again" after corrections. Where the
// pane can write: "Map columns by hand" for headers no caption list knows (saved in the workbook) and "Import
// from file" for exports not in the workbook yet; both have the ledger read again.
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatExact, type CostingMethod, type Ledger } from "../engine";
import type { CostingMethodChoice as Choice } from "../workbook/costingMethods";
import { CostingMethodChoice, CostingMethodNote, PANE_CHOOSE } from "./CostingMethodChoice";
import type { Progress } from "../excel";
import type { CellPlace } from "../excel/goTo";
import type { LedgerReport } from "./ledgerReport";
import { WHOLE_TABLE, type ColumnAdvice } from "../workbook/exportAdvice";
import { ColumnMapping } from "./ColumnMapping";
import { ImportFile } from "./ImportFile";
import type { ReadImportFile } from "./importFile";
import type { OpenPort } from "./work";

/** Selects a problem's cell in the workbook. */
export type GoTo = (place: CellPlace) => Promise<void>;

/**
 * Reads the workbook; progress is reported per block of rows. `choice`: the costing method chosen for the items
 * the workbook gives none, and how the pane says to choose one.
 */
export type LoadLedger = (onProgress: (p: Progress) => void, choice?: Choice) => Promise<LedgerReport>;

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  number: { textAlign: "right" },
  how: { display: "block", color: tokens.colorNeutralForeground3 },
});

const fmt = (n: number): string => n.toLocaleString("en-US");

type State =
  | { readonly status: "reading"; readonly progress: Progress | null }
  | { readonly status: "done"; readonly report: LedgerReport }
  | { readonly status: "failed"; readonly message: string };

export function LedgerStep({
  load,
  onLoaded,
  goTo,
  reloadKey = 0,
  open,
  readFile,
  costingMethod,
  onCostingMethod,
}: {
  readonly load: LoadLedger;
  /** A port to write through (column mapping, import); without one the step only reads. */
  readonly open?: OpenPort;
  /** Reads a file picked for import (defaults to the browser's: ExcelJS for .xlsx, the CSV parser). */
  readonly readFile?: ReadImportFile;
  /** Selects a problem's cell ("Go to"); absent outside Excel. */
  readonly goTo?: GoTo;
  /** Told the report each time the workbook was read, so the other steps work on the same ledger. */
  readonly onLoaded?: (report: LedgerReport) => void;
  /** Changed by the other steps after they wrote to the workbook: read it again. */
  readonly reloadKey?: number;
  /** The costing method chosen for the items the workbook gives none (the workbook is read with it). */
  readonly costingMethod?: CostingMethod;
  /** Offers that choice when items lack a costing method; without it, they stay an error. */
  readonly onCostingMethod?: (method: CostingMethod | undefined) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [state, setState] = React.useState<State>({ status: "reading", progress: null });
  const [attempt, setAttempt] = React.useState(0);
  /** What the last import or mapping did, shown until the next one. */
  const [notice, setNotice] = React.useState<string | null>(null);
  const clearNotice = React.useCallback(() => setNotice(null), []);
  const changed = React.useCallback((summary: string) => {
    setNotice(summary);
    setAttempt((n) => n + 1);
  }, []);

  React.useEffect(() => {
    let live = true;
    setState({ status: "reading", progress: null });
    const choice = { defaultCostingMethod: costingMethod, howToChoose: onCostingMethod ? PANE_CHOOSE : undefined };
    load((progress) => live && setState({ status: "reading", progress }), choice)
      .then((report) => {
        if (!live) return;
        setState({ status: "done", report });
        onLoaded?.(report);
      })
      .catch(
        (e: unknown) => live && setState({ status: "failed", message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [load, attempt, reloadKey, onLoaded, costingMethod, onCostingMethod]);

  const again = (
    <Button
      appearance="primary"
      onClick={() => {
        setNotice(null);
        setAttempt((n) => n + 1);
      }}
      disabled={state.status === "reading"}
    >
      Read again
    </Button>
  );

  return (
    <section className={styles.step} aria-labelledby="ledger-title" aria-busy={state.status === "reading"}>
      <Title3 id="ledger-title" as="h2">
        Ledger
      </Title3>
      {state.status === "reading" && <Reading progress={state.progress} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>The workbook could not be read: {state.message}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && <CostingMethodNote read={state.report.costingMethods} />}
      {state.status === "done" && onCostingMethod && (
        <CostingMethodChoice read={state.report.costingMethods} value={costingMethod} onChange={onCostingMethod} />
      )}
      {state.status === "done" && <Report report={state.report} goTo={goTo} />}
      {state.status === "done" && open && (
        <ColumnMapping report={state.report} open={open} onStart={clearNotice} onSaved={changed} />
      )}
      <div className={styles.actions}>
        <div>{again}</div>
        {open && (
          <ImportFile
            open={open}
            readFile={readFile}
            disabled={state.status === "reading"}
            onStart={clearNotice}
            onImported={changed}
          />
        )}
      </div>
    </section>
  );
}

function Reading({ progress }: { readonly progress: Progress | null }): React.JSX.Element {
  const label = progress
    ? `Reading ${progress.table}: ${fmt(progress.done)} of ${fmt(progress.total)} rows`
    : "Looking for the ledger tables...";
  const value = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <div>
      <Text>{label}</Text>
      <ProgressBar value={value} aria-label={label} />
    </div>
  );
}

function Report({ report, goTo }: { readonly report: LedgerReport; readonly goTo?: GoTo }): React.JSX.Element {
  const styles = useStyles();
  const errors = report.problems.filter((p) => p.severity === "error");
  const warnings = report.problems.length - errors.length;
  // What matters first: errors before warnings (each kind in the order found).
  const problems = [...errors, ...report.problems.filter((p) => p.severity !== "error")];
  const toAdd = report.advice.filter((a) => a.without === "refused" || a.without === "warned");
  const folded = report.advice.filter((a) => a.without === "derived" || a.without === "unused");
  return (
    <>
      <MessageBar intent={errors.length ? "error" : warnings ? "warning" : "success"}>
        <MessageBarBody>
          {errors.length
            ? `${errors.length} ${errors.length === 1 ? "error" : "errors"} and ${warnings} ` +
              `${warnings === 1 ? "warning" : "warnings"}: correct the cells named below, then Read again.`
            : warnings
              ? `Ready for costing, with ${warnings} ${warnings === 1 ? "warning" : "warnings"} to review.`
              : "Ready for costing: no problems found."}
        </MessageBarBody>
      </MessageBar>
      {problems.length > 0 && (
        <ul className={styles.list} aria-label="Problems">
          {problems.map((p, i) => {
            const place = p.source && report.places?.get(p.source.table);
            return (
              <li key={i}>
                <Text>
                  {p.severity === "error" ? "Error" : "Warning"}: {p.message}
                </Text>
                {place && goTo && p.source && (
                  <Button
                    size="small"
                    appearance="transparent"
                    style={{ marginLeft: 4 }}
                    aria-label={`Go to ${p.source.table}, row ${p.source.row}`}
                    onClick={() => void goTo({ ...place, row: p.source!.row, column: p.source!.column })}
                  >
                    Go to
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {toAdd.length > 0 && (
        <div>
          <Text weight="semibold">Add to the export: without these, costing stops or the figures are guessed</Text>
          <ul className={styles.list} aria-label="Columns to add to the export">
            {toAdd.map((a) => (
              <AdviceItem key={`${a.table}|${a.column}`} advice={a} />
            ))}
          </ul>
        </div>
      )}

      <Table size="small" aria-label="Tables found">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Table</TableHeaderCell>
            <TableHeaderCell>Found on</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Rows</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.tables.map((t) => (
            <TableRow key={t.name}>
              <TableCell>{t.name}</TableCell>
              <TableCell>{t.sheet ?? "not found"}</TableCell>
              <TableCell className={styles.number}>{t.sheet ? fmt(t.rows) : "-"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {report.itemLedgerEntries !== null && (
        <ul className={styles.list} aria-label="Ledger">
          <li>{fmt(report.items ?? 0)} items with entries</li>
          <li>{fmt(report.itemLedgerEntries)} item ledger entries</li>
          <li>{fmt(report.valueEntries ?? 0)} value entries</li>
          {report.postingDates && (
            <li>
              Posting dates {report.postingDates.from} to {report.postingDates.to}
            </li>
          )}
        </ul>
      )}

      {report.ledger && <SetupInForce ledger={report.ledger} />}

      {folded.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="derived">
            <AccordionHeader>
              Derived exactly from the ledger, or not used ({fmt(folded.length)}{" "}
              {folded.length === 1 ? "column" : "columns"})
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label="Derived columns">
                {folded.map((a) => (
                  <AdviceItem key={`${a.table}|${a.column}`} advice={a} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </>
  );
}

/** One thing the export lacks: what the tool does without it, and how to export it from Business Central. */
function AdviceItem({ advice: a }: { readonly advice: ColumnAdvice }): React.JSX.Element {
  const styles = useStyles();
  const rows = a.rows > 0 ? ` (${fmt(a.rows)} ${a.rows === 1 ? "row" : "rows"})` : "";
  const what = a.column === WHOLE_TABLE ? `${a.table}, the whole table` : `${a.table}, column "${a.column}"`;
  return (
    <li>
      <Text>
        {what}
        {rows}: {a.effect}
      </Text>
      <Text size={200} className={styles.how}>
        To export it: {a.toExport}
      </Text>
    </li>
  );
}

/** The setup the ledger is costed with: from the workbook's setup tables, or Business Central's defaults. */
function SetupInForce({ ledger }: { readonly ledger: Ledger }): React.JSX.Element {
  const styles = useStyles();
  const s = ledger.setup;
  const years = ledger.accountingPeriods.filter((p) => p.newFiscalYear).length;
  return (
    <div>
      <Text weight="semibold">Setup in force</Text>
      <ul className={styles.list} aria-label="Setup in force">
        <li>Average Cost Period: {s.averageCostPeriod}</li>
        <li>Average Cost Calc. Type: {s.averageCostCalcType}</li>
        <li>
          Rounding: amounts {formatExact(s.amountRoundingPrecision)}, unit amounts{" "}
          {formatExact(s.unitAmountRoundingPrecision)}
        </li>
        <li>Allow Posting From: {s.allowPostingFrom || "no restriction"}</li>
        <li>
          Accounting periods:{" "}
          {ledger.accountingPeriods.length === 0
            ? "none (calendar periods)"
            : `${fmt(ledger.accountingPeriods.length)} in ${years} fiscal ${years === 1 ? "year" : "years"}`}
        </li>
      </ul>
    </div>
  );
}

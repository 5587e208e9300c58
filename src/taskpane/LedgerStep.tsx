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
import { useMessages } from "./messages";
import type { Progress } from "../excel";
import type { CellPlace } from "../excel/goTo";
import type { LedgerReport } from "./ledgerReport";
import { adviceLine, type ColumnAdvice } from "../workbook/exportAdvice";
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
/** Reads the ledger; `fresh`: from the workbook itself, not from what the pane and the functions keep of it. */
export type LoadLedger = (onProgress: (p: Progress) => void, choice?: Choice, fresh?: boolean) => Promise<LedgerReport>;

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  number: { textAlign: "right" },
  how: { display: "block", color: tokens.colorNeutralForeground3 },
});

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
  const m = useMessages();
  const [state, setState] = React.useState<State>({ status: "reading", progress: null });
  const [attempt, setAttempt] = React.useState(0);
  /** "Read again" reads the workbook itself (whatever was kept of it). */
  const fresh = React.useRef(false);
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
    const again = fresh.current;
    fresh.current = false;
    load((progress) => live && setState({ status: "reading", progress }), choice, again)
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

  // A workbook without any ledger table yet: importing the export is the first thing to do.
  const empty = state.status === "done" && state.report.tables.every((t) => t.sheet === null);
  const importFile = open && (
    <ImportFile
      open={open}
      readFile={readFile}
      disabled={state.status === "reading"}
      primary={empty}
      onStart={clearNotice}
      onImported={changed}
    />
  );
  const again = (
    <Button
      appearance={empty ? "secondary" : "primary"}
      onClick={() => {
        setNotice(null);
        fresh.current = true;
        setAttempt((n) => n + 1);
      }}
      disabled={state.status === "reading"}
    >
      {m.t("pane.ledger.readAgain")}
    </Button>
  );

  return (
    <section className={styles.step} aria-labelledby="ledger-title" aria-busy={state.status === "reading"}>
      <Title3 id="ledger-title" as="h2">
        {m.t("pane.ledger.title")}
      </Title3>
      {state.status === "reading" && <Reading progress={state.progress} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{m.t("pane.ledger.unreadable", { message: state.message })}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {empty && importFile}
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
        {!empty && importFile}
      </div>
    </section>
  );
}

function Reading({ progress }: { readonly progress: Progress | null }): React.JSX.Element {
  const m = useMessages();
  const label = progress
    ? m.t("pane.progress.read", { table: m.caption(progress.table), done: progress.done, total: progress.total })
    : m.t("pane.ledger.looking");
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
  const m = useMessages();
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
            ? m.t("pane.ledger.errors", { errors: errors.length, warnings })
            : warnings
              ? m.t("pane.ledger.warnings", { warnings })
              : m.t("pane.ledger.ready")}
        </MessageBarBody>
      </MessageBar>
      {problems.length > 0 && (
        <ul className={styles.list} aria-label={m.t("pane.problems")}>
          {problems.map((p, i) => {
            const place = p.source && report.places?.get(p.source.table);
            return (
              <li key={i}>
                <Text>{m.labelled(p)}</Text>
                {place && goTo && p.source && (
                  <Button
                    size="small"
                    appearance="transparent"
                    style={{ marginLeft: 4 }}
                    aria-label={m.t("pane.ledger.goToLabel", { table: p.source.table, row: String(p.source.row) })}
                    onClick={() => void goTo({ ...place, row: p.source!.row, column: p.source!.column })}
                  >
                    {m.t("pane.ledger.goTo")}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {toAdd.length > 0 && (
        <div>
          <Text weight="semibold">{m.t("pane.ledger.addToExport")}</Text>
          <ul className={styles.list} aria-label={m.t("pane.ledger.columnsToAdd")}>
            {toAdd.map((a) => (
              <AdviceItem key={`${a.table}|${a.column}`} advice={a} />
            ))}
          </ul>
        </div>
      )}

      {report.itemLedgerEntries !== null && (
        <ul className={styles.list} aria-label={m.t("pane.ledger.counts")}>
          <li>{m.t("pane.ledger.items", { count: report.items ?? 0 })}</li>
          <li>{m.t("pane.ledger.itemLedgerEntries", { count: report.itemLedgerEntries })}</li>
          <li>{m.t("pane.ledger.valueEntries", { count: report.valueEntries ?? 0 })}</li>
          {report.postingDates && (
            <li>
              {m.t("pane.ledger.postingDates", {
                from: m.date(report.postingDates.from),
                to: m.date(report.postingDates.to),
              })}
            </li>
          )}
        </ul>
      )}

      {/* The details, folded once the ledger is ready: where each table was found, the setup in force. */}
      <Accordion collapsible multiple defaultOpenItems={report.ready ? [] : ["details"]}>
        <AccordionItem value="details">
          <AccordionHeader>{m.t("pane.ledger.details")}</AccordionHeader>
          <AccordionPanel>
            <Table size="small" aria-label={m.t("pane.ledger.tablesFound")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{m.t("pane.ledger.table")}</TableHeaderCell>
                  <TableHeaderCell>{m.t("pane.ledger.foundOn")}</TableHeaderCell>
                  <TableHeaderCell className={styles.number}>{m.t("pane.ledger.rows")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.tables.map((t) => (
                  <TableRow key={t.name}>
                    <TableCell>{m.caption(t.name)}</TableCell>
                    <TableCell>{t.sheet ?? m.t("pane.ledger.notFound")}</TableCell>
                    <TableCell className={styles.number}>{t.sheet ? m.count(t.rows) : "-"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {report.ledger && <SetupInForce ledger={report.ledger} />}
          </AccordionPanel>
        </AccordionItem>
        {folded.length > 0 && (
          <AccordionItem value="derived">
            <AccordionHeader>{m.t("pane.ledger.folded", { count: folded.length })}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} aria-label={m.t("pane.ledger.derivedColumns")}>
                {folded.map((a) => (
                  <AdviceItem key={`${a.table}|${a.column}`} advice={a} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </>
  );
}

/** One thing the export lacks: what the tool does without it, and how to export it from Business Central. */
function AdviceItem({ advice: a }: { readonly advice: ColumnAdvice }): React.JSX.Element {
  const styles = useStyles();
  const m = useMessages();
  const { what, toExport } = adviceLine(a, m);
  return (
    <li>
      <Text>{what}</Text>
      <Text size={200} className={styles.how}>
        {toExport}
      </Text>
    </li>
  );
}

/** The setup the ledger is costed with: from the workbook's setup tables, or Business Central's defaults. */
function SetupInForce({ ledger }: { readonly ledger: Ledger }): React.JSX.Element {
  const styles = useStyles();
  const m = useMessages();
  const s = ledger.setup;
  const years = ledger.accountingPeriods.filter((p) => p.newFiscalYear).length;
  const field = (label: string, value: string) => m.t("field", { label: m.caption(label), value });
  return (
    <div>
      <Text weight="semibold">{m.t("check.setup")}</Text>
      <ul className={styles.list} aria-label={m.t("check.setup")}>
        <li>{field("Average Cost Period", m.enumCaption("averageCostPeriod", s.averageCostPeriod))}</li>
        <li>{field("Average Cost Calc. Type", m.enumCaption("averageCostCalcType", s.averageCostCalcType))}</li>
        <li>
          {m.t("pane.ledger.rounding", {
            amount: m.decimal(formatExact(s.amountRoundingPrecision)),
            unitAmount: m.decimal(formatExact(s.unitAmountRoundingPrecision)),
          })}
        </li>
        <li>
          {field(
            "Allow Posting From",
            s.allowPostingFrom ? m.date(s.allowPostingFrom) : m.t("pane.ledger.noRestriction"),
          )}
        </li>
        <li>
          {ledger.accountingPeriods.length === 0
            ? m.t("pane.ledger.noPeriods")
            : m.t("pane.ledger.periods", { count: ledger.accountingPeriods.length, years })}
        </li>
      </ul>
    </div>
  );
}

// Map columns (Ledger step): for a table whose headers the caption lists do not know, the user picks, for each
// column not found by its name, the header that holds it. Saved in the workbook's "Costing Column Map" sheet
// (Table, Column, Header), which every later read uses: the pane's and the command line's.
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  COLUMN_MAP_SHEET,
  ColumnMap,
  MAPPABLE_TABLES,
  mappingChoices,
  saveColumnMappings,
  type MappingChange,
  type TableChoices,
} from "../workbook/columnMap";
import type { LedgerReport } from "./ledgerReport";
import { useJob, type OpenPort } from "./work";
import { useMessages } from "./messages";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The tables that have something to map: a column not found by its name and a header no column knows. */
export function tablesToMap(report: LedgerReport): (TableChoices & { readonly sheet: string })[] {
  const map = report.columnMap ?? ColumnMap.EMPTY;
  const out: (TableChoices & { readonly sheet: string })[] = [];
  for (const schema of MAPPABLE_TABLES) {
    const headers = report.headers?.get(schema.caption);
    const sheet = report.tables.find((t) => t.name === schema.caption)?.sheet;
    if (!headers || !sheet) continue;
    const choices = mappingChoices(schema, headers, map);
    const mapped = choices.columns.some((c) => c.header !== null);
    const pickable = choices.columns.length > 0 && choices.headers.length > 0;
    if (pickable || mapped || choices.missingRequired.length > 0) out.push({ ...choices, sheet });
  }
  return out;
}

const keyOf = (table: string, column: string): string => `${table}\u0000${column}`;

/** No header left to pick and nothing mapped: only adding the column to the export helps. */
const nothingToPick = (t: TableChoices): boolean => t.headers.length === 0 && t.columns.every((c) => c.header === null);

export function ColumnMapping({
  report,
  open,
  onStart,
  onSaved,
}: {
  readonly report: LedgerReport;
  readonly open: OpenPort;
  /** Told when a save starts (the last message is out of date). */
  readonly onStart?: () => void;
  /** Told what was saved; the ledger is read again. */
  readonly onSaved: (summary: string) => void;
}): React.JSX.Element | null {
  const styles = useStyles();
  const m = useMessages();
  const tables = React.useMemo(() => tablesToMap(report), [report]);
  const initial = React.useMemo(() => {
    const m = new Map<string, string>();
    for (const t of tables) for (const c of t.columns) m.set(keyOf(t.table, c.column), c.header ?? "");
    return m;
  }, [tables]);
  const required = tables.some((t) => t.missingRequired.length > 0);
  const [expanded, setExpanded] = React.useState(required);
  const [draft, setDraft] = React.useState(initial);
  const [invalid, setInvalid] = React.useState<string | null>(null);
  const job = useJob(open);

  React.useEffect(() => {
    setDraft(initial);
    setInvalid(null);
  }, [initial]);
  // Each new read: open when a required column is missing, else folded (the notice says what was saved).
  React.useEffect(() => setExpanded(required), [tables, required]);

  if (tables.length === 0) return null;

  const changes: MappingChange[] = [];
  for (const [key, header] of draft) {
    if (header === initial.get(key)) continue;
    const [table, column] = key.split("\u0000");
    changes.push({ table, column, header: header === "" ? null : header });
  }

  const save = async () => {
    for (const t of tables) {
      const byHeader = new Map<string, string>();
      for (const c of t.columns) {
        const h = draft.get(keyOf(t.table, c.column)) ?? "";
        if (h === "") continue;
        const other = byHeader.get(h);
        if (other) {
          setInvalid(
            m.t("pane.map.twice", {
              table: m.caption(t.table),
              header: h,
              first: m.caption(other),
              second: m.caption(c.column),
            }),
          );
          return;
        }
        byHeader.set(h, c.column);
      }
    }
    setInvalid(null);
    onStart?.();
    const saved = await job.run(m.t("pane.map.saving"), async (ctx) => {
      ctx.writing(m.t("pane.map.writing", { sheet: COLUMN_MAP_SHEET }));
      await saveColumnMappings(ctx.port, changes);
      return true;
    });
    if (saved) {
      const what = changes.map((c) => {
        const said = { table: m.caption(c.table), column: m.caption(c.column) };
        return c.header === null
          ? m.t("pane.map.unmapped", said)
          : m.t("pane.map.mapped", { ...said, header: c.header });
      });
      onSaved(m.t("pane.map.saved", { sheet: COLUMN_MAP_SHEET, changes: what.join("; ") }));
    }
  };

  return (
    <section className={styles.section} aria-label={m.t("pane.map.label")}>
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          aria-expanded={expanded}
          aria-controls="map-columns"
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? m.t("pane.map.hide") : m.t("pane.map.show")}
        </Button>
      </div>
      {expanded && (
        <div id="map-columns" className={styles.section}>
          <Text>{m.t(required ? "pane.map.introRequired" : "pane.map.intro", { sheet: COLUMN_MAP_SHEET })}</Text>
          {tables.map((t) => (
            <fieldset key={t.table} className={styles.table}>
              <legend className={styles.legend}>
                {m.t("pane.map.legend", { table: m.caption(t.table), sheet: t.sheet })}
              </legend>
              {nothingToPick(t) && <Text>{m.t("pane.map.nothingToPick")}</Text>}
              {!nothingToPick(t) &&
                t.columns.map((c) => {
                  const key = keyOf(t.table, c.column);
                  const value = draft.get(key) ?? "";
                  const options = [...t.headers];
                  if (c.header && !options.includes(c.header)) options.push(c.header);
                  return (
                    <Field
                      key={key}
                      label={
                        c.required ? m.t("pane.map.required", { column: m.caption(c.column) }) : m.caption(c.column)
                      }
                      validationState={c.stale ? "warning" : c.required && value === "" ? "error" : "none"}
                      validationMessage={
                        c.stale
                          ? m.t("pane.map.stale", { header: c.header ?? "" })
                          : c.required && value === ""
                            ? m.t("pane.map.notFound")
                            : undefined
                      }
                    >
                      <Select
                        value={value}
                        onChange={(_, data) => setDraft((d) => new Map(d).set(key, data.value))}
                        disabled={job.busy}
                      >
                        <option value="">{m.t("pane.map.notMapped")}</option>
                        {options.map((h) => (
                          <option key={h} value={h}>
                            {h}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  );
                })}
            </fieldset>
          ))}
          {invalid && (
            <MessageBar intent="error">
              <MessageBarBody>{invalid}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void save()} disabled={job.busy || changes.length === 0}>
              {m.t("pane.map.save")}
            </Button>
          </div>
          {job.view}
        </div>
      )}
    </section>
  );
}

// Import from file (Ledger step): an export that is not in the workbook yet (.xlsx or .csv) is read in the
// pane, its ledger tables found as the readers find them, and each written into a new sheet named by the
// table's caption, in blocks with a progress bar. A sheet or table the workbook has already is never written
// over: the import is refused, naming the sheet, before anything is written.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { importTables, type ImportResult } from "../workbook/importTables";
import { readImportFile, type ReadImportFile } from "./importFile";
import { useJob, type OpenPort } from "./work";
import type { Messages } from "../i18n";
import { PANE_ENGLISH, useMessages } from "./messages";
import { COLUMN_MAP_SHEET } from "../workbook/columnMap";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** "Item Ledger Entries (1,200 rows, from "Export")" for each table imported. */
export function importSummary(fileName: string, result: ImportResult, m: Messages = PANE_ENGLISH): string {
  const tables = result.tables
    .map((t) =>
      t.from !== t.table
        ? m.t("pane.import.tableFrom", { table: t.table, count: t.rows, from: t.from })
        : m.t("pane.import.table", { table: t.table, count: t.rows }),
    )
    .join(", ");
  return result.mappingAdded
    ? m.t("pane.import.summaryMapping", { file: fileName, tables, sheet: COLUMN_MAP_SHEET })
    : m.t("pane.import.summary", { file: fileName, tables });
}

export function ImportFile({
  open,
  readFile = readImportFile,
  disabled = false,
  primary = false,
  onStart,
  onImported,
}: {
  readonly open: OpenPort;
  /** Reads the picked file into sheets (ExcelJS for .xlsx, the CSV parser for .csv). */
  readonly readFile?: ReadImportFile;
  readonly disabled?: boolean;
  /** The step's first action (a workbook without a ledger yet). */
  readonly primary?: boolean;
  /** Told when an import starts (the last one's message is out of date). */
  readonly onStart?: () => void;
  /** Told what was imported; the ledger is read again. */
  readonly onImported: (summary: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const m = useMessages();
  const input = React.useRef<HTMLInputElement>(null);
  const job = useJob(open);

  const importFile = async (file: File) => {
    onStart?.();
    const result = await job.run(m.t("pane.import.importing", { file: file.name }), async (ctx) => {
      await ctx.step(m.t("pane.import.reading", { file: file.name }));
      const sheets = await readFile(file);
      await ctx.step(m.t("pane.import.looking", { file: file.name }));
      return importTables(ctx.port, sheets, {
        fileName: file.name,
        onWrite: () => ctx.writing(m.t("pane.import.writing", { file: file.name })),
      });
    });
    if (result) onImported(importSummary(file.name, result, m));
  };

  return (
    <div className={styles.block}>
      <div>
        <Button
          appearance={primary ? "primary" : "secondary"}
          onClick={() => input.current?.click()}
          disabled={disabled || job.busy}
        >
          {m.t("pane.import.button")}
        </Button>
      </div>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv"
        aria-label={m.t("pane.import.label")}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ""; // the same file can be chosen again
          if (file) void importFile(file);
        }}
      />
      <Text size={200} className={styles.hint}>
        {m.t("pane.import.hint")}
      </Text>
      {job.view}
    </div>
  );
}

// Import from file (Ledger step): an export that is not in the workbook yet (.xlsx or .csv) is read in the
// pane, its ledger tables found as the readers find them, and each written into a new sheet named by the
// table's caption, in blocks with a progress bar. A sheet or table the workbook has already is never written
// over: the import is refused, naming the sheet, before anything is written.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { importTables, type ImportResult } from "../workbook/importTables";
import { readImportFile, type ReadImportFile } from "./importFile";
import { useJob, type OpenPort } from "./work";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

const fmt = (n: number): string => n.toLocaleString("en-US");

/** "Item Ledger Entries (1,200 rows, from "Export")" for each table imported. */
export function importSummary(fileName: string, result: ImportResult): string {
  const tables = result.tables.map(
    (t) =>
      `${t.table} (${fmt(t.rows)} ${t.rows === 1 ? "row" : "rows"}${t.from !== t.table ? `, from "${t.from}"` : ""})`,
  );
  return (
    `Imported from ${fileName} into new sheets: ${tables.join(", ")}.` +
    (result.mappingAdded ? ' The file\'s column mapping was added to the sheet "Costing Column Map".' : "")
  );
}

export function ImportFile({
  open,
  readFile = readImportFile,
  disabled = false,
  onStart,
  onImported,
}: {
  readonly open: OpenPort;
  /** Reads the picked file into sheets (ExcelJS for .xlsx, the CSV parser for .csv). */
  readonly readFile?: ReadImportFile;
  readonly disabled?: boolean;
  /** Told when an import starts (the last one's message is out of date). */
  readonly onStart?: () => void;
  /** Told what was imported; the ledger is read again. */
  readonly onImported: (summary: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const job = useJob(open);

  const importFile = async (file: File) => {
    onStart?.();
    const result = await job.run(`Importing ${file.name}`, async (ctx) => {
      await ctx.step(`Reading ${file.name}...`);
      const sheets = await readFile(file);
      await ctx.step(`Looking for the ledger tables in ${file.name}...`);
      return importTables(ctx.port, sheets, {
        fileName: file.name,
        onWrite: () => ctx.writing(`Writing the tables of ${file.name}...`),
      });
    });
    if (result) onImported(importSummary(file.name, result));
  };

  return (
    <div className={styles.block}>
      <div>
        <Button onClick={() => input.current?.click()} disabled={disabled || job.busy}>
          Import from file...
        </Button>
      </div>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv"
        aria-label="Import from file"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ""; // the same file can be chosen again
          if (file) void importFile(file);
        }}
      />
      <Text size={200} className={styles.hint}>
        An export not in this workbook yet (.xlsx or .csv): each ledger table in it goes into a new sheet named after
        the table.
      </Text>
      {job.view}
    </div>
  );
}

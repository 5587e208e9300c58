// npm run bench -- --profile excel [--sizes 200000]: reading and appending through the Office.js adapter
// (src/excel/officeWorkbook.ts) on the in-memory Excel (src/preview/fakeExcel.ts), which refuses a request or a
// response over Excel on the web's 5 MB, as Excel does. The distributor profile's export (test/bench/distributor.ts)
// is put into worksheets as Business Central's "Open in Excel" leaves it: one Excel table per sheet, numbers as
// numbers, dates as date serials. Then, for each size:
//   read     loadLedger through OfficeWorkbook: every ledger table read in blocks, the ledger replayed
//   store    the same through the shared runtime's ledger store (src/excel/ledgerStore.ts), twice: the second
//            load takes nothing from Excel
//   append   Adjust Cost's new value entries appended to Value Entries (appendValueEntries)
// each with its Excel.run batches, context.sync() calls, largest request and response, blocks Excel refused,
// progress reports and wall time. One JSON line per size, then a markdown table. Times are Node's on the
// in-memory Excel: Excel's own time per request is not in them; the counts are what the add-in sends.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { adjustCostItemEntries } from "../../src/engine";
import { OfficeWorkbook } from "../../src/excel";
import { dateToSerial, DATE_FORMAT } from "../../src/excel/cells";
import { excelLedgerStore } from "../../src/excel/ledgerStore";
import { parseCsv } from "../../src/workbook/csv";
import { FakeExcel, type Scalar } from "../../src/preview/fakeExcel";
import { appendValueEntries, loadLedger } from "../../src/workbook/useCases";
import { writeDistributor } from "./distributor";

export const EXCEL_SIZES = [200_000];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** The distributor's CSV export as worksheets, one Excel table each (named as the sheet, without spaces). */
function excelOf(folder: string): FakeExcel {
  const excel = new FakeExcel();
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".csv"))) {
    const { records } = parseCsv(readFileSync(path.join(folder, file), "utf8"));
    const formats: string[][] = [];
    const rows = records.map((cells, i) => {
      const f: string[] = (formats[i] = []);
      return cells.map((text, j): Scalar | null => {
        f[j] = "General";
        if (i === 0 || text === "") return i === 0 ? text : null;
        if (ISO_DATE.test(text)) {
          f[j] = DATE_FORMAT;
          return dateToSerial(new Date(`${text}T00:00:00Z`));
        }
        // Excel holds a number as a double: what Office.js returns is what the add-in reads.
        return NUMBER.test(text) ? Number(text) : text;
      });
    });
    const name = file.replace(/\.csv$/, "");
    const sheet = excel.addSheet(name, rows, formats);
    excel.addTable(name.replace(/[^A-Za-z0-9_]/g, ""), sheet, 0, 0, rows.length, rows[0].length);
  }
  return excel;
}

interface Requests {
  readonly runs: number;
  readonly syncs: number;
  readonly maxRequestKB: number;
  readonly maxResponseKB: number;
  readonly refused: number;
  readonly progressReports: number;
  readonly seconds: number;
}

/** What one step sent to the in-memory Excel, and its wall time. */
async function counted<T>(excel: FakeExcel, progress: { reports: number }, step: () => Promise<T>) {
  excel.runs = excel.syncs = excel.maxRequest = excel.maxResponse = excel.refused = 0;
  progress.reports = 0;
  const t0 = process.hrtime.bigint();
  const result = await step();
  const requests: Requests = {
    runs: excel.runs,
    syncs: excel.syncs,
    maxRequestKB: Math.round(excel.maxRequest / 1024),
    maxResponseKB: Math.round(excel.maxResponse / 1024),
    refused: excel.refused,
    progressReports: progress.reports,
    seconds: Math.round(Number(process.hrtime.bigint() - t0) / 1e6) / 1000,
  };
  return { result, requests };
}

async function measure(size: number, seed: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "costing-excel-bench-"));
  try {
    const summary = writeDistributor(path.join(dir, "export"), size, seed);
    const excel = excelOf(summary.folder);
    const progress = { reports: 0 };
    const onProgress = () => void progress.reports++;
    const workbook = () => new OfficeWorkbook({ run: excel.run, onProgress });

    const read = await counted(excel, progress, () => loadLedger(workbook()));
    const { ledger, valueEntriesTable, problems } = read.result;
    const errors = problems.filter((p) => p.severity === "error");
    if (!ledger || errors.length > 0) throw new Error(`the export does not load: ${errors[0]?.message ?? "no ledger"}`);

    const store = excelLedgerStore(excel.run);
    const storeFirst = await counted(excel, progress, () => loadLedger(store.port(workbook())));
    const storeAgain = await counted(excel, progress, () => loadLedger(store.port(workbook())));

    const created = adjustCostItemEntries(ledger).newValueEntries;
    const append = await counted(excel, progress, () =>
      appendValueEntries(workbook(), ledger, created, valueEntriesTable),
    );
    return {
      profile: "excel",
      size,
      valueEntries: summary.valueEntries,
      itemLedgerEntries: summary.itemLedgerEntries,
      payloadLimitKB: excel.payloadLimit / 1024,
      read: read.requests,
      storeFirstRead: storeFirst.requests,
      storeSecondRead: storeAgain.requests,
      appendedRows: created.length,
      append: append.requests,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Measured = Awaited<ReturnType<typeof measure>>;

function table(results: readonly Measured[]): string {
  const cell = (r: Requests) =>
    `${r.runs} runs, ${r.syncs} syncs, ≤ ${r.maxResponseKB} KB back / ${r.maxRequestKB} KB sent, ` +
    `${r.refused} refused, ${r.progressReports} progress, ${r.seconds.toFixed(1)} s`;
  const lines = [
    "| value entries (item ledger entries) | read (loadLedger) | store: first read | store: second read | append |",
    "|---|---|---|---|---|",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.valueEntries.toLocaleString("en-US")} (${r.itemLedgerEntries.toLocaleString("en-US")}) | ` +
        `${cell(r.read)} | ${cell(r.storeFirstRead)} | ${cell(r.storeSecondRead)} | ` +
        `${r.appendedRows.toLocaleString("en-US")} rows: ${cell(r.append)} |`,
    );
  }
  return lines.join("\n");
}

/** The excel profile: one JSON line per size, then the markdown table. 0 when every size ran. */
export async function runExcelProfile(sizes: readonly number[], seed: number): Promise<number> {
  const results: Measured[] = [];
  for (const size of sizes) {
    const r = await measure(size, seed);
    process.stdout.write(JSON.stringify(r) + "\n");
    results.push(r);
  }
  process.stdout.write(`\n${table(results)}\n`);
  return 0;
}

// The task pane's entry: when Office is ready, read the open workbook through the Office.js adapter and the
// ledger store of the shared runtime: what the pane reads and writes there, the custom functions see without
// reading the tables again (src/excel/ledgerStore.ts).
import * as React from "react";
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../excel";
import { selectCell } from "../excel/goTo";
import { watchJournal } from "../excel/journalWatch";
import { readSelectedCell } from "../excel/selectedCell";
import { sharedLedgerStore } from "../excel/ledgerStore";
import { ledgerChanged } from "../excel/ledgerSignal";
import { App, isDarkBackground } from "./App";
import { readLedgerReport } from "./ledgerReport";
import type { LoadLedger } from "./LedgerStep";
import type { OpenPort } from "./work";
import { messages, officeLocale, type Messages } from "../i18n";

// The pane reads and writes through the ledger store it shares with the COSTING functions.
const load: LoadLedger = async (onProgress, choice, fresh) => {
  const store = sharedLedgerStore();
  if (fresh) store.clear();
  const report = await readLedgerReport(store.port(new OfficeWorkbook({ onProgress })), choice);
  if (fresh) ledgerChanged(); // the functions answer from what was just read
  return report;
};
const open: OpenPort = (onProgress) => sharedLedgerStore().port(new OfficeWorkbook({ onProgress }));

function NotInExcel({ messages: m }: { readonly messages: Messages }): React.JSX.Element {
  return <p style={{ fontFamily: "Segoe UI, sans-serif", padding: 12 }}>{m.t("pane.notInExcel")}</p>;
}

void Office.onReady((info) => {
  const root = createRoot(document.getElementById("container")!);
  // Excel's display language (de-DE, sv-SE, ...): the pane's words and its numbers' and dates' forms.
  const m = messages(officeLocale(Office.context?.displayLanguage));
  if (info.host !== Office.HostType.Excel) {
    root.render(<NotInExcel messages={m} />);
    return;
  }
  const dark = isDarkBackground(Office.context.officeTheme?.bodyBackgroundColor);
  root.render(
    <App
      load={load}
      open={open}
      goTo={(place) => selectCell(place)}
      watch={(recompute) => watchJournal(recompute)}
      selection={() => readSelectedCell()}
      dark={dark}
      messages={m}
    />,
  );
});

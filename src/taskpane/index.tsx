// The task pane's entry: when Office is ready, read the open workbook through the Office.js adapter. Every
// write the pane makes to the ledger tables says so to the custom functions in the same runtime, whose copy of
// the ledger is then read again (signallingLedgerWrites).
import * as React from "react";
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../excel";
import { selectCell } from "../excel/goTo";
import { watchJournal } from "../excel/journalWatch";
import { signallingLedgerWrites } from "../functions/ledgerSignal";
import { App, isDarkBackground } from "./App";
import { readLedgerReport } from "./ledgerReport";
import type { LoadLedger } from "./LedgerStep";
import type { OpenPort } from "./work";
import { messages, officeLocale, type Messages } from "../i18n";

const load: LoadLedger = (onProgress, choice) => readLedgerReport(new OfficeWorkbook({ onProgress }), choice);
const open: OpenPort = (onProgress) => signallingLedgerWrites(new OfficeWorkbook({ onProgress }));

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
      dark={dark}
      messages={m}
    />,
  );
});

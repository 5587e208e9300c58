// The task pane: Fluent UI's light or dark theme (following Office's), and the steps. Only Ledger exists yet.
import * as React from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { LedgerStep, type LoadLedger } from "./LedgerStep";

export function App({ load, dark = false }: { readonly load: LoadLedger; readonly dark?: boolean }): React.JSX.Element {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      <main>
        <LedgerStep load={load} />
      </main>
    </FluentProvider>
  );
}

/** True when Office's theme has a dark background ("#1f1f1f" and the like). */
export function isDarkBackground(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

// What the browser test and the preview server tell the fake Office.js (fakeOffice.ts) and read back from it,
// and Office's themes. Shared by the page script and the test; nothing here runs at import.
import type { FakeExcel } from "./fakeExcel";
import type { WorkbookJson } from "./workbookJson";

export interface OfficeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

export interface FakeOfficeConfig {
  /** Office.onReady's host: "Excel", or null as when the page is opened outside Office. */
  readonly host: string | null;
  readonly platform: string | null;
  readonly theme: OfficeTheme;
  /** Office.context.displayLanguage: Excel's display language ("en-US", "de-DE"), the pane's language. */
  readonly displayLanguage: string;
  readonly workbook: WorkbookJson;
}

/** What the test can read back from the page. */
export interface FakeOfficeState {
  readonly excel: FakeExcel;
  readonly functions: Record<string, (...args: unknown[]) => unknown>;
  /** Office.js calls the fake does not model, by name: the pane used something the fake lacks. */
  readonly unsupported: string[];
}

export const LIGHT_THEME: OfficeTheme = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
};

export const DARK_THEME: OfficeTheme = {
  bodyBackgroundColor: "#1F1F1F",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#292929",
  controlForegroundColor: "#FFFFFF",
};

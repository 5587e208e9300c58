// The fake Office.js of the preview and the browser test: bundled by src/preview/build.js into fake-office.js,
// which stands in for Microsoft's office.js (the CDN URL the built taskpane.html references; the browser test
// answers that URL with it, `npm run preview` serves the page loading it instead). It defines what the add-in
// uses of Office.js, backed by the in-memory Excel of fakeExcel.ts (Office.js's load/sync rules, payload limits,
// protection) holding the workbook the test or the preview server injected:
//
//   Office.onReady(cb)      resolves { host, platform } once the page's DOM is ready (host "Excel" unless the
//                           test says otherwise, e.g. null as outside Office)
//   Office.HostType, Office.PlatformType, Office.context (host, platform, officeTheme, displayLanguage,
//                           requirements)
//   Excel.run(batch)        one FakeExcel request context per run
//   Excel.EventSource, Excel.EventType, Excel.DataChangeType   the enums change event handlers compare with
//   CustomFunctions.associate(id, fn), CustomFunctions.Error, CustomFunctions.ErrorCode
//
// The test (an init script) or the preview server (the script it serves) sets window.__fakeOfficeConfig before
// this runs; the fake exposes window.__fakeOffice (the FakeExcel, the associated functions, the calls it does not
// model) for the test and the preview's workbook view.
import type { FakeOfficeConfig, FakeOfficeState } from "./officeConfig";
import { workbookFromJson } from "./workbookJson";

const HOST_TYPE = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};

const PLATFORM_TYPE = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
};

type Globals = Record<string, unknown> & {
  __fakeOfficeConfig?: FakeOfficeConfig;
  __fakeOffice?: FakeOfficeState;
};

function install(g: Globals): void {
  const config = g.__fakeOfficeConfig;
  if (!config) throw new Error("fake office.js: window.__fakeOfficeConfig was not set before the page loaded");
  const state: FakeOfficeState = { excel: workbookFromJson(config.workbook), functions: {}, unsupported: [] };
  g.__fakeOffice = state;
  const info = { host: config.host, platform: config.platform };

  const domReady = new Promise<void>((resolve) => {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => resolve());
    else resolve();
  });

  g.Office = {
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    context: {
      host: config.host,
      platform: config.platform,
      officeTheme: config.theme,
      displayLanguage: config.displayLanguage,
      contentLanguage: "en-US",
      requirements: { isSetSupported: (): boolean => config.host !== null },
    },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return domReady.then(() => {
        callback?.(info);
        return info;
      });
    },
    set initialize(_fn: unknown) {
      state.unsupported.push("Office.initialize"); // the add-in uses Office.onReady (lint: no-office-initialize)
    },
  };

  g.Excel = {
    EventSource: { local: "Local", remote: "Remote" },
    EventType: { worksheetChanged: "WorksheetChanged" },
    DataChangeType: {
      unknown: "Unknown",
      rangeEdited: "RangeEdited",
      rowInserted: "RowInserted",
      rowDeleted: "RowDeleted",
      columnInserted: "ColumnInserted",
      columnDeleted: "ColumnDeleted",
      cellInserted: "CellInserted",
      cellDeleted: "CellDeleted",
    },
    run(...args: unknown[]): Promise<unknown> {
      const batch = args[args.length - 1];
      if (args.length !== 1 || typeof batch !== "function") {
        state.unsupported.push("Excel.run(object, batch)");
        return Promise.reject(new Error("fake office.js: only Excel.run(batch) is modelled"));
      }
      return state.excel.run(batch as (context: Excel.RequestContext) => Promise<unknown>);
    },
  };

  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  g.CustomFunctions = {
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === "string") state.functions[id.toUpperCase()] = fn!;
      else for (const [k, f] of Object.entries(id)) state.functions[k.toUpperCase()] = f;
    },
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

install(globalThis as unknown as Globals);

// The preview's stand-in for Excel's grid (`npm run preview`, src/preview/server.ts): beside the task pane, the
// in-memory workbook the fake Office.js holds (window.__fakeOffice), one tab per sheet. It shows what the pane
// writes as it writes it (appended value entries, the Revaluation Journal, the Posting Log), selects the cell a
// problem's Go to selects, and lets a cell be typed into as in Excel (double-click or Enter): the fake raises
// the worksheet change event Excel would, so the pane follows an edit of the journal as it does in Excel.
// Plain DOM, no React: it is not part of the pane.
import { columnLetters } from "../excel/cells";
import { excelSerialToIso } from "../workbook/values";
import { parseAddress, type FakeSheet } from "./fakeExcel";
import type { FakeOfficeState } from "./officeConfig";

/** Rows drawn per sheet; a bigger sheet says how many more it has. */
const MAX_ROWS = 500;

/** Arrow keys move between cells, as in Excel's grid. */
const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

const isDateFormat = (f: string): boolean => /[yd]/i.test(f.replace(/"[^"]*"|\[[^\]]*\]/g, ""));

/** A cell as Excel shows it, roughly: dates as ISO dates, numbers with their format's decimals ("#,##0.00###"). */
function shown(value: unknown, format: string): string {
  if (value === "" || value === undefined || value === null) return "";
  if (typeof value === "number" && isDateFormat(format)) {
    const iso = excelSerialToIso(value);
    if (iso.ok) return iso.value;
  }
  const places = /0\.(0*)(#*)/.exec(format);
  if (typeof value === "number" && places) {
    const min = places[1].length;
    const useGrouping = format.includes(",");
    return value.toLocaleString("en-US", {
      minimumFractionDigits: min,
      maximumFractionDigits: min + places[2].length,
      useGrouping,
    });
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) {
  return Object.assign(document.createElement(tag), props);
}

const STYLE = `
  #preview-workbook { font-size: 12px; display: flex; flex-direction: column; overflow: hidden; }
  #preview-workbook [role=tablist] { background: #f3f3f3; padding: 4px; display: flex; flex-wrap: wrap; gap: 4px;
    border-bottom: 1px solid #c8c8c8; }
  #preview-workbook .grid { flex: 1; overflow: auto; }
  #preview-workbook [role=tab] { font: inherit; padding: 2px 8px; border: 1px solid #c8c8c8; background: #fff; }
  #preview-workbook [role=tab][aria-selected=true] { background: #107c41; color: #fff; }
  #preview-workbook p { margin: 4px 8px; color: #444; }
  #preview-workbook table { border-collapse: collapse; margin: 0 8px 8px; }
  #preview-workbook th, #preview-workbook td { border: 1px solid #e1e1e1; padding: 1px 4px; white-space: nowrap; }
  #preview-workbook th { background: #f3f3f3; font-weight: normal; color: #444; }
  #preview-workbook thead th { position: sticky; top: 0; height: 18px; z-index: 1; }
  #preview-workbook tr.captions > * { position: sticky; top: 21px; z-index: 1; background: #e8f3ec; }
  #preview-workbook td.table { background: #f4faf6; }
  #preview-workbook td.header { font-weight: 600; }
  #preview-workbook td.changed { background: #fff4ce; }
  #preview-workbook td:focus, #preview-workbook td.selected { outline: 2px solid #107c41; outline-offset: -2px; }
`;

function mount(root: HTMLElement, state: FakeOfficeState): void {
  const { excel } = state;
  let current = excel.sheets[0]?.name ?? "";
  let drawn = "";
  let lastSelected = "";
  /** The change events seen, and the cells of the last one (the pane's last write, or a cell typed). */
  let eventsSeen = excel.changeEvents.length;
  let changed: { sheet: FakeSheet; row: number; col: number; rows: number; cols: number } | null = null;
  let focused: string | null = null;
  document.head.append(el("style", { textContent: STYLE }));
  const view = root;

  const edit = (sheet: FakeSheet, address: string, before: string): void => {
    const typed = window.prompt(`${sheet.name}!${address}: type a value (as in Excel)`, before);
    if (typed === null) return;
    try {
      excel.userEdit(sheet.name, address, typed);
    } catch (e) {
      window.alert(e instanceof Error ? e.message : String(e));
    }
    draw(true);
  };

  function draw(force = false): void {
    const event = excel.changeEvents.length > eventsSeen ? excel.changeEvents[excel.changeEvents.length - 1] : null;
    eventsSeen = excel.changeEvents.length;
    const changedSheet = event && excel.sheets.find((s) => s.id === event.worksheetId);
    if (event && changedSheet) {
      changed = { sheet: changedSheet, ...parseAddress(event.address) }; // what was written is shown
      current = changedSheet.name;
    }
    const selection = excel.selection;
    const selected = selection ? `${selection.sheet}!${selection.address}` : "";
    if (selection && selected !== lastSelected) current = selection.sheet; // Go to shows its sheet
    const reveal = Boolean(changedSheet) || selected !== lastSelected;
    lastSelected = selected;
    const key = [excel.syncs, excel.changeEvents.length, excel.sheets.length, current, selected].join("|");
    if (!force && key === drawn) return;
    drawn = key;
    const sheet = excel.sheets.find((s) => s.name === current) ?? excel.sheets[0];
    const hadFocus = view.contains(document.activeElement);
    view.replaceChildren();
    const tabs = view.appendChild(el("div", { role: "tablist", ariaLabel: "Sheets" } as Partial<HTMLDivElement>));
    for (const s of excel.sheets) {
      const tab = tabs.appendChild(el("button", { textContent: s.name, type: "button" }));
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-selected", String(s === sheet));
      tab.onclick = () => {
        current = s.name;
        focused = null;
        draw(true);
      };
    }
    if (!sheet) return;
    const tables = excel.tables.filter((t) => t.sheet === sheet);
    const used = sheet.used();
    const rows = used ? used.row + used.rows : 0;
    const cols = used ? used.col + used.cols : 0;
    const about = tables.map((t) => `Excel table ${t.name}, ${t.rows - 1} rows`).join("; ") || "No Excel table";
    view.append(el("p", { textContent: `${about}. Double-click a cell (or Enter) to type into it.` }));
    const grid = view.appendChild(el("div", { className: "grid" })).appendChild(el("table"));
    grid.setAttribute("aria-label", sheet.name);
    const head = grid.appendChild(el("thead")).appendChild(el("tr"));
    head.append(el("th"));
    for (let c = 0; c < cols; c++) head.append(el("th", { textContent: columnLetters(c) }));
    const body = grid.appendChild(el("tbody"));
    const picked = selection?.sheet === sheet.name ? selection.address.split(":")[0] : null;
    for (let r = 0; r < Math.min(rows, MAX_ROWS); r++) {
      const tr = body.appendChild(el("tr"));
      tr.append(el("th", { textContent: String(r + 1) }));
      for (let c = 0; c < cols; c++) {
        const cell = sheet.cells[r]?.[c];
        const address = `${columnLetters(c)}${r + 1}`;
        const text = shown(cell?.value, cell?.format ?? "General");
        const td = tr.appendChild(el("td", { textContent: text, tabIndex: -1 }));
        const table = tables.find((t) => r >= t.row && r < t.row + t.rows && c >= t.col && c < t.col + t.cols);
        if (table) td.className = r === table.row ? "table header" : "table";
        if (table && r === table.row && r === 0) tr.className = "captions"; // the header row stays in sight
        if (address === picked) td.classList.add("selected");
        if (changed?.sheet === sheet && r >= changed.row && r < changed.row + changed.rows) {
          if (c >= changed.col && c < changed.col + changed.cols) td.classList.add("changed");
        }
        if (address === focused || (!focused && r === 0 && c === 0)) td.tabIndex = 0;
        td.onfocus = () => (focused = address);
        td.ondblclick = () => edit(sheet, address, text);
        td.onkeydown = (e) => {
          if (e.key === "Enter") return edit(sheet, address, text);
          const [dr, dc] = MOVES[e.key] ?? [0, 0];
          const next = body.rows[r + dr]?.cells[c + 1 + dc]; // cells[0] is the row number
          if (!next || (dr === 0 && dc === 0)) return;
          e.preventDefault();
          td.tabIndex = -1;
          next.tabIndex = 0;
          next.focus();
        };
      }
    }
    if (rows > MAX_ROWS) grid.after(el("p", { textContent: `${rows - MAX_ROWS} more rows not shown.` }));
    if (reveal)
      body
        .querySelector<HTMLElement>("td.selected, td.changed")
        ?.scrollIntoView({ block: "center", inline: "nearest" });
    if (hadFocus) body.querySelector<HTMLElement>("td[tabindex='0']")?.focus(); // drawn again under the cursor
  }

  draw(true);
  // The fake counts every sync: the view is drawn again after the pane (or an edit) changed something.
  window.setInterval(() => draw(), 300);
}

const root = document.getElementById("preview-workbook");
const state = (window as unknown as { __fakeOffice?: FakeOfficeState }).__fakeOffice;
if (root && state) mount(root, state);

// Costing Method (table 27 Item, field "Costing Method") of every item of the ledger: the one the workbook's
// Items table gives, or the one the user chose explicitly for the items it gives none; never a guess. Business
// Central's Item List (page 31) hides Costing Method, Standard Cost and Last Direct Cost by default, so an export
// of it often lacks them: an item whose costing method is not in the workbook (no Items table, no Costing Method
// column, an empty cell, or the item not in the table) stops costing, unless the user chose one for them.
import { COSTING_METHODS, type CostingMethod, type Item, type MessageText, type Problem } from "../engine/model";
import { ZERO } from "../engine/money";
import { ENGLISH_MESSAGES, type MessageKey, type Messages } from "../i18n";

/** What the user chose for the items the workbook gives no costing method. */
export interface CostingMethodChoice {
  /** The costing method those items are costed with; without it they are an error. */
  readonly defaultCostingMethod?: CostingMethod;
  /**
   * The front end's words for choosing one, ending the error's last sentence "Or cost them all with one costing
   * method: ..." (a sentence of the catalogue; command line: `run the command again with --costing-method ...`).
   * Without it the sentence is left out (the COSTING functions: the workbook itself must say it).
   */
  readonly howToChoose?: MessageText;
}

/** The items the workbook gives no costing method, and what they were costed with. */
export interface CostingMethodsRead {
  /** Items of the ledger whose costing method is not in the workbook (sorted). */
  readonly missing: readonly string[];
  /** The costing method chosen for them (absent: none was, and they are an error when there are any). */
  readonly chosen?: CostingMethod;
}

/** An Items row as read: its costing method null when the column is missing or the cell empty. */
export type ItemRow = Omit<Item, "costingMethod"> & {
  readonly costingMethod: CostingMethod | null;
  /** Its row in the Items table. */
  readonly row: number;
};

/** The Items table as read: where it is and whether it has the Costing Method column; null when there is none. */
export interface ItemsTableRead {
  readonly label: string;
  readonly headerRow: number;
  readonly hasCostingMethod: boolean;
  /** Items whose row could not be read (its problems say why): not reported again here. */
  readonly unreadable: ReadonlySet<string>;
}

/** Parses a costing method as typed (--costing-method average): one of Business Central's five, in any case. */
export function parseCostingMethod(text: string): CostingMethod | undefined {
  const t = text.trim().toLowerCase();
  return COSTING_METHODS.find((m) => m.toLowerCase() === t);
}

/** A sentence of the catalogue. */
const text = (key: MessageKey, params: MessageText["params"] = {}): MessageText => ({ key, params });

/** "A, B, C" or "A, B, ... (12 more)": the first ten and how many more. */
function names(nos: readonly string[], shown = 10): string | MessageText {
  const first = nos.slice(0, shown).join(", ");
  return nos.length <= shown ? first : text("entriesMore", { entries: first, more: nos.length - shown });
}

/** An error said in sentences of the catalogue, its English message made from them. */
function sentences(said: readonly MessageText[], source?: Problem["source"]): Problem {
  return {
    severity: "error",
    message: ENGLISH_MESSAGES.problem({ message: "", said }),
    said,
    ...(source ? { source } : {}),
  };
}

/**
 * The items the engine is given, each with its costing method: as the Items table has it, or the chosen one for
 * the items of the ledger it gives none (each such case an error when none was chosen). Items listed without a
 * costing method and without entries are left out: nothing of theirs is costed.
 */
export function itemsWithCostingMethods(
  listed: ReadonlyMap<string, ItemRow>,
  table: ItemsTableRead | null,
  used: ReadonlySet<string>,
  choice: CostingMethodChoice,
  problems: Problem[],
): { items: Item[]; costingMethods: CostingMethodsRead } {
  const chosen = choice.defaultCostingMethod;
  const items: Item[] = [];
  const emptyCells: ItemRow[] = [];
  for (const row of listed.values()) {
    const { row: _row, ...item } = row;
    void _row;
    if (item.costingMethod !== null) items.push(item as Item);
    else if (used.has(item.no)) {
      if (table?.hasCostingMethod) emptyCells.push(row);
      if (chosen) items.push({ ...item, costingMethod: chosen });
    }
  }
  const notListed = [...used].filter((no) => !listed.has(no) && !table?.unreadable.has(no)).sort();
  if (chosen) for (const no of notListed) items.push(unlistedItem(no, chosen));
  const withoutColumn = table && !table.hasCostingMethod ? [...listed.values()].filter((r) => used.has(r.no)) : [];
  const missing = [...emptyCells.map((r) => r.no), ...withoutColumn.map((r) => r.no), ...notListed].sort();
  if (missing.length === 0) return { items, costingMethods: { missing, chosen } };

  if (chosen) {
    if (chosen === "Standard") {
      const given = new Set(missing);
      const withoutCost = items.filter((i) => given.has(i.no) && i.standardCost === null).map((i) => i.no);
      if (withoutCost.length > 0) problems.push(standardWithoutCost(table, withoutCost));
    }
    return { items, costingMethods: { missing, chosen } };
  }
  const or = choice.howToChoose ? [text("costingMethod.orChoose", { how: choice.howToChoose })] : [];
  if (!table) {
    problems.push(
      sentences([text("costingMethod.noItemsTable", { count: notListed.length, items: names(notListed) }), ...or]),
    );
    return { items, costingMethods: { missing } };
  }
  const nos = (rows: readonly ItemRow[]) => rows.map((r) => r.no).sort();
  if (withoutColumn.length > 0) {
    const items = names(nos(withoutColumn));
    const said = [text("costingMethod.noColumn", { table: table.label, count: withoutColumn.length, items }), ...or];
    problems.push(sentences(said, { table: table.label, row: table.headerRow, column: "Costing Method" }));
  }
  if (emptyCells.length > 0) {
    const rows = [...emptyCells].sort((a, b) => a.row - b.row);
    const shown = rows.slice(0, 10).map((r) => text("costingMethod.itemRow", { item: r.no, row: r.row }));
    const items = rows.length > 10 ? text("entriesMore", { entries: shown, more: rows.length - 10 }) : shown;
    const said = [text("costingMethod.emptyCells", { table: table.label, count: rows.length, items }), ...or];
    problems.push(sentences(said, { table: table.label, row: rows[0].row, column: "Costing Method", value: "" }));
  }
  if (notListed.length > 0) {
    const said = [
      text("costingMethod.notListed", { table: table.label, count: notListed.length, items: names(notListed) }),
      ...or,
    ];
    problems.push(sentences(said, { table: table.label, row: table.headerRow }));
  }
  return { items, costingMethods: { missing } };
}

/** An item of the entries that the Items table lacks, costed with the chosen method; its costs not known. */
function unlistedItem(no: string, costingMethod: CostingMethod): Item {
  return {
    no,
    description: "",
    costingMethod,
    unitCost: ZERO,
    standardCost: null,
    lastDirectCost: null,
    blocked: false,
  };
}

/** Standard chosen for items whose Standard Cost the workbook does not give: that too would be a guess. */
function standardWithoutCost(table: ItemsTableRead | null, nos: readonly string[]): Problem {
  const said = [text("costingMethod.standardWithoutCost", { count: nos.length, items: names(nos) })];
  return sentences(said, table ? { table: table.label, row: table.headerRow, column: "Standard Cost" } : undefined);
}

/** The first lines of a report costed with a chosen costing method: which items took it. */
export function chosenCostingMethodNote(read: CostingMethodsRead, how: string, m: Messages): string | null {
  if (!read.chosen) return null;
  const method = m.enumCaption("costingMethod", read.chosen);
  const n = read.missing.length;
  if (n === 0) return m.t("costingMethod.notNeeded", { method, how });
  const list = read.missing.slice(0, 10).join(", ");
  const items = n > 10 ? m.t("entriesMore", { entries: list, more: n - 10 }) : list;
  return m.t("costingMethod.chosen", { method, how, count: n, items });
}

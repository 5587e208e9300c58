// docs/workbook-format.md says what src/workbook/schema.ts reads: every table with its Excel table name, every
// column with its kind's options and whether it is required, the Inventory Setup fields with their defaults and
// the Value Entries columns only written. A column added to the schema and not to the page fails here.
import fs from "node:fs";
import path from "node:path";
import { formatExact } from "../../src/engine/money";
import { DEFAULT_SETUP } from "../../src/workbook/setup";
import {
  ACCOUNTING_PERIODS,
  COLUMN_MAP,
  ITEM_APPLICATION_ENTRIES,
  ITEM_LEDGER_ENTRIES,
  ITEMS,
  JOURNAL_TABLES,
  LEDGER_TABLES,
  POSTING_LOG,
  REVALUATION_JOURNAL,
  REVALUATION_SCENARIOS,
  SETUP_FIELDS,
  VALUE_ENTRIES,
  VALUE_ENTRY_COPIED_COLUMNS,
  VALUE_ENTRY_ZERO_COLUMNS,
  type TableSchema,
} from "../../src/workbook/schema";

const DOC = fs.readFileSync(path.resolve(__dirname, "../../docs/workbook-format.md"), "utf8");

/** The text of a "## " or "### " section, up to the next heading of any level. */
function section(heading: string): string {
  const start = DOC.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/workbook-format.md has no heading "${heading}"`);
  const rest = DOC.slice(start + heading.length + 2);
  const next = rest.search(/^#{2,3} /m);
  return next < 0 ? rest : rest.slice(0, next);
}

/** The body rows of the first Markdown table in a text, as cells. */
function tableRows(text: string): string[][] {
  const lines = text.split("\n").filter((l) => l.startsWith("|"));
  return lines.slice(2).map((l) =>
    l
      .slice(1, -1)
      .split("|")
      .map((c) => c.trim()),
  );
}

const KINDS: Record<string, string> = { text: "text", integer: "whole number", decimal: "decimal", date: "date" };

describe("docs/workbook-format.md matches the schema", () => {
  test("the Tables table: every table with its Excel table name", () => {
    const rows = tableRows(section("## Tables"));
    const tables = [...LEDGER_TABLES, ...JOURNAL_TABLES, COLUMN_MAP];
    expect(rows.map((r) => [r[0], r[1]])).toEqual(tables.map((t) => [t.caption, `\`${t.excelName}\``]));
  });

  const withColumns: TableSchema[] = [
    ITEM_LEDGER_ENTRIES,
    VALUE_ENTRIES,
    ITEMS,
    ITEM_APPLICATION_ENTRIES,
    ACCOUNTING_PERIODS,
    REVALUATION_JOURNAL,
    POSTING_LOG,
    REVALUATION_SCENARIOS,
    COLUMN_MAP,
  ];
  test.each(withColumns.map((t) => [t.caption, t] as const))("%s: columns, kinds, required", (caption, schema) => {
    const rows = tableRows(section(`### ${caption}`));
    expect(rows.map((r) => r[0].replace(/ \(also read from a header .*\)$/, ""))).toEqual(
      schema.columns.map((c) => c.caption),
    );
    schema.columns.forEach((c, i) => {
      const [, kind, required] = rows[i];
      expect([c.caption, required === "yes"]).toEqual([c.caption, Boolean(c.required)]);
      if (c.kind.type === "enum") {
        // The options, or "as <another column>" whose kind is the same.
        if (!kind.startsWith("as ")) for (const v of c.kind.values) expect(`${c.caption}: ${kind}`).toContain(v);
      } else if (c.kind.type === "boolean") expect([c.caption, kind]).toEqual([c.caption, "Yes/No"]);
      else expect([c.caption, kind]).toEqual([c.caption, KINDS[c.kind.type]]);
    });
  });

  test("Inventory Setup: its fields, their options and Business Central's defaults", () => {
    const rows = tableRows(section("### Inventory Setup"));
    expect(rows.map((r) => r[0])).toEqual(SETUP_FIELDS.map((f) => f.caption));
    SETUP_FIELDS.forEach((f, i) => {
      const [, kind, byDefault] = rows[i];
      if (f.kind.type === "enum") for (const v of f.kind.values) expect(kind).toContain(v);
      const value = (DEFAULT_SETUP as unknown as Record<string, unknown>)[f.field];
      const shown = f.kind.type === "decimal" ? formatExact(value as bigint) : value === "" ? "none" : String(value);
      expect([f.caption, byDefault]).toEqual([f.caption, shown]);
    });
  });

  test("Value Entries: every column written only is named", () => {
    const text = section("### Value Entries").replace(/\s+/g, " ");
    const written = text.slice(text.indexOf("**Written only.**"));
    for (const c of [...VALUE_ENTRY_COPIED_COLUMNS, ...VALUE_ENTRY_ZERO_COLUMNS]) expect(written).toContain(c.caption);
  });

  test("the README points to the page in the repository, not outside it", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    expect(readme).toContain("(docs/workbook-format.md)");
    expect(readme).not.toMatch(/\.\.\/shared\/spec/);
  });
});

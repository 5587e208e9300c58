import fc from "fast-check";
import { detectDelimiter, escapeFormulaText, formatCsv, parseCsv, unescapeFormulaText } from "../../src/files/csv";

describe("CSV", () => {
  test("RFC 4180: quotes, escaped quotes, delimiters and line breaks inside fields", () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n1,,3\r\n';
    expect(parseCsv(text).records).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\r\nlines"],
      ["1", "", "3"],
    ]);
  });

  test("BOM tolerated; LF and CR line ends; no final newline", () => {
    expect(parseCsv("\uFEFFa;b\n1;2").records).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a\tb\r1\t2\r").records).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  test("delimiter detected among , ; and tab, from the header line", () => {
    expect(detectDelimiter("Entry No.;Item No.;Amount\n1;A;1,5")).toBe(";");
    expect(detectDelimiter("Entry No.\tItem No.\n")).toBe("\t");
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
    expect(detectDelimiter("single\n")).toBe(",");
    expect(parseCsv("sep=;\na;b\n1;2\n")).toEqual({
      delimiter: ";",
      records: [
        ["a", "b"],
        ["1", "2"],
      ],
      skipped: 1,
    });
  });

  test("formula-like text is escaped on write and read back as written", () => {
    expect(escapeFormulaText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(escapeFormulaText("+1")).toBe("'+1");
    expect(escapeFormulaText("@cmd")).toBe("'@cmd");
    expect(escapeFormulaText("-x")).toBe("'-x");
    expect(escapeFormulaText("-5")).toBe("-5");
    expect(escapeFormulaText("P-1")).toBe("P-1");
    expect(unescapeFormulaText("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(unescapeFormulaText("'quoted")).toBe("'quoted");
    const style = { delimiter: "," as const, decimalSeparator: "." as const, lineEnding: "\r\n" as const };
    const out = formatCsv(
      [["=SUM(A1)", -5, "-5", "a,b", 0.0000001, new Date(Date.UTC(2020, 0, 31)), true, null]],
      style,
    );
    expect(out).toBe('\'=SUM(A1),-5,-5,"a,b",0.0000001,2020-01-31,TRUE,\r\n');
    expect(parseCsv(out).records[0][0]).toBe("=SUM(A1)");
  });

  test("decimal comma: numbers written with the file's separator, quoted when it is the delimiter", () => {
    const semi = { delimiter: ";" as const, decimalSeparator: "," as const, lineEnding: "\n" as const };
    expect(formatCsv([[-1.23, 5]], semi)).toBe("-1,23;5\n");
    const comma = { ...semi, delimiter: "," as const };
    expect(formatCsv([[-1.23, 5]], comma)).toBe('"-1,23",5\n');
  });
});

describe("CSV round trip", () => {
  test("any text survives format then parse, with each delimiter", () => {
    const delimiters = [",", ";", "\t"] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string({
              unit: fc.constantFrom("a", "'", "=", "-", "+", "@", '"', ",", ";", "\t", "\r", "\n", " ", "1", ".", "é"),
            }),
            { minLength: 1, maxLength: 4 },
          ),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom(...delimiters),
        (rows, delimiter) => {
          const style = { delimiter, decimalSeparator: "." as const, lineEnding: "\r\n" as const };
          const back = parseCsv(formatCsv(rows, style), delimiter);
          // A record of one empty field is an empty line, which parses as no fields at all.
          const expected = rows.map((r) => (r.length === 1 && r[0] === "" ? [""] : r));
          expect(back.records.map((r) => (r.length === 0 ? [""] : r))).toEqual(expected);
        },
      ),
    );
  });
});

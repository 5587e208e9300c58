// A CSV file too large for one JavaScript string is decoded and parsed in pieces cut after a line end outside
// quotes (the 3M-entry profile's adjusted Value Entries file is more than 512 MB): the records are the same as
// when the file is parsed whole, in UTF-8 (with or without a BOM) and Windows-1252, quoted line breaks included.
import { parseCsv, readCsvPieces } from "../../src/files/csv";
import { encodeText } from "../../src/workbook/textEncoding";

const text = [
  "sep=;",
  "Entry No.;Description;Amount",
  '1;"two\nlines; and a ""quote""";1,50',
  "2;Größe café;-3,00",
  '3;"";0',
  '4;"a\r\nb";7',
  "5;plain;8",
  "",
].join("\r\n");

const whole = parseCsv(text);

function piecewise(bytes: Uint8Array, size: number) {
  const { pieces, encoding } = readCsvPieces("t.csv", bytes, undefined, { size });
  const first = parseCsv(pieces[0]);
  const records = [...first.records];
  for (const p of pieces.slice(1)) records.push(...parseCsv(p, first.delimiter).records);
  return { records, pieces: pieces.length, encoding, delimiter: first.delimiter, skipped: first.skipped };
}

test.each([
  ["UTF-8", encodeText(text, { name: "utf-8", bom: false })],
  ["UTF-8 with a BOM", encodeText(text, { name: "utf-8", bom: true })],
  ["Windows-1252", encodeText(text, { name: "windows-1252", bom: false })],
])("%s: every piece size gives the records of the whole file", (_, bytes) => {
  for (let size = 1; size <= bytes.length + 1; size++) {
    const r = piecewise(bytes, size);
    expect({ size, records: r.records, delimiter: r.delimiter, skipped: r.skipped }).toEqual({
      size,
      records: whole.records,
      delimiter: ";",
      skipped: 1,
    });
  }
  expect(piecewise(bytes, 8).pieces).toBeGreaterThan(3);
});

test("a later piece that is not UTF-8 makes the whole file Windows-1252, as a file read whole is", () => {
  const bytes = encodeText("No.;Name\r\n1;plain\r\n2;plain\r\n3;café\r\n", { name: "windows-1252", bom: false });
  expect(piecewise(bytes, 6).encoding).toEqual({ name: "windows-1252", bom: false });
  expect(piecewise(bytes, 6).records[3]).toEqual(["3", "café"]);
});

test("the first records alone for the header search", () => {
  const bytes = encodeText(text, { name: "utf-8", bom: false });
  const { pieces } = readCsvPieces("t.csv", bytes, undefined, { size: 20, firstOnly: true });
  expect(pieces).toHaveLength(1);
  expect(parseCsv(pieces[0]).records[0]).toEqual(["Entry No.", "Description", "Amount"]);
});

// Where a CSV file's records start in its text, so rows can be cut off the end of a file and the rows before
// kept byte for byte (a rollback of rows an interrupted post appended).
import type { Delimiter } from "./csv";

/**
 * The offset in `text` where record `index` (0-based, after a "sep=" line, as parseCsv counts them) starts, by
 * parseCsv's own rules (RFC 4180: a quote opens a quoted field only at the start of a field, "" inside one is a
 * quote); the text's length when it has no such record.
 */
export function recordStart(text: string, delimiter: Delimiter, index: number): number {
  let i = text.startsWith("\ufeff") ? 1 : 0;
  const sep = /^sep=(.)\r?\n/i.exec(text.slice(i, i + 8));
  if (sep && [",", ";", "\t"].includes(sep[1])) i += sep[0].length;
  const d = delimiter.charCodeAt(0);
  let record = 0;
  let fieldLength = 0;
  let quoted = false;
  while (record < index && i < text.length) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34 && text.charCodeAt(i + 1) === 34) {
        fieldLength++;
        i += 2;
        continue;
      }
      if (c === 34) quoted = false;
      else fieldLength++;
      i++;
    } else if (c === 34) {
      if (fieldLength === 0) quoted = true;
      else fieldLength++;
      i++;
    } else if (c === d) {
      fieldLength = 0;
      i++;
    } else if (c === 10 || c === 13) {
      record++;
      fieldLength = 0;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      fieldLength++;
      i++;
    }
  }
  return record === index ? i : text.length;
}

/** Whether two lists of records hold the same fields. */
export function sameRecords(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  return a.length === b.length && a.every((r, i) => r.length === b[i].length && r.every((f, j) => f === b[i][j]));
}

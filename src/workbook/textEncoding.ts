// The text encodings CSV files come in, found per file and kept when the file is written back: UTF-8 (with or
// without BOM, Excel's "CSV UTF-8"), UTF-16 with BOM (Excel's "Unicode Text", little- or big-endian) and
// Windows-1252 (Excel's "CSV (Comma delimited)" on Western Windows, and older exports).
// Pure (no Node API): the file adapter and the task pane's import from a file both use it.

export type EncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface TextEncoding {
  readonly name: EncodingName;
  /** Whether the file starts with a byte order mark (written back when it did). */
  readonly bom: boolean;
}

/** What new files are written in: UTF-8 with a BOM, so Excel opens them with the right characters. */
export const NEW_FILE_ENCODING: TextEncoding = { name: "utf-8", bom: true };

/** How Excel names each encoding in its Save As dialog, for messages. */
export const ENCODING_CAPTION: Record<EncodingName, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (Unicode Text)",
  "utf-16be": "UTF-16 big-endian",
  "windows-1252": 'Windows-1252 (Excel\'s "CSV (Comma delimited)")',
};

/**
 * Windows-1252's characters for the bytes 0x80-0x9F (the other bytes are Latin-1: byte = code point). The five
 * bytes Windows-1252 leaves undefined keep their C1 code point, as the WHATWG decoder does, so every byte reads
 * back to itself. Kept by hand: Node 20's TextDecoder("windows-1252") decodes these bytes as Latin-1.
 */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

const CP1252_BYTE = new Map<number, number>([...CP1252_HIGH].map((c, i) => [c.charCodeAt(0), 0x80 + i]));

function bomOf(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: "utf-8", bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: "utf-16be", bom: true };
  return undefined;
}

/** UTF-16 without a BOM, told by its first character: a text file has no zero byte, UTF-16 has one per ASCII character. */
function bomlessUtf16(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  if (bytes[0] !== 0 && bytes[1] === 0) return { name: "utf-16le", bom: false };
  if (bytes[0] === 0 && bytes[1] !== 0) return { name: "utf-16be", bom: false };
  return undefined;
}

/** The text of a file and the encoding it is in: BOM first, then UTF-16 by its zero bytes, valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const known = bomOf(bytes) ?? bomlessUtf16(bytes);
  if (known) return { text: decodeAs(bytes, known), encoding: known };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: { name: "utf-8", bom: false } };
  } catch {
    const encoding: TextEncoding = { name: "windows-1252", bom: false };
    return { text: decodeAs(bytes, encoding), encoding };
  }
}

/**
 * Bytes that are not text in the encoding they announce (a BOM, then bytes that UTF-8 or UTF-16 cannot be). The
 * message follows the file's name: "Items.csv: it starts as ...".
 */
export class UndecodableText extends Error {
  constructor(readonly encoding: TextEncoding) {
    super(
      `it starts as ${ENCODING_CAPTION[encoding.name]} text but holds bytes that are not (it may be damaged). ` +
        'Open it in Excel and save it again as "CSV UTF-8 (Comma delimited)".',
    );
    this.name = "UndecodableText";
  }
}

/**
 * The bytes' text in a known encoding (its BOM, if any, not part of the text). UndecodableText for bytes that
 * are not text in a Unicode encoding: never a replacement character, as the text may be written back.
 */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding.name !== "windows-1252") {
    try {
      return new TextDecoder(encoding.name, { fatal: true }).decode(bytes);
    } catch {
      throw new UndecodableText(encoding);
    }
  }
  // Latin-1 for every byte, then the 0x80-0x9F range as Windows-1252 has it (whatever the platform's decoder did).
  return new TextDecoder("latin1")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** The first character of the text that the encoding cannot hold (only Windows-1252 lacks any). */
export function unencodableChar(text: string, encoding: TextEncoding): string | undefined {
  if (encoding.name !== "windows-1252") return undefined;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff) || CP1252_BYTE.has(c)) continue;
    return ch;
  }
  return undefined;
}

/** "☃" (U+2603): a character as a message names it. */
export function describeChar(ch: string): string {
  return `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`;
}

/** The text as bytes in the encoding, with its BOM when `withBom`; throws on a character it cannot hold (check first). */
export function encodeText(text: string, encoding: TextEncoding, withBom = encoding.bom): Uint8Array {
  const bom = withBom ? "\ufeff" : "";
  switch (encoding.name) {
    case "utf-8":
      return new TextEncoder().encode(bom + text);
    case "utf-16le":
    case "utf-16be": {
      const s = bom + text;
      const out = new Uint8Array(s.length * 2);
      const [hi, lo] = encoding.name === "utf-16le" ? [1, 0] : [0, 1];
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        out[2 * i + hi] = c >> 8;
        out[2 * i + lo] = c & 0xff;
      }
      return out;
    }
    case "windows-1252": {
      // Windows-1252 has no BOM.
      const out = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const b = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : CP1252_BYTE.get(c);
        if (b === undefined) throw new RangeError(`${describeChar(text[i])} cannot be written in Windows-1252.`);
        out[i] = b;
      }
      return out;
    }
  }
}

import fc from "fast-check";
import { decodeAs, decodeText, encodeText, unencodableChar } from "../../src/workbook/textEncoding";

const CP1252 = { name: "windows-1252", bom: false } as const;

describe("text encodings", () => {
  test("Windows-1252: every byte reads as its character and writes back as itself", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeAs(bytes, CP1252);
    expect(text.slice(0x80, 0x86)).toBe("€\u0081‚ƒ„…");
    expect(text[0x9f] + text[0xe9]).toBe("Ÿé");
    expect(encodeText(text, CP1252)).toEqual(bytes);
    expect(unencodableChar(text, CP1252)).toBeUndefined();
    expect(unencodableChar("Größe ☃ café", CP1252)).toBe("☃");
    expect(unencodableChar("😀", CP1252)).toBe("😀");
  });

  test("detected: BOMs, UTF-16 by its zero bytes, valid UTF-8, else Windows-1252", () => {
    const enc = (b: number[]) => decodeText(Uint8Array.from(b)).encoding;
    expect(enc([0xef, 0xbb, 0xbf, 0x41])).toEqual({ name: "utf-8", bom: true });
    expect(enc([0xff, 0xfe, 0x41, 0])).toEqual({ name: "utf-16le", bom: true });
    expect(enc([0xfe, 0xff, 0, 0x41])).toEqual({ name: "utf-16be", bom: true });
    expect(enc([0x41, 0, 0x42, 0])).toEqual({ name: "utf-16le", bom: false });
    expect(enc([0xc3, 0xa9])).toEqual({ name: "utf-8", bom: false });
    expect(enc([0x41, 0xe9, 0x42])).toEqual({ name: "windows-1252", bom: false });
    expect(decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x80])).text).toBe("Café€");
  });

  test("any text survives UTF-8 and UTF-16 (both orders), with and without BOM", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }).filter((t) => !t.startsWith("\uFEFF")), // a leading BOM is not text
        fc.constantFrom("utf-8", "utf-16le", "utf-16be"),
        fc.boolean(),
        (text, name, bom) => {
          const encoding = { name, bom } as const;
          expect(decodeAs(encodeText(text, encoding), encoding)).toBe(text);
        },
      ),
    );
  });
});

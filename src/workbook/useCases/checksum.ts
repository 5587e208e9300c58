// The Posting Log's checksum of a post: SHA-256 (hex) of the journal lines' canonical text and of the ledger
// state they were calculated on, with WebCrypto (Node 20 and browsers). Where WebCrypto's digest is missing (a
// page that is not a secure context, jsdom), the same hash is computed here, so a journal's checksum never
// depends on where it was posted.
import type { Ledger } from "../../engine/model";
import type { RevaluationJournalLine } from "../../engine/revaluationJournal";
import { journalCanonicalText } from "../journal";

/** The text's UTF-8 bytes (TextEncoder where there is one). */
function utf8(text: string): Uint8Array<ArrayBuffer> {
  if (typeof TextEncoder !== "undefined") return new TextEncoder().encode(text);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

const K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** SHA-256 (FIPS 180-4) of the bytes, for where WebCrypto is not available. */
export function sha256Bytes(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array(Math.ceil((data.length + 9) / 64) * 64);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = Uint32Array.from([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((x, i) => outView.setUint32(i * 4, x));
  return out;
}

/** SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = utf8(text);
  // WebCrypto where there is one (browsers, Node 20), typed here by shape: the command line's build has no DOM types.
  type Subtle = { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> };
  const subtle = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (subtle && typeof subtle.digest === "function") {
    return hex(new Uint8Array(await subtle.digest("SHA-256", bytes)));
  }
  return hex(sha256Bytes(bytes));
}

/** The checksum of the lines alone: SHA-256 (hex) of their canonical text, as Posting Logs written before have it. */
export function journalChecksum(lines: readonly RevaluationJournalLine[]): Promise<string> {
  return sha256Hex(journalCanonicalText(lines));
}

/**
 * The ledger a post was calculated on, as text: for each item on the journal, the number of its value entries
 * before value entry `before` (the post's first) and the last one's entry no. Every line's Inventory Value
 * (Calculated) is checked against the ledger before posting, so with the lines this names the state.
 */
export function ledgerStateText(ledger: Ledger, lines: readonly RevaluationJournalLine[], before: number): string {
  const items = new Map([...new Set(lines.map((l) => l.itemNo))].sort().map((no) => [no, { count: 0, last: 0 }]));
  for (const v of ledger.valueEntries) {
    const item = v.entryNo < before ? items.get(v.itemNo) : undefined;
    if (!item) continue;
    item.count++;
    item.last = Math.max(item.last, v.entryNo);
  }
  return [`before value entry ${before}`, ...[...items].map(([no, s]) => `${no}\t${s.count}\t${s.last}`)].join("\n");
}

/**
 * The Posting Log's checksum of a post whose first value entry is `before`: SHA-256 (hex) of the lines'
 * canonical text and of the ledger state before that entry, so a journal is known as posted on that state.
 */
export function postingChecksum(
  lines: readonly RevaluationJournalLine[],
  ledger: Ledger,
  before: number,
): Promise<string> {
  return sha256Hex(`${journalCanonicalText(lines)}\n\n${ledgerStateText(ledger, lines, before)}`);
}

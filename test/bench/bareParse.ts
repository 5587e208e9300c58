// The benchmark's floor: read every CSV file of a folder and split it into lines and fields, nothing else (no
// quotes, no types, nothing kept). Run as its own process, as the commands are:
//   node dist/bench/test/bench/bareParse.js <folder>
// Prints {"files","bytes","lines","fields"}. Reads in chunks, so files larger than a string can hold work too.
import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";

const CHUNK = 16 << 20;

function parseFile(file: string, counts: { bytes: number; lines: number; fields: number }): void {
  const fd = openSync(file, "r");
  const buffer = Buffer.allocUnsafe(CHUNK);
  const decoder = new StringDecoder("utf8");
  let carry = "";
  const lines = (text: string, last: boolean) => {
    const parts = text.split("\n");
    carry = last ? "" : parts.pop()!;
    for (const line of parts) {
      if (line === "") continue;
      counts.lines++;
      counts.fields += line.split(",").length;
    }
  };
  for (;;) {
    const n = readSync(fd, buffer, 0, CHUNK, null);
    if (n === 0) break;
    counts.bytes += n;
    lines(carry + decoder.write(buffer.subarray(0, n)), false);
  }
  lines(carry + decoder.end(), true);
  closeSync(fd);
}

function main(): number {
  const folder = process.argv[2];
  if (!folder) {
    process.stderr.write("usage: node bareParse.js <folder of CSV files>\n");
    return 2;
  }
  const counts = { files: 0, bytes: 0, lines: 0, fields: 0 };
  for (const name of readdirSync(folder).sort()) {
    if (!name.toLowerCase().endsWith(".csv")) continue;
    counts.files++;
    parseFile(path.join(folder, name), counts);
  }
  process.stdout.write(JSON.stringify(counts) + "\n");
  return 0;
}

process.exitCode = main();

// Fuzz tests of the readers through the command line: the bundled sample (.xlsx and CSV folder) with bytes
// changed, inserted, deleted or cut off, and .xlsx parts (XML) changed inside a whole package. Whatever the
// file, a command ends within its time limit, with exit 0 or 1 (never an internal error), and a command that
// fails writes nothing. Each run is time-boxed in a worker thread (cliWorker.ts), so a hang is a failure.
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { CliWorker } from "./cliWorker";
import { removeTempDirs, snapshot, tempDir } from "./fixtures";

const REPO = path.resolve(__dirname, "../..");
const SAMPLE_XLSX = path.join(REPO, "assets/sample.xlsx");
const SAMPLE_CSV = path.join(REPO, "assets/sample");
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** Far above what a run of the sample takes (well under a second), far below a hang. */
const LIMIT_MS = 10000;

const worker = new CliWorker();
afterAll(async () => {
  await worker.close();
  await removeTempDirs();
});

/** Text that readers trip on: quotes, separators, line ends, markup, huge and odd numbers, bad dates. */
const TROUBLE = [
  '"',
  ",",
  ";",
  "\t",
  "\r\n",
  "\n",
  "\r",
  "\uFEFF",
  "\u0000",
  "=1+1",
  "-",
  "1e400",
  "99999999999999999999",
  "-0",
  "2023-13-45",
  "31.02.2023",
  "<",
  ">",
  "&",
  "</c>",
  "<v>",
  '<row r="1048577">',
  '<c r="XFE1"><v>1</v></c>',
  't="s"',
  "<v>1e308</v>",
  "<v>99999</v>",
  'ref="A1:ZZZZ99999999"',
  "ZZZZ",
  "&#0;",
  "<![CDATA[",
  "\u00e9",
  "\uFFFD",
];

type Edit =
  | { op: "cut"; at: number }
  | { op: "set"; at: number; byte: number }
  | { op: "insert"; at: number; bytes: Uint8Array }
  | { op: "delete"; at: number; length: number };

const insertion = fc.oneof(
  fc.constantFrom(...TROUBLE).map((t) => new Uint8Array(Buffer.from(t, "utf8"))),
  fc.uint8Array({ minLength: 1, maxLength: 8 }),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("set" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), bytes: insertion }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);
const edits = fc.array(edit, { minLength: 1, maxLength: 4 });

function applyEdits(bytes: Uint8Array, list: readonly Edit[]): Buffer {
  let b = Buffer.from(bytes);
  for (const e of list) {
    const at = e.at % (b.length + 1);
    if (e.op === "cut") b = b.subarray(0, at);
    else if (e.op === "set" && at < b.length) b[at] = e.byte;
    else if (e.op === "insert") b = Buffer.concat([b.subarray(0, at), e.bytes, b.subarray(at)]);
    else if (e.op === "delete") b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.length)]);
  }
  return b;
}

const command = fc.constantFrom("check", "adjust");

/** Runs the command on the workbook; exit 0 or 1 within the limit, and on failure nothing changed. */
async function expectSafe(cmd: string, workbook: string, dir: string, what: string): Promise<void> {
  const before = await snapshot(dir);
  const r = await worker.run([cmd, workbook], LIMIT_MS);
  if (r === "timeout") throw new Error(`${cmd} on ${what} did not end within ${LIMIT_MS} ms`);
  if (r.code !== 0 && r.code !== 1) throw new Error(`${cmd} on ${what}: exit ${r.code}\n${r.stderr}`);
  if (r.code !== 0 || cmd === "check") {
    const after = await snapshot(dir);
    if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`${cmd} on ${what} (exit ${r.code}) wrote`);
  }
}

describe("fuzzed .xlsx workbooks", () => {
  let sample: Buffer;
  let parts: string[];
  beforeAll(async () => {
    sample = await readFile(SAMPLE_XLSX);
    parts = Object.keys((await JSZip.loadAsync(sample)).files).filter((n) => /\.(xml|rels)$/.test(n));
  });

  test("bytes of the file changed", async () => {
    await fc.assert(
      fc.asyncProperty(command, edits, async (cmd, list) => {
        const dir = await tempDir();
        const file = path.join(dir, "sample.xlsx");
        await writeFile(file, applyEdits(sample, list));
        await expectSafe(cmd, file, dir, `sample.xlsx with ${JSON.stringify(list)}`);
        await rm(dir, { recursive: true, force: true });
      }),
      { numRuns: RUNS },
    );
  });

  test("an XML part changed inside a whole package", async () => {
    await fc.assert(
      fc.asyncProperty(
        command,
        fc.nat().map((i) => parts[i % parts.length]),
        edits,
        async (cmd, part, list) => {
          const zip = await JSZip.loadAsync(sample);
          zip.file(part, applyEdits(await zip.file(part)!.async("uint8array"), list));
          const dir = await tempDir();
          const file = path.join(dir, "sample.xlsx");
          await writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
          await expectSafe(cmd, file, dir, `sample.xlsx, ${part} with ${JSON.stringify(list)}`);
          await rm(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("fuzzed CSV folders", () => {
  let files: string[];
  beforeAll(async () => {
    files = (await readdir(SAMPLE_CSV)).filter((f) => f.endsWith(".csv"));
  });

  test("bytes of one of the files changed", async () => {
    await fc.assert(
      fc.asyncProperty(
        command,
        fc.nat().map((i) => files[i % files.length]),
        edits,
        async (cmd, name, list) => {
          const dir = await tempDir();
          const folder = path.join(dir, "sample");
          await cp(SAMPLE_CSV, folder, { recursive: true });
          const file = path.join(folder, name);
          await writeFile(file, applyEdits(await readFile(file), list));
          await expectSafe(cmd, folder, folder, `${name} with ${JSON.stringify(list)}`);
          await rm(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

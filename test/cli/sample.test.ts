// The committed sample (assets/) is exactly what the generator writes: regenerate and compare.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { makeSample } from "../../src/cli/sample/makeSample";
import { SAMPLE_CSV, SAMPLE_XLSX, readTable, removeTemps, tempDir } from "./helpers";

afterAll(removeTemps);

describe("bundled sample", () => {
  it("assets/sample and assets/sample.xlsx are up to date (npm run make-sample)", async () => {
    const dir = await tempDir();
    await makeSample(dir);
    const files = (await readdir(path.join(dir, "sample"))).sort();
    expect((await readdir(SAMPLE_CSV)).sort()).toEqual(files);
    for (const f of files) {
      expect(await readFile(path.join(SAMPLE_CSV, f), "utf8")).toBe(
        await readFile(path.join(dir, "sample", f), "utf8"),
      );
    }
    for (const table of files.map((f) => f.replace(/\.csv$/, ""))) {
      expect(await readTable(SAMPLE_XLSX, table)).toEqual(await readTable(path.join(dir, "sample.xlsx"), table));
    }
  });

  it("holds every worked example as its own item", async () => {
    const items = (await readTable(SAMPLE_CSV, "Items")).map((r) => `${r["No."]}:${r["Costing Method"]}`);
    expect(items).toEqual(
      expect.arrayContaining([
        "AVG-DAY:Average",
        "AVG-MONTH:Average",
        "AVG-BACKDATE:Average",
        "VALDATE:Average",
        "FIFO-REVAL:FIFO",
        "LIFO-PLAIN:LIFO",
        "STD-PLAIN:Standard",
      ]),
    );
  });
});

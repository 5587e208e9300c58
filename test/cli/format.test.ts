import { amount, problemLine, quantity, table, unitCost } from "../../src/cli/format";
import { progressBar, renderBar } from "../../src/cli/progress";
import { dec, divide } from "../../src/engine/money";

describe("number formats", () => {
  it("prints amounts with two decimals, exactly", () => {
    expect(amount(dec("-30"))).toBe("-30.00");
    expect(amount(dec("1234567890123.455"))).toBe("1234567890123.46");
    expect(amount(dec("0"))).toBe("0.00");
  });
  it("prints unit costs with two to five decimals", () => {
    expect(unitCost(dec("65"))).toBe("65.00");
    expect(unitCost(divide(dec("10"), dec("3")))).toBe("3.33333");
    expect(unitCost(dec("2.5"))).toBe("2.50");
    expect(unitCost(dec("0.123"))).toBe("0.123");
  });
  it("prints quantities without exponents", () => {
    expect(quantity(dec("-1"))).toBe("-1");
    expect(quantity(dec("0.0000001"))).toBe("0.0000001");
    expect(quantity(dec("1e21"))).toBe("1000000000000000000000");
  });
});

describe("problems and tables", () => {
  it("prints the message, which already names the table, row, column and value, once", () => {
    const message =
      'Value Entries, row 14, column "Cost Amount (Actual)": "abc" is not a number. Enter a number such as 12.50.';
    const line = problemLine({
      severity: "error",
      message,
      source: { table: "Value Entries", row: 14, column: "Cost Amount (Actual)", value: "abc" },
    });
    expect(line).toBe(`Error: ${message}`);
    expect(problemLine({ severity: "warning", message: "x" })).toBe("Warning: x");
  });
  it("aligns columns", () => {
    expect(
      table(
        ["A", "Amount"],
        [
          ["x", "1.00"],
          ["long", "-10.00"],
        ],
        ["left", "right"],
      ),
    ).toEqual(["A     Amount", "----  ------", "x       1.00", "long  -10.00"]);
  });
});

describe("progress bar", () => {
  it("draws nothing when standard error is not a terminal", () => {
    const written: string[] = [];
    const bar = progressBar({ write: (s: string) => written.push(s) }, "Adjusting");
    bar.update(1, 2);
    bar.finish();
    expect(written).toEqual([]);
  });
  it("waits until the run is long, throttles, and erases itself", () => {
    let now = 0;
    const written: string[] = [];
    const bar = progressBar({ write: (s: string) => written.push(s), isTTY: true }, "Adjusting", {
      now: () => now,
      delayMs: 1000,
      intervalMs: 100,
    });
    bar.update(1, 10);
    expect(written).toEqual([]);
    now = 1500;
    bar.update(5, 10);
    now = 1550;
    bar.update(6, 10); // throttled
    now = 1700;
    bar.update(10, 10);
    bar.finish();
    expect(written).toEqual(["\r" + renderBar("Adjusting", 5, 10), "\r" + renderBar("Adjusting", 10, 10), "\r\x1b[K"]);
    expect(renderBar("Adjusting", 5, 10)).toBe(`Adjusting [${"#".repeat(15)}${"-".repeat(15)}]  50% 5/10`);
  });
});

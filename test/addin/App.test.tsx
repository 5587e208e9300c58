/**
 * @jest-environment jsdom
 */
// The pane's tabs on the bundled sample: the steps after Ledger are disabled until the ledger is read (and stay
// so when it has errors, or when there is no port to write with), the Ledger step stays mounted under the other
// steps, and the tabs work from the keyboard: reachable with Tab, moved between with the arrow keys (Home, End,
// round the ends), a step opened with Enter.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { installNoLayout, ledgerRead, openLedgerDetails, paneOn, sampleExcel, showStep } from "./paneHarness";

beforeAll(installNoLayout);

const STEP_TABS = ["Setup", "Adjust", "Calculate", "Post", "Valuation", "Explain"];
const tab = (name: string) => screen.getByRole("tab", { name });
const disabled = (name: string) => tab(name).hasAttribute("disabled");

test("the steps after Ledger are disabled until the ledger is read", async () => {
  const pane = paneOn(await sampleExcel());
  pane.loadValve.close();
  render(<App load={pane.load} open={pane.open} />);

  expect(screen.getByRole("navigation", { name: "Steps" })).toBeTruthy();
  expect(screen.getAllByRole("tab").map((t) => t.getAttribute("value"))).toEqual([
    "ledger",
    "setup",
    "adjust",
    "calculate",
    "post",
    "scenarios",
    "valuation",
    "explain",
  ]);
  expect(tab("Ledger").getAttribute("aria-selected")).toBe("true");
  expect(disabled("Ledger")).toBe(false);
  for (const name of STEP_TABS) expect(disabled(name)).toBe(true);
  expect(screen.getByText("Looking for the ledger tables...")).toBeTruthy();
  fireEvent.click(tab("Post")); // a disabled tab does nothing
  expect(tab("Ledger").getAttribute("aria-selected")).toBe("true");
  expect(screen.queryByRole("region", { name: "Preview and post" })).toBeNull();

  act(() => pane.loadValve.open());
  await ledgerRead();
  for (const name of STEP_TABS) expect(disabled(name)).toBe(false);
  expect(screen.getByText("Ready for costing: no problems found.")).toBeTruthy();
});

test("a ledger with errors offers no other step", async () => {
  const excel = await sampleExcel();
  const ve = excel.sheet("Value Entries");
  const col = ve.values(0, 0, 1, 30)[0].indexOf("Cost Amount (Actual)");
  ve.cell(3, col).value = "12,5x";
  const pane = paneOn(excel);
  render(<App load={pane.load} open={pane.open} />);

  await screen.findByText(/^1 error and 0 warnings/);
  expect(screen.getByRole("list", { name: "Problems" }).textContent).toContain('"12,5x"');
  for (const name of STEP_TABS) expect(disabled(name)).toBe(true);
});

test("without a port to write with, only the Ledger step is shown (no tabs)", async () => {
  const pane = paneOn(await sampleExcel());
  render(<App load={pane.load} />);
  await screen.findByText(/^Ready for costing/);
  expect(screen.queryByRole("tablist")).toBeNull();
  expect(screen.getByRole("region", { name: "Ledger" })).toBeTruthy();
});

test("each tab shows its step; the Ledger step stays mounted, out of sight, under the others", async () => {
  const pane = paneOn(await sampleExcel());
  render(<App load={pane.load} open={pane.open} />);
  await ledgerRead();

  for (const [label, title] of [
    ["Setup", "Setup"],
    ["Adjust", "Adjust cost"],
    ["Calculate", "Calculate inventory value"],
    ["Post", "Preview and post"],
    ["Valuation", "Inventory valuation"],
    ["Explain", "Explain an average cost"],
  ] as const) {
    const region = await showStep(label);
    expect(region.querySelector("h2")?.textContent).toBe(title);
    expect(tab(label).getAttribute("aria-selected")).toBe("true");
    expect(screen.getAllByRole("region")).toHaveLength(1); // the Ledger step is hidden, not gone
    expect(screen.getByRole("list", { name: "Ledger", hidden: true })).toBeTruthy();
  }
  await showStep("Ledger");
  expect(screen.getByRole("list", { name: "Ledger" })).toBeTruthy();
  // Ready: the details are folded, and open on a click.
  expect(screen.queryByRole("table", { name: "Tables found" })).toBeNull();
  openLedgerDetails();
  expect(screen.getByRole("table", { name: "Tables found" })).toBeTruthy();
  expect(pane.reads()).toBe(1); // switching steps does not read the workbook again
});

describe("keyboard", () => {
  // Fluent's arrow keys (tabster) move focus only between elements with a layout: give jsdom's elements a
  // box, and an offsetParent unless they are inside a hidden element.
  const rect = Element.prototype.getBoundingClientRect;
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
  beforeAll(() => {
    const hidden = (el: Element | null): boolean => !!el && (el.hasAttribute("hidden") || hidden(el.parentElement));
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement) {
        return hidden(this) ? null : this.parentElement;
      },
    });
    Element.prototype.getBoundingClientRect = () =>
      ({ x: 0, y: 0, top: 0, left: 0, bottom: 24, right: 320, width: 320, height: 24 }) as DOMRect;
  });
  afterAll(() => {
    Element.prototype.getBoundingClientRect = rect;
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
  });

  const focused = () => document.activeElement?.getAttribute("value");
  /** A key pressed on the focused element; tabster moves focus in its (async) keydown handler. */
  const press = async (key: string) => {
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  };
  /** Enter on a focused button: the browser clicks it (jsdom does not). */
  const enter = async () => {
    const el = document.activeElement as HTMLButtonElement;
    expect(el.tagName).toBe("BUTTON");
    await press("Enter");
    if (!el.disabled) fireEvent.click(el);
  };

  test("the tabs are reachable with Tab, the arrow keys move between them, Enter opens a step", async () => {
    const pane = paneOn(await sampleExcel());
    render(<App load={pane.load} open={pane.open} />);
    await ledgerRead();

    // The first stop of Tab in the pane is the selected tab; every tab is a focusable button.
    const tabbable = [...document.querySelectorAll<HTMLElement>("button, input, [tabindex]")].filter(
      (el) => !el.hasAttribute("data-tabster-dummy") && el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled,
    );
    expect(tabbable[0]).toBe(tab("Ledger"));
    for (const t of screen.getAllByRole("tab")) expect([t.tagName, t.tabIndex]).toEqual(["BUTTON", 0]);

    act(() => tab("Ledger").focus());
    await press("ArrowRight");
    expect(focused()).toBe("setup");
    await press("ArrowRight");
    expect(focused()).toBe("adjust");
    await press("ArrowLeft");
    expect(focused()).toBe("setup");
    await press("End");
    expect(focused()).toBe("explain");
    await press("ArrowRight"); // round the end
    expect(focused()).toBe("ledger");
    await press("ArrowLeft");
    expect(focused()).toBe("explain");
    await press("ArrowLeft");
    expect(focused()).toBe("valuation");
    // Moving focus does not change the step; Enter does.
    expect(tab("Ledger").getAttribute("aria-selected")).toBe("true");
    await press("Home");
    await press("ArrowRight");
    await press("ArrowRight");
    await press("ArrowRight");
    expect(focused()).toBe("calculate");
    await enter();
    expect(tab("Calculate").getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("region", { name: "Calculate inventory value" })).toBeTruthy();
  });

  test("before the ledger is read, the arrow keys stay on Ledger (the disabled steps are skipped)", async () => {
    const pane = paneOn(await sampleExcel());
    pane.loadValve.close();
    render(<App load={pane.load} open={pane.open} />);
    act(() => tab("Ledger").focus());
    await press("ArrowRight");
    expect(focused()).toBe("ledger");
    await press("End");
    expect(focused()).toBe("ledger");
    act(() => pane.loadValve.open());
    await ledgerRead();
  });
});

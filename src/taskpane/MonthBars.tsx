// Amounts per month as pictures: Fluent UI's grouped bar charts in the pane (in Office's light or dark theme, from
// the FluentProvider). The scenarios' comparison (the change each makes to inventory value and to cost of goods
// sold) is drawn so, and written as the table a native Excel chart is drawn from on the "Revaluation Preview"
// sheet; so is where Adjust Cost puts the cost, per item.
import * as React from "react";
import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from "@fluentui/react-charts";
import { makeStyles, Text } from "@fluentui/react-components";
import { monthChanges, type MonthChange } from "../engine";
import type { Messages } from "../i18n";
import { amountText } from "../workbook/decimalText";
import type { ScenarioCompared } from "../workbook/useCases";
import { decimalCell } from "../workbook/write";
import { useMessages } from "./messages";

/** The scenarios that can be drawn (not posted, not refused), each with its changes per month. */
function drawable(compared: readonly ScenarioCompared[]): { name: string; months: MonthChange[] }[] {
  return compared.flatMap((c) => (c.preview ? [{ name: c.scenario.name, months: monthChanges(c.preview) }] : []));
}

const monthsOf = (all: readonly { months: readonly MonthChange[] }[]): string[] =>
  [...new Set(all.flatMap((s) => s.months.map((x) => x.month)))].sort();

// Scenario names as the user wrote them (the charts' legends capitalize every word by default).
const useLegendStyles = makeStyles({ legend: { textTransform: "none" } });

/** A bar's height: the exact amount's text read as a number, for drawing only (the tables show the amounts). */
const barHeight = (x: bigint): number => Number(amountText(x));

/** One series of bars: its name (the legend) and its amount per month (YYYY-MM). */
export interface MonthSeries {
  readonly name: string;
  readonly byMonth: ReadonlyMap<string, bigint>;
}

/**
 * Amounts per month as grouped bars, a bar per series in each month (a Fluent UI chart sized for the 320 px
 * pane). Nothing is drawn when every amount is zero: a chart of zeros says nothing the table does not.
 */
export function MonthBars({
  title,
  series,
}: {
  readonly title: string;
  readonly series: readonly MonthSeries[];
}): React.JSX.Element | null {
  const m = useMessages();
  const legend = useLegendStyles();
  if (!series.some((s) => [...s.byMonth.values()].some((x) => x !== 0n))) return null;
  const months = [...new Set(series.flatMap((s) => [...s.byMonth.keys()]))].sort();
  const data: GroupedVerticalBarChartData[] = months.map((month) => ({
    name: month,
    series: series.map((s) => {
      const x = s.byMonth.get(month) ?? 0n;
      return { key: s.name, data: barHeight(x), legend: s.name, yAxisCalloutData: m.amount(x) };
    }),
  }));
  return (
    <>
      <Text weight="semibold">{title}</Text>
      <GroupedVerticalBarChart
        data={data}
        width={296}
        height={200}
        chartTitle={title}
        legendProps={{ enabledWrapLines: true, styles: { legend: legend.legend } }}
      />
    </>
  );
}

export function ScenarioChart({ compared }: { readonly compared: readonly ScenarioCompared[] }): React.JSX.Element {
  const m = useMessages();
  const all = drawable(compared);
  const series = (field: "inventoryValueChange" | "cogsChange"): MonthSeries[] =>
    all.map((s) => ({ name: s.name, byMonth: new Map(s.months.map((x) => [x.month, x[field]])) }));
  return (
    <>
      <MonthBars title={m.t("pane.scenarios.cogsChart")} series={series("cogsChange")} />
      <MonthBars title={m.t("pane.scenarios.inventoryChart")} series={series("inventoryValueChange")} />
    </>
  );
}

/** The comparison per month as a sheet's table: Month, then each scenario's inventory and COGS change. */
export function comparisonSheet(
  compared: readonly ScenarioCompared[],
  m: Messages,
): { headers: string[]; rows: (string | number)[][] } {
  const all = drawable(compared);
  const headers = [
    m.t("pane.post.month"),
    ...all.flatMap((s) => [
      m.t("pane.scenarios.sheetInventory", { name: s.name }),
      m.t("pane.scenarios.sheetCogs", { name: s.name }),
    ]),
  ];
  const rows = monthsOf(all).map((month) => [
    month,
    ...all.flatMap((s) => {
      const x = s.months.find((c) => c.month === month);
      return [decimalCell(x?.inventoryValueChange ?? 0n), decimalCell(x?.cogsChange ?? 0n)];
    }),
  ]);
  return { headers, rows };
}

// The scenarios' comparison as pictures: per month, the change each scenario makes to inventory value and to
// cost of goods sold, as Fluent UI's grouped bar charts in the pane (in Office's light or dark theme, from the
// FluentProvider), and as the table a native Excel chart is drawn from on the "Revaluation Preview" sheet.
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

export function ScenarioChart({ compared }: { readonly compared: readonly ScenarioCompared[] }): React.JSX.Element {
  const m = useMessages();
  const legend = useLegendStyles();
  const all = drawable(compared);
  const months = monthsOf(all);
  const chart = (field: "inventoryValueChange" | "cogsChange", title: string) => {
    // A chart of nothing but zeros says nothing: the table shows them.
    if (!all.some((s) => s.months.some((x) => x[field] !== 0n))) return null;
    const data: GroupedVerticalBarChartData[] = months.map((month) => ({
      name: month,
      series: all.map((s) => {
        const x = s.months.find((c) => c.month === month)?.[field] ?? 0n;
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
  };
  if (all.length === 0 || months.length === 0) return <></>;
  return (
    <>
      {chart("cogsChange", m.t("pane.scenarios.cogsChart"))}
      {chart("inventoryValueChange", m.t("pane.scenarios.inventoryChart"))}
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

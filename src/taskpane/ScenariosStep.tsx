// Scenarios: several what-if revaluations kept in the workbook's Revaluation Scenarios sheet, compared side
// by side on a copy of the ledger as it is now (revaluation amount, inventory on the posting date before and
// after, cost of goods sold per month, per item on demand), with charts; one of them posted. Post is enabled
// only on a comparison of the ledger and the scenario as they are: at Post both are compared again, and a
// scenario that changed since is shown again, not posted.
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
} from "@fluentui/react-components";
import { changedItems, monthChanges, type Ledger, type UnitAmount, type WhatIf } from "../engine";
import { isIsoDate } from "../engine/calendar";
import { journalCanonicalText } from "../workbook/journal";
import { unitCostText } from "../workbook/decimalText";
import { formatExact } from "../engine/money";
import type { Messages } from "../i18n";
import {
  addScenario,
  compareScenarios,
  postScenario,
  refreshScenario,
  type ScenarioCompared,
  type ScenarioSource,
} from "../workbook/useCases";
import { listOf } from "./CalculateStep";
import { ChangedItems } from "./ChangedItems";
import { DateInput, dateNotRead } from "./DateInput";
import { typedDecimal } from "./JournalLines";
import { paneNextSteps, useMessages } from "./messages";
import { writePreviewSheet } from "./PostStep";
import { ScenarioChart, comparisonSheet } from "./MonthBars";
import { useStepStyles } from "./styles";
import { StepFailure, currentLedger, useJob, type JobContext, type StepProps } from "./work";

type Kind = WhatIf["kind"] | "Journal";
type KindLabel =
  | "pane.scenarios.percent"
  | "pane.scenarios.unitCost"
  | "pane.scenarios.lastDirect"
  | "pane.scenarios.standard"
  | "pane.scenarios.calculated"
  | "pane.scenarios.fromJournal";
const KINDS: readonly { kind: Kind; label: KindLabel }[] = [
  { kind: "Percent", label: "pane.scenarios.percent" },
  { kind: "Unit Cost", label: "pane.scenarios.unitCost" },
  { kind: "Last Direct Cost", label: "pane.scenarios.lastDirect" },
  { kind: "Standard Cost", label: "pane.scenarios.standard" },
  { kind: "Calculated", label: "pane.scenarios.calculated" },
  { kind: "Journal", label: "pane.scenarios.fromJournal" },
];

/** "−10 %", "8.00", "Last Direct Cost": a scenario's what-if in the pane's words. */
export function whatIfWords(w: WhatIf, m: Messages): string {
  switch (w.kind) {
    case "Percent":
      return m.t("pane.scenarios.byPercent", { percent: m.decimal(formatExact(w.value)) });
    case "Unit Cost":
      return m.t("pane.scenarios.atUnitCost", { cost: m.decimal(unitCostText(w.value)) });
    case "Last Direct Cost":
      return m.t("pane.scenarios.lastDirect");
    case "Standard Cost":
      return m.t("pane.scenarios.standard");
    default:
      return m.t("pane.scenarios.typed");
  }
}

/** The lines a comparison was made of, as posting's checksum text: equal text, equal post. */
const linesText = (c: ScenarioCompared) => journalCanonicalText(c.lines);

export function ScenariosStep({ ledger, open, onChanged, costingMethod }: StepProps): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  const next = paneNextSteps(m);
  const { run, view, busy } = useJob(open);
  const [name, setName] = React.useState("");
  const [date, setDate] = React.useState("");
  const [kind, setKind] = React.useState<Kind>("Percent");
  const [value, setValue] = React.useState("");
  const [items, setItems] = React.useState("");
  const [replace, setReplace] = React.useState(false);
  const [replaceJournal, setReplaceJournal] = React.useState(false);
  const [compared, setCompared] = React.useState<readonly ScenarioCompared[] | null>(null);
  const [perItem, setPerItem] = React.useState<string | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  const shown = React.useRef(false);
  shown.current = compared !== null;

  const compareOn = async (job: JobContext, current: Ledger) => {
    await job.step(m.t("pane.scenarios.comparing"));
    const outcome = await compareScenarios(job.port, current, next);
    if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
    return outcome.value;
  };
  const compare = () =>
    run(m.t("pane.scenarios.compare"), async (job) => {
      setDone(null);
      setCompared(null);
      setCompared(await compareOn(job, await currentLedger(job, costingMethod)));
    });
  // A comparison on screen follows the ledger: compared again (stale marks and all) when it changes.
  React.useEffect(() => {
    if (shown.current) void compare();
  }, [ledger]);

  const whatIf = (): ScenarioSource => {
    if (kind === "Journal") return { fromJournal: true };
    if (date === "") throw new StepFailure(m.t("pane.scenarios.missingDate"));
    if (!isIsoDate(date)) throw new StepFailure(dateNotRead(m.caption("Posting Date"), date, m));
    const options = {
      postingDate: date,
      documentNo: `REVAL-${date}`,
      calculatePer: "Item" as const,
      itemNos: listOf(items),
    };
    if (kind === "Percent" || kind === "Unit Cost") {
      const x = typedDecimal(value, m);
      if (x === null) throw new StepFailure(m.t("pane.scenarios.notANumber", { value }));
      if (kind === "Unit Cost" && x < 0n) throw new StepFailure(m.t("pane.scenarios.negativeCost", { value }));
      const w: WhatIf = kind === "Percent" ? { kind, value: x } : { kind, value: x as UnitAmount };
      return { recipe: { whatIf: w, options } };
    }
    return { recipe: { whatIf: { kind }, options } };
  };

  const add = () =>
    run(m.t("pane.scenarios.adding"), async (job) => {
      setDone(null);
      const source = whatIf();
      const current = await currentLedger(job, costingMethod);
      job.writing(m.t("pane.scenarios.writing"));
      const outcome = await addScenario(job.port, current, name, source, { replace, next });
      if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
      const s = outcome.value.scenario;
      const amount = s.lines.reduce((t, l) => t + l.amount, 0n);
      setDone(m.t("pane.scenarios.added", { name: s.name, count: s.lines.length, amount: m.amount(amount) }));
      setCompared(await compareOn(job, current));
    });

  const recalculate = (c: ScenarioCompared) =>
    run(m.t("pane.scenarios.recalculate"), async (job) => {
      setDone(null);
      const current = await currentLedger(job, costingMethod);
      job.writing(m.t("pane.scenarios.writing"));
      const outcome = await refreshScenario(job.port, current, c.scenario.name, next);
      if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
      setDone(m.t("pane.scenarios.refreshed", { name: c.scenario.name }));
      setCompared(await compareOn(job, current));
    });

  const post = (c: ScenarioCompared) =>
    run(m.t("pane.scenarios.posting"), async (job) => {
      setDone(null);
      const current = await currentLedger(job, costingMethod);
      // What is posted must be what was shown: the scenario compared again on the ledger as it is now.
      const now = await compareOn(job, current);
      const same = now.find((x) => x.scenario.name === c.scenario.name);
      if (!same || same.stale || linesText(same) !== linesText(c)) {
        setCompared(now);
        throw new StepFailure(m.t("pane.scenarios.changedSinceCompare", { name: c.scenario.name }));
      }
      job.writing(m.t("pane.post.writing"));
      const outcome = await postScenario(job.port, current, c.scenario.name, {
        replace: replaceJournal,
        adjust: true,
        next,
      });
      if (!outcome.ok) throw new StepFailure(outcome.message, outcome.problems);
      const s = outcome.value;
      setDone(
        m.t("pane.scenarios.postedDone", {
          name: c.scenario.name,
          revaluations: s.result.revaluationEntries.length,
          adjustments: s.result.adjustmentEntries.length,
          amount: m.amount(s.result.totalAmount),
        }),
      );
      onChanged(); // the ledger is read again, and the comparison with it: the others are stale now
    });

  const writeSheet = (all: readonly ScenarioCompared[]) =>
    run(m.t("pane.post.writeToSheet"), async (job) => {
      setDone(null);
      setDone(await writePreviewSheet(job, comparisonSheet(all, m), m.t("pane.scenarios.sheetChart")));
    });

  const needsValue = kind === "Percent" || kind === "Unit Cost";
  return (
    <section className={styles.step} aria-labelledby="scenarios-title">
      <Title3 id="scenarios-title" as="h2">
        {m.t("pane.scenarios.title")}
      </Title3>
      <Text>{m.t("pane.scenarios.intro")}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void compare()} disabled={busy}>
          {m.t("pane.scenarios.compare")}
        </Button>
      </div>
      {view}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {compared && compared.length === 0 && <Text>{m.t("pane.scenarios.none")}</Text>}
      {compared && compared.length > 0 && (
        <>
          <ComparisonTable compared={compared} />
          <ScenarioChart compared={compared} />
          <Checkbox
            label={m.t("pane.scenarios.replaceJournal")}
            checked={replaceJournal}
            onChange={(_, d) => setReplaceJournal(!!d.checked)}
          />
          {compared.map((c) => (
            <div key={c.scenario.name} className={styles.form} aria-label={c.scenario.name} role="group">
              <Text weight="semibold">{c.scenario.name}</Text>
              <Text size={200}>{statusWords(c, m)}</Text>
              {c.problems.length > 0 && (
                <ul className={styles.list}>
                  {c.problems.map((p, i) => (
                    <li key={i}>
                      <Text size={200}>{p.message}</Text>
                    </li>
                  ))}
                </ul>
              )}
              <div className={styles.row}>
                {c.stale && !c.postedAt ? (
                  <Button onClick={() => void recalculate(c)} disabled={busy}>
                    {m.t("pane.scenarios.recalculate")}
                  </Button>
                ) : (
                  <Button onClick={() => void post(c)} disabled={busy || !!c.postedAt || !c.preview}>
                    {m.t("pane.scenarios.post")}
                  </Button>
                )}
                {c.preview && (
                  <Button
                    appearance="subtle"
                    onClick={() => setPerItem(perItem === c.scenario.name ? null : c.scenario.name)}
                  >
                    {m.t(perItem === c.scenario.name ? "pane.scenarios.hideItems" : "pane.scenarios.perItem")}
                  </Button>
                )}
              </div>
              {perItem === c.scenario.name && <PerItem compared={c} />}
            </div>
          ))}
          <div>
            <Button onClick={() => void writeSheet(compared)} disabled={busy}>
              {m.t("pane.post.writeToSheet")}
            </Button>
          </div>
        </>
      )}
      <div className={styles.form} role="group" aria-labelledby="scenario-add-title">
        <Text id="scenario-add-title" weight="semibold">
          {m.t("pane.scenarios.addTitle")}
        </Text>
        <Field label={m.t("pane.scenarios.name")}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={m.t("pane.scenarios.whatIf")}>
          <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as Kind)}>
            {KINDS.map((k) => (
              <Radio key={k.kind} value={k.kind} label={m.t(k.label)} />
            ))}
          </RadioGroup>
        </Field>
        {needsValue && (
          <Field label={m.t(kind === "Percent" ? "pane.scenarios.percentValue" : "pane.scenarios.unitCostValue")}>
            <Input value={value} onChange={(_, d) => setValue(d.value)} style={{ width: 100 }} />
          </Field>
        )}
        {kind !== "Journal" && (
          <>
            <Field label={m.caption("Posting Date")}>
              <DateInput value={date} onChange={setDate} />
            </Field>
            <Field label={m.t("pane.scenarios.items")}>
              <Input value={items} onChange={(_, d) => setItems(d.value)} />
            </Field>
          </>
        )}
        <Checkbox
          label={m.t("pane.scenarios.replace")}
          checked={replace}
          onChange={(_, d) => setReplace(!!d.checked)}
        />
        <div>
          <Button onClick={() => void add()} disabled={busy}>
            {m.t("pane.scenarios.add")}
          </Button>
        </div>
      </div>
    </section>
  );
}

function statusWords(c: ScenarioCompared, m: Messages): string {
  const date = c.scenario.lines[0]?.postingDate;
  const what = m.t("pane.scenarios.whatIfOn", { whatIf: whatIfWords(c.scenario.whatIf, m), date: m.date(date ?? "") });
  if (c.postedAt) return `${what}. ${m.t("pane.scenarios.postedAt", { postedAt: c.postedAt })}`;
  if (c.stale) return `${what}. ${m.t("pane.scenarios.stale")}`;
  return `${what}. ${m.t("pane.scenarios.current")}`;
}

/** The scenarios side by side: one column each, the figures a controller compares in rows. */
function ComparisonTable({ compared }: { readonly compared: readonly ScenarioCompared[] }): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  // Each scenario's cost of goods sold change by month, taken once (a posted or refused one has none: blank).
  const cogs = new Map(
    compared.map((c) => [c, c.preview ? new Map(monthChanges(c.preview).map((x) => [x.month, x.cogsChange])) : null]),
  );
  const months = [...new Set([...cogs.values()].flatMap((byMonth) => [...(byMonth?.keys() ?? [])]))].sort();
  const cell = (c: ScenarioCompared, x: bigint | undefined) => (
    <TableCell key={c.scenario.name} className={styles.figure}>
      {x === undefined ? "" : m.amount(x)}
    </TableCell>
  );
  const amountOf = (c: ScenarioCompared) => c.lines.reduce((t, l) => t + l.amount, 0n);
  const monthOf = (c: ScenarioCompared, month: string) => {
    const byMonth = cogs.get(c);
    return byMonth ? (byMonth.get(month) ?? 0n) : undefined;
  };
  return (
    <Table size="small" aria-label={m.t("pane.scenarios.sideBySide")} style={{ tableLayout: "auto" }}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell />
          {compared.map((c) => (
            <TableHeaderCell key={c.scenario.name} className={styles.figureHeader}>
              {c.scenario.name}
              {c.stale && !c.postedAt ? " *" : ""}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow>
          <TableCell>{m.caption("Amount")}</TableCell>
          {compared.map((c) => cell(c, amountOf(c)))}
        </TableRow>
        <TableRow>
          <TableCell>{m.t("pane.post.inventoryBefore")}</TableCell>
          {compared.map((c) => cell(c, c.preview?.inventoryBefore))}
        </TableRow>
        <TableRow>
          <TableCell>{m.t("pane.scenarios.inventoryAfter")}</TableCell>
          {compared.map((c) => cell(c, c.preview?.inventoryAfter))}
        </TableRow>
        <TableRow>
          {/* A heading over the months, the whole width: one word per line would not fit beside the figures. */}
          <TableCell colSpan={compared.length + 1}>
            <Text weight="semibold">{m.t("pane.post.cogsChange")}</Text>
          </TableCell>
        </TableRow>
        {months.map((month) => (
          <TableRow key={month}>
            <TableCell className={styles.figureLine}>{month}</TableCell>
            {compared.map((c) => cell(c, monthOf(c, month)))}
          </TableRow>
        ))}
      </TableBody>
      <caption style={{ captionSide: "bottom", textAlign: "left" }}>
        <Text size={200}>
          {m.t("pane.scenarios.signs")}
          {compared.some((c) => c.stale && !c.postedAt) ? ` ${m.t("pane.scenarios.staleMark")}` : ""}
        </Text>
      </caption>
    </Table>
  );
}

/** One scenario's changes per item: only the items it changes, the largest change first, in words. */
function PerItem({ compared }: { readonly compared: ScenarioCompared }): React.JSX.Element {
  const m = useMessages();
  const items = compared.preview ? changedItems(compared.preview) : [];
  if (items.length === 0) return <Text>{m.t("pane.scenarios.noItemChanges")}</Text>;
  return (
    <ChangedItems
      preview={compared.preview!}
      label={m.t("pane.scenarios.perItemOf", { name: compared.scenario.name })}
    />
  );
}

// The task pane: Fluent UI's light or dark theme (following Office's) and one flow of steps, each usable
// alone: Ledger (read and check), Setup, Adjust cost, Calculate inventory value, Preview and post, Valuation
// (inventory on a date) and Explain (an average cost's Average Cost Calc. Overview). The steps after Ledger work
// on the ledger it read; a step that writes to the workbook has it read again.
import * as React from "react";
import { FluentProvider, Tab, TabList, Text, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { CostingMethod, Ledger } from "../engine";
import type { CostingMethodsRead } from "../workbook/costingMethods";
import { CostingMethodNote } from "./CostingMethodChoice";
import { LedgerStep, type GoTo, type LoadLedger } from "./LedgerStep";
import type { LedgerReport } from "./ledgerReport";
import { AdjustStep } from "./AdjustStep";
import { SetupStep } from "./SetupStep";
import { CalculateStep } from "./CalculateStep";
import { PostStep } from "./PostStep";
import { ExplainStep, type ReadSelection } from "./ExplainStep";
import { ValuationStep } from "./ValuationStep";
import { ScenariosStep } from "./ScenariosStep";
import type { OpenPort } from "./work";
import { recomputeJournal } from "../workbook/journalRecompute";
import type { Messages } from "../i18n";
import { MessagesProvider, PANE_ENGLISH } from "./messages";

type StepId = "ledger" | "setup" | "adjust" | "calculate" | "post" | "scenarios" | "valuation" | "explain";

const STEPS: readonly {
  readonly id: StepId;
  readonly label:
    | "pane.tab.ledger"
    | "pane.tab.setup"
    | "pane.tab.adjust"
    | "pane.tab.calculate"
    | "pane.tab.post"
    | "pane.tab.scenarios"
    | "pane.tab.valuation"
    | "pane.tab.explain";
}[] = [
  { id: "ledger", label: "pane.tab.ledger" },
  { id: "setup", label: "pane.tab.setup" },
  { id: "adjust", label: "pane.tab.adjust" },
  { id: "calculate", label: "pane.tab.calculate" },
  { id: "post", label: "pane.tab.post" },
  { id: "scenarios", label: "pane.tab.scenarios" },
  { id: "valuation", label: "pane.tab.valuation" },
  { id: "explain", label: "pane.tab.explain" },
];

/** Starts following edits of the Revaluation Journal sheet; returns how to stop. */
export type WatchJournal = (recompute: () => Promise<void>) => Promise<() => Promise<void>>;

export function App({
  load,
  open,
  goTo,
  watch,
  selection,
  dark = false,
  messages: m = PANE_ENGLISH,
}: {
  readonly load: LoadLedger;
  readonly goTo?: GoTo;
  readonly watch?: WatchJournal;
  /** Reads the cell selected in Excel (Explain from the selected cell). */
  readonly selection?: ReadSelection;
  /** A port for the steps that write; without one only the Ledger step is offered. */
  readonly open?: OpenPort;
  readonly dark?: boolean;
  /** The pane's language (Excel's display language); English by default. */
  readonly messages?: Messages;
}): React.JSX.Element {
  const [step, setStep] = React.useState<StepId>("ledger");
  const [ledger, setLedger] = React.useState<Ledger | null>(null);
  // Chosen in the Ledger step for the items the workbook gives no costing method; every read uses it.
  const [costingMethod, setCostingMethod] = React.useState<CostingMethod | undefined>(undefined);
  const [costingMethods, setCostingMethods] = React.useState<CostingMethodsRead | undefined>(undefined);
  const [reloadKey, setReloadKey] = React.useState(0);
  // After a step writes, the workbook is read again; until then the steps are disabled, so nothing runs on the
  // ledger as it was before the write (an Append offered twice, say).
  const [reading, setReading] = React.useState(false);
  const onLoaded = React.useCallback((r: LedgerReport) => {
    setLedger(r.ledger ?? null);
    setCostingMethods(r.costingMethods);
    setReading(false);
  }, []);
  const onChanged = React.useCallback(() => {
    setReading(true);
    setReloadKey((k) => k + 1);
  }, []);
  const steps = open ? STEPS : STEPS.slice(0, 1);

  // Edits in the journal sheet recompute the other columns and Amount, with the ledger last read.
  React.useEffect(() => {
    if (!watch || !open || !ledger) return;
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    void watch(async () => {
      await recomputeJournal(
        open(() => {}),
        ledger,
      );
    })
      .then((s) => (live ? (stop = s) : void s()))
      .catch(() => undefined); // events not supported (older Excel): the journal is recomputed when posted
    return () => {
      live = false;
      void stop?.();
    };
  }, [watch, open, ledger]);

  return (
    // In the pane's language (lang: hyphenation, screen readers); a long word breaks rather than running into
    // the next column (German compounds are long for a 320 px pane).
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      style={{ minHeight: "100vh", overflowWrap: "anywhere", hyphens: "auto" }}
      lang={m.locale.tag}
    >
      <MessagesProvider messages={m}>
        {steps.length > 1 && (
          <nav aria-label={m.t("pane.steps")}>
            {/* The tabs wrap when their labels are longer than 320 px can hold (German, French, Spanish). */}
            <TabList
              selectedValue={step}
              onTabSelect={(_, d) => setStep(d.value as StepId)}
              size="small"
              style={{ flexWrap: "wrap" }}
            >
              {steps.map((s) => (
                <Tab key={s.id} id={`tab-${s.id}`} value={s.id} disabled={s.id !== "ledger" && !ledger}>
                  {m.t(s.label)}
                </Tab>
              ))}
            </TabList>
          </nav>
        )}
        <main>
          {/* The Ledger step stays mounted, so the ledger is read again after a write whatever step shows. */}
          <div hidden={step !== "ledger"} role="tabpanel" aria-labelledby="tab-ledger">
            <LedgerStep
              load={load}
              onLoaded={onLoaded}
              goTo={goTo}
              reloadKey={reloadKey}
              open={open}
              costingMethod={costingMethod}
              onCostingMethod={setCostingMethod}
            />
          </div>
          {open && ledger && step !== "ledger" && (
            <div role="tabpanel" aria-labelledby={`tab-${step}`}>
              <div aria-live="polite">{reading && <Text>{m.t("pane.readingAgain")}</Text>}</div>
              <CostingMethodNote read={costingMethods} />
              <fieldset disabled={reading} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
                {step === "setup" && <SetupStep ledger={ledger} open={open} onChanged={onChanged} />}
                {step === "adjust" && (
                  <AdjustStep ledger={ledger} open={open} onChanged={onChanged} costingMethod={costingMethod} />
                )}
                {step === "calculate" && (
                  <CalculateStep ledger={ledger} open={open} onChanged={onChanged} costingMethod={costingMethod} />
                )}
                {step === "post" && (
                  <PostStep ledger={ledger} open={open} onChanged={onChanged} costingMethod={costingMethod} />
                )}
                {step === "scenarios" && (
                  <ScenariosStep ledger={ledger} open={open} onChanged={onChanged} costingMethod={costingMethod} />
                )}
                {step === "valuation" && (
                  <ValuationStep ledger={ledger} open={open} onChanged={onChanged} costingMethod={costingMethod} />
                )}
                {step === "explain" && (
                  <ExplainStep
                    ledger={ledger}
                    open={open}
                    onChanged={onChanged}
                    costingMethod={costingMethod}
                    selection={selection}
                    goTo={goTo}
                  />
                )}
              </fieldset>
            </div>
          )}
        </main>
      </MessagesProvider>
    </FluentProvider>
  );
}

/** True when Office's theme has a dark background ("#1f1f1f" and the like). */
export function isDarkBackground(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

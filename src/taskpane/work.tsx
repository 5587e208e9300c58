// Long work in the task pane: one job at a time per step, with a progress bar and Cancel. Reading and
// calculating can be cancelled between blocks; writing cannot (half-written rows would be worse than
// waiting), so Cancel is offered only until the first write. The engine's calculations run after the pane
// has painted the progress bar, so Excel's UI is given back between the steps of a job.
import * as React from "react";
import { Button, MessageBar, MessageBarBody, ProgressBar, Text } from "@fluentui/react-components";
import type { Progress } from "../excel";
import type { CostingMethod, Ledger, Problem } from "../engine";
import { loadLedger, type LoadedLedger } from "../workbook/useCases";
import type { WorkbookPort } from "../workbook/port";
import type { Messages } from "../i18n";
import { PANE_ENGLISH, useMessages } from "./messages";
import { runJob } from "./worker/client";
import type { JobName, JobParams, JobResult } from "./worker/jobs";
import type { JobStep } from "./worker/protocol";

/** A port for one job, reporting its progress (the Office.js adapter in Excel, a fake in tests). */
export type OpenPort = (onProgress: (p: Progress) => void) => WorkbookPort;

/** What every step after Ledger is given: the ledger last read, ports for its jobs, and how to say it wrote. */
export interface StepProps {
  readonly ledger: Ledger;
  readonly open: OpenPort;
  readonly onChanged: () => void;
  /** The costing method chosen in the Ledger step for the items the workbook gives none (reads use it too). */
  readonly costingMethod?: CostingMethod;
}

export class Cancelled extends Error {
  constructor(m: Messages = PANE_ENGLISH) {
    super(m.t("pane.cancelled"));
  }
}

export interface JobContext {
  /** A port whose progress shows in the bar and whose reads stop when the user cancels. */
  readonly port: WorkbookPort;
  /** The pane's language. */
  readonly messages: Messages;
  /** Says what the job is doing now; throws Cancelled if the user cancelled. */
  step(label: string): Promise<void>;
  /** From here on the job writes: Cancel is withdrawn. */
  writing(label: string): void;
  /** Calls `listener` at once when the user cancels (not once the job writes); returns the unsubscribe. */
  onCancel(listener: () => void): () => void;
}

type JobState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly label: string; readonly value?: number; readonly cancellable: boolean }
  | { readonly status: "failed"; readonly message: string; readonly problems: readonly Problem[] };

/** A failure the user can act on: a message and the problems it lists. */
export class StepFailure extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The job's port: its first write (any method but readTable) checks for Cancel one last time and withdraws it,
 * so a job cancelled while it was reading never writes, even one that did not say it was about to write.
 */
function guardWrites(port: WorkbookPort, beforeWrite: () => void): WorkbookPort {
  return new Proxy(port, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (prop === "readTable" || prop === "defaultTextStyle") return method.bind(target);
      return (...args: unknown[]) => {
        beforeWrite();
        return method.apply(target, args);
      };
    },
  });
}

export function useJob(open: OpenPort) {
  const m = useMessages();
  const [state, setState] = React.useState<JobState>({ status: "idle" });
  const cancelled = React.useRef(false);
  const cancellable = React.useRef(true);
  const onCancel = React.useRef(new Set<() => void>());

  const run = React.useCallback(
    async <T,>(label: string, job: (ctx: JobContext) => Promise<T>): Promise<T | undefined> => {
      cancelled.current = false;
      cancellable.current = true;
      onCancel.current.clear();
      setState({ status: "running", label, cancellable: true });
      const check = () => {
        if (cancelled.current && cancellable.current) throw new Cancelled(m);
      };
      const reporting = open((p) => {
        check();
        const key =
          p.action === "read"
            ? "pane.progress.read"
            : p.action === "write"
              ? "pane.progress.write"
              : "pane.progress.append";
        setState({
          status: "running",
          label: m.t(key, { table: m.caption(p.table), done: p.done, total: p.total }),
          value: p.total > 0 ? p.done / p.total : undefined,
          cancellable: cancellable.current,
        });
      });
      const port = guardWrites(reporting, () => {
        check();
        if (!cancellable.current) return;
        cancellable.current = false;
        setState({ status: "running", label: m.t("pane.writing"), cancellable: false });
      });
      const ctx: JobContext = {
        port,
        messages: m,
        async step(text) {
          check();
          setState({ status: "running", label: text, cancellable: cancellable.current });
          await nextFrame();
          check();
        },
        writing(text) {
          check();
          cancellable.current = false;
          setState({ status: "running", label: text, cancellable: false });
        },
        onCancel(listener) {
          onCancel.current.add(listener);
          return () => void onCancel.current.delete(listener);
        },
      };
      try {
        await nextFrame();
        const result = await job(ctx);
        setState({ status: "idle" });
        return result;
      } catch (e) {
        const problems = e instanceof StepFailure ? e.problems : [];
        setState({ status: "failed", message: e instanceof Error ? e.message : String(e), problems });
        return undefined;
      }
    },
    [open, m],
  );

  const view = (
    <JobView
      state={state}
      onCancel={() => {
        cancelled.current = true;
        if (cancellable.current) for (const listener of [...onCancel.current]) listener();
      }}
    />
  );
  return { run, view, busy: state.status === "running" };
}

function JobView({ state, onCancel }: { readonly state: JobState; readonly onCancel: () => void }): React.JSX.Element {
  const m = useMessages();
  if (state.status === "idle") return <></>;
  if (state.status === "failed")
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {state.message}
          {state.problems.length > 0 && (
            <ul aria-label={m.t("pane.problems")}>
              {state.problems.map((p, i) => (
                <li key={i}>{m.problem(p)}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <div role="status" aria-live="polite">
      <Text>{state.label}</Text>
      <ProgressBar value={state.value} aria-label={state.label} />
      <Button onClick={onCancel} disabled={!state.cancellable} size="small">
        {state.cancellable ? m.t("pane.cancel") : m.t("pane.cannotCancel")}
      </Button>
    </div>
  );
}

/**
 * Runs a job of the costing worker (./worker/jobs.ts) off the pane's thread, its steps shown with `label`; Cancel
 * ends the worker at once. Where the page has no worker, the job runs here, between painted steps.
 */
export function runOffThread<N extends JobName>(
  job: JobContext,
  name: N,
  params: JobParams<N>,
  label: (step: JobStep) => string,
): Promise<JobResult<N>> {
  return runJob(name, params, {
    port: job.port,
    onStep: async (step) => (step.key === "writing" ? job.writing(label(step)) : job.step(label(step))),
    onCancel: (listener) => job.onCancel(listener),
    cancelled: () => new Cancelled(job.messages),
  });
}

/**
 * The ledger as the workbook holds it now, read through the job's port: a step that writes works on this, not
 * on the ledger of the last read, so rows added in the sheet since (a sale, a receipt) are taken into account.
 */
export async function currentLedger(job: JobContext, costingMethod?: CostingMethod): Promise<Ledger> {
  return (await currentLoaded(job, costingMethod)).ledger;
}

/** As currentLedger, with the Value Entries table as read (to append to it without reading it again). */
export async function currentLoaded(
  job: JobContext,
  costingMethod?: CostingMethod,
): Promise<LoadedLedger & { readonly ledger: Ledger }> {
  await job.step(job.messages.t("pane.readingNow"));
  const loaded = await loadLedger(job.port, { defaultCostingMethod: costingMethod });
  if (!loaded.ledger)
    throw new StepFailure(
      job.messages.t("pane.ledgerProblemsNow"),
      loaded.problems.filter((p) => p.severity === "error"),
    );
  return { ...loaded, ledger: loaded.ledger };
}

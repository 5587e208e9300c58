// The jobs the costing worker runs, by name: each a function of a port, its parameters and a report of its steps,
// the same whether it runs in the worker or, where there is no Worker, on the pane's thread.
import type { WorkbookPort } from "../../workbook/port";
import { appendAdjustments, calculateAdjustments } from "./adjustJobs";
import { valueInventory } from "./valuationJob";
import type { JobReport } from "./protocol";

export const JOBS = {
  calculateAdjustments,
  appendAdjustments,
  valueInventory,
} as const;

export type JobName = keyof typeof JOBS;
export type JobParams<N extends JobName> = Parameters<(typeof JOBS)[N]>[1];
export type JobResult<N extends JobName> = Awaited<ReturnType<(typeof JOBS)[N]>>;

type AnyJob = (port: WorkbookPort, params: unknown, report: JobReport) => Promise<unknown>;

export function jobNamed(name: string): AnyJob | undefined {
  return Object.prototype.hasOwnProperty.call(JOBS, name) ? (JOBS[name as JobName] as AnyJob) : undefined;
}

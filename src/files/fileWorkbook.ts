// The file adapter's workbook: a WorkbookPort whose changes stay in memory until save().
import type { DateStyle, WorkbookPort } from "../workbook/port";
import type { CommitRecovered } from "./commit";

/** The file adapter: a WorkbookPort whose changes stay in memory until save(). */
export interface FileWorkbook extends WorkbookPort {
  readonly path: string;
  readonly kind: "xlsx" | "csv";
  readonly dateStyle: DateStyle;
  /** Writes every staged change atomically, to `outPath` if given (the input is then left untouched). */
  save(outPath?: string): Promise<void>;
  /** Releases the workbook's lock when it was opened with one (openLockedWorkbook). */
  close?(): Promise<void>;
  /** An interrupted save of an earlier command that opening the workbook completed. */
  readonly recovered?: CommitRecovered;
}

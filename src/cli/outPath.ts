// --out: where a command that writes puts the result (another .xlsx, or another folder for CSV).
import { realpathSync } from "node:fs";
import path from "node:path";
import { type Command, type ParsedArgs, stringOption } from "./command";
import { UsageError } from "./errors";
import { ENGLISH_MESSAGES, say, type Messages } from "../i18n";

/** The --out path, checked: not the workbook itself, and of the workbook's kind. Undefined without --out. */
export function outOption(cmd: Command, args: ParsedArgs, workbookPath: string): string | undefined {
  const outPath = stringOption(args, "out");
  if (outPath === undefined) return undefined;
  if (outPath.trim() === "") throw new UsageError(say("cli.outEmpty"), cmd.name);
  if (realPath(outPath) === realPath(workbookPath)) {
    throw new UsageError(say("cli.outIsWorkbook"), cmd.name);
  }
  const inputIsXlsx = path.extname(workbookPath).toLowerCase() === ".xlsx";
  const outIsXlsx = path.extname(outPath).toLowerCase() === ".xlsx";
  if (inputIsXlsx !== outIsXlsx) {
    throw new UsageError(
      say(inputIsXlsx ? "cli.outXlsx" : "cli.outFolder", { out: outPath, workbook: workbookPath }),
      cmd.name,
    );
  }
  return outPath;
}

/** The path with symlinks resolved (as far as it exists), so --out through a link to the workbook is found. */
function realPath(p: string): string {
  const full = path.resolve(p);
  try {
    return realpathSync.native(full);
  } catch {
    const parent = path.dirname(full);
    return parent === full ? full : path.join(realPath(parent), path.basename(full));
  }
}

/** "Written to: ..." in the words of adjust. */
export function writtenTo(workbookPath: string, outPath: string | undefined, m: Messages = ENGLISH_MESSAGES): string {
  return outPath !== undefined
    ? m.t("cli.writtenToOut", { out: outPath, workbook: workbookPath })
    : m.t("cli.writtenInPlace", { workbook: workbookPath });
}

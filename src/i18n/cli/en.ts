// The command line's own words, in English: its usage headers, usage errors, error framing and the headings
// and labels of each command's report. What a problem says (the engine's and the reader's messages) is not
// here: it stays English for now.
import { msg } from "../msg";

export const cliEn = {
  // costing --help
  "cli.about":
    "Inventory Costing for Excel: Business Central's Adjust Cost - Item Entries, average cost, valuation and\n" +
    "revaluation on a ledger workbook (<workbook> is an .xlsx file or a folder of CSV files, one per table).",
  "cli.usage": "Usage: costing <command> <workbook> [options]",
  "cli.commands": "Commands:",
  "cli.options": "Options (any command):",
  "cli.langOption": "the language of messages: en, sv, de, da, nl, fr or es (default: LC_ALL, LC_MESSAGES or LANG)",
  "cli.commandHelp": 'Run "costing <command> --help" for the options of a command.',
  "cli.exitCodes":
    "Exit codes: 0 done, 1 the workbook or a value in it needs attention, 2 wrong command line, 3 internal error.",
  "cli.commandUsage": msg<"command">("Usage: costing {command} "),
  "cli.repeat": " (repeat for more)",

  // Each command's summary (costing --help, costing <command> --help)
  "summary.adjust": "Run Adjust Cost - Item Entries and append the adjustment value entries",
  "summary.avgcost": "The average unit cost of the period that holds a date",
  "summary.calc-value": "Calculate Inventory Value: write the Revaluation Journal for a date",
  "summary.check": "Validate a workbook: tables, setup, items, dates, derived columns and every problem",
  "summary.explain": "The pool behind an average: opening, each inbound, each outbound valued, closing",
  "summary.post": "Post the Revaluation Journal: revaluation value entries, Adjust Cost, Posting Log",
  "summary.preview": "What posting the Revaluation Journal would change (nothing is written)",
  "summary.valuation": "Inventory quantity and value per item as of a date",
  "summary.scenario": "Revaluation scenarios: add, list, compare side by side, refresh, post one",

  // Usage errors
  "cli.unknownCommand": msg<"name">('unknown command "{name}".'),
  "cli.langUnknown": msg<"value">('--lang "{value}" is not one of en, sv, de, da, nl, fr, es.'),
  "cli.langMissing": "--lang needs a language: en, sv, de, da, nl, fr or es.",
  "cli.parseArgs": msg<"message">("{message}"),
  "cli.notAChoice": msg<"option" | "value" | "choices">('--{option} "{value}" is not {choices}.'),
  "cli.missingPositional": msg<"name">("Missing <{name}>."),
  "cli.unexpectedArgument": msg<"args">("Unexpected argument {args}."),
  "cli.missingOption": msg<"option" | "value">("Missing --{option} <{value}>."),
  "cli.notADate": msg<"option" | "value">(
    '--{option} "{value}" is not a date written YYYY-MM-DD (for example 2023-01-31).',
  ),
  "cli.outEmpty": "--out needs a path.",
  "cli.outIsWorkbook":
    "--out names the workbook itself. Leave --out away to update the workbook in place, or give another path.",
  "cli.outXlsx": msg<"out" | "workbook">('--out "{out}" must be an .xlsx file, like the workbook "{workbook}".'),
  "cli.outFolder": msg<"out" | "workbook">(
    '--out "{out}" must be a folder (for the CSV files), like the workbook "{workbook}".',
  ),
  "cli.perItemOnly": msg<"options" | "count">(
    "{options} {count, plural, one {applies} other {apply}} to --per item only (a line per entry revalues that " +
      "entry as it stands).",
  ),
  "cli.documentNoEmpty": "--document-no needs a document number.",
  "cli.scenarioAction": msg<"value" | "actions">('"{value}" is not a scenario action. Give one of {actions}.'),
  "cli.scenarioOneWhatIf": msg<"options">("Give one what-if for a scenario, not {options}."),
  "cli.negativeCost": msg<"value">('--unit-cost "{value}" is negative. Give a unit cost of 0 or more.'),
  "cli.notANumber": msg<"option" | "value">('--{option} "{value}" is not a number. Write it as 8.00 or -10.'),
  "cli.finishAndRollback": "--finish and --rollback exclude each other: give the one you want.",
  "cli.noAdjustRollback": "--no-adjust does nothing with --rollback (a rollback runs no Adjust Cost); leave it away.",

  // Errors and notes
  "cli.recovered": msg<"startedAt" | "workbook" | "files">(
    'Note: a costing command that started at {startedAt} was interrupted while saving "{workbook}"; its save is ' +
      "now completed ({files} written), so the workbook is whole again.",
  ),
  "cli.internal": msg<"message">(
    "internal error: {message}\nThis is a fault in the tool, not in your workbook. Please report it with the " +
      "command you ran (set COSTING_DEBUG=1 to print the details).",
  ),
  "cli.internalDebug": msg<"message">(
    "internal error: {message}\nThis is a fault in the tool, not in your workbook. Please report it with the " +
      "command you ran.",
  ),
  "cli.theFile": "the file",
  "cli.fileNotFound": msg<"where">("{where} was not found. Check the path and run the command again."),
  "cli.fileDenied": msg<"where">(
    "{where} can't be opened or written: permission denied. Check the file's permissions.",
  ),
  "cli.fileBusy": msg<"where">("{where} is in use (open in Excel?). Close it and run the command again."),
  "cli.fileKind": msg<"where">(
    "{where} is not of the expected kind (a file where a folder was expected, or the reverse).",
  ),
  "cli.fileNoSpace": msg<"where">(
    "There is no space left to write {where}. Free some space; the original workbook is unchanged.",
  ),
  "cli.loadProblems": msg<"workbook" | "count" | "consequence">(
    'The workbook "{workbook}" has {count, plural, one {# problem} other {# problems}} that must be fixed first; ' +
      '{consequence} Correct the cells named below (or run "costing check {workbook}" for the full report) and run ' +
      "the command again.",
  ),
  "cli.loadUnreadable": msg<"workbook" | "consequence">(
    'The workbook "{workbook}" could not be read; {consequence} Correct the cells named below (or run "costing ' +
      'check {workbook}" for the full report) and run the command again.',
  ),
  "cli.nothingWritten": "nothing was written.",
  "cli.noValuation": "no valuation was made.",
  "cli.noAverage": "no average was calculated.",
  "cli.nothingExplained": "nothing was explained.",
  "cli.nothingPosted": "nothing was posted.",
  "cli.nothingPreviewed": "nothing was previewed.",
  "cli.problemGroup": msg<"place" | "count" | "summary" | "rows" | "workbook">(
    '{place}: {count} rows {summary} First rows: {rows}, ... ("costing check {workbook} --all" lists every row).',
  ),
  "cli.theLedger": "The ledger",
  "cli.writtenToOut": msg<"out" | "workbook">("{out} ({workbook} is unchanged)"),
  "cli.writtenInPlace": msg<"workbook">("{workbook} (updated in place)"),
  "cli.total": "Total",
  "col.location": "Location",
  "col.variant": "Variant",

  // costing check
  "check.workbook": msg<"workbook" | "kind">("Workbook: {workbook} ({kind})"),
  "check.xlsx": "Excel workbook",
  "check.csv": "folder of CSV files",
  "check.tablesFound": "Tables found",
  "check.table": "Table",
  "check.foundAs": "Found as",
  "check.rows": "Rows",
  "check.notFound": "(not found)",
  "check.setup": "Setup in force",
  "check.field": "Field",
  "check.value": "Value",
  "check.noRestriction": "(no restriction)",
  "check.noPeriods": "No accounting periods: Inventory Setup applies to every date; fiscal years are calendar years.",
  "check.fiscalYears": msg<"count">(
    "Fiscal years (Accounting Periods, {count, plural, one {# period} other {# periods}}): each uses its own settings.",
  ),
  "check.starts": "Starts",
  "check.calcType": "Calc. Type",
  "check.closed": "Closed",
  "check.blank": "(blank)",
  "check.yes": "Yes",
  "check.no": "No",
  "check.itemsByMethod": "Items by costing method",
  "check.items": "Items",
  "check.chosenMethod": msg<"method">("{method} (--costing-method)"),
  "check.dates": "Dates",
  "check.postingDates": "Posting dates (item ledger entries):",
  "check.valuationDates": "Valuation dates (value entries):",
  "check.noDates": "(none)",
  "check.counts": msg<"entries" | "values">(
    "{entries, plural, one {# item ledger entry} other {# item ledger entries}}, " +
      "{values, plural, one {# value entry} other {# value entries}}",
  ),
  "check.exportLacks": "What the export lacks",
  "check.adviceNone": "Nothing: the export has every column the costing uses.",
  "check.adviceRefused": "Costing stops without these; add them to the export:",
  "check.adviceWarned":
    "Guessed without these, so the figures may differ from Business Central's; add them to the export:",
  "check.adviceDerived": "Derived exactly from the ledger; export them only to have them cross-checked:",
  "check.adviceUnused": "Not used by the costing of this ledger:",
  "check.adjustment": "Cost adjustment (Avg. Cost Adjmt. Entry Points)",
  "check.allAdjusted": msg<"count">(
    "All {count, plural, one {# entry point} other {# entry points}} adjusted: costing adjust would post nothing.",
  ),
  "check.notAdjusted": msg<"open" | "total" | "items" | "item" | "date">(
    "{open, plural, one {# entry point} other {# entry points}} of {total} not adjusted, for " +
      "{items, plural, one {# item} other {# items}} (earliest: item {item}, {date}).",
  ),
  "check.runAdjust": "Run costing adjust to value them; later periods of the same item are recalculated too.",
  "check.noProblems": "Problems: none. The workbook is ready for costing adjust.",
  "check.problems": msg<"errors" | "warnings">(
    "Problems: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}",
  ),
  "check.repair": "Repair the interrupted post with the command named above and run costing check again.",
  "check.correct":
    "Correct the errors in the workbook (each names the table, row and column) and run costing check again.",
  "check.onlyWarnings": "Only warnings: the workbook can be adjusted; review them.",

  // costing adjust
  "adjust.heading": msg<"workbook">("Adjust Cost - Item Entries: {workbook}"),
  "adjust.progress": "Adjusting cost",
  "adjust.nothing": "Nothing to adjust: every item's cost is already adjusted. No value entries were created.",
  "adjust.copied": msg<"out">("Copied unchanged to: {out}"),
  "adjust.unchanged": "The workbook was not changed.",
  "adjust.items": "Items adjusted:",
  "adjust.created": "Value entries created:",
  "adjust.total": "Total amount:",
  "adjust.writtenTo": "Written to:",
  "adjust.range": msg<"count" | "first" | "last">("{count} (entry no. {first}..{last})"),
  "adjust.appended": msg<"count">(
    "{count, plural, one {# value entry} other {# value entries}} appended to Value Entries.",
  ),

  // costing valuation
  "valuation.heading": msg<"date" | "workbook">("Inventory as of {date} (by valuation date): {workbook}"),
  "valuation.headingPosting": msg<"date" | "workbook">("Inventory as of {date} (by posting date): {workbook}"),
  "valuation.value": "Value",
  "valuation.none": "(no inventory on that date)",

  // costing avgcost and explain
  "average.heading": msg<"scope" | "date">("Average cost of {scope} on {date}"),
  "average.allLocations": msg<"item">("{item} (all locations and variants)"),
  "average.location": msg<"item" | "location">("{item}, location {location}"),
  "average.locationVariant": msg<"item" | "location" | "variant">("{item}, location {location}, variant {variant}"),
  "average.pools": msg<"item" | "date" | "calcType" | "count">(
    "Average cost of {item} on {date}, per location and variant (Average Cost Calc. Type {calcType}): " +
      "{count, plural, one {# pool} other {# pools}}.",
  ),
  "average.locationColumn": "Location",
  "average.variantColumn": "Variant",
  "average.pickPool": msg<"command" | "location">(
    'For one of them give --location ("costing {command} ... --location {location}").',
  ),
  "average.pickPoolVariant": msg<"command" | "location" | "variant">(
    'For one of them give --location and --variant ("costing {command} ... --location {location} --variant {variant}").',
  ),
  "average.period": "Average cost period",
  "average.quantity": "Quantity",
  "average.value": "Value",
  "average.unitCost": "Unit cost",
  "average.noQuantity": "none (no quantity in the period's pool)",
  "explain.heading": msg<"scope">("Average cost calculation of {scope}"),
  "explain.period": msg<"start" | "end" | "calcType">("Period {start} .. {end} (Average Cost Calc. Type {calcType})"),
  "explain.opening": "Opening (before the period)",
  "explain.closing": "Closing",
  "explain.averageRow": "Average unit cost",
  "explain.line": "Line",
  "explain.inbound": "inbound",
  "explain.outboundAveraged": "outbound, averaged",
  "explain.outboundFixed": "outbound, fixed application",
  "explain.revaluation": "revaluation",
  "explain.costChange": "cost change",
  "explain.note": "Note",
  "explain.openingInbounds": msg<"count">("{count, plural, one {# inbound entry} other {# inbound entries}}"),
  "explain.openingOutbounds": msg<"count">("{count, plural, one {# outbound entry} other {# outbound entries}}"),
  "explain.openingRevaluations": msg<"count">("revaluations of {count, plural, one {# entry} other {# entries}}"),
  "explain.ofWhichBackdated": msg<"kind">("of which backdated ({kind})"),
  "explain.leftOut": msg<"count">("not in the pool: {count, plural, one {# open outbound} other {# open outbounds}}"),
  "explain.leftOutNote": "Negative inventory of earlier periods not covered yet: left out of the average.",
  "explain.backdated": msg<"valueEntry" | "postingDate" | "valuationDate" | "after" | "afterDate">(
    "Backdated: value entry {valueEntry}, posted on {postingDate} and valued on {valuationDate}, " +
      "came after entry {after} valued on {afterDate}.",
  ),
  "explain.backdatedNote":
    "Backdated values count from their valuation date: Adjust Cost took the averages of the periods from then on again.",
  "explain.none": "Average unit cost: none (no quantity in the period's pool).",
  "explain.unitCost": msg<"unitCost" | "value" | "quantity">(
    "Average unit cost: {unitCost} (value {value} / quantity {quantity})",
  ),

  // costing calc-value
  "calc.heading": msg<"workbook">("Calculate Inventory Value: {workbook}"),
  "calc.postingDate": "Posting date:",
  "calc.documentNo": "Document No.:",
  "calc.per": "Calculate per:",
  "calc.perItem": "Item",
  "calc.perEntry": "Item Ledger Entry",
  "calc.byLocation": "by location",
  "calc.byVariant": "by variant",
  "calc.nothing":
    "Nothing to revalue: no item has revaluable inventory on that date (completely invoiced receipts left).",
  "calc.noJournal": "No journal was written; the workbook was not changed.",
  "calc.lines": "Lines:",
  "calc.items": "Items:",
  "calc.inventoryValue": "Inventory Value (Calculated):",
  "calc.amountFromBase": "Amount (from --base):",
  "calc.moreLines": msg<"count">("  ... and {count} more lines in the journal"),
  "calc.replacedUnposted": msg<"count">(
    "Replaced the earlier journal ({count, plural, one {# line} other {# lines}} not posted, discarded with --replace).",
  ),
  "calc.replacedPosted": "Replaced the earlier journal (posted; its Posting Log row stays).",
  "calc.writtenTo": msg<"where">("Revaluation Journal written to: {where}"),
  "calc.nextSheet": msg<"target">(
    "Next: enter the new Unit Cost (Revalued) (or Inventory Value (Revalued)) on the lines in the sheet " +
      '"Revaluation Journal"; then "costing preview {target}" shows the effect and "costing post {target}" posts it.',
  ),
  "calc.nextCsv": msg<"target">(
    'Next: enter the new Unit Cost (Revalued) (or Inventory Value (Revalued)) on the lines in "Revaluation ' +
      'Journal.csv"; then "costing preview {target}" shows the effect and "costing post {target}" posts it.',
  ),

  // costing preview
  "preview.heading": msg<"workbook">("Preview of the Revaluation Journal (nothing is written): {workbook}"),
  "preview.lines": msg<"date" | "count">("Posting date {date}, {count, plural, one {# line} other {# lines}}"),
  "preview.linesMoving": msg<"date" | "count" | "moving">(
    "Posting date {date}, {count, plural, one {# line} other {# lines}}, {moving} with an Amount other than 0.00",
  ),
  "preview.none": "Posting would create no revaluation entries: every line's Amount is 0.00.",
  "preview.enterCost": 'Enter the new Unit Cost (Revalued) on the lines to revalue, then run "costing preview" again.',
  "preview.entries": "Value entries posting would create:",
  "preview.kind": "Kind",
  "preview.revaluation": "Revaluation",
  "preview.adjustment": "Adjustment",
  "preview.adjustmentsNote1":
    "  (Adjustments: everything Adjust Cost - Item Entries would post after the revaluation, including what it",
  "preview.adjustmentsNote2": '  would post without it; run "costing adjust" first to see only the journal\'s.)',
  "preview.perItem": msg<"date">(
    "Per item: inventory value on {date} (by valuation date) and cost of goods sold, before and after:",
  ),
  "preview.inventoryBefore": "Inventory before",
  "preview.after": "after",
  "preview.change": "change",
  "preview.cogsBefore": "COGS before",
  "preview.perMonth": "Changes per item and month (by posting date):",
  "preview.month": "Month",
  "preview.inventoryChange": "Inventory value change",
  "preview.cogsChange": "COGS change",
  "preview.nothingWritten": msg<"workbook">('Nothing was written. "costing post {workbook}" posts the journal.'),

  // costing post (and --finish, --rollback)
  "scenario.whatIf.Calculated": "calculated (type the unit costs)",
  "scenario.whatIf.Percent": "per cent",
  "scenario.whatIf.Unit Cost": "unit cost",
  "scenario.whatIf.Last Direct Cost": "Last Direct Cost",
  "scenario.whatIf.Standard Cost": "Standard Cost",
  "scenario.cli.added": msg<"name" | "workbook">('Added the scenario "{name}": {workbook}'),
  "scenario.cli.replaced": msg<"name" | "workbook">('Calculated the scenario "{name}" anew: {workbook}'),
  "scenario.cli.refreshed": msg<"name" | "workbook">(
    'Took the scenario "{name}" again on the ledger as it is now: {workbook}',
  ),
  "scenario.cli.posted": msg<"name" | "workbook">(
    'Posted the scenario "{name}" as the Revaluation Journal: {workbook}',
  ),
  "scenario.cli.whatIf": "What-if",
  "scenario.cli.amount": "Revaluation amount",
  "scenario.cli.nextCompare": msg<"workbook">(
    'Type unit costs on its lines in the "Revaluation Scenarios" table if you like; "costing scenario compare ' +
      '{workbook}" shows every scenario side by side.',
  ),
  "scenario.cli.listHeading": msg<"workbook">("Revaluation scenarios: {workbook}"),
  "scenario.cli.linesColumn": "Lines",
  "scenario.cli.status": "Status",
  "scenario.cli.current": "current",
  "scenario.cli.stale": "stale",
  "scenario.cli.postedAt": msg<"postedAt">("posted {postedAt}"),
  "scenario.cli.compareHeading": msg<"workbook">(
    "Revaluation scenarios side by side, on the ledger as it is now (nothing is written): {workbook}",
  ),
  "scenario.cli.inventoryBefore": "Inventory on the posting date",
  "scenario.cli.inventoryAfter": "  after the revaluation",
  "scenario.cli.cogsPerMonth": "COGS change per month",
  "scenario.cli.staleNote":
    "A stale scenario was calculated before entries were posted for its items: its figures are its recipe's on the " +
    'ledger as it is now. "costing scenario refresh" stores them; post refuses it until then.',
  "scenario.cli.signs":
    "A negative revaluation amount lowers the inventory; a negative COGS change means cost of goods sold goes down.",
  "scenario.cli.noItemChanges": "  No item changes: every line's Amount is 0.00.",
  "scenario.cli.perItem": msg<"name">('"{name}", per item (largest change first; items it leaves alone not shown):'),
  "scenario.cli.nothingWritten": msg<"workbook">(
    'Nothing was written. "costing scenario post {workbook} --name <name>" posts one of them.',
  ),
  "post.heading": msg<"workbook">("Posted the Revaluation Journal: {workbook}"),
  "post.documentNo": "Document No.:",
  "post.linesPosted": "Lines posted:",
  "post.skipped": msg<"count" | "skipped">("{count} ({skipped} with Amount 0.00 skipped)"),
  "post.revaluationEntries": "Revaluation entries:",
  "post.adjustmentEntries": "Adjustment entries:",
  "post.entries": msg<"count" | "range">("{count}{range}"),
  "post.range": msg<"first" | "last">(" (entry no. {first}..{last})"),
  "post.amount": msg<"entries" | "amount">("{entries}, amount {amount}"),
  "post.byAdjustCost": msg<"entries">("{entries} (Adjust Cost - Item Entries)"),
  "post.adjustCost": "Adjust Cost:",
  "post.notAdjusted": 'not run (--no-adjust); "costing adjust" forwards the revaluation to sales',
  "post.standardCost": "Standard Cost updated:",
  "post.standardCostValue": msg<"item" | "cost">("{item}: {cost}"),
  "post.standardAndUnitCost": msg<"item" | "cost" | "unitCost">("{item}: {cost} (Unit Cost {unitCost})"),
  "post.postingLog": "Posting Log:",
  "post.logged": msg<"postedAt" | "checksum">("{postedAt}, checksum {checksum}..."),
  "post.writtenTo": "Written to:",
  "post.appended": msg<"count">(
    "{count, plural, one {# value entry} other {# value entries}} appended to Value Entries; the journal is marked Posted.",
  ),
  "repair.nothing": msg<"workbook">(
    'There is nothing to finish: the workbook "{workbook}" has no interrupted post (value entries of its ' +
      "Revaluation Journal's document no. that no Posting Log row covers). Nothing was written. \"costing post " +
      '{workbook}" posts a journal that is not posted yet; "costing check {workbook}" shows what the workbook holds.',
  ),
  "repair.nothingToRollBack": msg<"workbook">(
    'There is nothing to roll back: the workbook "{workbook}" has no interrupted post (value entries of its ' +
      "Revaluation Journal's document no. that no Posting Log row covers). Nothing was written. \"costing post " +
      '{workbook}" posts a journal that is not posted yet; "costing check {workbook}" shows what the workbook holds.',
  ),
  "repair.cannotFinish": msg<"message">("{message} It cannot be finished; nothing was written."),
  "repair.finished": msg<"journal" | "workbook">("Finished the interrupted post of the {journal}: {workbook}"),
  "repair.valueEntriesPosted": "Value entries posted:",
  "repair.appendedBy": msg<"range" | "count" | "amount">(
    "{range} (appended by the interrupted post; {count, plural, one {# revaluation entry} " +
      "other {# revaluation entries}}, amount {amount})",
  ),
  "repair.noneMore": "none more (Adjust Cost - Item Entries found nothing left to adjust)",
  "repair.adjustments": msg<"count" | "range" | "amount">(
    "{count} (entry no. {range}), amount {amount} (Adjust Cost - Item Entries)",
  ),
  "repair.logRow": msg<"range">("a row for value entries {range}"),
  "repair.markedPosted": "The journal is marked Posted.",
  "repair.rolledBack": msg<"journal" | "workbook">("Rolled back the interrupted post of the {journal}: {workbook}"),
  "repair.deleted": "Value entries deleted:",
  "repair.deletedEntries": msg<"count" | "range" | "documentNos">(
    "{count} (entry no. {range}, appended by the interrupted post of document no. {documentNos})",
  ),
  "repair.notPosted": msg<"target">(
    'The journal is not posted: "costing preview {target}" shows what posting it does, "costing post {target}" posts it.',
  ),
};

/** Messages that stay English: the engine's words, a message of Node's argument parser, a program's own error. */
export const ENGLISH_ONLY_CLI: readonly (keyof typeof cliEn)[] = [
  // An argument parser's words, an internal error, and a group of the engine's problems (English) with its heading.
  "cli.parseArgs",
  "cli.internal",
  "cli.internalDebug",
  "cli.problemGroup",
  "cli.theLedger",
];

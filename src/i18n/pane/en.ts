// The task pane's words, in English: the steps' titles, labels, buttons, progress and results. Business
// Central's field captions come from the captions module (Messages.caption), not from here.
import { msg } from "../msg";

export const paneEn = {
  // The manifest: the add-in's name and description, the ribbon's strings (manifest.xml, with <Override>s)
  "manifest.displayName": "Inventory Costing",
  "manifest.description":
    "Business Central inventory costing in Excel: Adjust Cost - Item Entries, average cost and inventory value on a ledger exported from Business Central.",
  "manifest.getStartedTitle": "Inventory Costing is ready",
  "manifest.getStartedDescription":
    "Open Inventory Costing on the Home tab to read the ledger exported from Business Central.",
  "manifest.group": "Costing",
  "manifest.button": "Inventory Costing",
  "manifest.tooltip":
    "Open the Inventory Costing pane: read the item ledger and value entries in this workbook and list the problems.",

  // The flow
  "pane.steps": "Steps",
  "pane.tab.ledger": "Ledger",
  "pane.tab.setup": "Setup",
  "pane.tab.adjust": "Adjust",
  "pane.tab.calculate": "Calculate",
  "pane.tab.post": "Post",
  "pane.tab.valuation": "Valuation",
  "pane.tab.explain": "Explain",
  "pane.tab.scenarios": "Scenarios",
  "pane.readingAgain": "Reading the workbook again after the change...",
  "pane.notInExcel":
    "Inventory Costing runs inside Excel. This page was opened outside Excel, so there is no workbook to read: " +
    "open the workbook in Excel and choose Home > Inventory Costing (the README says how to add the add-in).",

  // Long work
  "pane.cancelled": "Cancelled: nothing was written.",
  "pane.progress.read": msg<"table" | "done" | "total">("Reading {table}: {done} of {total} rows"),
  "pane.progress.write": msg<"table" | "done" | "total">("Writing {table}: {done} of {total} rows"),
  "pane.progress.append": msg<"table" | "done" | "total">("Appending to {table}: {done} of {total} rows"),
  "pane.writing": "Writing to the workbook...",
  "pane.problems": "Problems",
  "pane.cancel": "Cancel",
  "pane.cannotCancel": "Writing, cannot cancel",
  "pane.readingNow": "Reading the ledger as the workbook holds it now...",
  "pane.ledgerProblemsNow":
    "The workbook's ledger has problems now, so nothing was written. Correct them (the Ledger step lists them " +
    "after Read again).",

  // Ledger
  "pane.ledger.title": "Ledger",
  "pane.ledger.readAgain": "Read again",
  "pane.ledger.unreadable": msg<"message">("The workbook could not be read: {message}"),
  "pane.ledger.looking": "Looking for the ledger tables...",
  "pane.ledger.tablesFound": "Tables found",
  "pane.ledger.details": "Tables found and setup in force",
  "pane.ledger.table": "Table",
  "pane.ledger.foundOn": "Found on",
  "pane.ledger.rows": "Rows",
  "pane.ledger.notFound": "not found",
  "pane.ledger.counts": "Ledger",
  "pane.ledger.items": msg<"count">("{count, plural, one {# item with entries} other {# items with entries}}"),
  "pane.ledger.itemLedgerEntries": msg<"count">(
    "{count, plural, one {# item ledger entry} other {# item ledger entries}}",
  ),
  "pane.ledger.valueEntries": msg<"count">("{count, plural, one {# value entry} other {# value entries}}"),
  "pane.ledger.postingDates": msg<"from" | "to">("Posting dates {from} to {to}"),
  "pane.ledger.derivedColumns": "Derived columns",
  "pane.costingMethod.label": "Cost items without a costing method as",
  "pane.costingMethod.howToChoose": msg<"label">('choose one under "{label}" in the Ledger step'),
  "pane.costingMethod.notChosen": "Not chosen: costing stops",
  "pane.costingMethod.hint":
    "Only for the items the workbook gives no costing method. Better: add the Costing Method column to the " +
    "export (Items, Personalize) and read again.",
  "pane.costingMethod.chosenHere": "chosen in the Ledger step",
  "pane.costingMethod.chosenLabel": "Costing method chosen",
  "pane.ledger.addToExport": "Add to the export: without these, costing stops or the figures are guessed",
  "pane.ledger.columnsToAdd": "Columns to add to the export",
  "pane.ledger.folded": msg<"count">(
    "Derived exactly from the ledger, or not used ({count, plural, one {# column} other {# columns}})",
  ),
  "pane.ledger.errors": msg<"errors" | "warnings">(
    "{errors, plural, one {# error} other {# errors}} and {warnings, plural, one {# warning} other {# warnings}}: " +
      "correct the cells named below, then Read again.",
  ),
  "pane.ledger.warnings": msg<"warnings">(
    "Ready for costing, with {warnings, plural, one {# warning} other {# warnings}} to review.",
  ),
  "pane.ledger.ready": "Ready for costing: no problems found.",
  "pane.ledger.goToLabel": msg<"table" | "row">("Go to {table}, row {row}"),
  "pane.ledger.goTo": "Go to",
  "pane.ledger.rounding": msg<"amount" | "unitAmount">("Rounding: amounts {amount}, unit amounts {unitAmount}"),
  "pane.ledger.noRestriction": "no restriction",
  "pane.ledger.noPeriods": "Accounting periods: none (calendar periods)",
  "pane.ledger.periods": msg<"count" | "years">(
    "Accounting periods: {count} in {years, plural, one {# fiscal year} other {# fiscal years}}",
  ),

  // Import from file
  "pane.import.summary": msg<"file" | "tables">("Imported from {file} into new sheets: {tables}."),
  "pane.import.summaryMapping": msg<"file" | "tables" | "sheet">(
    'Imported from {file} into new sheets: {tables}. The file\'s column mapping was added to the sheet "{sheet}".',
  ),
  "pane.import.table": msg<"table" | "count">("{table} ({count, plural, one {# row} other {# rows}})"),
  "pane.import.tableFrom": msg<"table" | "count" | "from">(
    '{table} ({count, plural, one {# row} other {# rows}}, from "{from}")',
  ),
  "pane.import.importing": msg<"file">("Importing {file}"),
  "pane.import.reading": msg<"file">("Reading {file}..."),
  "pane.import.looking": msg<"file">("Looking for the ledger tables in {file}..."),
  "pane.import.writing": msg<"file">("Writing the tables of {file}..."),
  "pane.import.button": "Import from file...",
  "pane.import.label": "Import from file",
  "pane.import.hint":
    "An export not in this workbook yet (.xlsx or .csv): each ledger table in it goes into a new sheet named " +
    "after the table.",

  // Map columns by hand
  "pane.map.twice": msg<"table" | "header" | "first" | "second">(
    '{table}: the header "{header}" is picked for both "{first}" and "{second}". Pick it once.',
  ),
  "pane.map.saving": "Saving the column mapping",
  "pane.map.writing": msg<"sheet">('Writing the sheet "{sheet}"...'),
  "pane.map.saved": msg<"sheet" | "changes">('Column mapping saved in the sheet "{sheet}": {changes}.'),
  "pane.map.unmapped": msg<"table" | "column">('{table} "{column}" no longer mapped'),
  "pane.map.mapped": msg<"table" | "column" | "header">('{table} "{column}" = "{header}"'),
  "pane.map.label": "Column mapping",
  "pane.map.hide": "Hide column mapping",
  "pane.map.show": "Map columns by hand",
  "pane.map.introRequired": msg<"sheet">(
    "A required column was not found by its name. For each column, pick the header that holds it. The mapping " +
      'is saved in the sheet "{sheet}" of this workbook (columns Table, Column, Header), so every later read ' +
      "uses it, the costing command line's too.",
  ),
  "pane.map.intro": msg<"sheet">(
    "Headers the tables have that no column's name matches. For each column, pick the header that holds it. " +
      'The mapping is saved in the sheet "{sheet}" of this workbook (columns Table, Column, Header), so every ' +
      "later read uses it, the costing command line's too.",
  ),
  "pane.map.legend": msg<"table" | "sheet">('{table} (sheet "{sheet}")'),
  "pane.map.nothingToPick":
    "Every header of the sheet is another column's, so there is none to pick: add the missing column to the export.",
  "pane.map.required": msg<"column">("{column} (required)"),
  "pane.map.stale": msg<"header">('Mapped to "{header}", which the sheet does not have.'),
  "pane.map.notFound": "Not found: pick its header.",
  "pane.map.notMapped": "Not mapped",
  "pane.map.save": "Save mapping",

  // Setup
  "pane.setup.title": "Setup",
  "pane.setup.notANumber": msg<"what" | "text">('{what} "{text}" is not a number. Enter e.g. 0.01.'),
  "pane.setup.notPositive": msg<"what">("{what} must be greater than 0, e.g. 0.01."),
  "pane.dateNotRead": msg<"what" | "text" | "example">(
    '{what} "{text}" is not a date; nothing was done. Enter it as {example}.',
  ),
  "pane.setup.saving": "Saving the setup",
  "pane.setup.writing": "Writing the Inventory Setup sheet...",
  "pane.setup.saved": "Inventory Setup saved in the workbook. The ledger is read again with it.",
  "pane.setup.addingYear": "Adding a fiscal year",
  "pane.setup.firstDay": "Enter the fiscal year's first day, the first of a month (e.g. 2025-01-01).",
  "pane.setup.periodExists": msg<"date">("There is an accounting period starting {date} already."),
  "pane.setup.overlap": msg<"from" | "start">(
    "The year from {from} runs into the accounting period starting {start}. Choose the first day after the last " +
      "period, or change the Accounting Periods sheet by hand.",
  ),
  "pane.setup.writingPeriods": "Writing the Accounting Periods sheet...",
  "pane.setup.added": msg<"date">(
    "Twelve monthly accounting periods from {date} added to the Accounting Periods sheet.",
  ),
  "pane.setup.noLimit": "Blank: no limit.",
  "pane.setup.save": "Save setup",
  "pane.setup.periods": "Accounting periods",
  "pane.setup.noPeriods": "None: average cost periods follow the calendar and the setup above.",
  "pane.setup.periodCount": msg<"count" | "years">(
    "{count, plural, one {# period} other {# periods}}, fiscal years from {years}.",
  ),
  "pane.setup.newYear": "New fiscal year from",
  "pane.setup.addPeriods": "Add 12 periods",
  "pane.setup.fiscalYears": "Fiscal years",
  "pane.setup.yearFrom": "From",
  "pane.setup.yearsNote":
    "Each fiscal year keeps the Average Cost Period and Calc. Type it was opened with (its New Fiscal Year period's); the setup above is what a fiscal year added from now on gets.",

  // Adjust cost
  "pane.adjust.title": "Adjust cost",
  "pane.adjust.intro":
    "Runs Adjust Cost - Item Entries: outbound entries take the cost of what they were applied to, average items " +
    "the average of their period. Nothing is written until you append.",
  "pane.adjust.adjusting": "Adjusting cost",
  "pane.adjust.running": "Running Adjust Cost - Item Entries...",
  "pane.adjust.appending": "Appending",
  "pane.adjust.runningAgain": "Running Adjust Cost - Item Entries again on the current ledger...",
  "pane.adjust.changed":
    "The workbook changed since the adjustments were calculated, so nothing was appended. The table now shows " +
    "what Adjust Cost gives on the current ledger: check it and append again.",
  "pane.adjust.writing": msg<"count">(
    "Appending {count, plural, one {# value entry} other {# value entries}} to Value Entries...",
  ),
  "pane.adjust.done": msg<"count" | "first" | "last">(
    "{count, plural, one {# value entry} other {# value entries}} appended to Value Entries (entry no. " +
      "{first}..{last}).",
  ),
  "pane.adjust.calculate": "Calculate adjustments",
  "pane.adjust.nothing": "Nothing to adjust: every item's cost is already adjusted.",
  "pane.adjust.summary": msg<"count" | "items" | "total">(
    "{count, plural, one {# value entry} other {# value entries}} for {items, plural, one {# item} other {# items}}, " +
      "total {total}:",
  ),
  "pane.adjust.perItem": "Adjustments per item",
  "pane.adjust.chart": "Where the adjustments go: amount per month, per item",
  "pane.adjust.perMonth": "Adjustments per item and month (posting date)",
  "pane.adjust.entries": "Entries",
  "pane.adjust.append": msg<"count">("Append {count, plural, one {# value entry} other {# value entries}}"),

  // Calculate inventory value
  "pane.calc.title": "Calculate inventory value",
  "pane.calc.baseBlank": "(blank): keep the calculated value",
  "pane.calc.baseLastDirect": "Last Direct Unit Cost",
  "pane.calc.baseStandard": "Standard Cost",
  "pane.calc.calculating": "Calculating",
  "pane.calc.running": "Calculating the inventory value...",
  "pane.calc.nothing": msg<"date">(
    "Nothing to revalue on {date}: no item has a revaluable quantity (completely invoiced, on hand that day) " +
      "within the options chosen. Nothing was written.",
  ),
  "pane.calc.written": msg<"count" | "total">(
    "{count, plural, one {# line} other {# lines}} written to the Revaluation Journal sheet, Inventory Value " +
      "(Calculated) {total}. Enter the new Unit Cost (Revalued) or Inventory Value (Revalued) there, or use the " +
      "what-if tools below.",
  ),
  "pane.calc.noJournal": "There is no Revaluation Journal yet: calculate the inventory value first.",
  "pane.calc.cellsToCorrect": "The Revaluation Journal has cells to correct first; nothing was changed.",
  "pane.calc.postedAlready": "This journal was posted already; calculate a new one to try other costs.",
  "pane.calc.writing": "Writing the Revaluation Journal...",
  "pane.calc.changed": msg<"label" | "changed" | "total">(
    "{label}: {changed} of {total, plural, one {# line} other {# lines}} changed in the Revaluation Journal.",
  ),
  "pane.calc.fromLastDirect": "Unit Cost (Revalued) from Last Direct Cost",
  "pane.calc.fromStandard": "Unit Cost (Revalued) from Standard Cost",
  "pane.calc.whatIf": "What-if",
  "pane.calc.notAPercentage": msg<"value">('"{value}" is not a percentage. Enter e.g. -10 or 5.5.'),
  "pane.calc.byPercent": msg<"percent">("Unit Cost (Revalued) changed by {percent} %"),
  "pane.calc.postingDateHint": "The date the inventory is valued on; the revaluation is posted on it.",
  "pane.calc.documentNoHint": "Blank: REVAL-<date>.",
  "pane.calc.per": "Calculate Per",
  "pane.calc.perItem": "Item",
  "pane.calc.perEntry": "Item Ledger Entry",
  "pane.calc.byLocation": "By Location",
  "pane.calc.byVariant": "By Variant",
  "pane.calc.base": "Calculation Base",
  "pane.calc.updateStandardCost": "Update Standard Cost",
  "pane.calc.items": "Items",
  "pane.calc.itemsHint": "Item numbers separated by commas; blank for all items.",
  "pane.calc.replace": "Replace a journal that was not posted",
  "pane.calc.calculate": "Calculate",
  "pane.calc.whatIfTitle": "What-if on the journal",
  "pane.calc.forItems": "For items",
  "pane.calc.forItemsHint": "Blank: every line of the journal.",
  "pane.calc.change": "Change %",
  "pane.calc.apply": "Apply",
  "pane.calc.lastDirect": "From Last Direct Cost",
  "pane.calc.standard": "From Standard Cost",

  // Preview and post
  "pane.post.title": "Preview and post",
  "pane.post.intro":
    "Reads the Revaluation Journal sheet. Preview shows what posting would change; nothing is written until you post.",
  "pane.post.preview": "Preview",
  "pane.post.readingJournal": "Reading the Revaluation Journal...",
  "pane.post.onACopy": "Posting on a copy and running Adjust Cost...",
  "pane.post.posting": "Posting",
  "pane.post.checking": "Checking every line before anything is written...",
  "pane.post.writing": "Posting: appending value entries, Posting Log, marking the journal posted...",
  "pane.post.done": msg<"lines" | "documentNos" | "revaluations" | "adjustments" | "amount">(
    "Posted {lines, plural, one {# line} other {# lines}} (document no. {documentNos}): {revaluations} revaluation " +
      "and {adjustments, plural, one {# adjustment value entry} other {# adjustment value entries}} appended to " +
      "Value Entries, amount {amount}. The Posting Log has a new row and the journal is marked Posted.",
  ),
  "pane.post.doneRange": msg<"lines" | "documentNos" | "revaluations" | "adjustments" | "first" | "last" | "amount">(
    "Posted {lines, plural, one {# line} other {# lines}} (document no. {documentNos}): {revaluations} revaluation " +
      "and {adjustments, plural, one {# adjustment value entry} other {# adjustment value entries}} appended to " +
      "Value Entries (entry no. {first}..{last}), amount {amount}. The Posting Log has a new row and the journal " +
      "is marked Posted.",
  ),
  "pane.post.adjust": "Run Adjust Cost after posting (forwards the revaluation to the sales it affects)",
  "pane.post.post": "Post",
  "pane.post.previewFirst": "Preview the journal first: Post is enabled once the preview shows what posting changes.",
  "pane.post.changedSincePreview":
    "The Revaluation Journal or the ledger changed since the preview, so nothing was posted.",
  "pane.post.previewNow": "The preview below is of the journal as it is now: check it, then post.",
  "pane.post.wouldCreate": msg<"count" | "adjustments">(
    "Posting would create {count, plural, one {# revaluation value entry} other {# revaluation value entries}}; " +
      "Adjust Cost would then add {adjustments}.",
  ),
  "pane.post.perItem": "Effect per item",
  "pane.post.item": "Item",
  "pane.post.inventoryBefore": "Inventory before",
  "pane.post.after": "after",
  "pane.post.cogsChange": "COGS change",
  "pane.post.perMonth": "Effect per item and month",
  "pane.post.month": "Month",
  "pane.post.inventory": "Inventory",
  "pane.post.cogs": "COGS",
  "pane.post.finishing": "Finishing the post",
  "pane.post.finishingInterrupted": "Finishing the interrupted post...",
  "pane.post.rollingBack": "Rolling back",
  "pane.post.deleting": "Deleting the value entries the interrupted post appended...",
  "pane.post.finish": "Finish the post",
  "pane.post.rollBack": "Roll back",
  "pane.post.inventoryDown": "inventory down",
  "pane.post.inventoryUp": "inventory up",
  "pane.post.cogsUp": "COGS up",
  "pane.post.cogsDown": "COGS down",
  "pane.post.unchanged": msg<"count">(
    "{count, plural, one {# item} other {# items}} the journal does not change not shown.",
  ),
  "pane.post.signs":
    "Inventory and COGS as they would be after posting, Adjust Cost included. A positive COGS change is more cost of goods sold (a lower margin), a negative one less.",
  "pane.scenarios.title": "Revaluation scenarios",
  "pane.scenarios.intro":
    "Try several revaluations before you post one. Each scenario is a set of Revaluation Journal lines, kept in " +
    "the Revaluation Scenarios sheet and compared on the ledger as it is now, on a copy: nothing is posted until " +
    "you post one.",
  "pane.scenarios.compare": "Compare",
  "pane.scenarios.comparing": "Comparing the scenarios on a copy of the ledger",
  "pane.scenarios.none": "There are no scenarios yet: add one below.",
  "pane.scenarios.sideBySide": "The scenarios side by side",
  "pane.scenarios.inventoryAfter": "Inventory after",
  "pane.scenarios.signs": "Negative: inventory down, or cost of goods sold down.",
  "pane.scenarios.staleMark":
    "* Stale: entries were posted for its items since it was calculated; the figures are what it gives now.",
  "pane.scenarios.cogsChart": "Cost of goods sold: change per month",
  "pane.scenarios.inventoryChart": "Inventory value: change per month",
  "pane.scenarios.sheetInventory": msg<"name">("{name}: inventory change"),
  "pane.scenarios.sheetCogs": msg<"name">("{name}: COGS change"),
  "pane.scenarios.sheetChart": "Change per month and scenario: inventory value and cost of goods sold",
  "pane.scenarios.current": "Calculated on the ledger as it is.",
  "pane.scenarios.stale": "Stale: recalculate it before you post it.",
  "pane.scenarios.postedAt": msg<"postedAt">("Posted on {postedAt}."),
  "pane.scenarios.byPercent": msg<"percent">("Unit cost changed by {percent} %"),
  "pane.scenarios.atUnitCost": msg<"cost">("Unit cost {cost}"),
  "pane.scenarios.typed": "Unit costs typed in the sheet",
  "pane.scenarios.whatIfOn": msg<"whatIf" | "date">("{whatIf}, posting date {date}"),
  "pane.scenarios.recalculate": "Recalculate",
  "pane.scenarios.refreshed": msg<"name">('The scenario "{name}" was calculated again on the ledger as it is now.'),
  "pane.scenarios.post": "Post",
  "pane.scenarios.posting": "Posting the scenario",
  "pane.scenarios.postedDone": msg<"name" | "revaluations" | "adjustments" | "amount">(
    'The scenario "{name}" was posted as the Revaluation Journal: {revaluations, plural, one {# revaluation entry} ' +
      "other {# revaluation entries}} ({amount}) and {adjustments, plural, one {# adjustment entry} other " +
      "{# adjustment entries}}. The other scenarios of its items are stale now.",
  ),
  "pane.scenarios.changedSinceCompare": msg<"name">(
    'The scenario "{name}" or the ledger changed since the comparison; nothing was posted. The comparison is shown ' +
      "again as it is now: look at it, then post.",
  ),
  "pane.scenarios.replaceJournal": "Replace a Revaluation Journal that is not posted yet",
  "pane.scenarios.perItem": "Per item",
  "pane.scenarios.hideItems": "Hide items",
  "pane.scenarios.perItemOf": msg<"name">("{name}, per item"),
  "pane.scenarios.noItemChanges": "It changes no item: every line's Amount is 0.00.",
  "pane.scenarios.addTitle": "Add a scenario",
  "pane.scenarios.name": "Name",
  "pane.scenarios.whatIf": "New unit cost",
  "pane.scenarios.percent": "The calculated unit cost changed by a percentage",
  "pane.scenarios.unitCost": "One unit cost for every line",
  "pane.scenarios.lastDirect": "The item's Last Direct Cost",
  "pane.scenarios.standard": "The item's Standard Cost",
  "pane.scenarios.calculated": "The calculated unit cost: I type the new ones in the sheet",
  "pane.scenarios.fromJournal": "The Revaluation Journal's lines as they stand",
  "pane.scenarios.percentValue": "Change in %, such as -10",
  "pane.scenarios.unitCostValue": "Unit cost, such as 8.00",
  "pane.scenarios.items": "Items (blank: every item)",
  "pane.scenarios.replace": "Replace the scenario of that name",
  "pane.scenarios.add": "Add scenario",
  "pane.scenarios.adding": "Adding the scenario",
  "pane.scenarios.writing": "Writing the Revaluation Scenarios sheet",
  "pane.scenarios.added": msg<"name" | "count" | "amount">(
    'The scenario "{name}" was added: {count, plural, one {# line} other {# lines}}, revaluation amount {amount}.',
  ),
  "pane.scenarios.missingDate": "Enter the revaluation's posting date; nothing was done.",
  "pane.scenarios.negativeCost": msg<"value">(
    '"{value}" is negative; nothing was done. Enter a unit cost of 0 or more.',
  ),
  "pane.scenarios.notANumber": msg<"value">('"{value}" is not a number; nothing was done. Enter it as -10 or 8.00.'),
  "pane.post.writeToSheet": "Write to sheet, with a chart",
  "pane.post.writingSheet": "Writing the Revaluation Preview sheet and its chart...",
  "pane.post.sheetWritten": msg<"sheet">(
    "The change per month is on the {sheet} sheet, with a chart beside it to copy into a report.",
  ),
  "pane.post.sheetWrittenNoChart": msg<"sheet">(
    "The change per month is on the {sheet} sheet (this Excel adds no chart).",
  ),
  "pane.post.chartTitle": "Change per month: inventory value and cost of goods sold",

  // Explain
  "pane.explain.title": "Explain an average cost",
  "pane.explain.intro":
    "Business Central's Average Cost Calc. Overview for an Average item on a date: the average cost period, the opening, each entry of the period, the closing and the average, as Adjust Cost leaves the ledger (run on a copy; nothing is written). Or select a COSTING cell or a ledger row in Excel and take it from there.",
  "pane.explain.date": "Date",
  "pane.explain.codeHint":
    "Only when Average Cost Calc. Type is Item & Location & Variant. Blank: each location; (blank): the entries without one.",
  "pane.explain.explain": "Explain",
  "pane.explain.explaining": "Explaining",
  "pane.explain.computing": "Running Adjust Cost on a copy and collecting the period's entries...",
  "pane.explain.fromSelection": "From the selected cell",
  "pane.explain.readingSelection": "Reading the selected cell...",
  "pane.explain.writeToSheet": "Write to sheet",
  "pane.explain.writing": "Writing the Average Cost Overview sheet...",
  "pane.explain.written": msg<"rows" | "sheet">(
    "{rows, plural, one {# row} other {# rows}} written to the {sheet} sheet.",
  ),
  "pane.explain.fromCall": msg<"address" | "name">("Explained from {address}: COSTING.{name}."),
  "pane.explain.fromRow": msg<"table" | "row">("Explained from {table}, row {row}."),
  "pane.explain.selectionNotUsable": msg<"address">(
    "The selected cell {address} holds no COSTING formula and is not a row of Value Entries or Item Ledger Entries; nothing was explained. Select such a cell in Excel and press From the selected cell again, or type the item and the date.",
  ),
  "pane.explain.notExplained": msg<"address" | "name">(
    "The selected cell {address} holds COSTING.{name}, which has no average behind it; nothing was explained. Select a cell with AVGCOST, UNITCOST, QTY, VALUE, REVALQTY or EXPLAIN.",
  ),
  "pane.explain.argumentUnknown": msg<"address" | "text">(
    "The selected cell {address} passes {text}, which the pane cannot read as an item, a date or a code; nothing was explained. Type the item and the date above and press Explain.",
  ),
  "pane.explain.argumentMissing": msg<"address">(
    "The formula in {address} gives no item or no date; nothing was explained. Type them above and press Explain.",
  ),
  "pane.explain.missing": "Enter the item number and a date, then press Explain.",
  "pane.explain.goTo": msg<"entry">("Go to item ledger entry {entry}"),
  "pane.explain.averageOf": "Average of",

  // Valuation
  "pane.valuation.title": "Inventory valuation",
  "pane.valuation.intro":
    "The inventory per item on a date, as costing valuation on the command line values it: quantity and value (actual and expected cost). Nothing is written.",
  "pane.valuation.date": "Date",
  "pane.valuation.basis": "Count the value entries",
  "pane.valuation.byValuationDate": "By valuation date (as Calculate Inventory Value and the average cost see it)",
  "pane.valuation.byPostingDate": "By posting date (as the Inventory Valuation report)",
  "pane.valuation.byLocation": "One line per location",
  "pane.valuation.adjusted":
    "With the adjustments Adjust Cost would post (run on a copy, as the COSTING functions answer)",
  "pane.valuation.value": "Value inventory",
  "pane.valuation.valuing": "Valuing",
  "pane.valuation.computing": "Adding up the value entries...",
  "pane.valuation.adjusting": "Running Adjust Cost on a copy and adding up the value entries...",
  "pane.valuation.heading": msg<"date">("Inventory on {date}, by valuation date"),
  "pane.valuation.headingPosting": msg<"date">("Inventory on {date}, by posting date"),
  "pane.valuation.none": "Nothing on hand and no value on that date.",
  "pane.valuation.expected": msg<"amount">(
    "Of the total, {amount} is expected cost (received or shipped, not yet invoiced).",
  ),
  "pane.valuation.hidden": msg<"count">(
    "{count, plural, one {# item} other {# items}} with nothing on hand and no value on that date not shown.",
  ),
  "pane.valuation.missingDate": "Enter a date, then press Value inventory.",

  // Journal lines
  "pane.journal.title": "Journal lines",
  "pane.journal.show": "Show the journal's lines",
  "pane.journal.readAgain": "Read the lines again",
  "pane.journal.reading": "Reading the Revaluation Journal...",
  "pane.journal.none": "The workbook has no Revaluation Journal yet: calculate one in the Calculate step first.",
  "pane.journal.saving": "Changing the unit cost",
  "pane.journal.writing": "Writing Unit Cost (Revalued) into the journal and recomputing the line...",
  "pane.journal.notANumber": msg<"text" | "example">(
    '"{text}" is not a unit cost; nothing was written. Enter a number of 0 or more, such as {example}.',
  ),
  "pane.journal.cannot":
    "That line could not be changed (it was posted, or the journal changed); nothing was written. The lines above are the journal as it is now.",
  "pane.journal.onHand": msg<"quantity" | "unitCost">("{quantity} at {unitCost} calculated"),
  "pane.journal.unitCostOf": msg<"item" | "row">("Unit Cost (Revalued) of {item}, row {row}"),
  "pane.journal.more": msg<"shown" | "count">("The first {shown} of {count} lines; the sheet holds them all."),
};

/** Messages that stay English: a derived column's table, column and how it was derived are the engine's words. */
export const ENGLISH_ONLY_PANE: readonly (keyof typeof paneEn)[] = [];

// Messages the workbook's use cases and the COSTING functions give, in English (the catalogue's keys and
// parameters): the front end's words for the next step (the command line names the command to run, the task
// pane its step), row lists, and the refusals of calculating, posting and an interrupted post.
import { msg } from "../msg";

export const en = {
  // A problem, as listed (its message is the engine's or the reader's)
  "problem.error": msg<"message">("Error: {message}"),
  "problem.warning": msg<"message">("Warning: {message}"),
  // "label: value" (French puts a space before the colon)
  field: msg<"label" | "value">("{label}: {value}"),

  // Lists
  rows: msg<"count" | "rows">("{count, plural, one {row} other {rows}} {rows}"),
  entriesMore: msg<"entries" | "more">("{entries}, ... ({more} more)"),
  "costingMethod.noItemsTable": msg<"count" | "items">(
    "The workbook has no Items table, so the costing method of {count, plural, one {# item} other {# items}} of the " +
      "ledger is not known ({items}); nothing is costed on a guess. In Business Central open Items, choose Personalize, add the Costing Method column (hidden by default on the Item List), and export again (a sheet named " +
      '"Items"), or add an Items table with the columns No. and Costing Method by hand.',
  ),
  "costingMethod.noColumn": msg<"table" | "count" | "items">(
    '{table}: the column "Costing Method" is missing, so the costing method of ' +
      "{count, plural, one {# item} other {# items}} of the ledger is not known ({items}); nothing is costed on a " +
      "guess. In Business Central open Items, choose Personalize, add the Costing Method column (hidden by default on the Item List), and export again, or add a Costing Method column to the Items table by hand (a header with the costing method on each " +
      "item's row; a column under another header can be mapped in the task pane's Ledger step, Map columns).",
  ),
  "costingMethod.itemRow": msg<"item" | "row">("{item} (row {row})"),
  "costingMethod.emptyCells": msg<"table" | "count" | "items">(
    '{table}, column "Costing Method": the cell is empty for {count, plural, one {# item} other {# items}} of the ' +
      "ledger ({items}), so {count, plural, one {its} other {their}} costing method is not known; nothing is costed " +
      "on a guess. Enter each one's Costing Method as Business Central has it on the item card (FIFO, LIFO, " +
      "Specific, Average or Standard).",
  ),
  "costingMethod.notListed": msg<"table" | "count" | "items">(
    "{table}: {count, plural, one {# item of the ledger is} other {# items of the ledger are}} not in the Items " +
      "table ({items}), so {count, plural, one {its} other {their}} costing method is not known; nothing is costed " +
      "on a guess. Add {count, plural, one {it} other {them}} to the Items table with No. and Costing Method as " +
      "Business Central has {count, plural, one {it} other {them}} (export Items again, with the Costing Method column).",
  ),
  "costingMethod.orChoose": msg<"how">("Or cost them all with one costing method: {how}."),
  "costingMethod.chooseOnCommandLine": msg<"methods">("run the command again with --costing-method {methods}"),
  "costingMethod.standardWithoutCost": msg<"count" | "items">(
    "Standard was chosen as the costing method of the items the workbook gives none, but the Items table gives no " +
      "Standard Cost for {count, plural, one {# item} other {# items}} of them ({items}): a Standard item's entries " +
      "are posted at its Standard Cost, so costing {count, plural, one {it} other {them}} as Standard without it " +
      "would be a guess. In Business Central open Items, choose Personalize, add the Costing Method and Standard " +
      "Cost columns (both hidden by default on the Item List), and export again, or choose another costing method.",
  ),
  "costingMethod.notNeeded": msg<"method" | "how">(
    "Costing method {method} ({how}) was not needed: the workbook gives every item its costing method.",
  ),
  "costingMethod.chosen": msg<"method" | "how" | "count" | "items">(
    "Costing method {method} ({how}) for the {count, plural, one {# item} other {# items}} the workbook gives no " +
      "costing method: {items}. Every other item is costed with the costing method of its Items row.",
  ),

  // The next step, as each front end words it (NextSteps): the command line (cli) and the task pane (pane).
  // Each phrase follows "then" or "and", or starts a sentence once capitalized.
  "next.workbook.cli": msg<"workbook">('The workbook "{workbook}"'),
  "next.workbook.pane": "The workbook",
  "next.again.cli": "run the command again",
  "next.again.pane": "try again",
  "next.calculate.cli": msg<"workbook">('run "costing calc-value {workbook} --date <YYYY-MM-DD>"'),
  "next.calculate.pane": 'use "Calculate inventory value" in the task pane',
  "next.adjust.cli": 'run "costing adjust"',
  "next.adjust.pane": 'use "Adjust cost" in the task pane',
  "next.calculateNew.cli": msg<"workbook">(
    'calculate a new journal: "costing calc-value {workbook} --date <YYYY-MM-DD>"',
  ),
  "next.calculateNew.pane": msg<"calculate">("{calculate} to calculate a new journal"),
  "next.postOrReplace.cli": msg<"workbook">(
    'Post it first ("costing post {workbook}"), or run calc-value again with --replace to discard it.',
  ),
  "next.postOrReplace.pane": "Post it first, or calculate again choosing to replace it.",
  "next.calculateAgain.cli": msg<"workbook" | "date">(
    'run "costing calc-value {workbook} --date {date} --replace" (with the --item, --per and other options it was calculated with)',
  ),
  "next.calculateAgain.pane": msg<"calculate" | "date">("{calculate} for {date}, choosing to replace the journal"),
  "next.finishPost.cli": msg<"workbook">('with "costing post {workbook} --finish"'),
  "next.rollBackPost.cli": msg<"workbook">('with "costing post {workbook} --rollback"'),

  "next.refreshScenario.cli": msg<"workbook" | "name">("run \"costing scenario refresh {workbook} --name '{name}'\""),
  "next.refreshScenario.pane": msg<"name">('press "Recalculate" on the scenario "{name}"'),
  "next.replaceScenario.cli": "Give another name, or add it again with --replace to calculate it anew.",
  "next.replaceScenario.pane": 'Give another name, or tick "Replace the scenario of that name".',

  "next.postOrReplaceScenario.cli": msg<"workbook">(
    'Post it first ("costing post {workbook}"), or post the scenario with --replace to discard it.',
  ),
  "next.postOrReplaceScenario.pane": 'Post it first, or tick "Replace a Revaluation Journal that is not posted yet".',

  // Revaluation scenarios
  "scenario.postedBefore": msg<"name" | "postedAt" | "row">(
    'The scenario "{name}" was posted already on {postedAt} (Posting Log, row {row}); nothing was posted. Posting ' +
      "it again would revalue the inventory twice.",
  ),
  "scenario.journalPosted": msg<"journal">(
    "The {journal} was posted already; nothing was written. A scenario is taken from a journal not posted yet: " +
      "calculate a new one first.",
  ),
  "scenario.nameMissing": "Give the scenario a name; nothing was written.",
  "scenario.nothingWritten": "nothing was written.",
  "scenario.exists": msg<"name" | "table" | "replace">(
    'There is a scenario "{name}" in {table} already; nothing was written. {replace}',
  ),
  "scenario.none": msg<"workbook">("{workbook} has no revaluation scenarios yet; nothing was done. Add one first."),
  "scenario.notFound": msg<"name" | "table" | "names">(
    '{table} has no scenario "{name}"; nothing was done. Its scenarios are: {names}.',
  ),
  "scenario.problems": msg<"table" | "count" | "again">(
    "{table} has {count, plural, one {# problem} other {# problems}} that must be fixed first; nothing was done. " +
      "Correct the cells named below and {again}.",
  ),
  "scenario.noJournal": msg<"workbook" | "calculate">(
    "{workbook} has no Revaluation Journal lines to take the scenario from; nothing was written. {calculate} first.",
  ),
  "scenario.refused": msg<"name" | "count">(
    'The scenario "{name}" cannot be calculated: Calculate Inventory Value was refused for ' +
      "{count, plural, one {# reason} other {# reasons}} below; nothing was written.",
  ),
  "scenario.nothing": msg<"name" | "date">(
    'The scenario "{name}" has nothing to revalue on {date} (no inventory of its items); nothing was written.',
  ),
  "scenario.stale": msg<"name" | "refresh">(
    'The scenario "{name}" was calculated on the ledger as it was before: entries were posted since for its ' +
      "items; nothing was posted. {refresh}, look at its effect again, then post it.",
  ),
  "scenario.noAmount": msg<"name">(
    'The scenario "{name}" revalues nothing: every line\'s Amount is 0.00; nothing was posted. Enter the new Unit ' +
      "Cost (Revalued) on its lines in the Revaluation Scenarios table, or add it again with a what-if.",
  ),
  "scenario.postRefused": msg<"name" | "count">(
    'Posting the scenario "{name}" would be refused for {count, plural, one {# reason} other {# reasons}} below; ' +
      "nothing was posted.",
  ),
  // The engine's refusals of a scenario's recipe (src/engine/revaluationScenario.ts): {base} is a what-if's name
  // (scenario.whatIf.*), {percent} a decimal.
  "scenario.baseNotPerEntry": msg<"base">(
    "A scenario from the item's {base} is calculated per item: Calculate Per Item Ledger Entry takes no " +
      "calculation base. Calculate it per item, or give a percentage or a unit cost.",
  ),
  "scenario.percentBelow": msg<"percent">(
    "A change of {percent} % would make the unit costs negative. Give a change of -100 % or more.",
  ),

  // Calculate Inventory Value and the journal read for posting
  "journal.nothingPosted": "nothing was posted.",
  "journal.nothingPreviewed": "nothing was previewed.",
  "journal.unposted": msg<"workbook" | "journal" | "count" | "rows" | "documentNos" | "postOrReplace">(
    "{workbook} already has a {journal} with {count, plural, one {# line} other {# lines}} not posted yet ({rows}, " +
      "document no. {documentNos}); nothing was written. {postOrReplace}",
  ),
  "journal.unpostedNoDocument": msg<"workbook" | "journal" | "count" | "rows" | "postOrReplace">(
    "{workbook} already has a {journal} with {count, plural, one {# line} other {# lines}} not posted yet ({rows}); " +
      "nothing was written. {postOrReplace}",
  ),
  "journal.calculateRefused": msg<"count">(
    "Calculate Inventory Value was refused for {count, plural, one {# reason} other {# reasons}} below; nothing was written.",
  ),
  "journal.missing": msg<"workbook" | "nothing" | "calculate" | "again">(
    "{workbook} has no Revaluation Journal; {nothing} {calculate} to calculate one, enter the new Unit Cost " +
      "(Revalued) on its lines, and {again}.",
  ),
  "journal.problems": msg<"journal" | "count" | "nothing" | "again">(
    "The {journal} has {count, plural, one {# problem} other {# problems}} that must be fixed first; {nothing} " +
      "Correct the cells named below and {again}.",
  ),
  "journal.postedLogged": msg<
    "journal" | "postedAt" | "documentNo" | "first" | "last" | "row" | "nothing" | "calculateNew"
  >(
    "The {journal} was posted already on {postedAt} (document no. {documentNo}, value entries {first}..{last}; " +
      "Posting Log, row {row}); {nothing} Posting it again would revalue the inventory twice. To revalue again, " +
      "{calculateNew}.",
  ),
  "journal.postedLoggedSome": msg<
    "journal" | "postedAt" | "documentNo" | "first" | "last" | "row" | "nothing" | "calculateNew" | "rows"
  >(
    "The {journal} was posted already on {postedAt} (document no. {documentNo}, value entries {first}..{last}; " +
      "Posting Log, row {row}); {nothing} Posting it again would revalue the inventory twice. To revalue again, " +
      "{calculateNew}, or delete the posted lines ({rows}) to post only the others.",
  ),
  "journal.blankDocumentNo": "blank",
  "journal.postedRows": msg<"journal" | "rows" | "count" | "nothing" | "calculateNew">(
    "The {journal} was posted already (its {rows} {count, plural, one {says} other {say}} Posted = Yes); {nothing} " +
      "Posting it again would revalue the inventory twice. To revalue again, {calculateNew}.",
  ),
  "journal.postedRowsSome": msg<"journal" | "rows" | "count" | "nothing" | "calculateNew">(
    "The {journal} was posted already (its {rows} {count, plural, one {says} other {say}} Posted = Yes); {nothing} " +
      "Posting it again would revalue the inventory twice. To revalue again, {calculateNew}, or delete the posted " +
      "lines ({rows}) to post only the others.",
  ),
  "journal.cannotCompare": msg<"journal" | "count" | "nothing" | "again">(
    "The {journal} cannot be compared with the ledger, which it must match to be posted: Calculate Inventory " +
      "Value, run again for its lines, is refused for {count, plural, one {# reason} other {# reasons}} below; " +
      "{nothing} Correct what they say and {again}.",
  ),
  "journal.stale": msg<"journal" | "count" | "nothing" | "recalculate">(
    "The {journal} was calculated on the ledger as it was before: {count, plural, one {# line no longer matches} " +
      "other {# lines no longer match}} what Calculate Inventory Value gives now (below); {nothing} Posting it would " +
      "revalue the inventory from values it no longer has, a second time if the journal was posted before. " +
      "{recalculate}, then enter the new Unit Cost (Revalued) and post again.",
  ),
  "journal.previewRefused": msg<"journal" | "count" | "nothing">(
    "Posting the {journal} would be refused for {count, plural, one {# reason} other {# reasons}} below; {nothing}",
  ),

  // Posting
  "post.noLines": msg<"journal" | "nothing" | "again">(
    "The {journal} has no lines, so there is nothing to post; {nothing} Enter the new Unit Cost (Revalued), or " +
      "Inventory Value (Revalued), on the lines to revalue, then {again}.",
  ),
  "post.noAmount": msg<"journal" | "count" | "nothing" | "again">(
    "The {journal} has no line with an Amount other than 0.00 ({count, plural, one {# line} other {# lines}}), so " +
      "there is nothing to post; {nothing} Enter the new Unit Cost (Revalued), or Inventory Value (Revalued), on " +
      "the lines to revalue, then {again}.",
  ),
  "post.refused": msg<"journal" | "count" | "nothing">(
    "Posting the {journal} was refused for {count, plural, one {# reason} other {# reasons}} below; {nothing}",
  ),

  // An interrupted post
  "interrupted.finishWith": msg<"journal" | "documentNos" | "first" | "last" | "finish" | "rollBack">(
    "A post of the {journal} (document no. {documentNos}) was interrupted: value entries {first}..{last} were " +
      "appended, but the Posting Log has no row for them. Finish the post {finish} (Adjust Cost, items, " +
      "Posting Log, journal marked posted) or roll it back {rollBack} (those rows deleted); posting again would " +
      "revalue the inventory twice.",
  ),
  "interrupted.finishInPane": msg<"journal" | "documentNos" | "first" | "last">(
    "A post of the {journal} (document no. {documentNos}) was interrupted: value entries {first}..{last} were " +
      "appended, but the Posting Log has no row for them. Finish the post (Adjust Cost, items, Posting Log, " +
      "journal marked posted) or roll it back (those rows deleted) in the task pane's Post step; posting again " +
      "would revalue the inventory twice.",
  ),
  "interrupted.partialWith": msg<"journal" | "documentNos" | "first" | "last" | "rollBack">(
    "A post of the {journal} (document no. {documentNos}) was interrupted: value entries {first}..{last} were " +
      "appended, but the Posting Log has no row for them. Only part of its revaluation entries were written: roll " +
      "it back {rollBack} (those rows are deleted), then post again.",
  ),
  "interrupted.partialInPane": msg<"journal" | "documentNos" | "first" | "last">(
    "A post of the {journal} (document no. {documentNos}) was interrupted: value entries {first}..{last} were " +
      "appended, but the Posting Log has no row for them. Only part of its revaluation entries were written: roll " +
      "it back in the task pane's Post step (those rows are deleted), then post again.",
  ),

  // Adjust Cost: an item whose costs do not settle
  "unsettled.entries": msg<"item" | "rounds" | "entries" | "again">(
    "Item {item} was not adjusted: after {rounds} rounds of Adjust Cost the costs of item ledger entries {entries} " +
      "kept changing each other (a loop of applications or transfers). No value entries were written for it; the " +
      "other items were adjusted. Check the Applies-to Entry and the transfers of those entries, correct the ledger " +
      "and {again}.",
  ),
  "unsettled.item": msg<"item" | "rounds" | "again">(
    "Item {item} was not adjusted: after {rounds} rounds of Adjust Cost its costs kept changing (a loop of " +
      "applications or transfers). No value entries were written for it; the other items were adjusted. Check the " +
      "Applies-to Entry and the transfers of those entries, correct the ledger and {again}.",
  ),

  // The COSTING functions' errors (Excel shows them from the cell's error indicator)
  "fn.itemMissing": "The item number is missing. Give an item number such as AVG-DAY.",
  "fn.beforeLedger": msg<"date" | "first">(
    "{date} is before the ledger's first entry ({first}). Give a date from {first} on.",
  ),
  "fn.nothingToAverage": msg<"item" | "start" | "end" | "quantity">(
    "Item {item} has nothing to average in the period {start} to {end}: its quantity there is {quantity}.",
  ),
  "fn.nothingOnHand": msg<"item" | "date">("Item {item} has nothing on hand on {date}, so it has no unit cost."),
  "fn.rangesNotAligned": "The ranges given to AVGCOSTS are not the same size; this cell has no pair.",
  "fn.noLedgerBoth":
    "No ledger found in this workbook: the COSTING functions need the tables Item Ledger Entries and Value " +
    "Entries (sheets or Excel tables of those names, as exported from Business Central; Items gives the costing " +
    "methods, Inventory Setup and Accounting Periods the average cost periods). Missing: Item Ledger Entries and " +
    "Value Entries.",
  "fn.noItemLedgerEntries":
    "No ledger found in this workbook: the COSTING functions need the tables Item Ledger Entries and Value " +
    "Entries (sheets or Excel tables of those names, as exported from Business Central; Items gives the costing " +
    "methods, Inventory Setup and Accounting Periods the average cost periods). Missing: Item Ledger Entries.",
  "fn.noValueEntries":
    "No ledger found in this workbook: the COSTING functions need the tables Item Ledger Entries and Value " +
    "Entries (sheets or Excel tables of those names, as exported from Business Central; Items gives the costing " +
    "methods, Inventory Setup and Accounting Periods the average cost periods). Missing: Value Entries.",
  "fn.notCostable": msg<"count" | "first">(
    "The ledger in this workbook cannot be costed: {count, plural, one {# problem} other {# problems}}, the " +
      "first: {first} Open Home > Inventory Costing: its Ledger step lists every problem and goes to its cell.",
  ),
  "fn.dateMissing": "The date is missing. Give a date cell or text such as 2020-03-01.",
  "fn.notADate": msg<"value">("The date {value} is not a date. Give a date cell or text such as 2020-03-01."),
  "fn.textNotADate": msg<"value">('The date "{value}" is not a date.'),
  "fn.dateNotRead": msg<"value" | "reason">("The date {value} {reason}"),
  "fn.flag": msg<"what" | "value">('{what} takes TRUE or FALSE, not "{value}".'),
  // A message of the engine (English) passed on as it is.
  "fn.engine": msg<"message">("{message}"),
  "fn.unexpected": msg<"reason">("Inventory Costing could not answer this: {reason}"),
};

/**
 * Messages whose parameters carry text only English has (a reason from the engine or the cell reader, a
 * program's error): no language translates them, so they are English whole, never half translated.
 */
export const ENGLISH_ONLY_COMMON: readonly (keyof typeof en)[] = [
  "fn.dateNotRead",
  "fn.engine",
  "fn.unexpected",
  "fn.notCostable",
];

// The use cases the command line and the task pane share, over any WorkbookPort (files or Office.js): load
// the ledger, append value entries and write items' costs, calculate the Revaluation Journal, read it for
// posting, preview and post it. No Node API here: this runs in the browser too.
export { loadLedger, appendValueEntries, updateItems, roundingOf, type TableFound, type LoadedLedger } from "./ledger";
export {
  calculateJournal,
  readJournalForPosting,
  readInterruptedPost,
  previewJournal,
  journalProblems,
  type JournalForPosting,
  type JournalPurpose,
  type JournalReplaced,
} from "./journal";
export { postJournal, type PostSummary } from "./post";
export { postedAtNow } from "../journal";
export { journalChecksum, ledgerStateText, postingChecksum, sha256Hex } from "./checksum";
export {
  changeWords,
  entryList,
  rowList,
  rowRanges,
  unsettledMessage,
  wordsOf,
  type NextSteps,
  type Outcome,
} from "./wording";
export {
  findInterruptedPost,
  finishInterruptedPost,
  interruptedMessage,
  rollBackInterruptedPost,
  type InterruptedPost,
} from "./interrupted";
export {
  addScenario,
  compareScenarios,
  listScenarios,
  postScenario,
  refreshScenario,
  scenarioLedgerState,
  type ScenarioCompared,
  type ScenarioSource,
  type ScenarioStatus,
} from "./scenario";

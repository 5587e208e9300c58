// Styles the steps share: a column of sections sized for a 320 px pane, right-aligned numbers.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStepStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  number: { textAlign: "right" },
  /** A figure or a date in a narrow table: right-aligned, never broken inside (the pane breaks long words). */
  figure: { textAlign: "right", whiteSpace: "nowrap", overflowWrap: "normal" },
  /** A date or figure on a line of its own in a cell of words: small, never broken inside. */
  figureLine: { fontSize: "smaller", whiteSpace: "nowrap" },
  /** An item number: whole on one line (Business Central's codes are at most 20 characters). */
  code: { whiteSpace: "nowrap" },
  /** Words under a cell's main text (what a change means): small, broken between words. */
  note: { fontSize: "smaller", overflowWrap: "normal" },
  /** Its header: right-aligned above it, broken between words only. */
  figureHeader: { textAlign: "right", overflowWrap: "normal", justifyContent: "flex-end" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

// The items a revaluation changes, as the Post step's preview and the Scenarios step show them: only those it
// changes, the largest change first (changedItems), each change in words under the item (changeWords).
import * as React from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { changedItems, type RevaluationPreview } from "../engine";
import { changeWords } from "../workbook/useCases";
import { useMessages } from "./messages";
import { useStepStyles } from "./styles";

export function ChangedItems({
  preview,
  label,
}: {
  readonly preview: Pick<RevaluationPreview, "items">;
  /** The table's accessible name. */
  readonly label: string;
}): React.JSX.Element {
  const styles = useStepStyles();
  const m = useMessages();
  return (
    <Table size="small" aria-label={label} style={{ tableLayout: "auto" }}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{m.t("pane.post.item")}</TableHeaderCell>
          <TableHeaderCell className={styles.figureHeader}>{m.t("pane.post.inventoryBefore")}</TableHeaderCell>
          <TableHeaderCell className={styles.figureHeader}>{m.t("pane.post.after")}</TableHeaderCell>
          <TableHeaderCell className={styles.figureHeader}>{m.t("pane.post.cogsChange")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changedItems(preview).map((i) => (
          <TableRow key={i.itemNo}>
            <TableCell>
              <div className={styles.code}>{i.itemNo}</div>
              <div className={styles.note}>{changeWords(i, m)}</div>
            </TableCell>
            <TableCell className={styles.figure}>{m.amount(i.inventoryBefore)}</TableCell>
            <TableCell className={styles.figure}>{m.amount(i.inventoryAfter)}</TableCell>
            <TableCell className={styles.figure}>{m.amount(i.cogsAfter - i.cogsBefore)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

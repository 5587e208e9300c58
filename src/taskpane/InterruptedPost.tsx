// An interrupted post found in the workbook (value entries appended, no Posting Log row): said plainly, with
// the two ways out. Finish completes it (Adjust Cost, items, Posting Log, journal marked posted); Roll back
// deletes the rows it appended. Posting the journal again stays refused until one of them is done.
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import {
  finishInterruptedPost,
  interruptedMessage,
  readInterruptedPost,
  rollBackInterruptedPost,
  type InterruptedPost as Found,
} from "../workbook/useCases";
import type { JournalRead } from "../workbook/journal";
import { StepFailure, useJob, type StepProps } from "./work";
import { paneNextSteps, useMessages } from "./messages";

export function InterruptedPost({ ledger, open, onChanged }: StepProps): React.JSX.Element {
  const m = useMessages();
  const { run, view, busy } = useJob(open);
  const [state, setState] = React.useState<{ journal: JournalRead; found: Found } | null>(null);

  React.useEffect(() => {
    let live = true;
    void readInterruptedPost(
      open(() => {}),
      ledger,
    )
      .then((s) => live && setState(s))
      .catch(() => live && setState(null));
    return () => {
      live = false;
    };
  }, [ledger, open]);

  if (!state) return <>{view}</>;
  const finish = () =>
    run(m.t("pane.post.finishing"), async (job) => {
      job.writing(m.t("pane.post.finishingInterrupted"));
      const r = await finishInterruptedPost(job.port, ledger, state.journal, state.found, { adjust: true });
      if (!r.ok) throw new StepFailure(r.message, r.problems);
      onChanged();
    });
  const rollBack = () =>
    run(m.t("pane.post.rollingBack"), async (job) => {
      job.writing(m.t("pane.post.deleting"));
      const r = await rollBackInterruptedPost(job.port, state.found);
      if (!r.ok) throw new StepFailure(r.message, r.problems);
      onChanged();
    });
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {interruptedMessage(state.found, m.caption("Revaluation Journal"), paneNextSteps(m))}
        </MessageBarBody>
        <MessageBarActions>
          {state.found.complete && (
            <Button onClick={() => void finish()} disabled={busy}>
              {m.t("pane.post.finish")}
            </Button>
          )}
          <Button onClick={() => void rollBack()} disabled={busy}>
            {m.t("pane.post.rollBack")}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {view}
    </>
  );
}

// The task pane's language: the catalogue in Excel's display language (Office.context.displayLanguage), given
// to every step through React context; English (en-US numbers) when the pane is rendered without one.
import * as React from "react";
import { messages, officeLocale, type Messages } from "../i18n";
import type { NextSteps } from "../workbook/useCases";

/** English as Excel in en-US shows it ("1,200 rows"). */
export const PANE_ENGLISH: Messages = messages(officeLocale("en-US"));

const MessagesContext = React.createContext<Messages>(PANE_ENGLISH);

export function MessagesProvider({
  messages: m,
  children,
}: {
  readonly messages: Messages;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  return <MessagesContext.Provider value={m}>{children}</MessagesContext.Provider>;
}

/** The messages of the pane's language. */
export const useMessages = (): Messages => React.useContext(MessagesContext);

/** The next steps as the task pane words them (its steps' names), in the pane's language. */
export function paneNextSteps(m: Messages): NextSteps {
  return { messages: m, calculate: m.t("next.calculate.pane"), adjust: m.t("next.adjust.pane") };
}

// A date field in the pane's language (Excel's display language), not the browser's: shown and typed as the
// locale writes dates ("31.12.2025", "31/12/2025", "2025-12-31"; ISO is understood in every language), kept by
// the step as an ISO date. A browser's date input follows the operating system's locale whatever Office's
// language is, and shows mm/dd/yyyy to a German controller.
import * as React from "react";
import { Input } from "@fluentui/react-components";
import type { Messages } from "../i18n";
import { parseDate, type DateOrder } from "../workbook/values";
import { useMessages } from "./messages";

const EXAMPLE = "2025-12-31";

/** Whether the locale writes the day or the month first (its form of 31 December). */
export function dateOrderOf(m: Messages): DateOrder {
  const shown = m.date(EXAMPLE);
  return shown.indexOf("31") < shown.indexOf("12") ? "dmy" : "mdy";
}

/** What a step says of a date field whose text is not a date: which field, the text, how to write one. */
export function dateNotRead(what: string, text: string, m: Messages): string {
  return m.t("pane.dateNotRead", { what, text, example: m.date(EXAMPLE) });
}

/** The ISO date typed in the locale's form; the text itself when it is not a date (the step says so). */
export function typedDate(text: string, m: Messages): string {
  const parsed = parseDate(text, dateOrderOf(m));
  return parsed.ok ? parsed.value : text.trim();
}

export function DateInput({
  value,
  onChange,
}: {
  /** The ISO date ("" for none; anything else is shown as it is). */
  readonly value: string;
  readonly onChange: (isoOrText: string) => void;
}): React.JSX.Element {
  const m = useMessages();
  const [text, setText] = React.useState(() => m.date(value));
  // A date set by the step (From the selected cell, say) is shown in the locale's form.
  React.useEffect(() => {
    setText((t) => (typedDate(t, m) === value ? t : m.date(value)));
  }, [value, m]);
  return (
    <Input
      value={text}
      placeholder={m.date(EXAMPLE)}
      onChange={(_, d) => {
        setText(d.value);
        onChange(typedDate(d.value, m));
      }}
      onBlur={() => setText((t) => (typedDate(t, m) === value && value !== "" ? m.date(value) : t))}
    />
  );
}

// The costing method of the items the workbook gives none (Business Central's Item List hides Costing Method,
// so an export of it often lacks it): costing stops on them until the workbook gives it or the user chooses one
// here, explicitly; a choice made is said at the top of every step (CostingMethodNote).
import * as React from "react";
import { Dropdown, Field, MessageBar, MessageBarBody, Option } from "@fluentui/react-components";
import { COSTING_METHODS, type CostingMethod, type MessageText } from "../engine";
import { chosenCostingMethodNote, type CostingMethodsRead } from "../workbook/costingMethods";
import { useMessages } from "./messages";

/** The pane's words for choosing, at the end of the error for items without a costing method. */
export const PANE_CHOOSE: MessageText = {
  key: "pane.costingMethod.howToChoose",
  params: { label: { key: "pane.costingMethod.label", params: {} } },
};

/** Offered when items lack a costing method (or one was chosen for them): the dropdown of the five methods. */
export function CostingMethodChoice({
  read,
  value,
  onChange,
  disabled,
}: {
  readonly read: CostingMethodsRead | undefined;
  readonly value: CostingMethod | undefined;
  readonly onChange: (method: CostingMethod | undefined) => void;
  readonly disabled?: boolean;
}): React.JSX.Element | null {
  const m = useMessages();
  if (!read || (read.missing.length === 0 && value === undefined)) return null;
  const notChosen = m.t("pane.costingMethod.notChosen");
  const text = value ? m.enumCaption("costingMethod", value) : notChosen;
  return (
    <Field label={m.t("pane.costingMethod.label")} hint={m.t("pane.costingMethod.hint")}>
      <Dropdown
        value={text}
        selectedOptions={[value ?? ""]}
        disabled={disabled}
        onOptionSelect={(_, d) => onChange(d.optionValue ? (d.optionValue as CostingMethod) : undefined)}
      >
        <Option value="">{notChosen}</Option>
        {COSTING_METHODS.map((method) => (
          <Option key={method} value={method}>
            {m.enumCaption("costingMethod", method)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** The visible note that numbers are costed with the costing method chosen in the pane (nothing when none is). */
export function CostingMethodNote({
  read,
}: {
  readonly read: CostingMethodsRead | undefined;
}): React.JSX.Element | null {
  const m = useMessages();
  const note = read && chosenCostingMethodNote(read, m.t("pane.costingMethod.chosenHere"), m);
  if (!note) return null;
  return (
    <MessageBar intent="warning" aria-label={m.t("pane.costingMethod.chosenLabel")}>
      <MessageBarBody>{note}</MessageBarBody>
    </MessageBar>
  );
}

// The costing method of the items the workbook gives none (Business Central's Item List hides Costing Method,
// so an export of it often lacks it): costing stops on them until the workbook gives it or the user chooses one
// here, explicitly; a choice made is said at the top of every step (CostingMethodNote).
import * as React from "react";
import { Dropdown, Field, MessageBar, MessageBarBody, Option } from "@fluentui/react-components";
import { COSTING_METHODS, type CostingMethod } from "../engine";
import { chosenCostingMethodNote, type CostingMethodsRead } from "../workbook/costingMethods";

/** The choice's label, which the error for items without a costing method points to. */
export const CHOICE_LABEL = "Cost items without a costing method as";

/** The pane's words for choosing, at the end of that error. */
export const PANE_CHOOSE = `choose one under "${CHOICE_LABEL}" in the Ledger step`;

const NOT_CHOSEN = "Not chosen: costing stops";

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
  if (!read || (read.missing.length === 0 && value === undefined)) return null;
  const text = value ?? NOT_CHOSEN;
  return (
    <Field
      label={CHOICE_LABEL}
      hint={
        "Only for the items the workbook gives no costing method. Better: add the Costing Method column to the " +
        "export (Items, Personalize) and read again."
      }
    >
      <Dropdown
        value={text}
        selectedOptions={[value ?? ""]}
        disabled={disabled}
        onOptionSelect={(_, d) => onChange(d.optionValue ? (d.optionValue as CostingMethod) : undefined)}
      >
        <Option value="">{NOT_CHOSEN}</Option>
        {COSTING_METHODS.map((m) => (
          <Option key={m} value={m}>
            {m}
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
  const note = read && chosenCostingMethodNote(read, "chosen in the Ledger step");
  if (!note) return null;
  return (
    <MessageBar intent="warning" aria-label="Costing method chosen">
      <MessageBarBody>{note}</MessageBarBody>
    </MessageBar>
  );
}

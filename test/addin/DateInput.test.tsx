/**
 * @jest-environment jsdom
 */
// Date fields in the pane's language, not the browser's (src/taskpane/DateInput.tsx): a German controller types
// and reads 01.03.2020, a Swede 2020-03-01, an American ISO; ISO is understood in every language; what is not a
// date reaches the step as typed, and the step says so.
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { Field } from "@fluentui/react-components";
import { messages, officeLocale } from "../../src/i18n";
import { MessagesProvider } from "../../src/taskpane/messages";
import { DateInput, dateOrderOf } from "../../src/taskpane/DateInput";

function Harness({ lang, seen }: { lang: string; seen: string[] }) {
  const [value, setValue] = React.useState("2025-12-31");
  return (
    <MessagesProvider messages={messages(officeLocale(lang))}>
      <Field label="Date">
        <DateInput
          value={value}
          onChange={(v) => {
            seen.push(v);
            setValue(v);
          }}
        />
      </Field>
    </MessagesProvider>
  );
}

test.each([
  ["de-DE", "31.12.2025", "1.3.2020", "01.03.2020"],
  ["sv-SE", "2025-12-31", "2020-03-01", "2020-03-01"],
  ["en-US", "2025-12-31", "2020-03-01", "2020-03-01"],
  ["fr-FR", "31/12/2025", "01/03/2020", "01/03/2020"],
])("%s: shown as %s; %s typed is 2020-03-01, shown as %s after leaving the field", (lang, shown, typed, after) => {
  const seen: string[] = [];
  render(<Harness lang={lang} seen={seen} />);
  const input = screen.getByLabelText("Date") as HTMLInputElement;
  expect(input.value).toBe(shown);
  fireEvent.change(input, { target: { value: typed } });
  expect(seen.at(-1)).toBe("2020-03-01");
  fireEvent.blur(input);
  expect(input.value).toBe(after);
  fireEvent.change(input, { target: { value: "2020-03-01" } }); // ISO, in any language
  expect(seen.at(-1)).toBe("2020-03-01");
  fireEvent.change(input, { target: { value: "soon" } });
  expect(seen.at(-1)).toBe("soon");
});

test("the order of day and month is the locale's", () => {
  expect(dateOrderOf(messages(officeLocale("de-DE")))).toBe("dmy");
  expect(dateOrderOf(messages(officeLocale("en-US")))).toBe("mdy");
  expect(dateOrderOf(messages(officeLocale("da-DK")))).toBe("dmy");
});

// A unit cost typed in the pane in the pane's language (src/taskpane/JournalLines.tsx, over the reader's
// parseDecimal): exact, never a float.
import { messages, officeLocale } from "../../src/i18n";
import { typedDecimal } from "../../src/taskpane/JournalLines";
import { parseExact } from "../../src/engine/money";

test.each([
  ["de-DE", "4,5", "4.5"],
  ["de-DE", "4.5", "4.5"], // a point typed out of habit is still the decimal point
  ["de-DE", "1.234", "1234"], // the language decides what could be either
  ["en-US", "1,234", "1234"],
  ["en-US", "-0.005", "-0.005"],
  ["de-DE", "1.234,56789", "1234.56789"],
  ["sv-SE", "1 234,5", "1234.5"],
  ["en-US", "1,234.5", "1234.5"],
  ["en-US", "8", "8"],
  ["fr-FR", "0,00001", "0.00001"],
])("%s: %s is %s", (lang, typed, exact) => {
  expect(typedDecimal(typed, messages(officeLocale(lang)))).toBe(parseExact(exact));
});

test("what is not a number is null", () => {
  expect(typedDecimal("five", messages(officeLocale("en-US")))).toBeNull();
  expect(typedDecimal("", messages(officeLocale("de-DE")))).toBeNull();
});

// The use cases' words for an item Adjust Cost left out because its costs did not settle (issue 9 §1).
import { entryList, unsettledMessage } from "../../src/workbook/useCases";

test("an unsettled item is named with the entries of its loop and what to do", () => {
  expect(unsettledMessage({ itemNo: "A-100", entries: [5, 6, 9], rounds: 50 })).toBe(
    "Item A-100 was not adjusted: after 50 rounds of Adjust Cost the costs of item ledger entries 5, 6, 9 kept " +
      "changing each other (a loop of applications or transfers). No value entries were written for it; the other " +
      "items were adjusted. Check the Applies-to Entry and the transfers of those entries, correct the ledger and try again.",
  );
  const cli = unsettledMessage(
    { itemNo: "B", entries: [], rounds: 50 },
    { calculate: "", adjust: "", again: "run the command again" },
  );
  expect(cli).toContain("Item B was not adjusted: after 50 rounds of Adjust Cost its costs kept changing");
  expect(cli).toMatch(/correct the ledger and run the command again\.$/);
});

test("a long list of entries is cut after ten", () => {
  expect(entryList([1, 2, 3])).toBe("1, 2, 3");
  expect(entryList(Array.from({ length: 13 }, (_, i) => i + 1))).toBe("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... (3 more)");
});

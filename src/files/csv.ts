// The CSV parser and writer live in src/workbook/csv.ts (pure, shared with the task pane's import); the file
// adapter uses them from here.
export * from "../workbook/csv";

import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.name='parseFloat']", message: "Amounts are decimals: use decimal.js." },
      ],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["fs", "node:*", "path", "exceljs", "../workbook/*", "../files/*", "../cli/*"] },
      ],
    },
  },
  {
    // The workbook layer and its use cases run in the task pane too: no Node modules, nothing of src/files.
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["fs", "node:*", "path", "crypto", "exceljs", "**/cli/*"],
              message: "src/workbook runs in the browser too.",
            },
            { regex: "^(\\.\\./)+files(/.*)?$", message: "src/files is the command line's (Node)." },
          ],
        },
      ],
    },
  },
  {
    // The add-in: Office.js load/sync discipline (eslint-plugin-office-addins), every rule an error.
    files: ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      // The add-in runs in the browser: no Node modules, nothing of src/files (the engine and src/workbook are pure).
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "node:*", "path", "exceljs", "../cli/*"], message: "The add-in runs in the browser." },
            { regex: "^\\.\\./files(/.*)?$", message: "src/files is the command line's (Node)." },
          ],
        },
      ],
    },
  },
);

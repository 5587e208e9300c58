// The custom functions: called directly, and their metadata generated as the webpack plugin generates it.
import path from "node:path";
import { costingVersion } from "../../src/functions/functions";
import packageJson from "../../package.json";

// custom-functions-metadata comes with custom-functions-metadata-plugin (the generator the build uses).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata: (
    input: string[],
    wantConsoleOutput?: boolean,
  ) => Promise<{ metadataJson: string; errors: string[]; associate: { id: string; functionName: string }[] }>;
};

test("COSTING.VERSION returns the add-in's version", () => {
  expect(costingVersion()).toBe(packageJson.version);
  expect(costingVersion()).toMatch(/^\d+\.\d+\.\d+/);
});

test("functions.json: no errors, VERSION returning a string, registered under its function name", async () => {
  const result = await generateCustomFunctionsMetadata([path.join(__dirname, "../../src/functions/functions.ts")]);
  expect(result.errors).toEqual([]);
  const metadata = JSON.parse(result.metadataJson) as { functions: { id: string; result: { type: string } }[] };
  expect(metadata.functions.map((f) => [f.id, f.result.type])).toEqual([["VERSION", "string"]]);
  expect(result.associate.map((a) => [a.id, a.functionName])).toEqual([["VERSION", "costingVersion"]]);
});

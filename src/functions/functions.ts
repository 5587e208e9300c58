// Custom functions (namespace COSTING). They run in the task pane's shared runtime; the webpack plugin
// custom-functions-metadata-plugin writes functions.json from the JSDoc tags and registers each function
// (CustomFunctions.associate) when the bundle loads. The costing functions come with issue 5.
import packageJson from "../../package.json";

/**
 * The version of the Inventory Costing add-in and its costing engine, e.g. "0.1.0". Use it to see which
 * version calculated a workbook: =COSTING.VERSION()
 * @customfunction VERSION
 * @returns The add-in's version.
 */
export function costingVersion(): string {
  return packageJson.version;
}

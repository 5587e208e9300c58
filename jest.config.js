/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node", // React component tests opt into jsdom with a @jest-environment docblock
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
  // The charts' d3 modules are ES modules only; their UMD builds load under jest's CommonJS.
  moduleNameMapper: { "^d3-([a-z-]+)$": "<rootDir>/node_modules/d3-$1/dist/d3-$1.js" },
};

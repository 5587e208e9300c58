/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node", // React component tests opt into jsdom with a @jest-environment docblock
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 60000,
};

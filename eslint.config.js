// One lint configuration for the whole repository; `npm test` runs it with zero warnings allowed.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "data/**", "packages/db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    files: ["packages/web/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The core is pure: no IO, no clock, no randomness, no frameworks, no other workspace packages.
    files: ["packages/core/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "os", "child_process", "crypto"], message: "core does no IO." },
            {
              group: ["pg", "@electric-sql/*", "drizzle-orm", "drizzle-orm/*"],
              message: "core has no database.",
            },
            { group: ["react", "react-*", "hono", "hono/*", "@hono/*"], message: "core has no framework." },
            { group: ["@kinomost/*"], message: "core depends on no other workspace package." },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass the clock in." },
        { object: "Math", property: "random", message: "Pass a seed or a generator in." },
        { object: "process", property: "env", message: "Pass configuration in." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Pass the clock in." },
      ],
    },
  },
);

// "No floating point on amounts anywhere": scans the budget and money sources for the habits that bring floats in.
// A line may opt out with a `float-ok:` comment that says why (for example a benchmark's float baseline).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const folders = [import.meta.dirname, join(import.meta.dirname, "../money")];

const habits: [RegExp, string][] = [
  [/\bparseFloat\s*\(/, "parseFloat"],
  [/\bparseInt\s*\(/, "parseInt"],
  [/\.toFixed\s*\(/, "toFixed"],
  [/\.toPrecision\s*\(/, "toPrecision"],
  [/\bMath\.(round|floor|ceil|trunc|pow)\s*\(/, "Math rounding"],
  [/\bNumber\s*\(\s*[\w.]*(amount|rate|minor|value|total|price|cutoff|percent)/i, "Number() on an amount"],
  [/\+\s*[\w.]*(amount|rate|price)\w*\s*[*/]/i, "unary + on an amount"],
  [/\b\d+\.\d+(?![\d"'`])(?=\s*[*/+-])/, "a float literal in arithmetic"],
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("no floating point on amounts", () => {
  const files = folders.flatMap(sources);

  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(8);
  });

  it.each(files.map((file) => [file.split("/src/")[1] ?? file, file]))(
    "%s does no float arithmetic",
    (_, file) => {
      const found = readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          line.includes("float-ok:") || /^\s*(\/\/|\*)/.test(line)
            ? []
            : habits
                .filter(([pattern]) => pattern.test(line))
                .map(([, habit]) => `line ${index + 1}: ${habit}`),
        );
      expect(found).toEqual([]);
    },
  );

  it("catches the habits it is meant to catch", () => {
    const bad = [
      "const x = parseFloat(text);",
      "amount.toFixed(2)",
      "Number(line.amount) * 2",
      "Math.round(total * 100)",
    ];
    for (const line of bad) expect(habits.some(([pattern]) => pattern.test(line))).toBe(true);
  });
});

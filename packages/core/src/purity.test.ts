// Keeps the core pure: it must not reach for IO, a database, a framework, the clock, randomness
// or another workspace package. The lint rules say the same; this test fails even without lint.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const forbidden: [RegExp, string][] = [
  [/from\s+["'](node:[^"']+|fs|path|os|child_process|crypto|net|http)["']/, "IO module"],
  [/from\s+["'](pg|@electric-sql\/[^"']+|drizzle-orm[^"']*|kysely)["']/, "database driver"],
  [/from\s+["'](react[^"']*|hono[^"']*|@hono\/[^"']+|fastify)["']/, "framework"],
  [/from\s+["']@kinomost\/[^"']+["']/, "workspace package"],
  [/\bDate\.now\(|\bnew Date\(\)|\bMath\.random\(|\bprocess\.env\b/, "clock, randomness or environment"],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("core purity", () => {
  const files = sourceFiles(import.meta.dirname);

  it("finds the core's sources", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [file.slice(import.meta.dirname.length + 1), file]))(
    "%s stays pure",
    (_, file) => {
      const text = readFileSync(file, "utf8");
      const violations = forbidden.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
      expect(violations).toEqual([]);
    },
  );
});

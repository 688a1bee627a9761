import { describe, expect, it } from "vitest";
import { parseRateDate } from "./rate-date.ts";

describe("parseRateDate", () => {
  it.each([
    ["01.04.2025", "dd.mm.yyyy", "2025-04-01"],
    ["29.02.2024", "dd.mm.yyyy", "2024-02-29"],
    ["2022-02-19T00:00:00", "yyyy-mm-dd", "2022-02-19"],
    ["2026-05-20", "yyyy-mm-dd", "2026-05-20"],
    ["01/31/2011", "mm/dd/yyyy", "2011-01-31"],
  ] as const)("reads %s in %s", (text, layout, iso) => {
    expect(parseRateDate(text, layout)).toBe(iso);
  });

  it.each([
    ["31.02.2026", "dd.mm.yyyy"],
    ["29.02.2100", "dd.mm.yyyy"],
    ["1.4.2025", "dd.mm.yyyy"],
    ["2025-13-01", "yyyy-mm-dd"],
    ["31/01/2011", "mm/dd/yyyy"],
    ["01.04.2025", "yyyy-mm-dd"],
  ] as const)("refuses %s in %s", (text, layout) => {
    expect(parseRateDate(text, layout)).toBeNull();
  });
});

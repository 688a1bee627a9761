import { describe, expect, it } from "vitest";
import { safeNext } from "./next.ts";

describe("safeNext", () => {
  it("returns to a page of this app", () => {
    expect(safeNext(new URLSearchParams("next=/projects/42?tab=partners"))).toBe("/projects/42?tab=partners");
  });

  it("never leaves the app", () => {
    expect(safeNext(new URLSearchParams("next=//evil.example/x"))).toBe("/");
    expect(safeNext(new URLSearchParams("next=https://evil.example"))).toBe("/");
    expect(safeNext(new URLSearchParams("next=/\\evil.example"))).toBe("/");
    expect(safeNext(new URLSearchParams(""))).toBe("/");
  });
});

import { describe, expect, it } from "vitest";
import { reportFileUrl } from "./report-files.ts";

describe("the КПП report's file addresses", () => {
  it("name the board, the format and the interface's language", () => {
    expect(reportFileUrl("p-1", "b-2", "pdf", "ru")).toBe(
      "/api/v1/projects/p-1/schedules/b-2/report.pdf?lang=ru",
    );
    expect(reportFileUrl("p 1", "b/2", "xlsx", "en")).toBe(
      "/api/v1/projects/p%201/schedules/b%2F2/report.xlsx?lang=en",
    );
  });
});

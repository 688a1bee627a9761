import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { runCli } from "../testing/run-cli.ts";

const fixtures = fileURLToPath(new URL("../../../core/src/screenplay/fixtures/", import.meta.url));

describe("kinomost script parse", () => {
  it("reads a windows-1251 Russian script into the documented JSON", async () => {
    const result = await runCli(["script", "parse", `${fixtures}ru-cp1251.fountain`, "--json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out);
    expect(Object.keys(parsed)).toEqual(["title", "format", "scenes", "characters", "warnings"]);
    expect(parsed.scenes[0]).toMatchObject({
      heading: "ИНТ. ШТАБ - НОЧЬ",
      setting: "INT",
      location: "ШТАБ",
      time: "NIGHT",
    });
  });

  it("lists scenes for people and prints warnings with their line numbers", async () => {
    const result = await runCli(["script", "parse", `${fixtures}ru-episode.fountain`]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/16 scenes/);
    expect(result.err).toMatch(/^line \d+: /m);
  });

  it("says plainly which formats it cannot read yet", async () => {
    const result = await runCli(["script", "parse", `${fixtures}ru-episode.fountain`, "--format", "pdf"]);
    expect(result).toMatchObject({
      code: 1,
      err: "kinomost: reading pdf files is not available yet; Fountain and FDX are",
    });
  });

  it("recognizes a Final Draft file by its content and reads its numbered scenes", async () => {
    const result = await runCli(["script", "parse", `${fixtures}ru-episode.fdx`, "--json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out);
    expect(parsed.format).toBe("fdx");
    expect(parsed.scenes.map((scene: { number: string }) => scene.number)).toContain("5А");
  });
});

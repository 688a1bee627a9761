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

  it("says plainly when a file is not in the format it was told", async () => {
    const result = await runCli(["script", "parse", `${fixtures}ru-episode.fountain`, "--format", "pdf"]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^kinomost: .*ru-episode\.fountain is not a readable PDF \(/);
    const kit = await runCli(["script", "parse", `${fixtures}ru-episode.fountain`, "--format", "kitsp"]);
    expect(kit.err).toMatch(/is not a KIT Scenarist or Story Architect file \(not an SQLite database\)$/);
  });

  it("reads KIT Scenarist and Story Architect files, which are SQLite databases", async () => {
    for (const [file, format] of [
      ["ru-episode.kitsp", "kitsp"],
      ["ru-episode.starc", "starc"],
    ]) {
      const result = await runCli(["script", "parse", `${fixtures}${file}`, "--json"]);
      expect(result.code).toBe(0);
      const parsed = JSON.parse(result.out);
      expect(parsed.format).toBe(format);
      expect(parsed.scenes.length).toBe(3);
      expect(parsed.scenes[0].setting).not.toBeNull();
    }
  });

  it("recognizes a Final Draft file by its content and reads its numbered scenes", async () => {
    const result = await runCli(["script", "parse", `${fixtures}ru-episode.fdx`, "--json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out);
    expect(parsed.format).toBe("fdx");
    expect(parsed.scenes.map((scene: { number: string }) => scene.number)).toContain("5А");
  });
});

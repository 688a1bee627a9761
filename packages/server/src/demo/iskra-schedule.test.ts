import { describe, expect, it } from "vitest";
import { buildScriptParseResult, readScript } from "@kinomost/core";
import { demoOutlines, outlineFountain } from "./iskra-schedule.ts";

describe("the «Искра» outlines of episodes 2–4", () => {
  for (const outline of demoOutlines) {
    it(`reads episode ${outline.episode} as ${outline.scenes.length} scenes with their headings and characters`, () => {
      const read = readScript(new TextEncoder().encode(outlineFountain(outline)), {
        fileName: "outline.fountain",
      });
      if (!read.ok) throw new Error(read.error.code);
      expect(read.script.warnings).toEqual([]);
      const result = buildScriptParseResult(read.script);
      expect(result.scenes.length).toBeGreaterThanOrEqual(10);
      expect(result.scenes.length).toBeLessThanOrEqual(15);
      result.scenes.forEach((scene, index) => {
        const written = outline.scenes[index]!;
        expect(scene.number).toBe(String(index + 1));
        expect(scene.setting, scene.heading).not.toBeNull();
        expect(scene.time, scene.heading).not.toBeNull();
        expect([...scene.characters].sort()).toEqual(written.cast.map((name) => name.toUpperCase()).sort());
      });
    });
  }
});

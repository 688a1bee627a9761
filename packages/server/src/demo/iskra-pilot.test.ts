import { describe, expect, it } from "vitest";
import { buildScriptParseResult, readScript, type ParsedScreenplay } from "@kinomost/core";
import { iskraPilotEnglishFountain, iskraPilotFountain } from "./iskra-pilot.ts";

function parse(text: string, fileName: string): ParsedScreenplay {
  const result = readScript(new TextEncoder().encode(text), { fileName });
  if (!result.ok) throw new Error(`${fileName} could not be read: ${result.error.code}`);
  expect(result.format).toBe("fountain");
  return result.script;
}

const headingCodes = new Set(["UNKNOWN_TIME_OF_DAY", "HEADING_WITHOUT_TIME", "MIXED_ALPHABETS"]);

function headingWarnings(script: ParsedScreenplay): string[] {
  return script.warnings
    .filter((warning) => headingCodes.has(warning.code))
    .map((warning) => `line ${warning.line}: ${warning.code}: ${warning.message}`);
}

function speakingCharacters(script: ParsedScreenplay): Set<string> {
  return new Set(
    script.elements.flatMap((element) => (element.kind === "character" ? [element.cue.name] : [])),
  );
}

describe("the «Искра» pilot script", () => {
  const russian = parse(iskraPilotFountain, "iskra-e01.fountain");
  const russianResult = buildScriptParseResult(russian);
  const english = parse(iskraPilotEnglishFountain, "iskra-e01-en.fountain");
  const englishResult = buildScriptParseResult(english);

  it("reads the title page", () => {
    expect(russianResult.title).toBe("ИСКРА Серия 1. «Эшелон»");
    expect(russian.titlePage.map((entry) => entry.key)).toEqual(
      expect.arrayContaining(["Title", "Credit", "Author", "Draft date"]),
    );
    expect(englishResult.title).toBe('ISKRA Episode 1. "The Train"');
  });

  it("has about forty scenes numbered 1..N, each with a setting and a recognised time of day", () => {
    const scenes = russianResult.scenes;
    expect(scenes.length).toBeGreaterThanOrEqual(38);
    expect(scenes.length).toBeLessThanOrEqual(45);
    expect(scenes.map((scene) => scene.number)).toEqual(scenes.map((_, index) => String(index + 1)));
    for (const scene of scenes) {
      expect(scene.setting, scene.heading).not.toBeNull();
      expect(scene.location, scene.heading).not.toBe("");
      expect(scene.timeText, scene.heading).not.toBeNull();
      // «РЕЖИМ» is the only time of day left without a normalised meaning: it may be dawn or dusk.
      if (scene.timeText !== "РЕЖИМ") expect(scene.time, scene.heading).not.toBeNull();
    }
    expect(new Set(scenes.map((scene) => scene.setting))).toEqual(new Set(["INT", "EXT", "INT/EXT"]));
  });

  it("uses story days, continuous scenes and the scene-characters line", () => {
    const scenes = russianResult.scenes;
    expect(scenes[0]).toMatchObject({ setting: "INT", time: "NIGHT", storyDay: "1" });
    expect(new Set(scenes.map((scene) => scene.storyDay).filter((day) => day !== null)).size).toBeGreaterThan(
      5,
    );
    expect(scenes.some((scene) => scene.time === "CONTINUOUS")).toBe(true);
    expect(russian.elements.filter((element) => element.kind === "sceneCharacters").length).toBeGreaterThan(
      30,
    );
  });

  it("parses without heading warnings", () => {
    expect(headingWarnings(russian)).toEqual([]);
    expect(headingWarnings(english)).toEqual([]);
    expect(russianResult.warnings).toEqual([]);
    expect(englishResult.warnings).toEqual([]);
  });

  it("gives the story at least eight speaking characters with their cue extensions", () => {
    const speaking = speakingCharacters(russian);
    expect(speaking.size).toBeGreaterThanOrEqual(8);
    for (const name of ["ВЕРА", "ЛЕБЕДЕВ", "АЛЕСЬ", "САУЛЕ", "РУСТАМ", "ЖОЛДОШ", "МИШКА", "ГАЛИНА"]) {
      expect(speaking).toContain(name);
    }
    const kinds = new Set(
      russian.elements.flatMap((element) =>
        element.kind === "character" ? element.cue.extensions.map((extension) => extension.kind) : [],
      ),
    );
    expect(kinds).toEqual(new Set(["VOICE_OVER", "OFF_SCREEN", "CONTINUED"]));
    // Everyone listed in a scene-characters line speaks somewhere: the list names characters, not extras.
    const listed = russian.elements.flatMap((element) =>
      element.kind === "sceneCharacters" ? element.names : [],
    );
    for (const name of listed) expect(speaking).toContain(name);
  });

  it("translates the first five scenes with the same numbers and settings", () => {
    const translated = englishResult.scenes;
    expect(translated).toHaveLength(5);
    expect(translated.map((scene) => scene.number)).toEqual(
      russianResult.scenes.slice(0, 5).map((scene) => scene.number),
    );
    translated.forEach((scene, index) => {
      const original = russianResult.scenes[index];
      expect(scene.setting).toBe(original?.setting);
      expect(scene.time).toBe(original?.time);
      expect(scene.storyDay).toBe(original?.storyDay);
    });
  });

  it("runs about half an hour of screen time", () => {
    const eighths = russianResult.scenes.reduce((sum, scene) => sum + scene.eighths, 0);
    expect(eighths / 8).toBeGreaterThanOrEqual(25);
    expect(eighths / 8).toBeLessThanOrEqual(35);
  });
});

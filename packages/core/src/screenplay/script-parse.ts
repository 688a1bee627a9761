// The JSON contract of `kinomost script parse --json` (issue 3), built from any importer's parsed screenplay.
// Exactly the contract's fields, nothing more: the CLI prints this object as it is.
import { collectScenes, compareNames, type CollectScenesOptions } from "./scenes.ts";
import type { ParsedScreenplay, ScreenplayWarning, Setting, TimeOfDay } from "./types.ts";

export interface ScriptParseScene {
  readonly number: string | null;
  readonly heading: string;
  readonly setting: Setting | null;
  readonly location: string;
  readonly time: TimeOfDay | null;
  readonly timeText: string | null;
  readonly storyDay: string | null;
  readonly characters: readonly string[];
  readonly eighths: number;
  readonly line: number;
}

export interface ScriptParseResult {
  readonly title: string | null;
  readonly format: string;
  readonly scenes: readonly ScriptParseScene[];
  readonly characters: readonly { readonly name: string; readonly scenes: number }[];
  readonly warnings: readonly { readonly line: number; readonly message: string }[];
}

/** A warning as a person reads it: `line 212: scene heading "ИНТ КУХНЯ" has no time of day`. */
export function formatScreenplayWarning(warning: Pick<ScreenplayWarning, "line" | "message">): string {
  return `line ${warning.line}: ${warning.message}`;
}

/** Builds the `script parse --json` result; characters are listed by how many scenes they are in, then by name. */
export function buildScriptParseResult(
  script: ParsedScreenplay,
  options: CollectScenesOptions = {},
): ScriptParseResult {
  const scenes = collectScenes(script, options);
  const sceneCounts = new Map<string, number>();
  for (const scene of scenes) {
    for (const name of scene.characters) sceneCounts.set(name, (sceneCounts.get(name) ?? 0) + 1);
  }
  const order = compareNames(options.locale);
  return {
    title: script.title,
    format: script.format,
    scenes: scenes.map((scene) => ({
      number: scene.heading.number,
      heading: scene.heading.text,
      setting: scene.heading.setting,
      location: scene.heading.location,
      time: scene.heading.time,
      timeText: scene.heading.timeText,
      storyDay: scene.heading.storyDay,
      characters: scene.characters,
      eighths: scene.eighths,
      line: scene.line,
    })),
    characters: [...sceneCounts]
      .map(([name, count]) => ({ name, scenes: count }))
      .sort((a, b) => b.scenes - a.scenes || order(a.name, b.name)),
    warnings: script.warnings.map((warning) => ({ line: warning.line, message: warning.message })),
  };
}

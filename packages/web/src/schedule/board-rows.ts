// A board laid out as the stripboard shows it: one row per day break and per strip, then the boneyard. Plain
// data in, plain rows out; the rows keep fixed kinds and heights so the list can be windowed and, later, dragged.
import type { Board, BoardDay, BoardScene, BoardSceneTime } from "../api/types.ts";
import { stripColors, type StripColor } from "../scripts/format.ts";

export interface DayBreakRow {
  kind: "day";
  key: string;
  day: BoardDay;
  unitName: string;
  /** The unit's place in the project's units: 0 for the main unit. */
  unitIndex: number;
  /** The unit's shooting day number: its Nth shift on this board. */
  number: number;
  eighths: number;
  screenSeconds: number;
  sceneCount: number;
}

export interface StripRow {
  kind: "strip";
  key: string;
  scene: BoardScene;
  color: StripColor | null;
  /** The day the strip is shot on; null in the boneyard. */
  dayId: string | null;
}

export interface BoneyardRow {
  kind: "boneyard";
  key: string;
  sceneCount: number;
  eighths: number;
  screenSeconds: number;
}

export type BoardRow = DayBreakRow | StripRow | BoneyardRow;

/** The light a board time is coloured by: «режим» is twilight, coloured as dusk (shot under the evening sky). */
function scriptTime(time: BoardSceneTime | null) {
  return time === "REGIME" ? "DUSK" : time;
}

/** Each scene's strip colour, taken in script order so that CONTINUOUS and LATER keep the light before them. */
export function sceneColors(scenes: readonly BoardScene[]): Map<string, StripColor | null> {
  const colors = stripColors(
    scenes.map((scene) => ({ setting: scene.setting, time: scriptTime(scene.time) })),
  );
  return new Map(scenes.map((scene, index) => [scene.lineageId, colors[index] ?? null]));
}

export function layOutBoard(board: Board): BoardRow[] {
  const scenes = new Map(board.scenes.map((scene) => [scene.lineageId, scene]));
  const colors = sceneColors(board.scenes);
  const unitNames = new Map(board.units.map((unit) => [unit.id, unit.name]));
  const unitIndexes = new Map(board.units.map((unit, index) => [unit.id, index]));
  const shiftsByUnit = new Map<string, number>();
  const rows: BoardRow[] = [];
  const strip = (lineageId: string, dayId: string | null): StripRow[] => {
    const scene = scenes.get(lineageId);
    return scene
      ? [
          {
            kind: "strip",
            key: `${dayId ?? "boneyard"}:${lineageId}`,
            scene,
            color: colors.get(lineageId) ?? null,
            dayId,
          },
        ]
      : [];
  };
  for (const day of board.days) {
    const number = (shiftsByUnit.get(day.unitId) ?? 0) + 1;
    shiftsByUnit.set(day.unitId, number);
    const strips = day.strips.flatMap((lineageId) => strip(lineageId, day.id));
    rows.push({
      kind: "day",
      key: `day:${day.id}`,
      day,
      unitName: unitNames.get(day.unitId) ?? "",
      unitIndex: unitIndexes.get(day.unitId) ?? 0,
      number,
      ...measure(strips.map((row) => row.scene)),
    });
    rows.push(...strips);
  }
  const boneyard = board.boneyard.flatMap((lineageId) => strip(lineageId, null));
  if (boneyard.length > 0) {
    rows.push({ kind: "boneyard", key: "boneyard", ...measure(boneyard.map((row) => row.scene)) });
    rows.push(...boneyard);
  }
  return rows;
}

function measure(scenes: readonly BoardScene[]) {
  return {
    sceneCount: scenes.length,
    eighths: scenes.reduce((sum, scene) => sum + scene.eighths, 0),
    screenSeconds: scenes.reduce((sum, scene) => sum + scene.screenSeconds, 0),
  };
}

/** A calendar date of the board as a day break says it: «пн, 1 мар.», "Mon 1 Mar". */
export function formatShootingDate(date: string, intlLocale: string): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(intlLocale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

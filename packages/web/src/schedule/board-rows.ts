// A board laid out as the stripboard shows it: the banners before a day, one row per day break and per strip, then
// the boneyard. Plain data in, plain rows out; each kind of row has one height, so the list is windowed cheaply, and
// a strip's row keeps its key wherever it is moved.
import type { Board, BoardDay, BoardScene, BoardSceneTime } from "../api/types.ts";
import { stripColors, type StripColor } from "../scripts/format.ts";
import { boardBanners, type Banner } from "./board-edit/banners.ts";

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
  /** The date is a public holiday where the day shoots. */
  isHoliday: boolean;
}

export interface BannerRow {
  kind: "banner";
  key: string;
  banner: Banner;
  /** The unit the banner is about when the board has several; null for the whole company. */
  unitName: string | null;
  /** The day the banner stands before. */
  dayId: string;
}

export interface StripRow {
  kind: "strip";
  key: string;
  scene: BoardScene;
  color: StripColor | null;
  /** The day the strip is shot on; null in the boneyard. */
  dayId: string | null;
  /** The strip's day is locked, and holds the strip with it. */
  isDayLocked: boolean;
}

export interface BoneyardRow {
  kind: "boneyard";
  key: string;
  sceneCount: number;
  eighths: number;
  screenSeconds: number;
}

export type BoardRow = BannerRow | DayBreakRow | StripRow | BoneyardRow;

export interface LayoutOptions {
  /** Strips a filter hides, with the days left with none of its strips; a day's totals still count them all. */
  isShown?: (lineageId: string) => boolean;
  /** Show the boneyard's break even when it is empty, as a place to drop strips. */
  showEmptyBoneyard?: boolean;
}

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

export function layOutBoard(board: Board, options: LayoutOptions = {}): BoardRow[] {
  const scenes = new Map(board.scenes.map((scene) => [scene.lineageId, scene]));
  const colors = sceneColors(board.scenes);
  const unitNames = new Map(board.units.map((unit) => [unit.id, unit.name]));
  const unitIndexes = new Map(board.units.map((unit, index) => [unit.id, index]));
  const banners = boardBanners(board);
  const holidays = new Set(
    board.violations.flatMap((violation) =>
      violation.code === "HOLIDAY" && violation.date ? [`${violation.unitId}:${violation.date}`] : [],
    ),
  );
  const isShown = options.isShown ?? (() => true);
  const shiftsByUnit = new Map<string, number>();
  const rows: BoardRow[] = [];
  const lockedDays = new Set(board.days.filter((day) => day.locked).map((day) => day.id));
  const strip = (lineageId: string, dayId: string | null): StripRow[] => {
    const scene = scenes.get(lineageId);
    return scene
      ? [
          {
            kind: "strip",
            key: `strip:${lineageId}`,
            scene,
            color: colors.get(lineageId) ?? null,
            dayId,
            isDayLocked: dayId !== null && lockedDays.has(dayId),
          },
        ]
      : [];
  };
  const shown = (strips: StripRow[]) => strips.filter((row) => isShown(row.scene.lineageId));
  for (const day of board.days) {
    const number = (shiftsByUnit.get(day.unitId) ?? 0) + 1;
    shiftsByUnit.set(day.unitId, number);
    const strips = day.strips.flatMap((lineageId) => strip(lineageId, day.id));
    const visible = shown(strips);
    if (options.isShown && visible.length === 0) continue;
    (banners.get(day.id) ?? []).forEach((entry, index) => {
      rows.push({
        kind: "banner",
        key: `banner:${day.id}:${index}`,
        banner: entry.banner,
        unitName:
          entry.unitId !== null && board.units.length > 1 ? (unitNames.get(entry.unitId) ?? null) : null,
        dayId: day.id,
      });
    });
    rows.push({
      kind: "day",
      key: `day:${day.id}`,
      day,
      unitName: unitNames.get(day.unitId) ?? "",
      unitIndex: unitIndexes.get(day.unitId) ?? 0,
      number,
      ...measure(strips.map((row) => row.scene)),
      isHoliday: holidays.has(`${day.unitId}:${day.date}`),
    });
    rows.push(...visible);
  }
  const boneyard = board.boneyard.flatMap((lineageId) => strip(lineageId, null));
  if (boneyard.length > 0 || options.showEmptyBoneyard) {
    rows.push({ kind: "boneyard", key: "boneyard", ...measure(boneyard.map((row) => row.scene)) });
    rows.push(...shown(boneyard));
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

/** One formatter per locale: making one costs far more than using it, and a series' board formats thousands. */
const shootingDateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date of the board as a day break says it: «пн, 1 мар.», "Mon 1 Mar". */
export function formatShootingDate(date: string, intlLocale: string): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!year || !month || !day) return date;
  let format = shootingDateFormats.get(intlLocale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale, {
      weekday: "short",
      day: "numeric",
      month: "short",
      timeZone: "UTC",
    });
    shootingDateFormats.set(intlLocale, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

// How scripts are measured and coloured on screen: page lengths in eighths, хронометраж, revision
// colours and stripboard colours. Plain functions of plain data; nothing here fetches or renders.
import type { RevisionColor, Scene, Setting, TimeOfDay } from "../api/types.ts";

/** The trade's order of revision colours: white first, then each revised draft takes the next. */
export const revisionColors: readonly RevisionColor[] = [
  "white",
  "blue",
  "pink",
  "yellow",
  "green",
  "goldenrod",
  "buff",
  "salmon",
  "cherry",
];

export function isRevisionColor(color: string): color is RevisionColor {
  return (revisionColors as readonly string[]).includes(color);
}

/** The colour the server gives the next draft when none is chosen (as packages/server does). */
export function nextRevisionColor(previous: string | undefined): RevisionColor {
  if (previous === undefined || !isRevisionColor(previous)) return "white";
  return revisionColors[(revisionColors.indexOf(previous) + 1) % revisionColors.length] ?? "white";
}

/**
 * A length in eighths of a page as the trade writes it: "12 4/8", "3/8", "1". Eighths are never
 * reduced (4/8, not 1/2): a breakdown sheet adds them up column by column.
 */
export function formatEighths(eighths: number): string {
  const pages = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(pages);
  return pages === 0 ? `${rest}/8` : `${pages} ${rest}/8`;
}

/** Screen time (хронометраж) as m:ss, or h:mm:ss from an hour on. */
export function formatScreenTime(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
}

/** What a person types for a length: "1 3/8", "3/8", "2" → eighths; null for anything else or zero. */
export function parseEighths(text: string): number | null {
  const match = /^\s*(?:(\d{1,3})(?:\s+(\d)\/8)?|(\d)\/8)\s*$/u.exec(text);
  if (!match) return null;
  const [, pages, rest, alone] = match;
  const eighths = alone !== undefined ? Number(alone) : Number(pages) * 8 + Number(rest ?? 0);
  const fraction = Number(alone ?? rest ?? 0);
  return eighths > 0 && fraction < 8 ? eighths : null;
}

/** What a person types for a screen time: "1:30", "0:45", "1:02:03" → seconds; null otherwise. */
export function parseScreenTime(text: string): number | null {
  const match = /^\s*(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)\s*$/u.exec(text);
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

export type StripColor = "white" | "yellow" | "blue" | "green";

type Light = "day" | "night";

// Morning and dawn are shot in daylight; evening and dusk, like night, under lights or in режим.
const lightOf: Partial<Record<TimeOfDay, Light>> = {
  DAY: "day",
  MORNING: "day",
  DAWN: "day",
  NIGHT: "night",
  EVENING: "night",
  DUSK: "night",
};

function stripColor(setting: Setting | null, light: Light | undefined): StripColor | null {
  if (setting === null || light === undefined) return null;
  // INT./НАТ. scenes need the weather and the sun like exteriors do, so they take the exterior colour.
  const isExterior = setting !== "INT";
  if (light === "day") return isExterior ? "yellow" : "white";
  return isExterior ? "green" : "blue";
}

/**
 * The stripboard colour of each scene by convention: INT day white, EXT day yellow, INT night blue,
 * EXT night green. CONTINUOUS and LATER keep the light of the scene before; unknown stays null.
 */
export function stripColors(scenes: readonly Pick<Scene, "setting" | "time">[]): (StripColor | null)[] {
  let light: Light | undefined;
  return scenes.map((scene) => {
    const isContinuing = scene.time === "CONTINUOUS" || scene.time === "LATER";
    light = isContinuing ? light : scene.time === null ? undefined : lightOf[scene.time];
    return stripColor(scene.setting, light);
  });
}

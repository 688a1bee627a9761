// Which strips a second director is looking at: those of one cast member, location, country, episode or unit. The
// rest are dimmed, or hidden from the board; a day's totals stay the whole day's.
import type { Board } from "../../api/types.ts";

export interface BoardFilter {
  castId: string | null;
  locationId: string | null;
  country: string | null;
  episode: number | null;
  unitId: string | null;
  /** What becomes of the strips that do not match. */
  mode: "dim" | "hide";
}

export const noFilter: BoardFilter = {
  castId: null,
  locationId: null,
  country: null,
  episode: null,
  unitId: null,
  mode: "dim",
};

export const isFiltering = (filter: BoardFilter) =>
  filter.castId !== null ||
  filter.locationId !== null ||
  filter.country !== null ||
  filter.episode !== null ||
  filter.unitId !== null;

/** Whether a strip matches the filter; a strip in the boneyard belongs to no unit. */
export function stripMatcher(board: Board, filter: BoardFilter): (lineageId: string) => boolean {
  if (!isFiltering(filter)) return () => true;
  const scenes = new Map(board.scenes.map((scene) => [scene.lineageId, scene]));
  const unitOf = new Map(
    board.days.flatMap((day) => day.strips.map((lineageId) => [lineageId, day.unitId] as const)),
  );
  return (lineageId) => {
    const scene = scenes.get(lineageId);
    if (!scene) return false;
    return (
      (filter.castId === null || scene.castIds.includes(filter.castId)) &&
      (filter.locationId === null || scene.location?.id === filter.locationId) &&
      (filter.country === null || scene.location?.country === filter.country) &&
      (filter.episode === null || scene.episode === filter.episode) &&
      (filter.unitId === null || unitOf.get(lineageId) === filter.unitId)
    );
  };
}

/** What the board has to filter by: its cast in board order, its locations and countries, episodes and units. */
export function filterChoices(board: Board) {
  const locations = new Map<string, { id: string; name: string; country: string }>();
  const countries = new Set<string>();
  const episodes = new Set<number>();
  for (const scene of board.scenes) {
    if (scene.location) {
      locations.set(scene.location.id, scene.location);
      countries.add(scene.location.country);
    }
    if (scene.episode !== null) episodes.add(scene.episode);
  }
  return {
    cast: board.cast,
    locations: [...locations.values()].sort((a, b) => a.name.localeCompare(b.name, "ru")),
    countries: [...countries].sort(),
    episodes: [...episodes].sort((a, b) => a - b),
    units: board.units,
  };
}

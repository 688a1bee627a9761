// The banners a second director pins between shooting days, read off the board itself: the company's days off
// between two shooting dates, a unit's travel across a border and the country block it starts, and a company move
// to another location overnight. Only what the board's data shows: nothing is guessed.
import type { Board, BoardDay, BoardScene } from "../../api/types.ts";

export type Banner =
  | { type: "days-off"; dates: string[] }
  | { type: "travel"; from: string; to: string }
  | { type: "country"; country: string; shifts: number }
  | { type: "move"; from: string; to: string };

export interface DayBanners {
  /** The unit the banner belongs to; null for the whole company (days off). */
  unitId: string | null;
  banner: Banner;
}

/** Every date from the day after `from` to the day before `to`. */
function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  for (day.setUTCDate(day.getUTCDate() + 1); ; day.setUTCDate(day.getUTCDate() + 1)) {
    const date = day.toISOString().slice(0, 10);
    if (date >= to) return dates;
    dates.push(date);
  }
}

/** The banners that go before each day's break, by day id, in the order they are shown. */
export function boardBanners(board: Board): Map<string, DayBanners[]> {
  const scenes = new Map(board.scenes.map((scene) => [scene.lineageId, scene]));
  const located = (day: BoardDay) =>
    day.strips.flatMap((lineageId) => {
      const location = scenes.get(lineageId)?.location;
      return location ? [location] : [];
    });
  const banners = new Map<string, DayBanners[]>();
  const pin = (day: BoardDay, entry: DayBanners) =>
    banners.set(day.id, [...(banners.get(day.id) ?? []), entry]);

  const daysOff = new Set(board.schedule.daysOff);
  // Days are in date order: the company's days off between two shooting dates go before the later one's first day.
  board.days.forEach((day, index) => {
    const before = board.days[index - 1];
    if (!before || before.date >= day.date) return;
    const dates = datesBetween(before.date, day.date).filter((date) => daysOff.has(date));
    if (dates.length > 0) pin(day, { unitId: null, banner: { type: "days-off", dates } });
  });

  for (const unit of board.units) {
    const days = board.days.filter((day) => day.unitId === unit.id);
    const countries = days.map((day) => located(day)[0]?.country ?? null);
    let previous: { country: string; lastLocation: NonNullable<BoardScene["location"]> } | null = null;
    days.forEach((day, index) => {
      const locations = located(day);
      const first = locations[0];
      const last = locations[locations.length - 1];
      if (!first || !last) return;
      if (previous === null || previous.country !== first.country) {
        if (previous !== null) {
          pin(day, {
            unitId: unit.id,
            banner: { type: "travel", from: previous.country, to: first.country },
          });
        }
        let shifts = 0;
        for (let next = index; next < days.length; next++) {
          const country = countries[next];
          if (country !== null && country !== first.country) break;
          if (country !== null) shifts++;
        }
        pin(day, { unitId: unit.id, banner: { type: "country", country: first.country, shifts } });
      } else if (previous.lastLocation.id !== first.id) {
        pin(day, {
          unitId: unit.id,
          banner: { type: "move", from: previous.lastLocation.name, to: first.name },
        });
      }
      previous = { country: first.country, lastLocation: last };
    });
  }
  return banners;
}

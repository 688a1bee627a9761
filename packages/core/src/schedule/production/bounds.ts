// A lower bound on the cost of every schedule of an instance, in minor units of the reporting currency. Each
// part holds for any schedule, so their sum does:
// - every person works at least max(⌈their shooting minutes ÷ the longest shift with overtime⌉, the number of
//   countries their scenes are in, 2 when they have both day and night scenes, the number of distinct days
//   their scenes are locked to) days, at their daily rate;
// - a person whose scenes are all abroad travels out and back at least once: 2 × travel days;
// - every location with a scene is visited, and each unit's first location costs no move: at least
//   (locations − units) moves; the same for countries and border crossings.
// Holding and overtime are bounded by zero. The bound is weak where holds dominate; it is stated, not hidden.
import { LIGHT_DAY, LIGHT_NIGHT, type Model } from "./model.ts";

export interface LowerBoundParts {
  readonly work: number;
  readonly travel: number;
  readonly moves: number;
  readonly borderCrossings: number;
  readonly total: number;
}

export function lowerBound(m: Model): LowerBoundParts {
  let longest = 0;
  for (let u = 0; u < m.unitCount; u++) {
    longest = Math.max(longest, (m.shiftMinutes[u] ?? 0) + (m.maxOvertimeMinutes[u] ?? 0));
  }
  let work = 0;
  let travel = 0;
  for (let c = 0; c < m.castCount; c++) {
    const scenes = m.castScenes[c] ?? [];
    if (scenes.length === 0) continue;
    let minutes = 0;
    const countries = new Set<number>();
    const locked = new Set<number>();
    let day = false;
    let night = false;
    let abroad = true;
    for (const s of scenes) {
      minutes += m.minutes[s] ?? 0;
      countries.add(m.sceneCountry[s] ?? 0);
      if ((m.lockedDay[s] ?? -1) >= 0) locked.add(m.lockedDay[s] ?? 0);
      if (m.light[s] === LIGHT_DAY) day = true;
      if (m.light[s] === LIGHT_NIGHT) night = true;
      if (m.sceneCountry[s] === m.castHome[c]) abroad = false;
    }
    const days = Math.max(
      longest > 0 ? Math.ceil(minutes / longest) : 1,
      countries.size,
      day && night ? 2 : 1,
      locked.size,
    );
    const rate = m.castRate[c] ?? 0;
    work += days * rate;
    if (abroad) travel += 2 * (m.travelDays[c] ?? 0) * rate;
  }
  const locations = new Set<number>();
  const countries = new Set<number>();
  for (let s = 0; s < m.sceneCount; s++) {
    locations.add(m.sceneLocation[s] ?? 0);
    countries.add(m.sceneCountry[s] ?? 0);
  }
  const moves = Math.max(0, locations.size - m.unitCount) * m.moveCost;
  const borderCrossings = Math.max(0, countries.size - m.unitCount) * m.borderCost;
  // Rounded down so that the exact, once-rounded terms of any schedule are at least this.
  const total = Math.floor(
    work + travel + moves + borderCrossings - 1e-6 * (work + travel + moves + borderCrossings),
  );
  return { work, travel, moves, borderCrossings, total: Math.max(0, total - 4) };
}

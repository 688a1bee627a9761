// Between a schedule as data and the search's slots: which slot (unit, day) each scene of a schedule is in,
// and the schedule a state holds, with the scenes of each shift in shooting order (grouped by location, the
// locations in the order that makes the fewest moves across the unit's shifts).
import { SHIFT_NIGHT, type Model } from "./model.ts";
import type { ScheduleState } from "./state.ts";
import type { Schedule, ScheduledDay } from "./types.ts";

/**
 * Which slot each scene is in according to a schedule (−1 where it is missing); unknown ids, unknown units
 * and dates outside the calendar are left out. A scene listed twice keeps its first place.
 */
export function assignmentOf(m: Model, schedule: Schedule): Int32Array {
  const slot = new Int32Array(m.sceneCount).fill(-1);
  for (const day of schedule.days) {
    const d = m.dayIndex.get(day.date);
    const u = m.unitIndex.get(day.unitId);
    if (d === undefined || u === undefined) continue;
    for (const id of day.sceneIds) {
      const s = m.sceneIndex.get(id);
      if (s !== undefined && slot[s] === -1) slot[s] = u * m.days + d;
    }
  }
  return slot;
}

/** The schedule a state holds: shifts in date order, then unit order; scenes grouped by location. */
export function scheduleOfState(state: ScheduleState): Schedule {
  const m = state.m;
  const days = m.days;
  const out: { day: number; unit: number; entry: ScheduledDay }[] = [];
  for (let u = 0; u < m.unitCount; u++) {
    const used: number[] = [];
    for (let d = 0; d < days; d++) if ((state.slotScenes[u * days + d] ?? []).length > 0) used.push(d);
    const lastChoice = chooseLastLocations(state, u, used);
    let prevLast = -1;
    used.forEach((d, i) => {
      const slot = u * days + d;
      const locs = [...(state.slotLocs[slot] ?? [])].sort((a, b) => a - b);
      const last = lastChoice[i] ?? locs[0] ?? 0;
      let first = locs.length === 1 ? last : (locs.find((x) => x !== last && x === prevLast) ?? -1);
      if (first < 0) first = locs.find((x) => x !== last) ?? last;
      const middle = locs.filter((x) => x !== first && x !== last);
      const order = locs.length === 1 ? [last] : [first, ...middle, last];
      const scenes = [...(state.slotScenes[slot] ?? [])].sort(
        (a, b) =>
          order.indexOf(m.sceneLocation[a] ?? 0) - order.indexOf(m.sceneLocation[b] ?? 0) ||
          (m.sceneSet[a] ?? 0) - (m.sceneSet[b] ?? 0) ||
          a - b,
      );
      out.push({
        day: d,
        unit: u,
        entry: {
          date: m.dates[d] ?? "",
          unitId: m.unitIds[u] ?? "",
          shift: state.kind[slot] === SHIFT_NIGHT ? "night" : "day",
          sceneIds: scenes.map((s) => m.sceneIds[s] ?? ""),
        },
      });
      prevLast = last;
    });
  }
  out.sort((a, b) => a.day - b.day || a.unit - b.unit);
  return { days: out.map((item) => item.entry) };
}

/** For each used day of unit u, the location that ends the shift in a fewest-moves order. */
function chooseLastLocations(state: ScheduleState, u: number, used: readonly number[]): number[] {
  const days = state.m.days;
  const layers: { locs: number[]; value: number[]; from: number[] }[] = [];
  for (const d of used) {
    const locs = [...(state.slotLocs[u * days + d] ?? [])].sort((a, b) => a - b);
    const prev = layers[layers.length - 1];
    const value: number[] = [];
    const from: number[] = [];
    for (const x of locs) {
      let best = prev === undefined ? 0 : Infinity;
      let arg = -1;
      prev?.locs.forEach((p, i) => {
        const matched = locs.length === 1 ? p === x : p !== x && locs.includes(p);
        const v = (prev.value[i] ?? 0) + (matched ? 0 : 1);
        if (v < best) {
          best = v;
          arg = i;
        }
      });
      value.push(best + locs.length - 1);
      from.push(arg);
    }
    layers.push({ locs, value, from });
  }
  const choice: number[] = new Array<number>(used.length).fill(0);
  let index = -1;
  const lastLayer = layers[layers.length - 1];
  if (lastLayer) {
    let best = Infinity;
    lastLayer.value.forEach((v, i) => {
      if (v < best) {
        best = v;
        index = i;
      }
    });
  }
  for (let t = layers.length - 1; t >= 0 && index >= 0; t--) {
    const layer = layers[t];
    if (!layer) break;
    choice[t] = layer.locs[index] ?? 0;
    index = layer.from[index] ?? -1;
  }
  return choice;
}

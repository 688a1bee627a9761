// Moves that re-order a stretch of one unit's shifts with the exact talent-scheduling solver (window.ts), for
// the local search (local-search.ts): a window of days, or the location blocks (runs of shifts at one
// location) of a stretch. The solver minimises the cast's holding inside the stretch given who is on call
// before and after it; the shifts are then laid out again over the same days.
import type { LocalSearch } from "./local-search.ts";
import { randomInt } from "./random.ts";
import { orderWindow, type WindowPack } from "./window.ts";

/** Whether person c works (in any unit) before day `from` / after day `to`. */
function worksOutside(search: LocalSearch, c: number, from: number, to: number): [boolean, boolean] {
  const days = search.m.days;
  let before = false;
  let after = false;
  for (let d = 0; d < from && !before; d++)
    if ((search.state.castDayUnits[c * days + d] ?? 0) > 0) before = true;
  for (let d = to + 1; d < days && !after; d++)
    if ((search.state.castDayUnits[c * days + d] ?? 0) > 0) after = true;
  return [before, after];
}

/** Re-orders the shifts of a window of one unit's working days (empty ones included) with the talent solver. */
export function reorderWindow(search: LocalSearch): void {
  const m = search.m;
  const days = m.days;
  const u = randomInt(search.random, m.unitCount);
  const k = 5 + randomInt(search.random, 10);
  const start = randomInt(search.random, days);
  const positions: number[] = [];
  for (let d = start; d < days && positions.length < k; d++) if (m.workingDay[d] === 1) positions.push(d);
  if (positions.length < 3) return;
  const packs = positions.map((d) => [...(search.state.slotScenes[u * days + d] ?? [])]);
  applyOrder(
    search,
    u,
    positions,
    packs.map((pack) => [pack]),
  );
}

/** Re-orders the location blocks (runs of shifts at one location) within a stretch of one unit's days. */
export function reorderBlocks(search: LocalSearch): void {
  const m = search.m;
  const days = m.days;
  const u = randomInt(search.random, m.unitCount);
  const start = randomInt(search.random, days);
  const positions: number[] = [];
  const segments: number[][][] = [];
  let lastLocation = -2;
  for (let d = start; d < days && segments.length <= 10; d++) {
    const scenes = search.state.slotScenes[u * days + d] ?? [];
    if (scenes.length === 0) continue;
    const location = search.state.slotLocs[u * days + d]?.[0] ?? -1;
    if (location !== lastLocation) segments.push([]);
    lastLocation = location;
    segments[segments.length - 1]?.push([...scenes]);
    positions.push(d);
  }
  if (segments.length > 10) {
    const dropped = segments.pop() ?? [];
    positions.length -= dropped.length;
  }
  if (segments.length < 3) return;
  applyOrder(search, u, positions, segments);
}

/**
 * Orders `groups` (each a run of shifts' scene lists) with the talent solver and lays them out again over
 * `positions` (the same days, in order). Groups that cannot go where the order puts them (their dates)
 * give way to the next group that can.
 */
function applyOrder(
  search: LocalSearch,
  u: number,
  positions: readonly number[],
  groups: readonly (readonly number[][])[],
): void {
  const m = search.m;
  const days = m.days;
  const from = positions[0] ?? 0;
  const to = positions[positions.length - 1] ?? 0;
  const outside = new Map<number, [boolean, boolean]>();
  const packs: WindowPack[] = groups.map((group) => {
    const cast = new Set<number>();
    for (const shift of group) for (const s of shift) for (const c of m.sceneCast[s] ?? []) cast.add(c);
    for (const c of cast) if (!outside.has(c)) outside.set(c, worksOutside(search, c, from, to));
    return { days: group.length, cast: [...cast] };
  });
  const result = orderWindow({
    packs,
    rate: (c) => m.castRate[c] ?? 0,
    before: (c) => outside.get(c)?.[0] ?? false,
    after: (c) => outside.get(c)?.[1] ?? false,
    nodeLimit: search.nodeLimit,
  });
  if (result === null || result.cost >= result.inputCost) return;
  // Lay the groups out in the solver's order, skipping a group that cannot go at the next position.
  const slots = search.state.slotCount;
  const used = new Uint8Array(groups.length);
  const layout: number[][] = [];
  let at = 0;
  for (let placed = 0; placed < groups.length; placed++) {
    let chosen = -1;
    for (const g of result.order) {
      if (used[g] === 1) continue;
      const group = groups[g] ?? [];
      let ok = at + group.length <= positions.length;
      for (let i = 0; i < group.length && ok; i++) {
        const slot = u * days + (positions[at + i] ?? 0);
        for (const s of group[i] ?? []) if (m.allowed[s * slots + slot] !== 1) ok = false;
      }
      if (ok) {
        chosen = g;
        break;
      }
    }
    if (chosen < 0) return;
    used[chosen] = 1;
    for (const shift of groups[chosen] ?? []) layout.push(shift);
    at += groups[chosen]?.length ?? 0;
  }
  let changed = false;
  layout.forEach((shift, i) => {
    const slot = u * days + (positions[i] ?? 0);
    for (const s of shift) {
      if (search.state.sceneSlot[s] !== slot) changed = true;
      search.state.move(s, slot);
    }
  });
  if (changed) search.decide();
  else search.state.rollback();
}

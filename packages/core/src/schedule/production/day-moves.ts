// Moves of whole shifts for the local search (local-search.ts): swap the shifts of two days of a unit, move
// one day's shift elsewhere sliding the days between by one, and close an idle working day inside a unit's
// shoot by sliding the shifts after it one working day earlier (everyone on call across the gap is paid one
// day less).
import type { LocalSearch } from "./local-search.ts";
import { randomInt } from "./random.ts";

/** Swaps the shifts of two working days of a unit, up to ten days apart. */
export function swapDays(search: LocalSearch): void {
  const { m, state, random } = search;
  const days = m.days;
  const u = randomInt(random, m.unitCount);
  const d1 = randomInt(random, days);
  const d2 = d1 + (random() < 0.5 ? -1 : 1) * (1 + randomInt(random, 10));
  if (d2 < 0 || d2 >= days || m.workingDay[d1] !== 1 || m.workingDay[d2] !== 1) return;
  const a = u * days + d1;
  const b = u * days + d2;
  const left = [...(state.slotScenes[a] ?? [])];
  const right = [...(state.slotScenes[b] ?? [])];
  if (left.length + right.length === 0) return;
  const slots = state.slotCount;
  for (const s of left) if (m.allowed[s * slots + b] !== 1) return;
  for (const s of right) if (m.allowed[s * slots + a] !== 1) return;
  for (const s of left) state.move(s, b);
  for (const s of right) state.move(s, a);
  search.decide();
}

/**
 * Moves the shifts of `positions` (working days of unit u, in order) each to the position before it, the
 * first one's to the last position. False (and nothing moved) when a scene may not go where it would.
 */
function rotate(search: LocalSearch, u: number, positions: readonly number[]): boolean {
  const { m, state } = search;
  const days = m.days;
  const slots = state.slotCount;
  const target = (i: number) => u * days + (positions[i === 0 ? positions.length - 1 : i - 1] ?? 0);
  for (let i = 0; i < positions.length; i++) {
    for (const s of state.slotScenes[u * days + (positions[i] ?? 0)] ?? [])
      if (m.allowed[s * slots + target(i)] !== 1) return false;
  }
  const contents = positions.map((d) => [...(state.slotScenes[u * days + d] ?? [])]);
  for (let i = 0; i < contents.length; i++) for (const s of contents[i] ?? []) state.move(s, target(i));
  return true;
}

/** Working days from `from` on, stepping by `step`, until `count` are collected or the calendar ends. */
function workingDaysFrom(search: LocalSearch, from: number, step: number, count: number): number[] {
  const m = search.m;
  const positions: number[] = [];
  for (let d = from; d >= 0 && d < m.days && positions.length < count; d += step) {
    if (m.workingDay[d] === 1) positions.push(d);
  }
  return positions;
}

/** Moves one day's shift of a unit up to twelve working days away, sliding the days between by one. */
export function shiftDay(search: LocalSearch): void {
  const { m, state, random } = search;
  const u = randomInt(random, m.unitCount);
  const a = randomInt(random, m.days);
  if (m.workingDay[a] !== 1 || (state.slotScenes[u * m.days + a] ?? []).length === 0) return;
  const positions = workingDaysFrom(search, a, random() < 0.5 ? 1 : -1, 2 + randomInt(random, 12));
  if (positions.length < 2) return;
  if (rotate(search, u, positions)) search.decide();
}

/**
 * Finds an idle working day between a unit's first and last shift and slides up to forty of the shifts
 * after it one working day earlier, so the idle day moves to the end of that run (or off the shoot).
 */
export function closeGap(search: LocalSearch): void {
  const { m, state, random } = search;
  const days = m.days;
  const u = randomInt(random, m.unitCount);
  let first = -1;
  let last = -1;
  for (let d = 0; d < days; d++) {
    if ((state.slotScenes[u * days + d] ?? []).length === 0) continue;
    if (first < 0) first = d;
    last = d;
  }
  if (last - first < 2) return;
  const gaps = search.scratch;
  let count = 0;
  for (let d = first + 1; d < last; d++) {
    if (m.workingDay[d] === 1 && (state.slotScenes[u * days + d] ?? []).length === 0) gaps[count++] = d;
  }
  if (count === 0) return;
  const gap = gaps[randomInt(random, count)] ?? 0;
  const positions = workingDaysFrom(search, gap, 1, 2 + randomInt(random, 40));
  if (positions.length < 2) return;
  if (rotate(search, u, positions)) search.decide();
}

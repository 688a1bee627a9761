// Moves of single scenes for the local search (local-search.ts): relocate a scene to another shift, swap two
// scenes between shifts, and the choice of where a scene might cost little (near its cast's other days, near
// its location's other shifts, or somewhere nearby).
import type { LocalSearch } from "./local-search.ts";
import { randomInt } from "./random.ts";

/** A slot near where the scene would cost little: its cast's days, its location's shifts, or nearby; −1: none. */
export function candidateSlot(search: LocalSearch, s: number): number {
  const { m, state, random } = search;
  const days = m.days;
  const current = state.sceneSlot[s] ?? -1;
  const r = random();
  const cast = m.sceneCast[s] ?? [];
  let unit = -1;
  let day = -1;
  if (r < 0.4 && cast.length > 0) {
    const c = cast[randomInt(random, cast.length)] ?? 0;
    const touch = search.scratch;
    let count = 0;
    for (let d = 0; d < days; d++) if ((state.castDayUnits[c * days + d] ?? 0) > 0) touch[count++] = d;
    if (count > 0) {
      day = touch[randomInt(random, count)] ?? 0;
      for (let u = 0; u < m.unitCount; u++)
        if ((state.castDayUnit[(c * days + day) * m.unitCount + u] ?? 0) > 0) unit = u;
      const shift = random();
      if (shift < 0.25) day--;
      else if (shift < 0.5) day++;
    }
  } else if (r < 0.75) {
    const others = search.locationScenes[m.sceneLocation[s] ?? 0] ?? [];
    const t = others[randomInt(random, others.length)] ?? s;
    const slot = state.sceneSlot[t] ?? -1;
    if (slot >= 0) {
      unit = state.unitOf(slot);
      day = state.dayOf(slot);
    }
  }
  if (day < 0 || day >= days) {
    const base = current >= 0 ? state.dayOf(current) : randomInt(random, days);
    day = random() < 0.7 ? base + randomInt(random, 21) - 10 : randomInt(random, days);
    if (day < 0 || day >= days) return -1;
  }
  if (unit < 0 || m.sceneUnit[s * m.unitCount + unit] !== 1) unit = randomInt(random, m.unitCount);
  const slot = unit * days + day;
  return slot === current ? -1 : slot;
}

/** Moves a scene to a candidate slot. */
export function relocate(search: LocalSearch): void {
  const s = search.randomScene();
  const slot = candidateSlot(search, s);
  if (slot < 0 || !search.state.fits(s, slot)) return;
  search.state.move(s, slot);
  search.decide();
}

/** Swaps a scene with one of a candidate slot's. */
export function swapScenes(search: LocalSearch): void {
  const { m, state, random } = search;
  const s = search.randomScene();
  const from = state.sceneSlot[s] ?? -1;
  const slot = candidateSlot(search, s);
  if (from < 0 || slot < 0) return;
  const there = state.slotScenes[slot] ?? [];
  if (there.length === 0) return;
  const t = there[randomInt(random, there.length)] ?? s;
  const slots = state.slotCount;
  if (m.allowed[s * slots + slot] !== 1 || m.allowed[t * slots + from] !== 1) return;
  state.move(s, slot);
  state.move(t, from);
  search.decide();
}

/** The cheapest slot for scene s among `tries` candidates, by trial; −1 when none fits. */
export function bestInsertion(search: LocalSearch, s: number, tries: number): number {
  const state = search.state;
  let best = -1;
  let bestValue = Infinity;
  const seen = new Set<number>();
  for (let i = 0; i < tries; i++) {
    const slot = candidateSlot(search, s);
    if (slot < 0 || seen.has(slot)) continue;
    seen.add(slot);
    if (!state.fits(s, slot)) continue;
    state.move(s, slot);
    const value = state.evaluate();
    state.rollback();
    if (value < bestValue) {
      bestValue = value;
      best = slot;
    }
  }
  return best;
}

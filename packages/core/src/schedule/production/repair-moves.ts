// Ruin-and-recreate moves for the local search (local-search.ts): take a few scenes out (one person's, one
// location's, or every scene of one person) and put each back where it costs least; and the repair of a
// schedule with unplaced scenes, which ejects what blocks a scene when it fits nowhere. Each move is judged as
// a whole by the search's acceptance and undone when refused.
import type { LocalSearch } from "./local-search.ts";
import { randomInt, shuffle } from "./random.ts";
import { bestInsertion } from "./scene-moves.ts";

/** People with more scenes than this are left to the other moves (their scenes are the whole shoot). */
const RUIN_CAST_LIMIT = 25;

/**
 * Takes every scene of one person out, the person drawn by what they cost, and puts the scenes back one by
 * one in day order where each costs least (near the days already chosen): the person's days close up.
 */
export function ruinCastMember(search: LocalSearch): void {
  const { m, state, random } = search;
  let total = 0;
  for (let c = 0; c < m.castCount; c++) {
    if ((m.castScenes[c]?.length ?? 0) <= RUIN_CAST_LIMIT) total += state.castCost[c] ?? 0;
  }
  if (total <= 0) return;
  let pick = random() * total;
  let c = 0;
  for (; c < m.castCount - 1; c++) {
    if ((m.castScenes[c]?.length ?? 0) > RUIN_CAST_LIMIT) continue;
    pick -= state.castCost[c] ?? 0;
    if (pick < 0) break;
  }
  const taken = [...(m.castScenes[c] ?? [])].filter((s) => (m.lockedDay[s] ?? -1) < 0);
  if (taken.length === 0 || taken.length > RUIN_CAST_LIMIT) return;
  const original = taken.map((s) => state.sceneSlot[s] ?? -1);
  const before = search.current;
  for (const s of taken) state.move(s, -1);
  state.evaluate();
  state.commit();
  const order = taken
    .map((s, i) => ({ s, day: (original[i] ?? 0) % m.days }))
    .sort((a, b) => a.day - b.day || a.s - b.s);
  for (const { s } of order) {
    const slot = bestInsertion(search, s, 8);
    const back = original[taken.indexOf(s)] ?? -1;
    const target = slot >= 0 ? slot : back >= 0 && state.fits(s, back) ? back : -1;
    if (target < 0) continue;
    state.move(s, target);
    state.evaluate();
    state.commit();
  }
  search.current = before;
  if (!search.accept(state.objective())) {
    taken.forEach((s, i) => state.move(s, original[i] ?? -1));
    state.evaluate();
    state.commit();
  }
}

/** Takes up to five of one person's scenes (or four of a location's) out and puts each back where it costs least. */
export function ruinAndRecreate(search: LocalSearch): void {
  const m = search.m;
  const s0 = search.randomScene();
  const cast = m.sceneCast[s0] ?? [];
  let taken: number[];
  if (cast.length > 0) {
    const c = cast[randomInt(search.random, cast.length)] ?? 0;
    taken = shuffle(search.random, [...(m.castScenes[c] ?? [])]).slice(0, 5);
  } else {
    const others = search.locationScenes[m.sceneLocation[s0] ?? 0] ?? [];
    taken = shuffle(search.random, [...others]).slice(0, 4);
  }
  const original = taken.map((s) => search.state.sceneSlot[s] ?? -1);
  const before = search.current;
  for (const s of taken) search.state.move(s, -1);
  search.state.evaluate();
  search.state.commit();
  for (const s of shuffle(search.random, [...taken])) {
    const slot = bestInsertion(search, s, 12);
    const back = original[taken.indexOf(s)] ?? -1;
    const target = slot >= 0 ? slot : back >= 0 && search.state.fits(s, back) ? back : -1;
    if (target < 0) continue;
    search.state.move(s, target);
    search.state.evaluate();
    search.state.commit();
  }
  const after = search.state.objective();
  search.current = before;
  if (!search.accept(after)) {
    taken.forEach((s, i) => search.state.move(s, original[i] ?? -1));
    search.state.evaluate();
    search.state.commit();
  }
}

/** Places an unplaced scene where it costs least; if it fits nowhere, ejects what blocks it from a slot. */
export function insertUnplaced(search: LocalSearch): void {
  const m = search.m;
  const unplaced: number[] = [];
  for (let s = 0; s < m.sceneCount; s++) if (search.state.sceneSlot[s] === -1) unplaced.push(s);
  const s = unplaced[randomInt(search.random, unplaced.length)];
  if (s === undefined) return;
  const slots = search.state.slotCount;
  let best = -1;
  let bestValue = Infinity;
  for (let slot = 0; slot < slots; slot++) {
    if (!search.state.fits(s, slot)) continue;
    search.state.move(s, slot);
    const value = search.state.evaluate();
    search.state.rollback();
    if (value < bestValue) {
      bestValue = value;
      best = slot;
    }
  }
  if (best >= 0) {
    search.state.move(s, best);
    search.decide();
    return;
  }
  // Ejection: clear a random allowed slot of what stands in the way, then put the ejected elsewhere.
  const allowed: number[] = [];
  for (let slot = 0; slot < slots; slot++) if (m.allowed[s * slots + slot] === 1) allowed.push(slot);
  const slot = allowed[randomInt(search.random, allowed.length)];
  if (slot === undefined) return;
  const before = search.current;
  const ejected = [...(search.state.slotScenes[slot] ?? [])].filter(() => search.random() < 0.7);
  const d = search.state.dayOf(slot);
  for (const c of m.sceneCast[s] ?? []) {
    for (let u = 0; u < m.unitCount; u++) {
      const other = u * m.days + d;
      if (other === slot) continue;
      for (const t of search.state.slotScenes[other] ?? [])
        if (m.sceneCast[t]?.includes(c) && !ejected.includes(t)) ejected.push(t);
    }
  }
  const original = ejected.map((t) => search.state.sceneSlot[t] ?? -1);
  for (const t of ejected) search.state.move(t, -1);
  search.state.move(s, slot);
  search.state.evaluate();
  search.state.commit();
  for (const t of ejected) {
    const target = bestInsertion(search, t, 30);
    if (target < 0) continue;
    search.state.move(t, target);
    search.state.evaluate();
    search.state.commit();
  }
  const after = search.state.objective();
  search.current = before;
  if (!search.accept(after)) {
    search.state.move(s, -1);
    ejected.forEach((t, i) => search.state.move(t, original[i] ?? -1));
    search.state.evaluate();
    search.state.commit();
  }
}

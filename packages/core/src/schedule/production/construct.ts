// First schedules. Both walk the scenes in a fixed order and put each one in the first slot, from where the
// previous scene went, that breaks no rule (wrapping round to the first day when the end is reached), so a
// scene whose people or location are not free yet waits for a later day while the next ones go on.
//
// - "board": the strips sorted the way a second director sorts them by hand: country, location, set, day
//   before night, episode. The benchmark's reference point.
// - "blocks": countries in the order their locations open; within a country, locations chained so that the
//   next one shares the most cast (by daily rate) with the last; within a location, episode by episode so an
//   episode's guests come for a few days, night scenes last. Scenes without cast go to the last unit (the
//   second unit) when they may.
import { compileModel, LIGHT_DAY, LIGHT_NIGHT, type Model } from "./model.ts";
import type { ProductionProblem } from "./problems.ts";
import { ScheduleState } from "./state.ts";
import type { ProductionInstance, Schedule } from "./types.ts";

export type ConstructionStrategy = "board" | "blocks";

/** The earliest day each location is open, or days when never. */
function openingDay(m: Model, l: number): number {
  for (let d = 0; d < m.days; d++) if (m.locationOpen[l * m.days + d] === 1) return d;
  return m.days;
}

function closingDay(m: Model, l: number): number {
  for (let d = m.days - 1; d >= 0; d--) if (m.locationOpen[l * m.days + d] === 1) return d;
  return -1;
}

function lightRank(light: number): number {
  return light === LIGHT_DAY ? 0 : light === LIGHT_NIGHT ? 2 : 1;
}

function episodeKey(m: Model, s: number): string {
  const episode = m.instance.scenes[s]?.episode;
  return episode === undefined ? "" : String(episode).padStart(6, "0");
}

/** Countries ordered by when their earliest location opens. */
function countryOrder(m: Model): number[] {
  const first = new Array<number>(m.countries.length).fill(m.days);
  for (let l = 0; l < m.locationCount; l++) {
    const c = m.locationCountry[l] ?? 0;
    first[c] = Math.min(first[c] ?? m.days, openingDay(m, l));
  }
  return m.countries.map((_, c) => c).sort((a, b) => (first[a] ?? 0) - (first[b] ?? 0) || a - b);
}

/** The board a person sorts by hand. */
export function boardOrder(m: Model): number[] {
  const rank = new Map(countryOrder(m).map((c, i) => [c, i]));
  const opening = Array.from({ length: m.locationCount }, (_, l) => openingDay(m, l));
  return Array.from({ length: m.sceneCount }, (_, s) => s).sort(
    (a, b) =>
      (rank.get(m.sceneCountry[a] ?? 0) ?? 0) - (rank.get(m.sceneCountry[b] ?? 0) ?? 0) ||
      (opening[m.sceneLocation[a] ?? 0] ?? 0) - (opening[m.sceneLocation[b] ?? 0] ?? 0) ||
      (m.sceneLocation[a] ?? 0) - (m.sceneLocation[b] ?? 0) ||
      (m.sceneSet[a] ?? 0) - (m.sceneSet[b] ?? 0) ||
      lightRank(m.light[a] ?? 0) - lightRank(m.light[b] ?? 0) ||
      episodeKey(m, a).localeCompare(episodeKey(m, b)) ||
      a - b,
  );
}

/** Countries, then episodes, then locations chained by shared cast, nights last. */
export function blockOrder(m: Model): number[] {
  const castOf: Map<number, number>[] = Array.from({ length: m.locationCount }, () => new Map());
  const scenesAt: number[][] = Array.from({ length: m.locationCount }, () => []);
  for (let s = 0; s < m.sceneCount; s++) {
    const l = m.sceneLocation[s] ?? 0;
    scenesAt[l]?.push(s);
    for (const c of m.sceneCast[s] ?? []) castOf[l]?.set(c, 1);
  }
  const chain = new Int32Array(m.locationCount);
  const countryRank = new Map<number, number>();
  let position = 0;
  for (const country of countryOrder(m)) {
    const left = new Set<number>();
    for (let l = 0; l < m.locationCount; l++) {
      if (m.locationCountry[l] === country && (scenesAt[l]?.length ?? 0) > 0) left.add(l);
    }
    let last = -1;
    while (left.size > 0) {
      let pick = -1;
      let best = -Infinity;
      for (const l of left) {
        let shared = 0;
        if (last >= 0)
          for (const c of castOf[l]?.keys() ?? []) if (castOf[last]?.has(c)) shared += m.castRate[c] ?? 0;
        // Without a link, the location that closes first (then opens first) goes next.
        const score = shared * 1e3 - closingDay(m, l) * 1e-3 - openingDay(m, l) * 1e-6;
        if (score > best) {
          best = score;
          pick = l;
        }
      }
      left.delete(pick);
      last = pick;
      chain[pick] = position++;
    }
    countryRank.set(country, countryRank.size);
  }
  return Array.from({ length: m.sceneCount }, (_, s) => s).sort(
    (a, b) =>
      (countryRank.get(m.sceneCountry[a] ?? 0) ?? 0) - (countryRank.get(m.sceneCountry[b] ?? 0) ?? 0) ||
      episodeKey(m, a).localeCompare(episodeKey(m, b)) ||
      (chain[m.sceneLocation[a] ?? 0] ?? 0) - (chain[m.sceneLocation[b] ?? 0] ?? 0) ||
      (m.light[a] === LIGHT_NIGHT ? 1 : 0) - (m.light[b] === LIGHT_NIGHT ? 1 : 0) ||
      (m.sceneSet[a] ?? 0) - (m.sceneSet[b] ?? 0) ||
      a - b,
  );
}

/** Units to try for a scene: the locked one, else cast-less scenes on the last unit first, then in order. */
function unitPreference(m: Model, s: number, lastFirstForCastless: boolean): number[] {
  const units: number[] = [];
  for (let u = 0; u < m.unitCount; u++) if (m.sceneUnit[s * m.unitCount + u] === 1) units.push(u);
  if (lastFirstForCastless && (m.sceneCast[s]?.length ?? 0) === 0) units.reverse();
  return units;
}

/**
 * Overtime ends a shift late, and the rest rule then keeps the next day free: a first schedule runs into
 * overtime only before a day off, or for a scene longer than a shift on a day of its own.
 */
function withoutNeedlessOvertime(state: ScheduleState, s: number, slot: number): boolean {
  const m = state.m;
  const u = state.unitOf(slot);
  const d = state.dayOf(slot);
  const locs = state.slotLocs[slot] ?? [];
  const moves =
    Math.max(0, locs.length - 1) + (locs.length > 0 && !locs.includes(m.sceneLocation[s] ?? 0) ? 1 : 0);
  const used = (state.slotMinutes[slot] ?? 0) + (m.minutes[s] ?? 0) + moves * m.moveMinutes;
  if (used <= (m.shiftMinutes[u] ?? 0)) return true;
  if (d + 1 >= m.days || m.workingDay[d + 1] !== 1) return true;
  return locs.length === 0;
}

/**
 * Places the scenes in `order` into `state` (which may hold locked or earlier scenes), each in the first slot
 * from its unit's cursor that adds no broken rule. Returns the scenes it could not place.
 */
export function packInOrder(
  state: ScheduleState,
  order: readonly number[],
  castlessToLastUnit: boolean,
): number[] {
  const m = state.m;
  const days = m.days;
  const cursor = new Int32Array(m.unitCount);
  const unplaced: number[] = [];
  for (const s of order) {
    if ((state.sceneSlot[s] ?? -1) >= 0) continue;
    let placed = false;
    for (const u of unitPreference(m, s, castlessToLastUnit)) {
      const from = (m.lockedDay[s] ?? -1) >= 0 ? (m.lockedDay[s] ?? 0) : (cursor[u] ?? 0);
      for (let step = 0; step < days && !placed; step++) {
        const d = (from + step) % days;
        const slot = u * days + d;
        if (!state.fits(s, slot) || !withoutNeedlessOvertime(state, s, slot)) continue;
        const before = state.bad;
        state.move(s, slot);
        state.evaluate();
        if (state.bad < before) {
          state.commit();
          cursor[u] = d;
          placed = true;
        } else state.rollback();
      }
      if (placed) break;
    }
    if (!placed) unplaced.push(s);
  }
  return unplaced;
}

/**
 * Day-by-day construction: each unit walks its days; on each day it fills the shift from its current country
 * block with scenes that fit, by a strategy's preference, then moves on. A scene that cannot come yet waits
 * for a later day; a block ends when none of its scenes can still be shot. Whatever is left goes into the
 * first slot that breaks nothing (packInOrder); what still does not fit stays unplaced for the search.
 */
export function constructState(
  m: Model,
  strategy: ConstructionStrategy,
): { state: ScheduleState; unplaced: number[] } {
  // The board takes the best-looking order of country blocks; "blocks" tries the three best for the main unit
  // and keeps the schedule with the fewest unplaced scenes, then the cheapest.
  let best = sweep(m, strategy, 0);
  for (let choice = 1; choice < (strategy === "board" ? 1 : 3); choice++) {
    const next = sweep(m, strategy, choice);
    if (next === null) break;
    if (
      best === null ||
      next.unplaced.length < best.unplaced.length ||
      (next.unplaced.length === best.unplaced.length && next.state.objective() < best.state.objective())
    ) {
      best = next;
    }
  }
  if (best === null) throw new Error("constructState: no block order");
  return best;
}

function sweep(
  m: Model,
  strategy: ConstructionStrategy,
  choice: number,
): { state: ScheduleState; unplaced: number[] } | null {
  const state = new ScheduleState(m);
  state.recomputeAll();
  const order = strategy === "board" ? boardOrder(m) : blockOrder(m);
  const rank = new Int32Array(m.sceneCount);
  order.forEach((s, i) => (rank[s] = i));
  packInOrder(
    state,
    order.filter((s) => (m.lockedDay[s] ?? -1) >= 0),
    true,
  );
  const days = m.days;
  const slots = m.unitCount * days;
  const preferred = new Int32Array(m.sceneCount).fill(-1);
  for (let s = 0; s < m.sceneCount; s++) {
    if ((state.sceneSlot[s] ?? -1) >= 0) continue;
    const units = unitPreference(m, s, true).filter(
      (u) => (m.lockedUnit[s] ?? -1) < 0 || m.lockedUnit[s] === u,
    );
    preferred[s] = units[0] ?? -1;
  }
  const release = new Int32Array(m.sceneCount).fill(days);
  const deadline = new Int32Array(m.sceneCount).fill(-1);
  for (let s = 0; s < m.sceneCount; s++) {
    const u = preferred[s] ?? -1;
    if (u < 0) continue;
    for (let d = 0; d < days; d++) {
      if (m.allowed[s * slots + u * days + d] !== 1) continue;
      if ((release[s] ?? days) === days) release[s] = d;
      deadline[s] = d;
    }
  }
  for (let u = 0; u < m.unitCount; u++) {
    const pool = order.filter((s) => preferred[s] === u && (deadline[s] ?? -1) >= 0);
    const orders = countryBlocksOf(m, u, pool, release, deadline);
    const blocks = orders[u === 0 ? choice : 0];
    if (blocks === undefined) return null;
    let b = 0;
    let lastLocation = -1;
    let lastEpisode = "";
    let previousNight = false;
    // Working days in a row on which the block placed nothing: after three the block ends, its leftovers go
    // to the repair below (they wait for a release at most ten days).
    let idle = 0;
    for (let d = 0; d < days && b < blocks.length; d++) {
      const waiting = (blocks[b] ?? []).some((s) => state.sceneSlot[s] === -1 && (release[s] ?? 0) > d);
      if (idle >= (waiting ? 10 : 3)) {
        b++;
        idle = 0;
      }
      while (
        b < blocks.length &&
        !(blocks[b] ?? []).some((s) => state.sceneSlot[s] === -1 && (deadline[s] ?? -1) >= d)
      ) {
        b++;
      }
      const block = blocks[b];
      if (block === undefined) break;
      if (m.workingDay[d] !== 1) continue;
      const slot = u * days + d;
      const tried = new Set<number>();
      if (d > 0 && (state.slotScenes[slot - 1] ?? []).length === 0) previousNight = false;
      const placedBefore = (state.slotScenes[slot] ?? []).length;
      for (;;) {
        const here = state.slotLocs[slot] ?? [];
        const night = here.length > 0 ? state.kind[slot] === 1 : previousNight;
        const anchor = here.length > 0 ? (here[here.length - 1] ?? -1) : lastLocation;
        let best = -1;
        let bestKey = Infinity;
        for (const s of block) {
          if (state.sceneSlot[s] !== -1 || tried.has(s) || (release[s] ?? days) > d) continue;
          if (!state.fits(s, slot) || !withoutNeedlessOvertime(state, s, slot)) continue;
          const key =
            strategy === "board"
              ? (rank[s] ?? 0)
              : blockKey(state, s, d, anchor, lastEpisode, night, deadline, rank);
          if (key < bestKey) {
            bestKey = key;
            best = s;
          }
        }
        if (best < 0) {
          if ((state.slotScenes[slot] ?? []).length > 0) previousNight = state.kind[slot] === 1;
          break;
        }
        const before = state.bad;
        state.move(best, slot);
        state.evaluate();
        if (state.bad < before) {
          state.commit();
          lastLocation = m.sceneLocation[best] ?? -1;
          lastEpisode = episodeKey(m, best);
        } else {
          state.rollback();
          tried.add(best);
        }
      }
      idle = (state.slotScenes[slot] ?? []).length > placedBefore ? 0 : idle + 1;
    }
  }
  const left: number[] = [];
  for (const s of order) if (state.sceneSlot[s] === -1) left.push(s);
  const unplaced = packInOrder(state, left, true);
  return { state, unplaced };
}

/**
 * The scenes of a unit's pool by country, in the three orders that best fit their dates. Each order of the
 * countries is laid out on the unit's working days, each block as many days as its shooting time takes at
 * 75 % of a shift (rest rules and nights leave gaps); the order whose scenes fall the fewest days outside
 * their own block wins (every order is tried up to 7 countries, beyond that earliest deadline first). Ties
 * go to the order of window centres.
 */
function countryBlocksOf(
  m: Model,
  u: number,
  pool: readonly number[],
  release: Int32Array,
  deadline: Int32Array,
): number[][][] {
  if (!m.countryBlocks) return [[pool.slice()]];
  const byCountry = new Map<number, number[]>();
  for (const s of pool) {
    const c = m.sceneCountry[s] ?? 0;
    const list = byCountry.get(c) ?? [];
    list.push(s);
    byCountry.set(c, list);
  }
  const centre = (list: number[]) =>
    list.reduce((sum, s) => sum + ((release[s] ?? 0) + (deadline[s] ?? 0)) / 2, 0) / list.length;
  const blocks = [...byCountry.values()].sort((a, b) => centre(a) - centre(b));
  if (blocks.length < 2) return [blocks];
  const working: number[] = [];
  for (let d = 0; d < m.days; d++) if (m.workingDay[d] === 1) working.push(d);
  const perDay = Math.max(1, 0.75 * (m.shiftMinutes[u] ?? 720));
  const length = blocks.map((list) =>
    Math.max(1, Math.ceil(list.reduce((sum, s) => sum + (m.minutes[s] ?? 0), 0) / perDay)),
  );
  const misses = (order: readonly number[]): number => {
    let at = 0;
    let missed = 0;
    for (const b of order) {
      const first = working[Math.min(at, working.length - 1)] ?? 0;
      at += length[b] ?? 1;
      const last = working[Math.min(at - 1, working.length - 1)] ?? m.days - 1;
      for (const s of blocks[b] ?? []) {
        missed += Math.max(0, first - (deadline[s] ?? 0)) + Math.max(0, (release[s] ?? 0) - last);
      }
    }
    return missed;
  };
  const identity = blocks.map((_, i) => i);
  const ranked: { order: number[]; misses: number }[] = [];
  if (blocks.length <= 7) {
    const permute = (prefix: number[], rest: number[]) => {
      if (rest.length === 0) {
        ranked.push({ order: prefix.slice(), misses: misses(prefix) });
        return;
      }
      rest.forEach((b, i) => permute([...prefix, b], [...rest.slice(0, i), ...rest.slice(i + 1)]));
    };
    permute([], identity);
    ranked.sort((a, b) => a.misses - b.misses); // stable: ties keep the order of window centres
  } else {
    const due = (b: number) => Math.min(...(blocks[b] ?? []).map((s) => deadline[s] ?? 0));
    ranked.push({ order: identity.sort((a, b) => due(a) - due(b) || a - b), misses: 0 });
  }
  return ranked.slice(0, 3).map(({ order }) => order.map((b) => blocks[b] ?? []));
}

/**
 * Preference of the "blocks" strategy (smaller first): scenes about to miss their last day; then the light
 * the shift already has (after a night, nights: a day shift the next morning breaks the rest rule, so nights
 * come in runs); then the episode being shot (guests come for their episode and go: a company move costs
 * less than a few days of holding); then the shift's location; then scenes whose cast is already on (worked in the last three
 * days: they are paid anyway); then the earliest last day; then the chained order.
 */
function blockKey(
  state: ScheduleState,
  s: number,
  d: number,
  anchor: number,
  episode: string,
  night: boolean,
  deadline: Int32Array,
  rank: Int32Array,
): number {
  const m = state.m;
  const slack = (deadline[s] ?? 0) - d;
  const urgent = slack <= 3 ? 0 : 1;
  const light = m.light[s] ?? 0;
  const againstLight = (night ? light === LIGHT_DAY : light === LIGHT_NIGHT) ? 1 : 0;
  const sameLocation = m.sceneLocation[s] === anchor ? 0 : 1;
  const sameEpisode = episodeKey(m, s) === episode ? 0 : 1;
  let onCall = 0;
  let total = 0;
  for (const c of m.sceneCast[s] ?? []) {
    const rate = m.castRate[c] ?? 0;
    total += rate;
    for (let k = Math.max(0, d - 3); k <= d; k++) {
      if ((state.castDayUnits[c * m.days + k] ?? 0) > 0) {
        onCall += rate;
        break;
      }
    }
  }
  const affinity = total > 0 ? Math.round((1 - onCall / total) * 9) : 9;
  return (
    urgent * 1e10 +
    againstLight * 1e9 +
    sameEpisode * 2e8 +
    sameLocation * 1e8 +
    affinity * 1e7 +
    Math.min(999, Math.max(0, slack)) * 1e4 +
    (rank[s] ?? 0)
  );
}

export type ConstructScheduleResult =
  | { readonly ok: true; readonly schedule: Schedule; readonly unplacedSceneIds: readonly string[] }
  | { readonly ok: false; readonly problems: readonly ProductionProblem[] };

/**
 * A first schedule of an instance by one strategy ("board": sorted by location as by hand; "blocks": the
 * optimizer's start). Scenes that find no slot without breaking a rule are left out and named.
 */
export function constructSchedule(
  instance: ProductionInstance,
  strategy: ConstructionStrategy = "blocks",
): ConstructScheduleResult {
  const compiled = compileModel(instance);
  if (!compiled.ok) return { ok: false, problems: compiled.problems };
  const { state, unplaced } = constructState(compiled.model, strategy);
  return {
    ok: true,
    schedule: state.toSchedule(),
    unplacedSceneIds: unplaced.map((s) => compiled.model.sceneIds[s] ?? ""),
  };
}

// A quick look for inputs no schedule can satisfy, before any search: every check is a scan of the static
// tables (no search), so it answers in milliseconds even for a series. It finds what one scene, one lock, one
// location or one person rules out on their own; conflicts that only show when everything is put together
// are reported by the optimizer as scenes it could not place (SCENE_UNPLACED).
import {
  compileModel,
  LIGHT_DAY,
  LIGHT_DAWN,
  LIGHT_DUSK,
  LIGHT_NIGHT,
  LIGHT_TWILIGHT,
  type Model,
} from "./model.ts";
import type { ProductionProblem } from "./problems.ts";
import type { ProductionInstance } from "./types.ts";

/** Problems that make the instance unschedulable; [] when none of the quick checks finds one. */
export function explainInfeasibility(instance: ProductionInstance): ProductionProblem[] {
  const compiled = compileModel(instance);
  if (!compiled.ok) return compiled.problems;
  return explainModel(compiled.model);
}

/** Days where `open(d)` holds, as at most four ranges: "2026-03-02…2026-03-20, 2026-04-01". */
export function describeDays(m: Model, open: (d: number) => boolean): string {
  const ranges: string[] = [];
  let total = 0;
  for (let d = 0; d < m.days; d++) {
    if (!open(d)) continue;
    let e = d;
    while (e + 1 < m.days && open(e + 1)) e++;
    total++;
    if (ranges.length < 4)
      ranges.push(e === d ? (m.dates[d] ?? "") : `${m.dates[d] ?? ""}…${m.dates[e] ?? ""}`);
    d = e;
  }
  if (total === 0) return "no day";
  return total > 4 ? `${ranges.join(", ")} and ${total - 4} more` : ranges.join(", ");
}

export function explainModel(m: Model): ProductionProblem[] {
  const problems: ProductionProblem[] = [];
  const days = m.days;
  const slots = m.unitCount * days;
  const capacity = (u: number) => (m.shiftMinutes[u] ?? 0) + (m.maxOvertimeMinutes[u] ?? 0);
  let largestShift = 0;
  for (let u = 0; u < m.unitCount; u++) largestShift = Math.max(largestShift, capacity(u));

  for (let s = 0; s < m.sceneCount; s++) {
    const scene = m.instance.scenes[s];
    if (scene === undefined) continue;
    const sceneId = scene.id;
    const l = m.sceneLocation[s] ?? 0;
    const locationId = m.locationIds[l] ?? "";
    const at = `scene ${scene.label} at ${locationId}`;
    const units: number[] = [];
    for (let u = 0; u < m.unitCount; u++) if (m.sceneUnit[s * m.unitCount + u] === 1) units.push(u);
    if (units.length === 0) {
      problems.push({ code: "NO_UNIT_FOR_SCENE", sceneId, detail: `${at}: no unit may shoot it` });
      continue;
    }
    const longest = Math.max(...units.map(capacity));
    if ((m.minutes[s] ?? 0) > longest) {
      problems.push({
        code: "SCENE_TOO_LONG",
        sceneId,
        detail: `${at} needs ${m.minutes[s] ?? 0} minutes; the longest shift with overtime is ${longest}: split the scene`,
      });
    }
    const open = (d: number) => m.locationOpen[l * days + d] === 1;
    if (describeDays(m, open) === "no day") {
      const own = m.instance.locations[l];
      problems.push({
        code: "LOCATION_NEVER_AVAILABLE",
        sceneId,
        locationId,
        detail: `${at}: ${locationId} is never open — its dates (${
          own?.available?.map((w) => `${w.from}…${w.to}`).join(", ") ?? "any"
        }) leave no working day of the calendar outside ${m.countries[m.locationCountry[l] ?? 0] ?? ""} holidays`,
      });
      continue;
    }
    let eachCanCome = true;
    for (const c of m.sceneCast[s] ?? []) {
      const castId = m.castIds[c] ?? "";
      const free = (d: number) => m.castAvailable[c * days + d] === 1;
      if (describeDays(m, (d) => open(d) && free(d)) === "no day") {
        eachCanCome = false;
        problems.push({
          code: "CAST_UNAVAILABLE_AT_LOCATION",
          sceneId,
          castId,
          locationId,
          detail: `${at} needs ${castId}, available ${describeDays(m, free)}, but ${locationId} can be used ${describeDays(m, open)}`,
        });
      }
    }
    const together = (d: number) =>
      open(d) && (m.sceneCast[s] ?? []).every((c) => m.castAvailable[c * days + d] === 1);
    if (eachCanCome && (m.sceneCast[s] ?? []).length > 1 && describeDays(m, together) === "no day") {
      problems.push({
        code: "CAST_NOT_AVAILABLE_TOGETHER",
        sceneId,
        locationId,
        detail: `${at}: no day when ${locationId} and all of ${[...(m.sceneCast[s] ?? [])]
          .map((c) => m.castIds[c] ?? "")
          .join(", ")} are available`,
      });
      continue;
    }
    if (!eachCanCome) continue;
    // Locks
    const lockedDay = m.lockedDay[s] ?? -1;
    const lockedUnit = m.lockedUnit[s] ?? -1;
    if (lockedDay === -2) {
      problems.push({
        code: "LOCK_CONFLICT",
        sceneId,
        date: scene.lockedDate,
        detail: `${at} is locked to ${scene.lockedDate ?? ""}, outside the calendar`,
      });
      continue;
    }
    if (lockedDay >= 0) {
      const date = m.dates[lockedDay] ?? "";
      const why: string[] = [];
      if (m.workingDay[lockedDay] !== 1) why.push(`${date} is a company day off`);
      else if (m.holiday[m.sceneCountry[s] ?? 0]?.[lockedDay] === 1) {
        why.push(`${date} is a public holiday in ${m.countries[m.sceneCountry[s] ?? 0] ?? ""}`);
      } else if (!open(lockedDay)) why.push(`${locationId} is not available on ${date}`);
      for (const c of m.sceneCast[s] ?? []) {
        if (m.castAvailable[c * days + lockedDay] !== 1)
          why.push(`${m.castIds[c] ?? ""} is not available on ${date}`);
      }
      if (why.length > 0) {
        const castId = (m.sceneCast[s] ?? []).find((c) => m.castAvailable[c * days + lockedDay] !== 1);
        problems.push({
          code: "LOCK_CONFLICT",
          sceneId,
          date,
          locationId,
          ...(castId === undefined ? {} : { castId: m.castIds[castId] ?? "" }),
          detail: `${at} is locked to ${date}, but ${why.join("; ")}`,
        });
        continue;
      }
    }
    if (lockedUnit >= 0 && !units.includes(lockedUnit)) {
      problems.push({
        code: "LOCK_CONFLICT",
        sceneId,
        unitId: m.unitIds[lockedUnit],
        detail: `${at} is locked to unit ${m.unitIds[lockedUnit] ?? ""}, which its unit list leaves out`,
      });
      continue;
    }
    let any = false;
    for (let k = 0; k < slots && !any; k++) if (m.allowed[s * slots + k] === 1) any = true;
    if (!any) {
      problems.push({
        code: "LOCK_CONFLICT",
        sceneId,
        detail: `${at}: its lock, units and dates leave no slot`,
      });
    }
  }
  if (problems.length > 0) return problems;

  problems.push(...lockClashes(m));
  problems.push(...capacityProblems(m, largestShift));
  return problems;
}

/** Scenes locked to one day that cannot share it: light, country, length, cast in two units. */
function lockClashes(m: Model): ProductionProblem[] {
  const problems: ProductionProblem[] = [];
  const byDay = new Map<number, number[]>();
  for (let s = 0; s < m.sceneCount; s++) {
    const d = m.lockedDay[s] ?? -1;
    if (d < 0) continue;
    const list = byDay.get(d) ?? [];
    list.push(s);
    byDay.set(d, list);
  }
  for (const [d, scenes] of byDay) {
    const date = m.dates[d] ?? "";
    // Scenes whose unit is fixed share a shift; cast called by two fixed units clash.
    const unitOf = (s: number): number => {
      if ((m.lockedUnit[s] ?? -1) >= 0) return m.lockedUnit[s] ?? -1;
      let only = -1;
      for (let u = 0; u < m.unitCount; u++) {
        if (m.sceneUnit[s * m.unitCount + u] !== 1) continue;
        if (only >= 0) return -1;
        only = u;
      }
      return only;
    };
    const groups = new Map<number, number[]>();
    for (const s of scenes) {
      const u = unitOf(s);
      if (u < 0) continue;
      const list = groups.get(u) ?? [];
      list.push(s);
      groups.set(u, list);
    }
    const castUnit = new Map<number, number>();
    for (const [u, group] of groups) {
      const ids = group.map((s) => m.sceneIds[s] ?? "");
      const clash = (detail: string) =>
        problems.push({ code: "LOCKS_CLASH", sceneIds: ids, unitId: m.unitIds[u], date, detail });
      const has = (light: number) => group.filter((s) => m.light[s] === light).length;
      if (has(LIGHT_NIGHT) > 0 && has(LIGHT_DAY) > 0)
        clash(`day and night scenes locked to one shift on ${date}`);
      const twilight = has(LIGHT_DAWN) + has(LIGHT_DUSK) + has(LIGHT_TWILIGHT);
      if (has(LIGHT_DAWN) > 1 || has(LIGHT_DUSK) > 1 || twilight > 2) {
        clash(`${twilight} dawn, dusk or режим scenes locked to one shift on ${date}`);
      }
      const countries = new Set(group.map((s) => m.sceneCountry[s] ?? 0));
      if (countries.size > 1) clash(`scenes in ${countries.size} countries locked to one shift on ${date}`);
      const locations = new Set(group.map((s) => m.sceneLocation[s] ?? 0));
      if (locations.size - 1 > m.maxMovesPerDay) {
        clash(
          `${locations.size} locations locked to one shift on ${date}, at most ${m.maxMovesPerDay} moves a day`,
        );
      }
      const minutes =
        group.reduce((sum, s) => sum + (m.minutes[s] ?? 0), 0) + (locations.size - 1) * m.moveMinutes;
      const cap = (m.shiftMinutes[u] ?? 0) + (m.maxOvertimeMinutes[u] ?? 0);
      if (minutes > cap) clash(`${minutes} minutes locked to one ${cap}-minute shift on ${date}`);
      for (const s of group) {
        for (const c of m.sceneCast[s] ?? []) {
          const other = castUnit.get(c);
          if (other !== undefined && other !== u) {
            problems.push({
              code: "LOCKS_CLASH",
              castId: m.castIds[c],
              date,
              sceneIds: scenes
                .filter((t) => m.sceneCast[t]?.includes(c) === true)
                .map((t) => m.sceneIds[t] ?? ""),
              detail: `${m.castIds[c] ?? ""} is locked into units ${m.unitIds[other] ?? ""} and ${m.unitIds[u] ?? ""} on ${date}`,
            });
          }
          castUnit.set(c, u);
        }
      }
    }
  }
  return problems;
}

/** Shooting time a location, a person or the whole shoot needs against what their open days can hold. */
function capacityProblems(m: Model, largestShift: number): ProductionProblem[] {
  const problems: ProductionProblem[] = [];
  const days = m.days;
  let unitsCapacity = 0;
  for (let u = 0; u < m.unitCount; u++)
    unitsCapacity += (m.shiftMinutes[u] ?? 0) + (m.maxOvertimeMinutes[u] ?? 0);
  const locationNeed = new Float64Array(m.locationCount);
  let need = 0;
  for (let s = 0; s < m.sceneCount; s++) {
    const l = m.sceneLocation[s] ?? 0;
    locationNeed[l] = (locationNeed[l] ?? 0) + (m.minutes[s] ?? 0);
    need += m.minutes[s] ?? 0;
  }
  let workingDays = 0;
  for (let d = 0; d < days; d++) workingDays += m.workingDay[d] ?? 0;
  if (need > workingDays * unitsCapacity) {
    problems.push({
      code: "NOT_ENOUGH_DAYS",
      detail: `the scenes need ${need} minutes; ${workingDays} working days of every unit hold at most ${
        workingDays * unitsCapacity
      }`,
    });
  }
  for (let l = 0; l < m.locationCount; l++) {
    let open = 0;
    for (let d = 0; d < days; d++) open += m.locationOpen[l * days + d] ?? 0;
    if ((locationNeed[l] ?? 0) > open * unitsCapacity) {
      problems.push({
        code: "NOT_ENOUGH_DAYS",
        locationId: m.locationIds[l],
        detail: `the scenes at ${m.locationIds[l] ?? ""} need ${locationNeed[l] ?? 0} minutes; its ${open} open days hold at most ${
          open * unitsCapacity
        }`,
      });
    }
  }
  for (let c = 0; c < m.castCount; c++) {
    let minutes = 0;
    for (const s of m.castScenes[c] ?? []) minutes += m.minutes[s] ?? 0;
    if (minutes === 0) continue;
    let free = 0;
    for (let d = 0; d < days; d++) if (m.castAvailable[c * days + d] === 1 && m.workingDay[d] === 1) free++;
    if (minutes > free * largestShift) {
      problems.push({
        code: "NOT_ENOUGH_DAYS",
        castId: m.castIds[c],
        detail: `${m.castIds[c] ?? ""}'s scenes need ${minutes} minutes; the ${free} working days they are available hold at most ${
          free * largestShift
        }`,
      });
    }
  }
  return problems;
}

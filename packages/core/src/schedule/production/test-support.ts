// Helpers for the production scheduler's tests: a small hand-made instance to vary, and a brute force over
// every schedule of a tiny instance that shares nothing with the search but the exact evaluator.
import { evaluateWithModel } from "./evaluate.ts";
import { LIGHT_DAY, LIGHT_NIGHT, type Model } from "./model.ts";
import type { ProductionInstance, Schedule, ScheduledDay } from "./types.ts";

/**
 * One week, Monday 2 March to Sunday 8 March 2026, Saturday and Sunday off; one 12 h unit; two Russian
 * locations and one in Kazakhstan; A is paid 10 000.00 RUB a day, B 50 000.00 KZT (at 0.2 RUB per tenge:
 * 10 000.00 RUB); a move costs 1 000.00 RUB, a border 5 000.00 RUB, overtime 2 000.00 RUB an hour.
 */
export function handInstance(overrides: Partial<ProductionInstance> = {}): ProductionInstance {
  return {
    name: "hand",
    calendar: { firstDate: "2026-03-02", lastDate: "2026-03-08" },
    units: [{ id: "main", name: "Main unit" }],
    reportingCurrency: "RUB",
    rates: { KZT: "0.2" },
    locations: [
      { id: "L1", country: "RU", timeZone: "Europe/Moscow" },
      { id: "L2", country: "RU", timeZone: "Europe/Moscow" },
      { id: "L3", country: "KZ", timeZone: "Asia/Almaty" },
    ],
    cast: [
      { id: "A", name: "A", dailyRate: { amountMinor: 1_000_000, currency: "RUB" }, homeCountry: "RU" },
      { id: "B", name: "B", dailyRate: { amountMinor: 5_000_000, currency: "KZT" }, homeCountry: "KZ" },
    ],
    scenes: [
      {
        id: "S1",
        label: "1",
        shootingMinutes: 300,
        setId: "a",
        locationId: "L1",
        setting: "INT",
        time: "DAY",
        castIds: ["A"],
      },
      {
        id: "S2",
        label: "2",
        shootingMinutes: 300,
        setId: "b",
        locationId: "L2",
        setting: "INT",
        time: "DAY",
        castIds: ["A"],
      },
      {
        id: "S3",
        label: "3",
        shootingMinutes: 300,
        setId: "c",
        locationId: "L3",
        setting: "EXT",
        time: "DAY",
        castIds: ["A", "B"],
      },
    ],
    costs: {
      locationMove: { amountMinor: 100_000, currency: "RUB" },
      borderCrossing: { amountMinor: 500_000, currency: "RUB" },
      overtimePerHour: { amountMinor: 200_000, currency: "RUB" },
    },
    ...overrides,
  };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([item, ...rest]);
  });
  return out;
}

/**
 * The cheapest schedule with no violation, over every placement of every scene on every (unit, working day),
 * every shift kind the scenes allow and every order of the locations within a shift (scenes kept together by
 * location: splitting a location only adds moves). Exponential: keep to a handful of scenes and slots.
 */
export function bruteForce(m: Model): { total: number; schedule: Schedule } | null {
  const slots: { u: number; d: number }[] = [];
  for (let u = 0; u < m.unitCount; u++)
    for (let d = 0; d < m.days; d++) if (m.workingDay[d] === 1) slots.push({ u, d });
  let best: { total: number; schedule: Schedule } | null = null;
  const place = new Array<number>(m.sceneCount).fill(0);
  const visit = (s: number): void => {
    if (s < m.sceneCount) {
      for (let k = 0; k < slots.length; k++) {
        place[s] = k;
        visit(s + 1);
      }
      return;
    }
    const used = slots.map((_, k) => place.map((p, t) => (p === k ? t : -1)).filter((t) => t >= 0));
    const shifts = used.map((scenes, k) => ({ scenes, slot: slots[k] })).filter((x) => x.scenes.length > 0);
    // Every choice of shift kind and location order for every used slot.
    const options = shifts.map(({ scenes, slot }) => {
      const night = scenes.some((t) => m.light[t] === LIGHT_NIGHT);
      const day = scenes.some((t) => m.light[t] === LIGHT_DAY);
      const kinds = night ? ["night"] : day ? ["day"] : ["day", "night"];
      const locations = [...new Set(scenes.map((t) => m.sceneLocation[t] ?? 0))];
      const entries: ScheduledDay[] = [];
      for (const kind of kinds) {
        for (const order of permutations(locations)) {
          entries.push({
            date: m.dates[slot?.d ?? 0] ?? "",
            unitId: m.unitIds[slot?.u ?? 0] ?? "",
            shift: kind as "day" | "night",
            sceneIds: order.flatMap((l) =>
              scenes.filter((t) => m.sceneLocation[t] === l).map((t) => m.sceneIds[t] ?? ""),
            ),
          });
        }
      }
      return entries;
    });
    const choose = (i: number, days: ScheduledDay[]): void => {
      if (i === options.length) {
        const evaluation = evaluateWithModel(m, { days });
        if (evaluation.ok && evaluation.feasible && (best === null || evaluation.cost.total < best.total)) {
          best = { total: evaluation.cost.total, schedule: { days: days.slice() } };
        }
        return;
      }
      for (const entry of options[i] ?? []) choose(i + 1, [...days, entry]);
    };
    choose(0, []);
  };
  visit(0);
  return best;
}

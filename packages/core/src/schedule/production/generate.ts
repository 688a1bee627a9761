// Seeded production instances for tests and benchmarks, shaped like a CIS co-produced series: a few leads in
// most scenes, recurring cast in some episodes, guests in one or two, sets that come back every episode and
// sets of one episode, locations in several countries, night and режим scenes, and cast and locations that
// are only available for a while.
//
// Every instance is schedulable: the generator first builds a hidden plan without any dates rule (the scenes
// in a random country → location → episode order, packed by the construction heuristic), then draws each
// window of availability around that plan's days, so the plan stays valid. generateSeriesCase returns it.
// Holidays are a fixed approximation of 2026 for the five countries, not the official calendars.
import { minorUnitDigits, type CurrencyCode } from "../../money/currency.ts";
import { epochDay, isoDate } from "./calendar.ts";
import { packInOrder } from "./construct.ts";
import { compileModel, LIGHT_NIGHT, type Model } from "./model.ts";
import { createRandom, randomInt, shuffle, type Random } from "./random.ts";
import { ScheduleState } from "./state.ts";
import type {
  DateWindow,
  ProductionCast,
  ProductionInstance,
  ProductionLocation,
  ProductionScene,
  ProductionUnit,
  Schedule,
  SceneSetting,
  SceneTime,
} from "./types.ts";

export interface SeriesSize {
  readonly episodes: number;
  readonly scenes: number;
  readonly cast: number;
  readonly sets: number;
  readonly locations: number;
  /** 1 to 5: RU, KZ, UZ, BY, KG in that order. */
  readonly countries: number;
  /** Working days of the main unit the scenes roughly fill at `load`. */
  readonly shootingDays: number;
  /** Calendar days; by default enough weeks for shootingDays plus a tenth. */
  readonly calendarDays?: number;
  /** 1 or 2 (main, second). */
  readonly units: number;
  /** Share of the main unit's shift time the scenes take, 0 to 1. */
  readonly load: number;
  /** Share of cast and locations with availability windows, 0 to 1. */
  readonly windows: number;
  readonly countryBlocks: boolean;
  /** Scenes locked to their day and unit in the hidden plan. */
  readonly locks: number;
}

export const seriesSizes = {
  /** Brute-force size: one unit, one week. */
  tiny: {
    episodes: 1,
    scenes: 5,
    cast: 3,
    sets: 3,
    locations: 2,
    countries: 2,
    shootingDays: 4,
    calendarDays: 5,
    units: 1,
    load: 0.45,
    windows: 0.4,
    countryBlocks: false,
    locks: 0,
  },
  small: {
    episodes: 2,
    scenes: 24,
    cast: 10,
    sets: 8,
    locations: 5,
    countries: 2,
    shootingDays: 8,
    units: 2,
    load: 0.6,
    windows: 0.4,
    countryBlocks: true,
    locks: 1,
  },
  medium: {
    episodes: 4,
    scenes: 200,
    cast: 40,
    sets: 30,
    locations: 14,
    countries: 3,
    shootingDays: 24,
    units: 2,
    load: 0.75,
    windows: 0.4,
    countryBlocks: true,
    locks: 3,
  },
  /** The series: 12 episodes, ~1,200 scenes, 120 cast, 90 sets at 40 locations in 5 countries. */
  series: {
    episodes: 12,
    scenes: 1200,
    cast: 120,
    sets: 90,
    locations: 40,
    countries: 5,
    shootingDays: 130,
    units: 2,
    load: 0.8,
    windows: 0.4,
    countryBlocks: true,
    locks: 6,
  },
} as const satisfies Record<string, SeriesSize>;

export type SeriesSizeName = keyof typeof seriesSizes;

const countryCodes = ["RU", "KZ", "UZ", "BY", "KG"] as const;
const zones: Record<string, string> = {
  RU: "Europe/Moscow",
  KZ: "Asia/Almaty",
  UZ: "Asia/Tashkent",
  BY: "Europe/Minsk",
  KG: "Asia/Bishkek",
};
const currencies: Record<string, string> = { RU: "RUB", KZ: "KZT", UZ: "UZS", BY: "BYN", KG: "KGS" };
/** Roubles per unit (budget rates of the generated projects). */
const rates: Record<string, string> = {
  KZT: "0.169831",
  UZS: "0.00662085",
  BYN: "27.2959",
  KGS: "0.9642",
  USD: "84.1",
};
const holidays2026: Record<string, string[]> = {
  RU: [
    "2026-01-01",
    "2026-01-07",
    "2026-02-23",
    "2026-03-09",
    "2026-05-01",
    "2026-05-11",
    "2026-06-12",
    "2026-11-04",
  ],
  KZ: [
    "2026-03-09",
    "2026-03-23",
    "2026-03-24",
    "2026-05-01",
    "2026-05-07",
    "2026-05-11",
    "2026-07-06",
    "2026-08-31",
  ],
  UZ: ["2026-03-09", "2026-03-20", "2026-03-23", "2026-05-11", "2026-09-01", "2026-10-01", "2026-12-08"],
  BY: ["2026-01-01", "2026-01-07", "2026-03-09", "2026-05-01", "2026-05-11", "2026-07-03", "2026-11-09"],
  KG: ["2026-03-09", "2026-03-23", "2026-05-01", "2026-05-05", "2026-05-11", "2026-08-31", "2026-11-09"],
};
const region: Record<string, number> = { RU: 0, BY: 0, KZ: 1, UZ: 1, KG: 1 };
const firstDate = "2026-03-02"; // a Monday

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new Error("generate: empty choice");
  return item;
}

function weighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

function resolveSize(size: SeriesSizeName | SeriesSize): SeriesSize {
  return typeof size === "string" ? seriesSizes[size] : size;
}

/** A generated instance (see generateSeriesCase for its hidden plan). */
export function generateSeriesInstance(seed: number, size: SeriesSizeName | SeriesSize): ProductionInstance {
  return generateSeriesCase(seed, size).instance;
}

/** A generated instance and the hidden plan it was drawn around (a valid schedule of it). */
export function generateSeriesCase(
  seed: number,
  size: SeriesSizeName | SeriesSize,
): { instance: ProductionInstance; reference: Schedule } {
  const z = resolveSize(size);
  const random = createRandom(seed ^ 0x5eed);
  const countries: string[] = countryCodes.slice(0, Math.max(1, Math.min(5, z.countries)));

  // Calendar
  const start = epochDay(firstDate) ?? 0;
  const calendarDays = z.calendarDays ?? (Math.ceil((z.shootingDays * 1.1) / 5) + 1) * 7 - 2;
  const lastDate = isoDate(start + calendarDays - 1);
  const holidays: Record<string, string[]> = {};
  for (const code of countries)
    holidays[code] = (holidays2026[code] ?? []).filter((d) => d >= firstDate && d <= lastDate);

  // Units
  const units: ProductionUnit[] = [{ id: "main", name: "Main unit", shiftHours: 12, maxOvertimeHours: 2 }];
  if (z.units > 1) {
    units.push({
      id: "second",
      name: "Second unit",
      shiftHours: 10,
      maxOvertimeHours: 2,
      overtimePerHour: { amountMinor: 6_000_000, currency: "RUB" },
    });
  }

  // Locations and sets
  const locationCountry: string[] = [];
  const home = countries[0] ?? "RU";
  const locationCount = Math.max(countries.length, z.locations);
  const homeShare = Math.max(1, Math.ceil(locationCount * (countries.length > 1 ? 0.4 : 1)));
  for (let l = 0; l < locationCount; l++) {
    locationCountry.push(
      l < homeShare ? home : (countries[1 + ((l - homeShare) % (countries.length - 1))] ?? home),
    );
  }
  const setLocation: number[] = [];
  for (let k = 0; k < Math.max(z.sets, locationCount); k++) {
    setLocation.push(
      k < locationCount
        ? k
        : weighted(
            random,
            locationCountry.map((c) => (c === home ? 2 : 1)),
          ),
    );
  }
  const stages = locationCount >= 6 ? 2 : 0;

  // Cast
  const leads = Math.max(1, Math.round(z.cast * 0.07));
  const recurring = Math.round(z.cast * 0.2);
  const roles: ("lead" | "recurring" | "guest")[] = [];
  for (let c = 0; c < z.cast; c++)
    roles.push(c < leads ? "lead" : c < leads + recurring ? "recurring" : "guest");
  const castHome = roles.map(() => (random() < 0.55 ? home : pick(random, countries)));
  const guestEpisodes = roles.map((role) => {
    if (role !== "guest") return [] as number[];
    const e = randomInt(random, z.episodes);
    return random() < 0.3 && e + 1 < z.episodes ? [e, e + 1] : [e];
  });
  const recurringEpisodes = roles.map((role) => {
    if (role !== "recurring") return new Set<number>();
    const share = 0.3 + random() * 0.3;
    const set = new Set<number>();
    for (let e = 0; e < z.episodes; e++) if (random() < share) set.add(e);
    if (set.size === 0) set.add(randomInt(random, z.episodes));
    return set;
  });

  // Scenes
  const regularSets = Array.from({ length: Math.max(1, Math.round(setLocation.length * 0.2)) }, (_, i) => i);
  const scenes: {
    episode: number;
    set: number;
    setting: SceneSetting;
    time: SceneTime;
    eighths: number;
    cast: number[];
  }[] = [];
  for (let e = 0; e < z.episodes; e++) {
    const count = Math.round(((e + 1) * z.scenes) / z.episodes) - Math.round((e * z.scenes) / z.episodes);
    const episodeSets = shuffle(
      random,
      setLocation.map((_, k) => k),
    ).slice(0, Math.max(1, Math.min(8, setLocation.length)));
    const guests = roles.map((_, c) => c).filter((c) => guestEpisodes[c]?.includes(e));
    const regulars = roles.map((_, c) => c).filter((c) => recurringEpisodes[c]?.has(e));
    for (let i = 0; i < count; i++) {
      const set = random() < 0.45 ? pick(random, regularSets) : pick(random, episodeSets);
      const setting: SceneSetting = random() < 0.6 ? "INT" : random() < 0.9 ? "EXT" : "INT/EXT";
      const r = random();
      const time: SceneTime =
        r < 0.63
          ? "DAY"
          : r < 0.83
            ? "NIGHT"
            : r < 0.88
              ? "MORNING"
              : r < 0.92
                ? "EVENING"
                : r < 0.94
                  ? "DAWN"
                  : r < 0.96
                    ? "DUSK"
                    : r < 0.98
                      ? "REGIME"
                      : "CONTINUOUS";
      const cast: number[] = [];
      if (random() >= 0.08) {
        for (let c = 0; c < leads; c++) if (random() < (c === 0 ? 0.5 : c === 1 ? 0.4 : 0.25)) cast.push(c);
        for (const c of regulars) if (random() < 0.12) cast.push(c);
        for (const c of guests) if (random() < 0.2) cast.push(c);
        if (cast.length === 0)
          cast.push(guests.length > 0 && random() < 0.5 ? pick(random, guests) : randomInt(random, leads));
      }
      const eighths = 1 + Math.min(15, Math.floor(-Math.log(1 - random()) * 3.5));
      scenes.push({ episode: e, set, setting, time, eighths, cast });
    }
  }
  const totalEighths = scenes.reduce((sum, s) => sum + s.eighths, 0);
  const perEighth = (z.shootingDays * 720 * z.load) / Math.max(1, totalEighths);

  const locations: ProductionLocation[] = locationCountry.map((country, l) => ({
    id: `L${l + 1}`,
    name: `Location ${l + 1}`,
    country,
    timeZone: zones[country] ?? "UTC",
    ...(l < stages ? { stage: true } : {}),
  }));
  const cast: ProductionCast[] = roles.map((role, c) => {
    const rub =
      role === "lead"
        ? 150_000 + random() * 300_000
        : role === "recurring"
          ? 50_000 + random() * 100_000
          : 15_000 + random() * 45_000;
    const country = castHome[c] ?? home;
    const currency = currencies[country] ?? "RUB";
    const perUnit = Number(rates[currency] ?? "1");
    const digits = minorUnitDigits(currency as CurrencyCode);
    const amount = Math.max(1000, Math.round(rub / perUnit / 1000) * 1000) * 10 ** digits;
    // Everyone may be held: a person who may not (a day player) is for hand-made cases, as the hidden plan
    // would have to avoid every short gap abroad.
    const dayPlayer = false;
    const drop =
      role === "lead" ? false : role === "recurring" ? random() < 0.7 : dayPlayer || random() < 0.5;
    return {
      id: `C${c + 1}`,
      name: `${role === "lead" ? "Lead" : role === "recurring" ? "Recurring" : "Guest"} ${c + 1}`,
      dailyRate: { amountMinor: amount, currency },
      homeCountry: country,
      travelDaysFromHome: 1,
      allowHold: !dayPlayer,
      allowDropPickup: drop,
      minDropGapDays: dayPlayer ? 0 : role === "recurring" ? 10 : 5 + randomInt(random, 8),
    };
  });
  const productionScenes: ProductionScene[] = scenes.map((scene, s) => {
    const l = setLocation[scene.set] ?? 0;
    return {
      id: `S${s + 1}`,
      label: `${scene.episode + 1}-${s + 1}`,
      eighths: scene.eighths,
      shootingMinutes: Math.max(10, Math.min(600, Math.round(scene.eighths * perEighth))),
      setId: `SET${scene.set + 1}`,
      locationId: `L${l + 1}`,
      setting: scene.setting,
      time: scene.time,
      castIds: scene.cast.map((c) => `C${c + 1}`),
      episode: scene.episode + 1,
      ...(scene.cast.length === 0 || units.length === 1 ? {} : { unitIds: ["main"] }),
    };
  });
  for (const person of cast) {
    // Travel: a neighbour's home is a day away, a farther one two.
    const far = countries.some((c) => region[c] !== region[person.homeCountry]);
    (person as { travelDaysFromHome: number }).travelDaysFromHome = far && random() < 0.5 ? 2 : 1;
  }

  let instance: ProductionInstance = {
    name: `series-${seed}`,
    calendar: { firstDate, lastDate, weeklyDaysOff: [6, 7], holidays },
    units,
    reportingCurrency: "RUB",
    rates,
    scenes: productionScenes,
    locations,
    cast,
    costs: {
      locationMove: { amountMinor: 15_000_000, currency: "RUB" },
      borderCrossing: { amountMinor: 200_000_000, currency: "RUB" },
      overtimePerHour: { amountMinor: 15_000_000, currency: "RUB" },
      moveMinutes: 60,
    },
    rules: { maxMovesPerDay: 1, countryBlocks: z.countryBlocks },
  };

  // The hidden plan: countries, then day before night, locations and episodes in a random order, packed without date windows. When
  // the calendar is too short for it (nights and rest rules leave gaps), the calendar grows by a week.
  const countryRank = new Map(shuffle(random, [...countries]).map((c, i) => [c, i]));
  const locationRank = shuffle(
    random,
    locations.map((_, l) => l),
  );
  const rankOf = new Map(locationRank.map((l, i) => [l, i]));
  let plan: { m: Model; state: ScheduleState } | null = null;
  for (let attempt = 0; attempt < 8 && plan === null; attempt++) {
    const compiled = compileModel(instance);
    if (!compiled.ok) throw new Error(`generate: ${compiled.problems[0]?.detail ?? "invalid instance"}`);
    const m = compiled.model;
    const order = productionScenes
      .map((_, s) => s)
      .sort(
        (a, b) =>
          (countryRank.get(m.countries[m.sceneCountry[a] ?? 0] ?? "") ?? 0) -
            (countryRank.get(m.countries[m.sceneCountry[b] ?? 0] ?? "") ?? 0) ||
          (m.light[a] === LIGHT_NIGHT ? 1 : 0) - (m.light[b] === LIGHT_NIGHT ? 1 : 0) ||
          (rankOf.get(m.sceneLocation[a] ?? 0) ?? 0) - (rankOf.get(m.sceneLocation[b] ?? 0) ?? 0) ||
          (scenes[a]?.episode ?? 0) - (scenes[b]?.episode ?? 0) ||
          a - b,
      );
    const state = new ScheduleState(m);
    state.recomputeAll();
    if (packInOrder(state, order, true).length === 0) plan = { m, state };
    else {
      const last = epochDay(instance.calendar.lastDate) ?? start;
      instance = { ...instance, calendar: { ...instance.calendar, lastDate: isoDate(last + 7) } };
    }
  }
  if (plan === null) throw new Error("generate: no hidden plan fits; lower the load");
  const { m, state } = plan;
  const reference = state.toSchedule();

  // Windows around the plan.
  const workDays = cast.map(() => [] as number[]);
  const locationDays = locations.map(() => [] as number[]);
  for (let s = 0; s < m.sceneCount; s++) {
    const slot = state.sceneSlot[s] ?? 0;
    const d = slot % m.days;
    for (const c of m.sceneCast[s] ?? []) workDays[c]?.push(d);
    locationDays[m.sceneLocation[s] ?? 0]?.push(d);
  }
  const around = (list: number[]): DateWindow | null => {
    if (list.length === 0) return null;
    const from = Math.max(0, Math.min(...list) - 3 - randomInt(random, 25));
    const to = Math.min(m.days - 1, Math.max(...list) + 3 + randomInt(random, 25));
    return { from: m.dates[from] ?? firstDate, to: m.dates[to] ?? lastDate };
  };
  const withCastWindows = cast.map((person, c) => {
    const role = roles[c];
    const chance = z.windows * (role === "guest" ? 1.4 : role === "recurring" ? 0.8 : 0.25);
    const window = random() < chance ? around(workDays[c] ?? []) : null;
    const busy = new Set(workDays[c]);
    const blocked: string[] = [];
    if (random() < z.windows * 0.5) {
      for (let k = 0, n = 1 + randomInt(random, 4); k < n; k++) {
        const d = randomInt(random, m.days);
        if (!busy.has(d)) blocked.push(m.dates[d] ?? firstDate);
      }
    }
    return {
      ...person,
      ...(window ? { available: [window] } : {}),
      ...(blocked.length > 0 ? { blockedDates: [...new Set(blocked)].sort() } : {}),
    };
  });
  const withLocationWindows = locations.map((location, l) => {
    const window = random() < z.windows ? around(locationDays[l] ?? []) : null;
    return window ? { ...location, available: [window] } : location;
  });
  const lockedScenes = new Map<string, { date: string; unitId: string }>();
  const lockable = shuffle(
    random,
    productionScenes.map((_, s) => s),
  ).slice(0, z.locks);
  for (const s of lockable) {
    const slot = state.sceneSlot[s] ?? 0;
    lockedScenes.set(productionScenes[s]?.id ?? "", {
      date: m.dates[slot % m.days] ?? firstDate,
      unitId: m.unitIds[Math.floor(slot / m.days)] ?? "main",
    });
  }
  instance = {
    ...instance,
    cast: withCastWindows,
    locations: withLocationWindows,
    scenes: productionScenes.map((scene) => {
      const lock = lockedScenes.get(scene.id);
      return lock ? { ...scene, lockedDate: lock.date, lockedUnit: lock.unitId } : scene;
    }),
  };
  return { instance, reference };
}

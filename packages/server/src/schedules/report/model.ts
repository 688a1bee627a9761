// The shooting schedule report (КПП) of a board as plain data: its days in date order, each with its number of
// the board's shooting dates, unit, places, company moves and border crossings, the strips in shooting order with
// their stripboard colour, and the day's totals with its estimated shooting time; the dates nobody shoots between
// them (days off, holidays, travel) as banners; and a summary by country. Pure: no IO and no clock — the print
// instant comes in with the rest.
import {
  productionDefaults,
  type PublicHoliday,
  type SceneTime,
  type Setting,
  type TimeOfDay,
} from "@kinomost/core";

export type StripColor = "white" | "yellow" | "blue" | "green";

export interface KppSceneInput {
  /** The lineage id. */
  readonly id: string;
  /** "2.14": episode 2, scene 14. */
  readonly label: string;
  readonly heading: string;
  /** The set as the heading names it. */
  readonly set: string;
  readonly setting: Setting | null;
  /** The script's time of day, and its words as written. */
  readonly time: TimeOfDay | null;
  readonly timeText: string | null;
  /** The scheduler's reading of the time («РЕЖИМ» is REGIME): the strip's colour follows it. */
  readonly light: SceneTime | null;
  readonly synopsis: string | null;
  readonly eighths: number;
  readonly screenSeconds: number;
  readonly castBoardIds: readonly string[];
  readonly location: { readonly id: string; readonly name: string; readonly country: string } | null;
}

export interface KppInput {
  readonly project: string;
  readonly board: {
    readonly name: string;
    readonly status: "draft" | "published";
    /** ISO instants. */
    readonly publishedAt: string | null;
    readonly publishedBy: string | null;
    readonly firstDate: string;
    readonly lastDate: string;
    readonly weeklyDaysOff: readonly number[];
    readonly daysOff: readonly string[];
  };
  /** In the project's order. */
  readonly units: readonly { readonly id: string; readonly name: string; readonly shiftHours: number }[];
  /** Every scene of the current drafts, in script order (a strip's colour may follow the scene before). */
  readonly scenes: readonly KppSceneInput[];
  /** The board's shifts with their scenes' lineage ids in shooting order. */
  readonly shifts: readonly {
    readonly date: string;
    readonly unitId: string;
    readonly shift: "day" | "night";
    readonly sceneIds: readonly string[];
  }[];
  /** Public holidays by country code. */
  readonly holidays: Readonly<Record<string, readonly PublicHoliday[]>>;
  /** Scenes of the scripts not on any day. */
  readonly boneyard: number;
  /** When the report is made (ISO instant), and the zone instants are shown in. */
  readonly printedAt: string;
  readonly timeZone: string;
}

export interface KppHoliday {
  readonly country: string;
  readonly name: string;
}

export interface KppStrip extends KppSceneInput {
  readonly color: StripColor | null;
}

export interface KppPlace {
  readonly name: string | null;
  readonly country: string | null;
}

export interface KppTotals {
  readonly scenes: number;
  readonly eighths: number;
  readonly screenSeconds: number;
  /** Estimated shooting minutes: the scenes by the scheduler's rule, and a move's minutes for each company move. */
  readonly minutes: number;
  readonly shiftMinutes: number;
}

export interface KppDay {
  /** The number of the date among the board's shooting dates; every shift of a date has the same. */
  readonly number: number;
  readonly count: number;
  readonly date: string;
  readonly unit: string;
  readonly shift: "day" | "night";
  /** Locations in the order the day reaches them. */
  readonly places: readonly KppPlace[];
  /** Company moves within the shift, location to location. */
  readonly moves: readonly { readonly from: string; readonly to: string }[];
  /** The unit arrives from another location than the one it wrapped at on its last shift. */
  readonly arrival: { readonly from: string; readonly to: string } | null;
  /** The unit's last shift was in another country. */
  readonly border: { readonly from: string; readonly to: string } | null;
  /** Public holidays of the day's countries on its date (a day the scheduler flags). */
  readonly holidays: readonly KppHoliday[];
  readonly strips: readonly KppStrip[];
  readonly totals: KppTotals;
}

/** A run of dates nobody shoots between two shooting dates, of one kind (a holiday's run has one name). */
export interface KppGapBanner {
  readonly type: "dayOff" | "companyDayOff" | "holiday" | "noShooting";
  readonly from: string;
  readonly to: string;
  readonly holidays: readonly KppHoliday[];
}

export type KppBanner =
  | KppGapBanner
  | { readonly type: "travel"; readonly unit: string; readonly from: string; readonly to: string };

export type KppRow =
  { readonly kind: "banner"; readonly banner: KppBanner } | { readonly kind: "day"; readonly day: KppDay };

export interface KppCountryLine {
  readonly country: string;
  readonly days: number;
  readonly shifts: number;
  readonly scenes: number;
  readonly eighths: number;
  readonly screenSeconds: number;
}

export interface KppReport {
  readonly project: string;
  readonly board: KppInput["board"];
  readonly units: readonly string[];
  readonly printedAt: string;
  readonly timeZone: string;
  readonly rows: readonly KppRow[];
  readonly summary: {
    readonly firstDate: string | null;
    readonly lastDate: string | null;
    readonly days: number;
    readonly shifts: number;
    readonly scenes: number;
    readonly eighths: number;
    readonly screenSeconds: number;
    readonly minutes: number;
    readonly boneyard: number;
    readonly countries: readonly KppCountryLine[];
  };
}

// Morning and dawn are shot in daylight; evening, dusk and режим, like night, under lights or the evening sky.
const lightOf: Partial<Record<SceneTime, "day" | "night">> = {
  DAY: "day",
  MORNING: "day",
  DAWN: "day",
  NIGHT: "night",
  EVENING: "night",
  DUSK: "night",
  REGIME: "night",
};

/**
 * The stripboard convention, taken in script order: INT/DAY white, EXT/DAY yellow, INT/NIGHT blue, EXT/NIGHT
 * green. INT./НАТ. needs the weather and the sun as an exterior does; CONTINUOUS and LATER keep the light of the
 * scene before; an unknown light has no colour.
 */
export function stripColors(
  scenes: readonly Pick<KppSceneInput, "setting" | "light">[],
): (StripColor | null)[] {
  let light: "day" | "night" | undefined;
  return scenes.map((scene) => {
    const isContinuing = scene.light === "CONTINUOUS" || scene.light === "LATER";
    light = isContinuing ? light : scene.light === null ? undefined : lightOf[scene.light];
    if (scene.setting === null || light === undefined) return null;
    const isExterior = scene.setting !== "INT";
    if (light === "day") return isExterior ? "yellow" : "white";
    return isExterior ? "green" : "blue";
  });
}

/** Shooting minutes of a scene as the scheduler estimates them from its хронометраж (see its model). */
export function sceneMinutes(screenSeconds: number): number {
  const minutes = (screenSeconds / 60) * productionDefaults.minutesPerScreenMinute;
  return Math.max(1, Math.ceil(Number.isFinite(minutes) && minutes >= 0 ? minutes : 0));
}

function epochDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
function weekday(date: string): number {
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  map.set(key, [...(map.get(key) ?? []), value]);
}

export function assembleKpp(input: KppInput): KppReport {
  const colors = stripColors(input.scenes);
  const strips = new Map<string, KppStrip>(
    input.scenes.map((scene, index) => [scene.id, { ...scene, color: colors[index] ?? null }]),
  );
  const units = new Map(input.units.map((unit, index) => [unit.id, { ...unit, index }]));
  const shifts = input.shifts
    .map((shift) => ({ ...shift, strips: shift.sceneIds.flatMap((id) => strips.get(id) ?? []) }))
    .filter((shift) => shift.strips.length > 0)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (units.get(a.unitId)?.index ?? 0) - (units.get(b.unitId)?.index ?? 0),
    );
  const dates = [...new Set(shifts.map((shift) => shift.date))];
  const numberOf = new Map(dates.map((date, index) => [date, index + 1]));
  const holidaysOn = (date: string, countries: Iterable<string>): KppHoliday[] =>
    [...new Set(countries)]
      .sort()
      .flatMap((country) =>
        (input.holidays[country] ?? [])
          .filter((holiday) => holiday.date === date)
          .map((holiday) => ({ country, name: holiday.name })),
      );

  // Each unit's last shift: where it wrapped and in which country, for the next shift's moves and borders.
  const lastOf = new Map<string, { location: KppStrip["location"]; country: string | null }>();
  const days: KppDay[] = shifts.map((shift) => {
    const unit = units.get(shift.unitId);
    const located = shift.strips.flatMap((strip) => (strip.location ? [strip.location] : []));
    const places: KppPlace[] = [];
    const seen = new Set<string>();
    for (const strip of shift.strips) {
      const key = strip.location?.id ?? "";
      if (seen.has(key)) continue;
      seen.add(key);
      places.push({ name: strip.location?.name ?? null, country: strip.location?.country ?? null });
    }
    const moves: { from: string; to: string }[] = [];
    located.forEach((location, index) => {
      const before = located[index - 1];
      if (before && before.id !== location.id) moves.push({ from: before.name, to: location.name });
    });
    const first = located[0] ?? null;
    const country = first?.country ?? null;
    const last = lastOf.get(shift.unitId);
    const arrival =
      last?.location && first && last.location.id !== first.id
        ? { from: last.location.name, to: first.name }
        : null;
    const border =
      last?.country && country && last.country !== country ? { from: last.country, to: country } : null;
    if (located.length > 0) lastOf.set(shift.unitId, { location: located.at(-1) ?? null, country });
    const eighths = shift.strips.reduce((sum, strip) => sum + strip.eighths, 0);
    const screenSeconds = shift.strips.reduce((sum, strip) => sum + strip.screenSeconds, 0);
    const minutes =
      shift.strips.reduce((sum, strip) => sum + sceneMinutes(strip.screenSeconds), 0) +
      moves.length * productionDefaults.moveMinutes;
    return {
      number: numberOf.get(shift.date) ?? 0,
      count: dates.length,
      date: shift.date,
      unit: unit?.name ?? "",
      shift: shift.shift,
      places,
      moves,
      arrival,
      border,
      holidays: holidaysOn(
        shift.date,
        located.map((location) => location.country),
      ),
      strips: shift.strips,
      totals: {
        scenes: shift.strips.length,
        eighths,
        screenSeconds,
        minutes,
        shiftMinutes: (unit?.shiftHours ?? productionDefaults.shiftHours) * 60,
      },
    };
  });

  const rows: KppRow[] = [];
  const daysOff = new Set(input.board.daysOff);
  const weeklyOff = new Set(input.board.weeklyDaysOff);
  const countriesOn = new Map<string, string[]>();
  for (const day of days)
    for (const place of day.places) if (place.country) addTo(countriesOn, day.date, place.country);
  const previousCountry = new Map<string, string>();

  dates.forEach((date, index) => {
    const before = dates[index - 1];
    if (before !== undefined) {
      // Where the company is around the gap decides whose holidays stop it.
      const around = [...(countriesOn.get(before) ?? []), ...(countriesOn.get(date) ?? [])];
      const gaps: KppGapBanner[] = [];
      for (let day = epochDay(before) + 1; day < epochDay(date); day++) {
        const gap = isoDate(day);
        const holidays = holidaysOn(gap, around);
        const type =
          holidays.length > 0
            ? "holiday"
            : daysOff.has(gap)
              ? "companyDayOff"
              : weeklyOff.has(weekday(gap))
                ? "dayOff"
                : "noShooting";
        const open = gaps.at(-1);
        const names = (list: readonly KppHoliday[]) => list.map((holiday) => holiday.name).join("\n");
        if (open && open.type === type && names(open.holidays) === names(holidays)) {
          gaps[gaps.length - 1] = { ...open, to: gap };
        } else gaps.push({ type, from: gap, to: gap, holidays });
      }
      for (const banner of gaps) rows.push({ kind: "banner", banner });
    }
    days.forEach((day, at) => {
      if (day.date !== date) return;
      const unitId = shifts[at]!.unitId;
      const country = day.places.find((place) => place.country !== null)?.country ?? null;
      const was = previousCountry.get(unitId);
      if (was !== undefined && country !== null && was !== country) {
        rows.push({ kind: "banner", banner: { type: "travel", unit: day.unit, from: was, to: country } });
      }
      if (country !== null) previousCountry.set(unitId, country);
      rows.push({ kind: "day", day });
    });
  });

  const byCountry = new Map<
    string,
    { dates: Set<string>; shifts: number; scenes: number; eighths: number; seconds: number }
  >();
  for (const day of days) {
    const countries = new Set(day.places.flatMap((place) => (place.country ? [place.country] : [])));
    for (const country of countries) {
      const line = byCountry.get(country) ?? {
        dates: new Set(),
        shifts: 0,
        scenes: 0,
        eighths: 0,
        seconds: 0,
      };
      line.dates.add(day.date);
      line.shifts += 1;
      for (const strip of day.strips) {
        if (strip.location?.country !== country) continue;
        line.scenes += 1;
        line.eighths += strip.eighths;
        line.seconds += strip.screenSeconds;
      }
      byCountry.set(country, line);
    }
  }
  const firstSeen = new Map<string, number>();
  days.forEach((day, index) =>
    day.places.forEach((place) => {
      if (place.country && !firstSeen.has(place.country)) firstSeen.set(place.country, index);
    }),
  );

  return {
    project: input.project,
    board: input.board,
    units: input.units.map((unit) => unit.name),
    printedAt: input.printedAt,
    timeZone: input.timeZone,
    rows,
    summary: {
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      days: dates.length,
      shifts: days.length,
      scenes: days.reduce((sum, day) => sum + day.totals.scenes, 0),
      eighths: days.reduce((sum, day) => sum + day.totals.eighths, 0),
      screenSeconds: days.reduce((sum, day) => sum + day.totals.screenSeconds, 0),
      minutes: days.reduce((sum, day) => sum + day.totals.minutes, 0),
      boneyard: input.boneyard,
      // In the order the shoot reaches them.
      countries: [...byCountry]
        .sort(([a], [b]) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0))
        .map(([country, line]) => ({
          country,
          days: line.dates.size,
          shifts: line.shifts,
          scenes: line.scenes,
          eighths: line.eighths,
          screenSeconds: line.seconds,
        })),
    },
  };
}

// Production scheduling (the КПП): what a scheduling problem says and what a schedule is. Plain data, JSON
// shaped, so a server worker can pass it through as it comes from the database. Defaults are in defaults.ts.
//
// Dates are ISO local dates of the shooting location ("2026-03-02"); nothing here carries a Date object.
// Money is an integer number of minor units of a named currency, as everywhere in the core.

/** "YYYY-MM-DD": a local date at the location. */
export type IsoDate = string;

/** A run of dates, both ends included. */
export interface DateWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** An amount in minor units (kopecks, tiyn) of an ISO 4217 currency; a safe integer. */
export interface MoneyAmount {
  readonly amountMinor: number;
  readonly currency: string;
}

export interface ProductionCalendar {
  /** First and last calendar date of the shoot, both included. */
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  /** ISO weekdays no unit shoots on: 1 Monday … 7 Sunday. Default [6, 7] (see defaults.ts for why). */
  readonly weeklyDaysOff?: readonly number[];
  /** Public holidays per country code: no unit shoots at a location in that country on those dates. */
  readonly holidays?: Readonly<Record<string, readonly IsoDate[]>>;
  /** Further company days off for every unit (a break between blocks, a travel day of the whole company). */
  readonly daysOff?: readonly IsoDate[];
}

export interface ProductionUnit {
  readonly id: string;
  readonly name: string;
  /** Length of a shift (смена) in hours; 12 by default. */
  readonly shiftHours?: number;
  /** Most overtime a shift may run, in hours; 2 by default. Overtime is paid at the unit's hourly rate. */
  readonly maxOvertimeHours?: number;
  /** Local hour the day shift starts (crew call); 8 by default. */
  readonly dayCallHour?: number;
  /** Local hour the night shift starts; 18 by default. */
  readonly nightCallHour?: number;
  /** Overtime per hour for this unit; falls back to `costs.overtimePerHour`. */
  readonly overtimePerHour?: MoneyAmount;
}

export type SceneSetting = "INT" | "EXT" | "INT/EXT";

/**
 * The time of day a heading names. NIGHT needs a night shift; DAY, MORNING and EVENING a day shift; DAWN and
 * DUSK the sunrise or sunset window of a shift, and REGIME (режим) either window. CONTINUOUS, LATER and null
 * fit any shift (resolve them to the scene they continue before scheduling when it matters).
 */
export type SceneTime =
  "DAY" | "NIGHT" | "MORNING" | "EVENING" | "DAWN" | "DUSK" | "REGIME" | "CONTINUOUS" | "LATER";

export interface ProductionScene {
  readonly id: string;
  /** What the board shows: the scene number ("14A") or the heading. */
  readonly label: string;
  /** Page length in eighths. */
  readonly eighths?: number;
  /** Screen time (хронометраж) in seconds. */
  readonly screenSeconds?: number;
  /**
   * Estimated shooting time in minutes. Without it: screen time × rules.minutesPerScreenMinute, else
   * eighths × rules.minutesPerEighth, else rules.defaultSceneMinutes.
   */
  readonly shootingMinutes?: number;
  readonly setId: string;
  readonly locationId: string;
  readonly setting: SceneSetting | null;
  readonly time: SceneTime | null;
  readonly castIds: readonly string[];
  readonly episode?: number | string;
  /** Units that may shoot the scene; every unit when absent. */
  readonly unitIds?: readonly string[];
  /** The scene must be shot on this date … */
  readonly lockedDate?: IsoDate;
  /** … and/or by this unit. */
  readonly lockedUnit?: string;
}

export interface ProductionLocation {
  readonly id: string;
  readonly name?: string;
  /** ISO 3166-1 alpha-2: whose holidays and labour rules apply, and where the borders are. */
  readonly country: string;
  /** IANA zone; shift times are local to it, rest between shifts is measured across zones. */
  readonly timeZone: string;
  /** A sound stage (павильон): INT scenes there are lit artificially and fit any shift. */
  readonly stage?: boolean;
  /** Dates the location can be used; every date when absent. */
  readonly available?: readonly DateWindow[];
  readonly blockedDates?: readonly IsoDate[];
}

export interface ProductionCast {
  readonly id: string;
  readonly name: string;
  /** Pay per work, hold or travel day, in the person's currency. */
  readonly dailyRate: MoneyAmount;
  /** ISO 3166-1 alpha-2 of where the person lives: a stint in another country costs travel days. */
  readonly homeCountry: string;
  /** Paid travel days each way between home and a location in another country; 1 by default. */
  readonly travelDaysFromHome?: number;
  /** Whether a paid idle day between two work days (H) is allowed; true by default. */
  readonly allowHold?: boolean;
  /** Whether the person may be dropped and picked up again (D … PW); false by default. */
  readonly allowDropPickup?: boolean;
  /** Fewest calendar days between a drop and the pickup; 10 by default. */
  readonly minDropGapDays?: number;
  /** Dates the person can work; every date when absent. */
  readonly available?: readonly DateWindow[];
  readonly blockedDates?: readonly IsoDate[];
}

export interface ProductionCosts {
  /** One company move: each change of location between two scenes of a unit, within a day or overnight. */
  readonly locationMove: MoneyAmount;
  /** One border crossing: each change of country between two consecutive shifts of a unit. */
  readonly borderCrossing: MoneyAmount;
  /** Overtime per hour of a unit (the crew); a unit may name its own. */
  readonly overtimePerHour: MoneyAmount;
  /** Minutes of a shift a company move within the day takes; 60 by default. */
  readonly moveMinutes?: number;
}

/** Labour rules of one country, applied to every shift shot there. */
export interface LabourRules {
  /** Shortest rest between the end of one shift and the start of the next, in hours. */
  readonly minRestHoursBetweenShifts?: number;
  /** Each calendar week (Monday to Sunday) with a shift must touch a rest at least this long, in hours. */
  readonly minWeeklyRestHours?: number;
  /** Most shifts a unit works in a calendar week. */
  readonly maxShiftsPerWeek?: number;
}

export interface ProductionRules {
  /** Most company moves (changes of location) within one shift; 1 by default. */
  readonly maxMovesPerDay?: number;
  /** Each unit shoots every country in one block: once it leaves a country it does not come back. */
  readonly countryBlocks?: boolean;
  /** Shooting minutes per eighth of a page when a scene has no estimate; 18 (5 pages a 12 h shift). */
  readonly minutesPerEighth?: number;
  /** Shooting minutes per minute of screen time (хронометраж); 120 (6 screen minutes a 12 h shift). */
  readonly minutesPerScreenMinute?: number;
  /** Shooting minutes of a scene with no length at all; 60. */
  readonly defaultSceneMinutes?: number;
  /** Labour rules by country code; "*" applies where a country has none. See defaults.ts. */
  readonly labour?: Readonly<Record<string, LabourRules>>;
}

export interface ProductionInstance {
  readonly name?: string;
  readonly calendar: ProductionCalendar;
  readonly units: readonly ProductionUnit[];
  /** The currency every cost is reported in (the budget's). */
  readonly reportingCurrency: string;
  /** Budget rates: reporting-currency units per one unit of each other currency, exact decimals ("0.169831"). */
  readonly rates: Readonly<Record<string, string>>;
  readonly scenes: readonly ProductionScene[];
  readonly locations: readonly ProductionLocation[];
  readonly cast: readonly ProductionCast[];
  readonly costs: ProductionCosts;
  readonly rules?: ProductionRules;
}

export type ShiftKind = "day" | "night";

/** One shift of one unit: the scenes in shooting order. */
export interface ScheduledDay {
  readonly date: IsoDate;
  readonly unitId: string;
  readonly shift: ShiftKind;
  readonly sceneIds: readonly string[];
}

export interface Schedule {
  readonly days: readonly ScheduledDay[];
}

/** The cost of a schedule in minor units of the reporting currency, by term; total is their sum. */
export interface ScheduleCost {
  readonly currency: string;
  /** Cast work days (W). */
  readonly work: number;
  /** Cast hold days (H). */
  readonly holding: number;
  /** Cast travel days (TR). */
  readonly travel: number;
  /** Company moves. */
  readonly moves: number;
  readonly borderCrossings: number;
  readonly overtime: number;
  readonly total: number;
}

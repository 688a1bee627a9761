// The Universal Schedule Standard (USS) document, the JSON that ThinkCrew, Cinapse and G-Casper exchange
// breakdowns and stripboards in, as its documentation (docs/docs.md of the standard) describes it: a header, the
// breakdowns (scenes, day breaks and banners), categories, elements, stripboards and calendars. Types only.
//
// Keys that begin with an underscore are the standard's way of extending it; Kinomost writes the few listed here so
// that a file it exports comes back exactly (dates of shooting days, their shifts, episodes, units). Other programs
// ignore them.

/** The USS version the documentation's own sample files carry; written in `version` of every export. */
export const ussVersion = "0.9.0";

export const ussBreakdownTypes = ["scene", "day", "banner"] as const;
export type UssBreakdownType = (typeof ussBreakdownTypes)[number];

export const ussEventTypes = ["start", "dayOff", "event"] as const;
export type UssEventType = (typeof ussEventTypes)[number];

/** A date of a calendar or an element: its `date` is an ISO date-time ("2022-06-20T08:00:00.000Z"). */
export interface UssEvent {
  readonly id: string;
  readonly date: string;
  readonly type: UssEventType;
  /** 'holiday' | 'dayOff' for days off; 'fitting' | 'rehearsal' | 'travel' | 'photo' for events; null for a start. */
  readonly name: string | null;
}

/** A scene (or scenes), a day break or a banner of the breakdown. */
export interface UssBreakdown {
  readonly id: string;
  readonly comments: string | null;
  readonly created: string | null;
  /** The synopsis of a scene; the text of a banner. */
  readonly description: string | null;
  /** Ids of its elements: INT/EXT, Day/Night and the set are elements too. */
  readonly elements: readonly string[];
  /** Length in pages as a decimal of eighths: 5/8 is 0.625. */
  readonly pages: number | null;
  readonly scene: string | null;
  readonly scriptPage: string | null;
  /** Estimated time to shoot, in milliseconds. */
  readonly time: number | null;
  readonly type: UssBreakdownType;
  /** Kinomost: the series episode of a scene (a board may span several); null for a feature. */
  readonly _episode?: string | null;
  /** Kinomost: the date of a day break's shooting day (YYYY-MM-DD); others infer it from the calendar. */
  readonly _date?: string;
  /** Kinomost: whether a day break's shift is shot by day or by night. */
  readonly _shift?: "day" | "night";
}

export interface UssCategory {
  readonly id: string;
  readonly created: string | null;
  /** Ids of its elements, in the order they are listed. */
  readonly elements: readonly string[];
  readonly name: string | null;
  /** The Universal Category Identification number: 0–6 scene categories, 100+ action categories, 50–99 and 500+ custom. */
  readonly ucid: number | null;
}

export interface UssElement {
  readonly id: string;
  readonly created: string | null;
  readonly doodDropAllow: boolean | null;
  readonly doodDropDays: number | null;
  readonly doodHoldAllow: boolean | null;
  readonly doodInclude: boolean | null;
  /** The board id: cast numbers "1", "2" …; "" when none. */
  readonly elementId: string | null;
  readonly elementIdLock: boolean | null;
  readonly events: readonly UssEvent[];
  readonly linkedElements: readonly string[];
  readonly name: string;
}

export interface UssBoard {
  readonly id: string;
  /** 'stripboard', 'boneyard', 'second unit' … */
  readonly name: string | null;
  readonly breakdownIds: readonly string[];
  /** Kinomost: the shooting unit whose days the board holds. */
  readonly _unit?: string;
}

export interface UssStripboard {
  readonly id: string;
  readonly boards: readonly UssBoard[];
  readonly calendar: string | null;
  readonly name: string | null;
}

export interface UssCalendar {
  readonly id: string;
  /** Days of the week nobody shoots: 0 Sunday … 6 Saturday. */
  readonly daysOff: readonly number[];
  readonly events: readonly UssEvent[];
  readonly name: string | null;
  /** Kinomost: the first and last dates of the board's calendar (YYYY-MM-DD). */
  readonly _firstDate?: string;
  readonly _lastDate?: string;
}

export interface UssHeader {
  readonly id: string;
  readonly author: string | null;
  readonly company: string | null;
  readonly created: string | null;
  readonly description: string | null;
  readonly episode: string | null;
  readonly episodeName: string | null;
  readonly name: string | null;
  readonly project: string | null;
  readonly schedColor: string | null;
  readonly schedDate: string | null;
  readonly scriptColor: string | null;
  readonly scriptDate: string | null;
  readonly season: string | null;
  readonly source: string | null;
  readonly version: string | null;
}

export interface UssBody extends UssHeader {
  readonly breakdowns: readonly UssBreakdown[];
  readonly calendars: readonly UssCalendar[];
  readonly categories: readonly UssCategory[];
  readonly elements: readonly UssElement[];
  readonly stripboards: readonly UssStripboard[];
}

export interface UssDocument {
  readonly universalScheduleStandard: UssBody;
}

/** A problem of a file, at a path of the document ("stripboards[0].boards[3].id"). */
export interface UssError {
  readonly code: UssErrorCode;
  readonly path: string;
  /** Short and in English: "missing", "expected a string, found 12", "no element \"5d9f…\"". */
  readonly message: string;
}

export type UssErrorCode =
  | "NOT_JSON"
  | "MISSING"
  | "WRONG_TYPE"
  | "BAD_VALUE"
  | "BAD_DATE"
  | "DUPLICATE_ID"
  | "UNKNOWN_REFERENCE"
  | "REPEATED_STRIP"
  /** What a board made from the file needs and the file or the project does not give. */
  | "NO_SCHEDULE"
  | "NO_UNIT"
  | "NO_START_DATE"
  | "SAME_DAY_TWICE"
  | "CALENDAR_TOO_LONG"
  | "BAD_TEXT"
  | "LINK_CYCLE";

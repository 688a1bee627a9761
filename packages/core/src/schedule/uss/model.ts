// A schedule as Kinomost exchanges it: what a USS file is read into and written from. Scenes carry INT/EXT, time of
// day, set, story day and location as fields (the standard's scene categories); other elements sit in categories
// keyed as Kinomost keys them; stripboards hold boards of strips (scenes, day breaks, banners); calendars hold
// dates as YYYY-MM-DD and weekdays as 1 Monday … 7 Sunday. Every id is the file's (or, on export, the board's own).
import type { Setting, TimeOfDay } from "../../screenplay/types.ts";

export interface InterchangeHeader {
  readonly id: string;
  readonly name: string | null;
  readonly project: string | null;
  readonly author: string | null;
  readonly company: string | null;
  readonly description: string | null;
  /** ISO date-times, as written. */
  readonly created: string | null;
  readonly episode: string | null;
  readonly episodeName: string | null;
  readonly season: string | null;
  readonly schedColor: string | null;
  readonly schedDate: string | null;
  readonly scriptColor: string | null;
  readonly scriptDate: string | null;
  readonly source: string | null;
}

export interface InterchangeCategory {
  readonly id: string;
  /** The Kinomost key: "cast", "props", "custom:<slug>". */
  readonly key: string;
  readonly name: string;
  readonly ucid: number;
  readonly created: string | null;
}

export interface InterchangeEvent {
  readonly id: string;
  readonly type: "start" | "dayOff" | "event";
  readonly name: string | null;
  /** YYYY-MM-DD. */
  readonly date: string;
}

export interface InterchangeElement {
  readonly id: string;
  readonly categoryId: string;
  readonly name: string;
  /** The board id (cast number); null when none. */
  readonly boardId: string | null;
  readonly boardIdLocked: boolean;
  readonly allowHold: boolean;
  readonly allowDropPickup: boolean;
  readonly minDropGapDays: number;
  /** Whether the element has a row in the day out of days. */
  readonly inDood: boolean;
  /** Ids of the elements it brings along. */
  readonly links: readonly string[];
  /** Its own dates: days it cannot work, fittings, rehearsals, travel. */
  readonly events: readonly InterchangeEvent[];
  readonly created: string | null;
}

export interface InterchangeScene {
  readonly id: string;
  readonly number: string | null;
  /** The series episode; null for a feature, or when the file does not say. */
  readonly episode: string | null;
  readonly setting: Setting | null;
  /** The time of day when it is one Kinomost knows; else null and `timeText` holds the words (РЕЖИМ). */
  readonly time: TimeOfDay | null;
  readonly timeText: string | null;
  /** The set as the heading names it. */
  readonly set: string | null;
  /** The real place the set is shot at. */
  readonly location: string | null;
  readonly storyDay: string | null;
  /** Length in eighths of a page. */
  readonly eighths: number | null;
  readonly synopsis: string | null;
  readonly comments: string | null;
  readonly scriptPage: string | null;
  /** Estimated time to shoot, in milliseconds. */
  readonly shootMs: number | null;
  /** Its elements other than the scene fields, by id. */
  readonly elementIds: readonly string[];
  readonly created: string | null;
}

export type InterchangeStrip =
  | { readonly kind: "scene"; readonly sceneId: string }
  /** The end of a shooting day: the scenes since the previous break are shot that day. */
  | {
      readonly kind: "day";
      readonly id: string;
      /** YYYY-MM-DD when the file says; else the calendar tells. */
      readonly date: string | null;
      readonly shift: "day" | "night" | null;
      readonly created: string | null;
    }
  | {
      readonly kind: "banner";
      readonly id: string;
      readonly text: string | null;
      readonly created: string | null;
    };

export interface InterchangeBoard {
  readonly id: string;
  /** 'stripboard', 'boneyard', a unit's name. */
  readonly name: string | null;
  /** The shooting unit the board's days belong to, when the file says. */
  readonly unit: string | null;
  readonly strips: readonly InterchangeStrip[];
}

export interface InterchangeStripboard {
  readonly id: string;
  readonly name: string | null;
  readonly calendarId: string | null;
  readonly boards: readonly InterchangeBoard[];
}

export interface InterchangeCalendar {
  readonly id: string;
  readonly name: string | null;
  /** The date of the first day break, and the id of its event. */
  readonly start: { readonly id: string; readonly date: string } | null;
  /** 1 Monday … 7 Sunday, ascending. */
  readonly weeklyDaysOff: readonly number[];
  /** Single dates off: holidays, turnaround days. */
  readonly daysOff: readonly InterchangeEvent[];
  /** Travel, rehearsals, fittings of the whole company. */
  readonly events: readonly InterchangeEvent[];
  /** The board's calendar window, when the file says (YYYY-MM-DD). */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface ScheduleInterchange {
  readonly header: InterchangeHeader;
  readonly categories: readonly InterchangeCategory[];
  readonly elements: readonly InterchangeElement[];
  readonly scenes: readonly InterchangeScene[];
  readonly stripboards: readonly InterchangeStripboard[];
  readonly calendars: readonly InterchangeCalendar[];
}

/** Something of the file the model does not carry, said where it is. */
export interface InterchangeNote {
  readonly code:
    | "ELEMENT_WITHOUT_CATEGORY"
    | "ELEMENT_IN_TWO_CATEGORIES"
    | "SECOND_SCENE_FIELD"
    | "UNKNOWN_SETTING"
    | "PAGES_NOT_IN_EIGHTHS"
    | "SECOND_START"
    | "UNKNOWN_LINK";
  readonly path: string;
  readonly message: string;
}

// The call sheet (вызывной лист) of one shooting day as plain data: what the board, the breakdown and the
// locations say about the day, merged with what the assistant director wrote on it (calls, weather, contacts,
// notes). Its renderings — JSON, the PDF, the web page — only lay it out.
import type { Setting } from "../../screenplay/types.ts";
import type { IsoDate } from "../production/types.ts";
import type { CallSheetDoodStatus } from "./dood-status.ts";

export interface CallSheetHospital {
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
}

/** A real location a scene of the day is shot at. */
export interface CallSheetPlace {
  readonly id: string;
  readonly name: string;
  readonly address: string | null;
  readonly country: string;
  readonly timeZone: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly hospital: CallSheetHospital | null;
}

export interface CallSheetSceneInput {
  /** The scene's lineage id. */
  readonly id: string;
  /** "2.14": episode 2, scene 14. */
  readonly label: string;
  readonly number: string | null;
  readonly heading: string;
  readonly setting: Setting | null;
  readonly time: string | null;
  readonly timeText: string | null;
  readonly set: string;
  readonly eighths: number;
  readonly screenSeconds: number;
  readonly synopsis: string | null;
  readonly placeId: string | null;
  /** Cast elements in the scene, with what they bring along. */
  readonly castIds: readonly string[];
  /** The scene's other confirmed elements, with what they bring along. */
  readonly elements: readonly { readonly id: string; readonly category: string; readonly name: string }[];
}

export interface CallSheetCastInput {
  readonly id: string;
  readonly boardId: string | null;
  /** The character. */
  readonly name: string;
  /** Who plays it, when the project knows. */
  readonly actor: string | null;
  /** Every date the board works the cast member, for the day's DOOD code. */
  readonly workDates: readonly IsoDate[];
  /** The day's code from the full day out of days, when the caller has it; reckoned from workDates otherwise. */
  readonly status?: CallSheetDoodStatus;
}

export interface CallSheetCrewInput {
  readonly name: string;
  readonly department: string | null;
  readonly phone: string | null;
}

export interface CallSheetAdvanceInput {
  readonly dayNumber: number;
  readonly date: IsoDate;
  readonly shift: "day" | "night";
  readonly unit: string;
  readonly scenes: readonly CallSheetSceneInput[];
}

/** What the assistant director writes on the sheet; every field may be left out. Times are "HH:MM". */
export interface CallSheetDetails {
  readonly crewCall?: string;
  readonly shootingCall?: string;
  readonly estimatedWrap?: string;
  readonly weather?: string;
  readonly notes?: string;
  readonly parking?: string;
  readonly basecamp?: string;
  readonly keyContacts?: readonly { readonly role: string; readonly name: string; readonly phone?: string }[];
  readonly cast?: readonly {
    readonly elementId: string;
    readonly pickup?: string;
    readonly makeup?: string;
    readonly onSet?: string;
    readonly note?: string;
  }[];
  readonly crewCalls?: readonly {
    readonly department: string;
    readonly call: string;
    readonly note?: string;
  }[];
  /** Counts, report times and notes for background and special elements («20 солдат, явка 06:00»). */
  readonly requirements?: readonly {
    readonly elementId: string;
    readonly count?: number;
    readonly call?: string;
    readonly note?: string;
  }[];
}

export interface CallSheetInput {
  readonly project: string;
  readonly day: {
    readonly number: number;
    readonly count: number;
    readonly date: IsoDate;
    readonly shift: "day" | "night";
    readonly unit: string;
    /** The unit's usual call for the shift ("HH:MM"): the crew call unless the sheet says otherwise. */
    readonly defaultCall: string;
    readonly shiftHours: number;
  };
  /** In shooting order. */
  readonly scenes: readonly CallSheetSceneInput[];
  readonly places: readonly CallSheetPlace[];
  readonly cast: readonly CallSheetCastInput[];
  readonly crew: readonly CallSheetCrewInput[];
  readonly details: CallSheetDetails;
  /** The unit's next shooting days, nearest first. */
  readonly advance: readonly CallSheetAdvanceInput[];
}

export interface CallSheetLocation extends CallSheetPlace {
  /** An OpenStreetMap link to the spot; null without coordinates. */
  readonly mapUrl: string | null;
  readonly sunrise: string | null;
  readonly sunset: string | null;
  /** "light" in a polar day, "dark" in a polar night; null when the sun rises and sets, or without coordinates. */
  readonly allDay: "light" | "dark" | null;
  /** Labels of the day's scenes shot there. */
  readonly scenes: readonly string[];
}

export interface CallSheetScene {
  readonly id: string;
  readonly label: string;
  readonly number: string | null;
  readonly heading: string;
  readonly setting: Setting | null;
  readonly time: string | null;
  readonly timeText: string | null;
  readonly set: string;
  readonly location: string | null;
  readonly castBoardIds: readonly string[];
  readonly eighths: number;
  /** "1 3/8". */
  readonly pages: string;
  readonly screenSeconds: number;
  readonly synopsis: string | null;
}

export interface CallSheetCastMember {
  readonly elementId: string;
  readonly boardId: string | null;
  readonly character: string;
  readonly actor: string | null;
  readonly status: CallSheetDoodStatus;
  readonly pickup: string | null;
  readonly makeup: string | null;
  readonly onSet: string | null;
  readonly note: string | null;
}

export interface CallSheetRequirement {
  readonly category: string;
  readonly items: readonly {
    readonly elementId: string;
    readonly name: string;
    readonly scenes: readonly string[];
    readonly count: number | null;
    readonly call: string | null;
    readonly note: string | null;
  }[];
}

export interface CallSheetCrewCall {
  readonly department: string;
  readonly call: string;
  readonly note: string | null;
  readonly people: readonly { readonly name: string; readonly phone: string | null }[];
}

export interface CallSheetAdvanceDay {
  readonly dayNumber: number;
  readonly date: IsoDate;
  readonly shift: "day" | "night";
  readonly unit: string;
  readonly locations: readonly string[];
  readonly scenes: readonly Omit<CallSheetScene, "synopsis" | "screenSeconds">[];
  readonly eighths: number;
  readonly pages: string;
}

export interface CallSheet {
  readonly project: string;
  readonly dayNumber: number;
  readonly dayCount: number;
  readonly date: IsoDate;
  readonly shift: "day" | "night";
  readonly unit: string;
  readonly crewCall: string;
  readonly shootingCall: string | null;
  readonly estimatedWrap: string;
  readonly weather: string | null;
  readonly notes: string | null;
  readonly parking: string | null;
  readonly basecamp: string | null;
  readonly keyContacts: readonly {
    readonly role: string;
    readonly name: string;
    readonly phone: string | null;
  }[];
  readonly locations: readonly CallSheetLocation[];
  /** The zone of the first location: the one the sheet's times are given in. */
  readonly timeZone: string | null;
  readonly sunrise: string | null;
  readonly sunset: string | null;
  readonly scenes: readonly CallSheetScene[];
  readonly totals: {
    readonly scenes: number;
    readonly eighths: number;
    readonly pages: string;
    readonly screenSeconds: number;
  };
  readonly cast: readonly CallSheetCastMember[];
  readonly requirements: readonly CallSheetRequirement[];
  readonly crewCalls: readonly CallSheetCrewCall[];
  readonly advance: readonly CallSheetAdvanceDay[];
}

// A cast member's day-out-of-days code on one shooting day. The call sheet needs only the codes of a day in front
// of the camera; the full DOOD (dayOutOfDays) gives them with drops and pickups, and this reckoning from the work
// dates alone stands in where it is not at hand.
import type { IsoDate } from "../production/types.ts";

/** The work codes of the DOOD; PW (pickup after a drop) comes only from the full report. */
export type CallSheetDoodStatus = "SW" | "W" | "WF" | "SWF" | "PW";

/** SW on the first work date, WF on the last, SWF when there is one, W in between. */
export function castDayStatus(
  workDates: readonly IsoDate[],
  date: IsoDate,
): Exclude<CallSheetDoodStatus, "PW"> {
  const dates = [...new Set(workDates)].sort();
  const first = dates[0] === date;
  const last = dates.at(-1) === date;
  if (first && last) return "SWF";
  if (first) return "SW";
  if (last) return "WF";
  return "W";
}

// The DOOD codes on screen: their order in the legend, the class that colours each cell and the message that
// names it. The codes stay the trade's in every language.
import type { MessageKey } from "../../i18n/messages.ru.ts";
import type { DoodCode, DoodDay, DoodTotals } from "./api.ts";

export const codeOrder: readonly DoodCode[] = ["SW", "W", "WF", "SWF", "PW", "H", "D", "TR", "FT", "R", "/"];

export const codeNames: Record<DoodCode, MessageKey> = {
  SW: "schedule.dood.code.SW",
  W: "schedule.dood.code.W",
  WF: "schedule.dood.code.WF",
  SWF: "schedule.dood.code.SWF",
  PW: "schedule.dood.code.PW",
  H: "schedule.dood.code.H",
  D: "schedule.dood.code.D",
  TR: "schedule.dood.code.TR",
  FT: "schedule.dood.code.FT",
  R: "schedule.dood.code.R",
  "/": "schedule.dood.code.holiday",
};

/** "dood-code--sw"; the holiday slash becomes "off". */
export const codeClass = (code: DoodCode) => `dood-code--${code === "/" ? "off" : code.toLowerCase()}`;

/** The totals the table shows, in order, with their headings. */
export const shownTotals: readonly { key: keyof DoodTotals; label: MessageKey }[] = [
  { key: "worked", label: "schedule.dood.total.worked" },
  { key: "held", label: "schedule.dood.total.held" },
  { key: "travel", label: "schedule.dood.total.travel" },
  { key: "holidays", label: "schedule.dood.total.holidays" },
  { key: "paid", label: "schedule.dood.total.paid" },
];

/** The days the table shows: every calendar day, or the shooting days only. */
export function visibleDays(days: readonly DoodDay[], shootingOnly: boolean): DoodDay[] {
  return shootingOnly ? days.filter((day) => day.dayNumber !== null) : [...days];
}

// A board's shooting calendar from the server: per unit one cell a date of the range asked for, and the public
// holidays of the range of every partner country and country shot in.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { request } from "../../api/client.ts";

export type CalendarCellKind = "shoot" | "travel" | "holiday" | "dayOff" | "free" | "outside";

export interface HolidayNames {
  ru: string;
  en: string;
}

export interface CalendarCell {
  date: string;
  kind: CalendarCellKind;
  /** Where the unit is that date (ISO 3166-1 alpha-2). */
  country: string | null;
  shooting: {
    /** The board's day N, as call sheets number it. */
    dayNumber: number;
    unitDayNumber: number;
    shifts: ("day" | "night")[];
    locations: { id: string; name: string; country: string }[];
    sceneCount: number;
    eighths: number;
  } | null;
  travel: { from: string; to: string } | null;
  holiday: { country: string; names: HolidayNames } | null;
  dayOff: "weekly" | "company" | null;
}

export interface CalendarCountry {
  country: string;
  partner: boolean;
  shooting: boolean;
  known: boolean;
  holidays: { date: string; names: HolidayNames }[];
}

export interface ShootingCalendar {
  schedule: {
    id: string;
    name: string;
    status: "draft" | "published";
    firstDate: string;
    lastDate: string;
    weeklyDaysOff: number[];
    daysOff: string[];
  };
  from: string;
  to: string;
  /** The M of "day N of M". */
  dayCount: number;
  units: { id: string; name: string; days: CalendarCell[] }[];
  countries: CalendarCountry[];
}

export function useShootingCalendar(projectId: string, scheduleId: string, from: string, to: string) {
  return useQuery({
    queryKey: ["scheduleCalendar", projectId, scheduleId, from, to],
    queryFn: () =>
      request<ShootingCalendar>(
        "GET",
        `/projects/${encodeURIComponent(projectId)}/schedules/${encodeURIComponent(scheduleId)}/calendar?` +
          new URLSearchParams({ from, to }).toString(),
      ),
    // Moving to the next month keeps the last grid on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

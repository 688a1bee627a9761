// The shooting calendar as the API answers it: the board, the range, and per unit one cell a date (a shooting day
// with its number, a travel day, a public holiday of the country the unit is in, a day off, a free day, or a date
// outside the board), then the public holidays of the range of every partner country and country shot in.
import { z } from "@hono/zod-openapi";
import type { CalendarReport } from "./load.ts";

const namesSchema = z.object({ ru: z.string(), en: z.string() });

const cellSchema = z.object({
  date: z.string().openapi({ example: "2027-03-22" }),
  kind: z.enum(["shoot", "travel", "holiday", "dayOff", "free", "outside"]).openapi({
    description:
      "What the unit does that date, the first that applies: shoot, travel, holiday (of the country it is in), " +
      "dayOff (weekly or company), free (a working day without a shift), outside (the board's calendar)",
  }),
  country: z.string().nullable().openapi({ description: "Where the unit is (ISO 3166-1 alpha-2)" }),
  shooting: z
    .object({
      dayNumber: z.number().int().openapi({ description: "The board's day N, as on call sheets" }),
      unitDayNumber: z.number().int().openapi({ description: "The unit's own Nth shooting date" }),
      shifts: z.array(z.enum(["day", "night"])),
      locations: z.array(z.object({ id: z.uuid(), name: z.string(), country: z.string() })),
      sceneCount: z.number().int(),
      eighths: z.number().int().openapi({ description: "Pages of its scenes in eighths" }),
    })
    .nullable(),
  travel: z.object({ from: z.string(), to: z.string() }).nullable().openapi({
    description: "A change of country on this date (a travel day, or a crossing straight to a shift)",
  }),
  holiday: z.object({ country: z.string(), names: namesSchema }).nullable(),
  dayOff: z.enum(["weekly", "company"]).nullable(),
});

export const calendarSchema = z
  .object({
    schedule: z.object({
      id: z.uuid(),
      name: z.string(),
      status: z.enum(["draft", "published"]),
      firstDate: z.string(),
      lastDate: z.string(),
      weeklyDaysOff: z.array(z.number().int()),
      daysOff: z.array(z.string()),
    }),
    from: z.string(),
    to: z.string(),
    /** The M of "day N of M": how many dates the whole board shoots on. */
    dayCount: z.number().int(),
    units: z.array(z.object({ id: z.uuid(), name: z.string(), days: z.array(cellSchema) })),
    countries: z.array(
      z.object({
        country: z.string(),
        partner: z.boolean(),
        shooting: z.boolean().openapi({ description: "The board shoots there" }),
        known: z.boolean().openapi({ description: "Whether the platform knows its public holidays" }),
        holidays: z.array(z.object({ date: z.string(), names: namesSchema })),
      }),
    ),
  })
  .openapi("ShootingCalendar");

export type CalendarView = z.infer<typeof calendarSchema>;

export function toCalendarView({ board, calendar }: CalendarReport): CalendarView {
  return {
    schedule: {
      id: board.id,
      name: board.name,
      status: board.status,
      firstDate: board.firstDate,
      lastDate: board.lastDate,
      weeklyDaysOff: board.weeklyDaysOff,
      daysOff: board.daysOff,
    },
    from: calendar.from,
    to: calendar.to,
    dayCount: calendar.dayCount,
    units: calendar.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      days: unit.cells.map((cell) => ({
        date: cell.date,
        kind: cell.kind,
        country: cell.country,
        shooting: cell.shooting
          ? {
              ...cell.shooting,
              shifts: [...cell.shooting.shifts],
              locations: cell.shooting.locations.map((location) => ({ ...location })),
            }
          : null,
        travel: cell.travel ? { ...cell.travel } : null,
        holiday: cell.holiday ? { country: cell.holiday.country, names: { ...cell.holiday.names } } : null,
        dayOff: cell.dayOff,
      })),
    })),
    countries: calendar.countries.map((country) => ({
      ...country,
      holidays: country.holidays.map((holiday) => ({ date: holiday.date, names: { ...holiday.names } })),
    })),
  };
}

// The day out of days as the API answers it: the chosen columns (shooting days, or every calendar day), one
// entry per element with its codes by date, its totals, and its daily rate and cost as exact decimal strings
// (and minor units) in the element's own currency.
import { z } from "@hono/zod-openapi";
import { doodCodes, doodColumns, doodMoney, type DoodColumns } from "@kinomost/core";
import type { DoodReport } from "./load.ts";

const moneySchema = z.object({
  currency: z.string(),
  /** Minor units as a decimal integer string. */
  minor: z.string(),
  /** The amount as a plain decimal in the currency ("120000.00"). */
  amount: z.string(),
});

const totalsSchema = z.object({
  worked: z.number().int(),
  held: z.number().int(),
  travel: z.number().int(),
  fitting: z.number().int(),
  rehearsal: z.number().int(),
  holidays: z.number().int(),
  idle: z.number().int(),
  paid: z.number().int(),
  drops: z.number().int(),
  holdsNotAllowed: z.number().int(),
});

export const doodSchema = z
  .object({
    schedule: z.object({ id: z.uuid(), name: z.string(), status: z.enum(["draft", "published"]) }),
    category: z.object({
      key: z.string(),
      names: z.object({ ru: z.string(), en: z.string() }),
      color: z.string(),
    }),
    columns: z.enum(["shooting", "calendar"]),
    days: z.array(
      z.object({
        date: z.string(),
        /** The board's day number; null on a date nobody shoots (calendar columns only). */
        dayNumber: z.number().int().nullable(),
        units: z.array(z.object({ id: z.uuid(), name: z.string(), shift: z.enum(["day", "night"]) })),
        /** A weekly or company day off. */
        dayOff: z.boolean(),
        holidays: z.array(z.object({ country: z.string(), name: z.string() })),
      }),
    ),
    elements: z.array(
      z.object({
        id: z.uuid(),
        boardNumber: z.string().nullable(),
        name: z.string(),
        category: z.string(),
        /** A code per coded date of the engagement, whether or not the date is a column. */
        codes: z.record(z.string(), z.enum(doodCodes)),
        totals: totalsSchema,
        firstDate: z.string(),
        lastDate: z.string(),
        firstWorkDate: z.string().nullable(),
        lastWorkDate: z.string().nullable(),
        dailyRate: moneySchema.nullable(),
        /** Paid days × daily rate. */
        cost: moneySchema.nullable(),
      }),
    ),
  })
  .openapi("DayOutOfDays");

export type DoodView = z.infer<typeof doodSchema>;

const money = (value: { currency: string; minor: bigint } | null) =>
  value
    ? {
        currency: value.currency,
        minor: value.minor.toString(),
        amount: doodMoney(value.minor, value.currency),
      }
    : null;

export function toDoodView(loaded: DoodReport, columns: DoodColumns): DoodView {
  const { schedule, category, report, unitNames } = loaded;
  return {
    schedule: { id: schedule.id, name: schedule.name, status: schedule.status },
    category: {
      key: category.key,
      names: { ru: category.names.ru, en: category.names.en },
      color: category.color,
    },
    columns,
    days: doodColumns(report, columns).map((day) => ({
      date: day.date,
      dayNumber: day.dayNumber,
      units: day.shifts.map((shift) => ({
        id: shift.unitId,
        name: unitNames.get(shift.unitId) ?? "",
        shift: shift.shift,
      })),
      dayOff: day.dayOff,
      holidays: day.holidays.map((holiday) => ({ ...holiday })),
    })),
    elements: report.rows.map((row) => ({
      id: row.id,
      boardNumber: row.boardNumber,
      name: row.name,
      category: row.category,
      codes: { ...row.codes },
      totals: { ...row.totals },
      firstDate: row.firstDate,
      lastDate: row.lastDate,
      firstWorkDate: row.firstWorkDate,
      lastWorkDate: row.lastWorkDate,
      dailyRate: money(row.dailyRate),
      cost: money(row.cost),
    })),
  };
}

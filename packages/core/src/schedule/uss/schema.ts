// The zod schema of a USS document: each documented key with its type. A key the file leaves out or sets to null
// reads as null (or an empty list), as the standard allows; ids, breakdown types, event types and dates, element
// names and the three breakdown lists are required. Keys the standard does not document are dropped, except the
// few Kinomost writes itself (document.ts). No IO here: reader.ts reads the text and checks the references.
import * as z from "zod";
import { isCalendarDate, ussDate } from "./dates.ts";
import { ussBreakdownTypes, ussEventTypes } from "./document.ts";

const id = z.string().min(1);
const ids = z
  .array(id)
  .nullish()
  .transform((value) => value ?? []);
const text = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
const flag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? null);
const amount = z
  .number()
  .min(0)
  .nullish()
  .transform((value) => value ?? null);
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);

const dateTime = z.string().refine((value) => ussDate(value) !== null, {
  message: "not an ISO date such as 2022-06-24T08:00:00.000Z",
  params: { code: "BAD_DATE" },
});
const calendarDate = z.string().refine(isCalendarDate, {
  message: "not a date YYYY-MM-DD",
  params: { code: "BAD_DATE" },
});

const event = z.object({
  id,
  date: dateTime,
  type: z.enum(ussEventTypes),
  name: text,
});

const breakdown = z.object({
  id,
  comments: text,
  created: text,
  description: text,
  elements: ids,
  pages: amount,
  scene: text,
  scriptPage: text,
  time: amount,
  type: z.enum(ussBreakdownTypes),
  _episode: z.string().nullable().optional(),
  _date: calendarDate.optional(),
  _shift: z.enum(["day", "night"]).optional(),
});

const category = z.object({
  id,
  created: text,
  elements: ids,
  name: text,
  ucid: z
    .number()
    .int()
    .min(0)
    .nullish()
    .transform((value) => value ?? null),
});

const element = z.object({
  id,
  created: text,
  doodDropAllow: flag,
  doodDropDays: z
    .number()
    .int()
    .min(0)
    .nullish()
    .transform((value) => value ?? null),
  doodHoldAllow: flag,
  doodInclude: flag,
  elementId: text,
  elementIdLock: flag,
  events: list(event),
  linkedElements: ids,
  name: z.string().trim().min(1),
});

const board = z.object({
  id,
  name: text,
  breakdownIds: ids,
  _unit: z.string().min(1).optional(),
});

const stripboard = z.object({
  id,
  boards: list(board),
  calendar: text,
  name: text,
});

const calendar = z.object({
  id,
  daysOff: list(z.number().int().min(0).max(6)),
  events: list(event),
  name: text,
  _firstDate: calendarDate.optional(),
  _lastDate: calendarDate.optional(),
});

export const ussSchema = z.object({
  universalScheduleStandard: z.object({
    id,
    author: text,
    company: text,
    created: text,
    description: text,
    episode: text,
    episodeName: text,
    name: text,
    project: text,
    schedColor: text,
    schedDate: text,
    scriptColor: text,
    scriptDate: text,
    season: text,
    source: text,
    version: text,
    breakdowns: z.array(breakdown),
    calendars: list(calendar),
    categories: z.array(category),
    elements: z.array(element),
    stripboards: list(stripboard),
  }),
});

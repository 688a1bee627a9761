// The shapes the call-sheet routes answer with: the assembled sheet of a shooting day with its status, the list of
// the published board's days, and who a sheet went to with whether they opened and confirmed it.
import { z } from "@hono/zod-openapi";
import type { CallSheet } from "@kinomost/core";
import type { CallSheetRow } from "./load.ts";

const clock = z.string().openapi({ example: "07:00" });
const hospital = z.object({ name: z.string(), address: z.string().optional(), phone: z.string().optional() });

const sceneFields = {
  id: z.uuid(),
  label: z.string().openapi({ description: "Episode and scene: 2.14" }),
  number: z.string().nullable(),
  heading: z.string(),
  setting: z.enum(["INT", "EXT", "INT/EXT"]).nullable(),
  time: z.string().nullable(),
  timeText: z.string().nullable(),
  set: z.string(),
  location: z.string().nullable(),
  castBoardIds: z.array(z.string()),
  eighths: z.number().int(),
  pages: z.string().openapi({ example: "1 3/8" }),
};

export const callSheetSchema = z
  .object({
    project: z.string(),
    dayNumber: z.number().int(),
    dayCount: z.number().int(),
    date: z.string(),
    shift: z.enum(["day", "night"]),
    unit: z.string(),
    crewCall: clock,
    shootingCall: clock.nullable(),
    estimatedWrap: clock,
    weather: z.string().nullable(),
    notes: z.string().nullable(),
    parking: z.string().nullable(),
    basecamp: z.string().nullable(),
    keyContacts: z.array(z.object({ role: z.string(), name: z.string(), phone: z.string().nullable() })),
    locations: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        address: z.string().nullable(),
        country: z.string(),
        timeZone: z.string(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        hospital: hospital.nullable(),
        mapUrl: z.string().nullable(),
        sunrise: clock.nullable(),
        sunset: clock.nullable(),
        allDay: z.enum(["light", "dark"]).nullable(),
        scenes: z.array(z.string()),
      }),
    ),
    timeZone: z.string().nullable(),
    sunrise: clock.nullable(),
    sunset: clock.nullable(),
    scenes: z.array(
      z.object({ ...sceneFields, screenSeconds: z.number().int(), synopsis: z.string().nullable() }),
    ),
    totals: z.object({
      scenes: z.number().int(),
      eighths: z.number().int(),
      pages: z.string(),
      screenSeconds: z.number().int(),
    }),
    cast: z.array(
      z.object({
        elementId: z.uuid(),
        boardId: z.string().nullable(),
        character: z.string(),
        actor: z.string().nullable(),
        status: z.enum(["SW", "W", "WF", "SWF", "PW"]),
        pickup: clock.nullable(),
        makeup: clock.nullable(),
        onSet: clock.nullable(),
        note: z.string().nullable(),
      }),
    ),
    requirements: z.array(
      z.object({
        category: z.string(),
        items: z.array(
          z.object({
            elementId: z.uuid(),
            name: z.string(),
            scenes: z.array(z.string()),
            count: z.number().int().nullable(),
            call: clock.nullable(),
            note: z.string().nullable(),
          }),
        ),
      }),
    ),
    crewCalls: z.array(
      z.object({
        department: z.string(),
        call: clock,
        note: z.string().nullable(),
        people: z.array(z.object({ name: z.string(), phone: z.string().nullable() })),
      }),
    ),
    advance: z.array(
      z.object({
        dayNumber: z.number().int(),
        date: z.string(),
        shift: z.enum(["day", "night"]),
        unit: z.string(),
        locations: z.array(z.string()),
        scenes: z.array(z.object(sceneFields)),
        eighths: z.number().int(),
        pages: z.string(),
      }),
    ),
  })
  .openapi("CallSheetContent");

const sheetState = {
  /** draft until published to its recipients. */
  status: z.enum(["draft", "published"]),
  /** 0 while nothing has been written on the sheet; a change names the version it read. */
  version: z.number().int(),
  publishedAt: z.string().nullable(),
};

export const callSheetView = z
  .object({
    scheduleId: z.uuid(),
    dayId: z.uuid(),
    unitId: z.uuid(),
    ...sheetState,
    /** What the assistant director wrote, as stored: the fields of the PATCH body. */
    details: z.record(z.string(), z.unknown()),
    sheet: callSheetSchema,
  })
  .openapi("CallSheet");

export function sheetStateOf(row: CallSheetRow | undefined) {
  return {
    status: row?.status ?? ("draft" as const),
    version: row?.version ?? 0,
    publishedAt: row?.publishedAt?.toISOString() ?? null,
  };
}

export function toCallSheetView(
  ids: { scheduleId: string; dayId: string; unitId: string },
  row: CallSheetRow | undefined,
  sheet: CallSheet,
): z.infer<typeof callSheetView> {
  return {
    ...ids,
    ...sheetStateOf(row),
    details: row?.details ?? {},
    sheet: sheet as z.infer<typeof callSheetSchema>,
  };
}

export const recipientCounts = z.object({
  total: z.number().int(),
  opened: z.number().int(),
  confirmed: z.number().int(),
});

export const dayListView = z
  .object({
    schedule: z.object({ id: z.uuid(), name: z.string(), publishedAt: z.string().nullable() }).nullable(),
    dayCount: z.number().int(),
    days: z.array(
      z.object({
        dayNumber: z.number().int(),
        date: z.string(),
        dayId: z.uuid(),
        unitId: z.uuid(),
        unit: z.string(),
        shift: z.enum(["day", "night"]),
        scenes: z.number().int(),
        eighths: z.number().int(),
        locations: z.array(z.string()),
        ...sheetState,
        recipients: recipientCounts,
      }),
    ),
  })
  .openapi("CallSheetDays");

export const recipientView = z
  .object({
    personId: z.uuid(),
    name: z.string(),
    department: z.string().nullable(),
    hasAccount: z.boolean(),
    language: z.string(),
    sentAt: z.string(),
    openedAt: z.string().nullable(),
    confirmedAt: z.string().nullable(),
  })
  .openapi("CallSheetRecipient");

export const myCallSheetView = z
  .object({
    dayNumber: z.number().int(),
    date: z.string(),
    unitId: z.uuid(),
    unit: z.string(),
    shift: z.enum(["day", "night"]),
    personId: z.uuid(),
    name: z.string(),
    language: z.string(),
    /** sent, then opened once they read it, then confirmed. */
    state: z.enum(["sent", "opened", "confirmed"]),
    sentAt: z.string(),
    openedAt: z.string().nullable(),
    confirmedAt: z.string().nullable(),
  })
  .openapi("MyCallSheet");

// What the assistant director writes on a call sheet, as the API accepts it: times "HH:MM", short texts without
// markup, notes that may run over several lines, and references to the project's breakdown elements.
import { z } from "@hono/zod-openapi";
import { inArray, and, eq } from "drizzle-orm";
import { isClockTime } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { ApiError, type FieldError } from "../http/errors.ts";
import { plainText } from "../http/validation.ts";
import { phoneField } from "./person-fields.ts";

export const clockTime = z
  .string()
  .refine(isClockTime, {
    message: "must be a time written HH:MM, 00:00 to 23:59",
    params: { code: "clock_time" },
  })
  .openapi({ example: "07:00" });

const markup = /<\s*[a-z!/?]/iu;
// eslint-disable-next-line no-control-regex
const controlOtherThanLines = /[\u0000-\u0008\u000b-\u001f\u007f]/u;

/** Notes: several lines allowed, no other control characters and no markup. */
const noteText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !controlOtherThanLines.test(text), {
      message: "must not contain control characters",
      params: { code: "control_characters" },
    })
    .refine((text) => !markup.test(text), {
      message: "must not contain markup (<…>)",
      params: { code: "markup" },
    });

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Each field replaces what the sheet had; null clears it; a field left out stays as it was. */
export const detailsInput = {
  crewCall: optional(clockTime).openapi({ description: "The unit's call for the shift when left out" }),
  shootingCall: optional(clockTime),
  estimatedWrap: optional(clockTime).openapi({
    description: "Crew call plus the unit's shift when left out",
  }),
  weather: optional(plainText(300)),
  notes: optional(noteText(4000)).openapi({
    description: "Safety notes and anything else the crew must know",
  }),
  parking: optional(plainText(300)),
  basecamp: optional(plainText(300)),
  keyContacts: optional(
    z
      .array(z.strictObject({ role: plainText(100), name: plainText(200), phone: phoneField.optional() }))
      .max(20),
  ),
  cast: optional(
    z
      .array(
        z.strictObject({
          elementId: z.uuid(),
          pickup: clockTime.optional(),
          makeup: clockTime.optional(),
          onSet: clockTime.optional(),
          note: plainText(300).optional(),
        }),
      )
      .max(300),
  ),
  crewCalls: optional(
    z
      .array(z.strictObject({ department: plainText(100), call: clockTime, note: plainText(300).optional() }))
      .max(60),
  ),
  requirements: optional(
    z
      .array(
        z.strictObject({
          elementId: z.uuid(),
          count: z.number().int().min(0).max(100_000).optional(),
          call: clockTime.optional(),
          note: plainText(300).optional(),
        }),
      )
      .max(300),
  ),
};

export const detailsSchema = z.strictObject(detailsInput);
export type DetailsChange = z.infer<typeof detailsSchema>;

/** The details after a change: given fields replace, nulls clear, the rest stays. */
export function mergeDetails(
  current: Record<string, unknown>,
  change: DetailsChange,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** 400 naming each cast or requirement line whose element is not one of the project's. */
export async function checkDetailElements(db: Database, projectId: string, change: DetailsChange) {
  const lines = [
    ...(change.cast ?? []).map((line, index) => ({ path: `cast.${index}.elementId`, id: line.elementId })),
    ...(change.requirements ?? []).map((line, index) => ({
      path: `requirements.${index}.elementId`,
      id: line.elementId,
    })),
  ];
  if (lines.length === 0) return;
  const found = await db
    .select({ id: schema.breakdownElements.id })
    .from(schema.breakdownElements)
    .where(
      and(
        eq(schema.breakdownElements.projectId, projectId),
        inArray(schema.breakdownElements.id, [...new Set(lines.map((line) => line.id))]),
      ),
    );
  const known = new Set(found.map((row) => row.id));
  const fields: FieldError[] = lines
    .filter((line) => !known.has(line.id))
    .map((line) => ({ path: line.path, message: "no such element in the project", code: "no_such_element" }));
  if (fields.length > 0) {
    throw new ApiError(
      400,
      "VALIDATION_FAILED",
      fields.map((field) => `${field.path} ${field.message}`).join("; "),
      {
        fields,
      },
    );
  }
}

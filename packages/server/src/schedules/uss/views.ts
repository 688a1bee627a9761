// What a USS import answers: the preview (and, after the commit, the same account of what was made) — scenes found
// and not found, days, elements found and new, and what a Kinomost board does not keep.
import { z } from "@hono/zod-openapi";
import type { InterchangeNote, ScheduleInterchange, UssImportPlan } from "@kinomost/core";

export const ussImportSummarySchema = z
  .object({
    name: z.string().openapi({ description: "The new board's name" }),
    nameTaken: z.boolean().openapi({ description: "The project has a board of that name: give another" }),
    stripboard: z.object({
      index: z.number().int(),
      name: z.string().nullable(),
      available: z
        .array(z.object({ index: z.number().int(), name: z.string().nullable() }))
        .openapi({ description: "Every stripboard of the file, to choose another" }),
    }),
    scenes: z.object({
      onStripboard: z.number().int(),
      matched: z.number().int(),
      matchedById: z.number().int(),
      unmatched: z.array(
        z.object({
          path: z.string(),
          number: z.string().nullable(),
          episode: z.string().nullable(),
          reason: z.enum(["not_found", "ambiguous", "repeated"]),
        }),
      ),
    }),
    days: z.number().int(),
    scheduledScenes: z.number().int(),
    boneyard: z.number().int().openapi({ description: "Scenes of the file left off the days" }),
    calendar: z.object({
      firstDate: z.string(),
      lastDate: z.string(),
      weeklyDaysOff: z.array(z.number().int()),
      daysOff: z.array(z.string()),
    }),
    elements: z.object({
      found: z.number().int(),
      created: z.number().int(),
      categoriesCreated: z.array(z.string()),
      tagsSuggested: z
        .number()
        .int()
        .openapi({ description: "Tags the project did not have, added as suggestions to confirm" }),
    }),
    ignored: z.object({
      banners: z.number().int(),
      calendarEvents: z.number().int(),
      elementEvents: z.number().int(),
      scenesAfterLastDay: z.number().int(),
    }),
    notes: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })),
  })
  .openapi("UssImportSummary");

export type UssImportSummary = z.infer<typeof ussImportSummarySchema>;

export function toImportSummary(
  model: ScheduleInterchange,
  plan: UssImportPlan,
  notes: readonly InterchangeNote[],
  extra: { name: string; nameTaken: boolean; tagsSuggested: number },
): UssImportSummary {
  const stripboard = model.stripboards[plan.stripboard.index]!;
  return {
    name: extra.name,
    nameTaken: extra.nameTaken,
    stripboard: {
      ...plan.stripboard,
      available: model.stripboards.map((entry, index) => ({ index, name: entry.name })),
    },
    scenes: {
      onStripboard: stripboard.boards
        .flatMap((board) => board.strips)
        .filter((strip) => strip.kind === "scene").length,
      matched: plan.matched.length,
      matchedById: plan.matched.filter((entry) => entry.by === "id").length,
      unmatched: [...plan.unmatched],
    },
    days: plan.days.length,
    scheduledScenes: plan.days.reduce((sum, day) => sum + day.sceneIds.length, 0),
    boneyard: plan.boneyard.length,
    calendar: {
      ...plan.calendar,
      weeklyDaysOff: [...plan.calendar.weeklyDaysOff],
      daysOff: [...plan.calendar.daysOff],
    },
    elements: {
      found: plan.elements.filter((element) => element.existingId !== null).length,
      created: plan.elements.filter((element) => element.existingId === null).length,
      categoriesCreated: plan.newCategories.map((category) => category.name),
      tagsSuggested: extra.tagsSuggested,
    },
    ignored: { ...plan.ignored },
    notes: notes.map((note) => ({ path: note.path, message: note.message, code: note.code.toLowerCase() })),
  };
}

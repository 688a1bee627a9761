// A project's own scene-heading words — prefixes and times of day in Kazakh, Uzbek or any language its
// writers use — validated for the API and merged with the built-in tables for every script the project reads.
import { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { extendHeadingTables, type HeadingTables } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { plainText } from "../http/validation.ts";

const settings = ["INT", "EXT", "INT/EXT"] as const;
const times = ["DAY", "NIGHT", "MORNING", "EVENING", "DAWN", "DUSK", "CONTINUOUS", "LATER"] as const;
const upperWords = plainText(40).refine((text) => text === text.toUpperCase(), {
  message: "must be written in capitals, as in a heading",
  params: { code: "capitals" },
});

export const headingWordsSchema = z
  .strictObject({
    prefixes: z
      .array(z.strictObject({ text: upperWords, setting: z.enum(settings).nullable() }))
      .max(50)
      .optional(),
    times: z
      .array(z.strictObject({ text: upperWords, time: z.enum(times).nullable() }))
      .max(100)
      .optional(),
    storyDayWords: z.array(upperWords).max(20).optional(),
  })
  .openapi("HeadingWords", {
    example: {
      prefixes: [{ text: "ІШКІ.", setting: "INT" }],
      times: [{ text: "ТҮН", time: "NIGHT" }],
    },
  });

export type HeadingWords = z.infer<typeof headingWordsSchema>;

/** The built-in heading tables with the project's own words added (its words win). */
export async function projectHeadingTables(db: Database, projectId: string): Promise<HeadingTables> {
  const [project] = await db
    .select({ headingWords: schema.projects.headingWords })
    .from(schema.projects)
    .where(eq(schema.projects.id, projectId));
  return extendHeadingTables((project?.headingWords ?? {}) as Parameters<typeof extendHeadingTables>[0]);
}

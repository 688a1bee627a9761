// A project's own scene-heading words — prefixes and times of day in Kazakh, Uzbek or any language its
// writers use — validated for the API and merged with the built-in tables for every script the project reads;
// and the reading of an uploaded script with them, which refuses a file it cannot read by naming it.
import { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import {
  describeReadScriptError,
  extendHeadingTables,
  type HeadingTables,
  type ParsedScreenplay,
  type ReadScriptResult,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { ApiError } from "../http/errors.ts";
import { plainText } from "../http/validation.ts";
import { readScriptFile } from "./read-file.ts";

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

/** An uploaded script read with the project's heading words; 400 naming the file when it cannot be read. */
export async function readProjectScript(
  db: Database,
  projectId: string,
  file: { fileName: string; bytes: Uint8Array },
): Promise<Extract<ReadScriptResult, { ok: true }> & { script: ParsedScreenplay }> {
  const headingTables = await projectHeadingTables(db, projectId);
  const read = await readScriptFile(file.bytes, { fileName: file.fileName, headingTables });
  if (!read.ok) {
    const message = describeReadScriptError(file.fileName, read.error);
    throw new ApiError(400, "VALIDATION_FAILED", message, {
      fields: [{ path: "file", message, code: "script_unreadable" }],
    });
  }
  return read;
}

// The path and query of a shooting day's call sheet: /projects/{projectId}/callsheets/{dayNumber}?unit=…&lang=…
import { z } from "@hono/zod-openapi";
import { callSheetLanguages } from "@kinomost/core";
import { uuidParam } from "../http/validation.ts";

export const tags = ["Call sheets"];

export const projectParams = z.object({ projectId: uuidParam("projectId") });

export const dayNumber = z.coerce
  .number()
  .int("must be a whole number")
  .min(1, "must be 1 or more")
  .max(10_000)
  .openapi({ param: { name: "dayNumber", in: "path" }, example: 1 });

export const dayParams = projectParams.extend({ dayNumber });

export const dayQuery = z.strictObject({
  unit: z.uuid().optional().openapi({
    description: "The unit whose shift it is, when several shoot that day; the first unit otherwise",
  }),
  lang: z
    .enum(callSheetLanguages)
    .optional()
    .openapi({ description: "The sheet's language: the recipient's own, else Russian, when left out" }),
});

// /api/v1/projects/{projectId}/schedules/{scheduleId}/export.uss and /schedules/import-uss(/preview): boards in the
// Universal Schedule Standard that ThinkCrew, Cinapse and G-Casper read and write (USS.md beside this file says
// what maps to what). An export is every scene, day break and element of the board; an import makes a new draft
// board of a file's stripboard against the project's own scenes, all in one transaction or, with anything wrong,
// nothing at all, the 400 naming each bad place of the file. The preview reads the file and writes nothing.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import {
  interchangeToUss,
  planUssImport,
  readUssText,
  ussToInterchange,
  type UssError,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { ApiError, isUniqueViolation, notFound } from "../../http/errors.ts";
import { conflictResponse, errorResponses, jsonResponse, security } from "../../http/openapi.ts";
import type { Router } from "../../http/router.ts";
import { plainText, uuidParam } from "../../http/validation.ts";
import { requirePermission } from "../../projects/access.ts";
import { defaultScheduleSettings, isoDate } from "../fields.ts";
import { scheduleSchema, toSchedule } from "../views.ts";
import { loadBoardInterchange, loadUssProject } from "./load.ts";
import { toImportSummary, ussImportSummarySchema } from "./views.ts";
import { countKnownTags, writeUssImport } from "./write.ts";

const tags = ["Schedule"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const scheduleParams = projectParams.extend({ scheduleId: uuidParam("scheduleId") });
/** The first problems of a file are enough to act on. */
const shownErrors = 50;

const importForm = z.strictObject({
  file: z
    .instanceof(File, { message: "must be a file" })
    .openapi({ type: "string", format: "binary", description: "A .uss file (JSON in UTF-8)" }),
  name: plainText(200)
    .optional()
    .openapi({ description: "The new board's name; the stripboard's (or the file's) unless told" }),
  stripboard: z
    .string()
    .regex(/^\d{1,3}$/u, "must be the number of a stripboard of the file, from 0")
    .optional()
    .openapi({ description: "Which stripboard of the file, counted from 0; the first unless told" }),
  firstDate: isoDate
    .optional()
    .openapi({ description: "The first shooting date, for a file whose calendar has no start" }),
});
const multipart = { body: { required: true, content: { "multipart/form-data": { schema: importForm } } } };

const fileRefused = (what: string, errors: readonly UssError[]) =>
  new ApiError(
    400,
    "VALIDATION_FAILED",
    `${what}: ${errors
      .slice(0, 3)
      .map((error) => (error.path ? `${error.path}: ${error.message}` : error.message))
      .join("; ")}${errors.length > 3 ? ` and ${errors.length - 3} more` : ""}`,
    {
      fields: errors.slice(0, shownErrors).map((error) => ({
        path: error.path || "file",
        message: error.message,
        code: error.code.toLowerCase(),
      })),
    },
  );

const duplicateName = (name: string) =>
  new ApiError(409, "ALREADY_EXISTS", `the project already has a board named "${name}"`, {
    fields: [{ path: "name", message: "already taken", code: "taken" }],
  });

/** `attachment` with an ASCII name for old clients and the board's own (Cyrillic) name for the others. */
function attachment(name: string, id: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  const readable = `${name}.uss`.replace(/[\\/:*?"<>|\u0000-\u001f]/gu, "_");
  return `attachment; filename="schedule-${id.slice(0, 8)}.uss"; filename*=UTF-8''${encodeURIComponent(readable)}`;
}

async function isNameTaken(db: Database, projectId: string, name: string): Promise<boolean> {
  const [row] = await db
    .select({ id: schema.schedules.id })
    .from(schema.schedules)
    .where(and(eq(schema.schedules.projectId, projectId), eq(schema.schedules.name, name)));
  return row !== undefined;
}

/** Reads the form's file and plans the board against the project; a 400 naming every bad place of the file. */
async function prepareImport(db: Database, projectId: string, form: z.infer<typeof importForm>) {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(await form.file.arrayBuffer());
  const read = readUssText(text);
  if (!read.ok) throw fileRefused("the file is not a USS schedule", read.errors);
  const { model, notes, locate } = ussToInterchange(read.document);
  const project = await loadUssProject(db, projectId);
  const planned = planUssImport(model, locate, project, {
    stripboard: form.stripboard === undefined ? 0 : Number(form.stripboard),
    ...(form.firstDate ? { firstDate: form.firstDate } : {}),
  });
  if (!planned.ok) throw fileRefused("the file cannot make a board of this project", planned.errors);
  const { plan } = planned;
  const fileName = form.file.name.replace(/\.[^.]*$/u, "").trim();
  const proposed = (form.name ?? plan.stripboard.name ?? model.header.name ?? fileName).trim() || "USS";
  const name = [...proposed].slice(0, 200).join("");
  const placed = new Set([...plan.days.flatMap((day) => day.sceneIds), ...plan.boneyard]);
  const restOfBoneyard = project.scenes.map((scene) => scene.lineageId).filter((id) => !placed.has(id));
  return { model, notes, plan, name, restOfBoneyard };
}

export function registerUssRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/schedules/{scheduleId}/export.uss",
      tags,
      summary:
        "The board as a Universal Schedule Standard file (.uss): scenes with their elements, each unit's days " +
        "ending in day breaks, the boneyard, the calendar",
      security,
      request: { params: scheduleParams },
      responses: {
        200: {
          description: "The USS file (JSON), as a download named after the board",
          content: {
            "application/json": {
              schema: z
                .object({ universalScheduleStandard: z.record(z.string(), z.unknown()) })
                .openapi("UssDocument"),
            },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "schedule.read");
      const { scheduleId } = c.req.valid("param");
      const loaded = await loadBoardInterchange(
        c.get("services").db,
        projectId,
        scheduleId,
        c.get("user").name,
      );
      if (!loaded) throw notFound("board");
      // The document as plain JSON values, the shape the typed response takes.
      const file = JSON.parse(JSON.stringify(interchangeToUss(loaded.model))) as {
        universalScheduleStandard: Record<string, unknown>;
      };
      c.header("Content-Disposition", attachment(loaded.name, scheduleId));
      return c.json(file, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules/import-uss/preview",
      tags,
      summary:
        "Read a .uss file and say what board it would make: scenes found and not, days, elements; writes nothing",
      security,
      request: { params: projectParams, ...multipart },
      responses: {
        200: jsonResponse("What the import would make", ussImportSummarySchema),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { model, notes, plan, name } = await prepareImport(db, projectId, c.req.valid("form"));
      const known = await countKnownTags(db, projectId, plan);
      return c.json(
        toImportSummary(model, plan, notes, {
          name,
          nameTaken: await isNameTaken(db, projectId, name),
          tagsSuggested: plan.tags.length - known,
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules/import-uss",
      tags,
      summary:
        "Make a new draft board of a .uss file's stripboard: scenes matched by id or number and episode, missing " +
        "elements created, the file's tags suggested; all or nothing",
      security,
      request: { params: projectParams, ...multipart },
      responses: {
        201: jsonResponse(
          "The new board and what the import made",
          z.object({ schedule: scheduleSchema, summary: ussImportSummarySchema }),
        ),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { model, notes, plan, name, restOfBoneyard } = await prepareImport(
        db,
        projectId,
        c.req.valid("form"),
      );
      if (await isNameTaken(db, projectId, name)) throw duplicateName(name);
      let imported;
      try {
        imported = await writeUssImport(db, plan, {
          projectId,
          name,
          settings: defaultScheduleSettings,
          restOfBoneyard,
          userId: c.get("user").id,
          now: now(),
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          // A board of that name, or an element, made by someone else meanwhile.
          if (await isNameTaken(db, projectId, name)) throw duplicateName(name);
          throw new ApiError(
            409,
            "VERSION_CONFLICT",
            "the breakdown changed meanwhile; import the file again",
          );
        }
        throw error;
      }
      return c.json(
        {
          schedule: toSchedule(imported.schedule),
          summary: toImportSummary(model, plan, notes, {
            name,
            nameTaken: false,
            tagsSuggested: imported.tagsSuggested,
          }),
        },
        201,
      );
    },
  );
}

// Calendar feeds: /api/v1/projects/{projectId}/calendar-feeds makes, lists and revokes iCalendar addresses — the
// project's shooting days, or one person's calls — and /api/v1/calendar/{token}.ics serves them without a session,
// to calendar programs that cannot sign in. The token is the only key: 32 random bytes, shown once, kept only as its
// SHA-256; a revoked or unknown token, or one whose maker has lost the project, answers 404.
import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Context } from "hono";
import { schema } from "@kinomost/db";
import { isSecureRequest } from "../accounts/authenticate.ts";
import { hashSecret, newSecret } from "../accounts/secrets.ts";
import type { AppEnv } from "../context.ts";
import { ApiError, forbidden, notFound } from "../http/errors.ts";
import { errorResponses, jsonBody, jsonResponse, noContent, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission, resolveProjectAccess } from "../projects/access.ts";
import { buildFeed, type FeedRow } from "./feed.ts";

const tags = ["Calendar"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const tokenPrefix = "kmc_";
/** The public path of a feed: the token and ".ics". */
export const feedPathPattern = /^\/calendar\/kmc_[A-Za-z0-9_-]{43}\.ics$/u;

const feedSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(["project", "person"]),
    personId: z.uuid().nullable(),
    personName: z.string().nullable(),
    /** Whether the caller made it (others' feeds are listed to those who keep the schedule). */
    isMine: z.boolean(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi("CalendarFeed");

const feedInput = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("project") }),
  z.strictObject({ kind: z.literal("person"), personId: z.uuid() }),
]);

/** The address clients are given: this server as the caller reached it. */
function originOf(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  const host = c.get("services").config.trustProxy
    ? (c.req.header("x-forwarded-host") ?? url.host)
    : url.host;
  return `${isSecureRequest(c) ? "https" : url.protocol.replace(":", "")}://${host}`;
}

function toFeed(row: FeedRow, personName: string | null, userId: string) {
  return {
    id: row.id,
    kind: row.kind,
    personId: row.personId,
    personName,
    isMine: row.userId === userId,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export function registerCalendarRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/calendar-feeds",
      tags,
      summary:
        "Make a calendar address: the project's shooting days, or a person's calls (yours, or anyone's for the schedule's keepers)",
      description: "The answer's url carries the secret token; it is shown only this once.",
      security,
      request: { params: projectParams, ...jsonBody(feedInput) },
      responses: {
        201: jsonResponse("Made", z.object({ feed: feedSchema, url: z.string() })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "schedule.read");
      const userId = c.get("user").id;
      const input = c.req.valid("json");
      let personName: string | null = null;
      if (input.kind === "person") {
        const [person] = await db
          .select({ name: schema.people.name, userId: schema.people.userId })
          .from(schema.people)
          .where(and(eq(schema.people.id, input.personId), eq(schema.people.projectId, access.projectId)));
        if (!person) {
          throw new ApiError(400, "VALIDATION_FAILED", "personId names no person of the project", {
            fields: [{ path: "personId", message: "no such person in the project", code: "no_such_person" }],
          });
        }
        if (person.userId !== userId && !access.permissions.includes("schedule.edit")) {
          throw forbidden("only the person or those who keep the schedule may make a feed of their calls");
        }
        personName = person.name;
      }
      const token = newSecret(tokenPrefix);
      const [row] = await db
        .insert(schema.calendarFeeds)
        .values({
          projectId: access.projectId,
          kind: input.kind,
          personId: input.kind === "person" ? input.personId : null,
          userId,
          tokenHash: hashSecret(token),
          createdAt: now(),
        })
        .returning();
      return c.json(
        { feed: toFeed(row!, personName, userId), url: `${originOf(c)}/api/v1/calendar/${token}.ics` },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/calendar-feeds",
      tags,
      summary:
        "Your calendar addresses on the project (every one, for those who keep the schedule), without tokens",
      security,
      request: { params: projectParams },
      responses: { 200: jsonResponse("Feeds", z.object({ feeds: z.array(feedSchema) })), ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "schedule.read");
      const userId = c.get("user").id;
      const everyone = access.permissions.includes("schedule.edit");
      const rows = await db
        .select({ feed: schema.calendarFeeds, personName: schema.people.name })
        .from(schema.calendarFeeds)
        .leftJoin(schema.people, eq(schema.people.id, schema.calendarFeeds.personId))
        .where(
          and(
            eq(schema.calendarFeeds.projectId, access.projectId),
            everyone ? undefined : eq(schema.calendarFeeds.userId, userId),
          ),
        )
        .orderBy(desc(schema.calendarFeeds.createdAt));
      return c.json({ feeds: rows.map((row) => toFeed(row.feed, row.personName, userId)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/calendar-feeds/{feedId}",
      tags,
      summary: "Revoke a calendar address: calendar programs get nothing more from it",
      security,
      request: { params: projectParams.extend({ feedId: uuidParam("feedId") }) },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "schedule.read");
      const { feedId } = c.req.valid("param");
      const userId = c.get("user").id;
      const where = and(
        eq(schema.calendarFeeds.id, feedId),
        eq(schema.calendarFeeds.projectId, access.projectId),
      );
      const [feed] = await db.select().from(schema.calendarFeeds).where(where);
      const mayRevoke = feed && (feed.userId === userId || access.permissions.includes("schedule.edit"));
      if (!mayRevoke) throw notFound("calendar feed");
      await db
        .update(schema.calendarFeeds)
        .set({ revokedAt: now() })
        .where(and(where, isNull(schema.calendarFeeds.revokedAt)));
      return c.body(null, 204);
    },
  );

  app.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/calendar/{token}.ics",
      tags,
      summary: "A calendar feed (iCalendar) by its secret token; no session needed",
      request: { params: z.object({ token: z.string().openapi({ param: { name: "token", in: "path" } }) }) },
      responses: {
        200: { description: "The feed", content: { "text/calendar": { schema: z.string() } } },
        404: errorResponses[404],
      },
    }),
  );

  // The path's pattern is the same as the public-path check in app.ts: anything else never gets here unsigned.
  app.get("/calendar/:file{kmc_[A-Za-z0-9_-]{43}\\.ics}", async (c) => {
    const { db } = c.get("services");
    const token = c.req.param("file").slice(0, -".ics".length);
    const [feed] = await db
      .select()
      .from(schema.calendarFeeds)
      .where(
        and(eq(schema.calendarFeeds.tokenHash, hashSecret(token)), isNull(schema.calendarFeeds.revokedAt)),
      );
    if (!feed || !(await makerMayRead(c, feed))) throw notFound("calendar feed");
    const text = await buildFeed(db, feed, originOf(c));
    c.header("Content-Type", "text/calendar; charset=utf-8");
    c.header("Cache-Control", "private, max-age=300");
    return c.body(text, 200);
  });
}

/** Whether the feed's maker can still see the project's schedule (and, for someone else's calls, keeps it). */
async function makerMayRead(c: Context<AppEnv>, feed: FeedRow): Promise<boolean> {
  const { db } = c.get("services");
  try {
    const access = await resolveProjectAccess(db, feed.projectId, feed.userId);
    if (!access.permissions.includes("schedule.read")) return false;
    if (feed.kind === "project" || access.permissions.includes("schedule.edit")) return true;
    const [person] = await db
      .select({ userId: schema.people.userId })
      .from(schema.people)
      .where(eq(schema.people.id, feed.personId!));
    return person?.userId === feed.userId;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return false;
    throw error;
  }
}

// /api/v1/auth: sign-up, login, logout, the caller's profile, password change and personal API tokens.
import { createRoute, z } from "@hono/zod-openapi";
import { getConnInfo } from "@hono/node-server/conninfo";
import { and, desc, eq, isNull } from "drizzle-orm";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Context } from "hono";
import { schema } from "@kinomost/db";
import type { AppEnv, AuthUser } from "../context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import {
  conflictResponse,
  errorResponses,
  jsonBody,
  jsonResponse,
  noContent,
  security,
  tooManyResponse,
} from "../http/openapi.ts";
import { email, plainText, uuidParam } from "../http/validation.ts";
import type { Router } from "../http/router.ts";
import { clientAddress, isSecureRequest } from "./authenticate.ts";
import { decoyHash, hashPassword, verifyPassword } from "./passwords.ts";
import { assertLoginAllowed, recordLoginAttempt } from "./rate-limit.ts";
import { hashSecret, newSecret } from "./secrets.ts";
import { endOtherSessions, endSession, sessionCookie, startSession } from "./sessions.ts";
import { createUser, findUserByEmail } from "./users.ts";
import { listMyOrganizations, organizationSchema } from "../organizations/queries.ts";

const password = z.string().min(10, "must be at least 10 characters").max(200);
const locale = z.enum(["ru", "en"]);

const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    locale: z.string(),
    isInstanceAdmin: z.boolean(),
  })
  .openapi("User");
const signedIn = z.object({ user: userSchema, csrfToken: z.string() }).openapi("SignedIn");

async function signIn(c: Context<AppEnv>, user: AuthUser) {
  const { db, now } = c.get("services");
  const session = await startSession(db, user.id, now());
  setCookie(c, sessionCookie, session.secret, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isSecureRequest(c),
    path: "/",
    expires: session.expiresAt,
  });
  return { user, csrfToken: session.csrfToken };
}

function socketAddress(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // in-process requests (tests) have no socket
  }
}

export function registerAccountRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/signup",
      tags: ["Accounts"],
      summary: "Create an account and sign in",
      request: jsonBody(z.strictObject({ email, password, name: plainText(200), locale: locale.optional() })),
      responses: {
        201: jsonResponse("Signed up and signed in", signedIn),
        400: errorResponses[400],
        403: errorResponses[403],
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, config } = c.get("services");
      if (!config.signupOpen) throw new ApiError(403, "SIGNUP_CLOSED", "sign-up is closed on this server");
      const user = await createUser(db, c.req.valid("json"));
      return c.json(await signIn(c, user), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/login",
      tags: ["Accounts"],
      summary: "Sign in with e-mail and password (sets the session cookie)",
      request: jsonBody(z.strictObject({ email, password: z.string().min(1).max(200) })),
      responses: {
        200: jsonResponse("Signed in", signedIn),
        400: errorResponses[400],
        401: errorResponses[401],
        ...tooManyResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const body = c.req.valid("json");
      const address = clientAddress(c, socketAddress(c));
      await assertLoginAllowed(db, body.email, address, now());
      const row = await findUserByEmail(db, body.email);
      const valid = await verifyPassword(row?.passwordHash ?? (await decoyHash()), body.password);
      await recordLoginAttempt(db, body.email, address, valid && row !== null, now());
      if (!row || !valid) throw new ApiError(401, "INVALID_CREDENTIALS", "wrong e-mail or password");
      return c.json(
        await signIn(c, {
          id: row.id,
          email: row.email,
          name: row.name,
          locale: row.locale,
          isInstanceAdmin: row.isInstanceAdmin,
        }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/logout",
      tags: ["Accounts"],
      summary: "Sign out of this session",
      security,
      responses: { 204: noContent, 401: errorResponses[401] },
    }),
    async (c) => {
      const secret = getCookie(c, sessionCookie);
      if (secret) await endSession(c.get("services").db, secret);
      deleteCookie(c, sessionCookie, { path: "/" });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/logout-everywhere",
      tags: ["Accounts"],
      summary: "Sign out of every session of the caller, on every device (API tokens stay valid)",
      security,
      responses: { 204: noContent, 401: errorResponses[401] },
    }),
    async (c) => {
      await endOtherSessions(c.get("services").db, c.get("user").id, null);
      deleteCookie(c, sessionCookie, { path: "/" });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/auth/me",
      tags: ["Accounts"],
      summary: "The signed-in user, their CSRF token and organizations",
      security,
      responses: {
        200: jsonResponse(
          "The caller",
          z.object({
            user: userSchema,
            csrfToken: z.string().nullable(),
            organizations: z.array(organizationSchema.extend({ role: z.enum(["admin", "member"]) })),
          }),
        ),
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const organizations = await listMyOrganizations(c.get("services").db, c.get("user").id);
      return c.json({ user: c.get("user"), csrfToken: c.get("csrfToken"), organizations }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/auth/me",
      tags: ["Accounts"],
      summary: "Change the caller's name or interface language",
      security,
      request: jsonBody(z.strictObject({ name: plainText(200).optional(), locale: locale.optional() })),
      responses: {
        200: jsonResponse("Updated", z.object({ user: userSchema })),
        400: errorResponses[400],
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const change = c.req.valid("json");
      const user = c.get("user");
      if (change.name !== undefined || change.locale !== undefined) {
        await db.update(schema.users).set(change).where(eq(schema.users.id, user.id));
      }
      return c.json({ user: { ...user, ...change } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/password",
      tags: ["Accounts"],
      summary: "Change the password; every other session is signed out",
      security,
      request: jsonBody(
        z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: password }),
      ),
      responses: {
        204: noContent,
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { currentPassword, newPassword } = c.req.valid("json");
      const user = c.get("user");
      const [row] = await db.select().from(schema.users).where(eq(schema.users.id, user.id));
      if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
        throw new ApiError(403, "INVALID_CREDENTIALS", "the current password is wrong", {
          fields: [{ path: "currentPassword", message: "wrong password" }],
        });
      }
      await db
        .update(schema.users)
        .set({ passwordHash: await hashPassword(newPassword) })
        .where(eq(schema.users.id, user.id));
      await endOtherSessions(db, user.id, getCookie(c, sessionCookie) ?? null);
      return c.body(null, 204);
    },
  );

  registerTokenRoutes(app);
}

const tokenSchema = z
  .object({ id: z.uuid(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .openapi("ApiToken");

function registerTokenRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/auth/tokens",
      tags: ["Accounts"],
      summary: "The caller's personal API tokens (never the tokens themselves)",
      security,
      responses: {
        200: jsonResponse("Tokens", z.object({ tokens: z.array(tokenSchema) })),
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const rows = await c
        .get("services")
        .db.select()
        .from(schema.apiTokens)
        .where(and(eq(schema.apiTokens.userId, c.get("user").id), isNull(schema.apiTokens.revokedAt)))
        .orderBy(desc(schema.apiTokens.createdAt));
      const tokens = rows.map((row) => ({
        id: row.id,
        name: row.name,
        createdAt: row.createdAt.toISOString(),
        lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
      }));
      return c.json({ tokens }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/auth/tokens",
      tags: ["Accounts"],
      summary: "Create a personal API token; it is shown only in this answer",
      security,
      request: jsonBody(z.strictObject({ name: plainText(100) })),
      responses: {
        201: jsonResponse("Created", z.object({ id: z.uuid(), name: z.string(), token: z.string() })),
        400: errorResponses[400],
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const token = newSecret("kmt_");
      const [row] = await db
        .insert(schema.apiTokens)
        .values({
          userId: c.get("user").id,
          name: c.req.valid("json").name,
          tokenHash: hashSecret(token),
          createdAt: now(),
        })
        .returning();
      return c.json({ id: row!.id, name: row!.name, token }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/auth/tokens/{tokenId}",
      tags: ["Accounts"],
      summary: "Revoke a personal API token",
      security,
      request: { params: z.object({ tokenId: uuidParam("tokenId") }) },
      responses: { 204: noContent, 401: errorResponses[401], 404: errorResponses[404] },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const revoked = await db
        .update(schema.apiTokens)
        .set({ revokedAt: now() })
        .where(
          and(
            eq(schema.apiTokens.id, c.req.valid("param").tokenId),
            eq(schema.apiTokens.userId, c.get("user").id),
            isNull(schema.apiTokens.revokedAt),
          ),
        )
        .returning({ id: schema.apiTokens.id });
      if (revoked.length === 0) throw notFound("token");
      return c.body(null, 204);
    },
  );
}

// Signing: each partner names the one person who signs for it, and that person signs a version in the app after
// entering their password again. A wrong password counts as a failed login (the same limit applies), and the
// first signature freezes the version: what the parties signed is the SHA-256 of its terms.
import { createRoute, z } from "@hono/zod-openapi";
import { getConnInfo } from "@hono/node-server/conninfo";
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import { pickLocalized } from "@kinomost/core";
import { schema } from "@kinomost/db";
import { clientAddress } from "../accounts/authenticate.ts";
import { verifyPassword } from "../accounts/passwords.ts";
import { assertLoginAllowed, recordLoginAttempt } from "../accounts/rate-limit.ts";
import type { AppEnv } from "../context.ts";
import { ApiError, forbidden, notFound } from "../http/errors.ts";
import {
  conflictResponse,
  errorResponses,
  jsonBody,
  jsonResponse,
  security,
  tooManyResponse,
} from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { describeVersion, findVersion } from "./queries.ts";
import { projectParams, tags, versionParams, versionSchema } from "./schemas.ts";
import { setSignatory, signVersion } from "./store.ts";
import type { DocumentTerms } from "./terms.ts";

const notSignatory = (message: string) => new ApiError(403, "NOT_SIGNATORY", message);

function socketAddress(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // in-process requests (tests) have no socket
  }
}

async function organizationName(c: Context<AppEnv>, organizationId: string): Promise<string> {
  const [row] = await c
    .get("services")
    .db.select({ names: schema.organizations.names })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId));
  return row ? pickLocalized(row.names, [c.get("user").locale]) || organizationId : organizationId;
}

/** The party the caller signs for: one whose named signatory they are. Refuses everyone else with a reason. */
async function resolveSigningParty(
  c: Context<AppEnv>,
  terms: DocumentTerms,
  number: number,
  requested: string | undefined,
): Promise<string> {
  const { db } = c.get("services");
  const { projectId } = c.get("project");
  const userId = c.get("user").id;
  const parties = new Set(terms.parties.map((party) => party.organizationId));
  const partners = await db
    .select({
      organizationId: schema.partners.organizationId,
      signatoryUserId: schema.partners.signatoryUserId,
    })
    .from(schema.partners)
    .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")));
  const mine = partners
    .filter((partner) => partner.signatoryUserId === userId)
    .map((partner) => partner.organizationId);
  if (requested !== undefined) {
    if (!parties.has(requested)) {
      throw notSignatory(`${await organizationName(c, requested)} is not a party to version ${number}`);
    }
    if (!mine.includes(requested)) {
      throw notSignatory(
        `you are not the named signatory of ${await organizationName(c, requested)}; ` +
          "an administrator of the studio or a producer names it",
      );
    }
    return requested;
  }
  const candidates = mine.filter((organizationId) => parties.has(organizationId));
  if (candidates.length === 0) {
    throw notSignatory(
      `you are not the named signatory of any party to version ${number}; ` +
        "each partner's signatory is named by an administrator of the studio or by a producer",
    );
  }
  if (candidates.length > 1) {
    throw new ApiError(
      400,
      "VALIDATION_FAILED",
      "you sign for several parties: name one with organizationId",
      {
        fields: [{ path: "organizationId", message: "name the party you sign for", code: "required" }],
      },
    );
  }
  return candidates[0]!;
}

/** Checks the caller's password again, counting a wrong one as a failed login. */
async function confirmPassword(c: Context<AppEnv>, password: string): Promise<void> {
  const { db, now } = c.get("services");
  const user = c.get("user");
  const address = clientAddress(c, socketAddress(c));
  await assertLoginAllowed(db, user.email, address, now());
  const [row] = await db
    .select({ passwordHash: schema.users.passwordHash })
    .from(schema.users)
    .where(eq(schema.users.id, user.id));
  if (row && (await verifyPassword(row.passwordHash, password))) return;
  await recordLoginAttempt(db, user.email, address, false, now());
  throw new ApiError(403, "INVALID_CREDENTIALS", "the password is wrong; nothing was signed", {
    fields: [{ path: "password", message: "wrong password", code: "wrong_password" }],
  });
}

export function registerSigningRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/documents/{documentId}/versions/{number}/sign",
      tags,
      summary: "Sign a version for your studio, as its named signatory, with your password",
      description:
        "The first signature freezes the version. 403 NOT_SIGNATORY: the caller is not the named signatory of a " +
        "party; 403 INVALID_CREDENTIALS: wrong password (counted like a failed login); 409 ALREADY_SIGNED: the " +
        "party has signed this version; 409 VERSION_CONFLICT: `termsHash` is not the version's hash any more.",
      security,
      request: {
        params: versionParams,
        ...jsonBody(
          z.strictObject({
            password: z.string().min(1, "must not be empty").max(200),
            organizationId: z
              .uuid()
              .optional()
              .openapi({ description: "The party you sign for, when you are the signatory of several" }),
            termsHash: z
              .string()
              .regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in lower-case hex")
              .optional()
              .openapi({ description: "The hash of the terms you read; refused if they changed since" }),
          }),
        ),
      },
      responses: {
        201: jsonResponse("Signed", z.object({ version: versionSchema })),
        ...errorResponses,
        ...conflictResponse,
        ...tooManyResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "documents.sign");
      const { documentId, number } = c.req.valid("param");
      const body = c.req.valid("json");
      const { document, version } = await findVersion(db, projectId, documentId, number);
      const organizationId = await resolveSigningParty(
        c,
        version.terms as DocumentTerms,
        number,
        body.organizationId,
      );
      await confirmPassword(c, body.password);
      await signVersion(db, {
        projectId,
        documentId,
        title: document.title,
        number,
        organizationId,
        organizationName: await organizationName(c, organizationId),
        userId: c.get("user").id,
        at: now(),
        expectedTermsHash: body.termsHash,
      });
      return c.json({ version: await describeVersion(db, projectId, documentId, number) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/partners/{organizationId}/signatory",
      tags,
      summary: "Name who signs documents for a partner (its administrators, or a producer)",
      description: "The signatory must be a member of the project for that organization; null names no one.",
      security,
      request: {
        params: projectParams.extend({ organizationId: uuidParam("organizationId") }),
        ...jsonBody(z.strictObject({ userId: z.uuid().nullable() })),
      },
      responses: {
        200: jsonResponse(
          "Named",
          z.object({
            partner: z.object({
              organizationId: z.uuid(),
              signatory: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
            }),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "project.read");
      const { organizationId } = c.req.valid("param");
      const { userId } = c.req.valid("json");
      const caller = c.get("user").id;
      const [partner] = await db
        .select({ organizationId: schema.partners.organizationId })
        .from(schema.partners)
        .where(
          and(
            eq(schema.partners.projectId, access.projectId),
            eq(schema.partners.organizationId, organizationId),
            eq(schema.partners.status, "accepted"),
          ),
        );
      if (!partner) throw notFound("partner");
      if (!access.permissions.includes("consortium.edit")) {
        const [membership] = await db
          .select({ role: schema.organizationMembers.role })
          .from(schema.organizationMembers)
          .where(
            and(
              eq(schema.organizationMembers.organizationId, organizationId),
              eq(schema.organizationMembers.userId, caller),
            ),
          );
        if (membership?.role !== "admin") {
          throw forbidden(
            "only an administrator of the studio or a producer of the project may name its signatory",
          );
        }
      }
      let signatory: { userId: string; name: string } | null = null;
      if (userId !== null) {
        const [member] = await db
          .select({ userId: schema.users.id, name: schema.users.name })
          .from(schema.projectMembers)
          .innerJoin(schema.users, eq(schema.users.id, schema.projectMembers.userId))
          .where(
            and(
              eq(schema.projectMembers.projectId, access.projectId),
              eq(schema.projectMembers.userId, userId),
              eq(schema.projectMembers.organizationId, organizationId),
            ),
          );
        if (!member) {
          throw new ApiError(
            400,
            "VALIDATION_FAILED",
            "the signatory must be a member of the project for this organization",
            {
              fields: [
                {
                  path: "userId",
                  message: "not a project member for this organization",
                  code: "not_a_member",
                },
              ],
            },
          );
        }
        signatory = member;
      }
      await setSignatory(db, {
        projectId: access.projectId,
        organizationId,
        signatoryUserId: userId,
        actorUserId: caller,
        at: now(),
      });
      return c.json({ partner: { organizationId, signatory } }, 200);
    },
  );
}

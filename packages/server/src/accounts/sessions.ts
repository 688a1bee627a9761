// Sessions live in the database, so any server process behind a load balancer can serve any request.
// The cookie holds a random secret; the table holds its hash, the CSRF token and the expiry.
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import type { AuthUser } from "../context.ts";
import { hashSecret, newSecret } from "./secrets.ts";
import { toAuthUser } from "./users.ts";

export const sessionCookie = "kinomost_session";
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;

export async function startSession(db: Database, userId: string, now: Date) {
  const secret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await db
    .insert(schema.sessions)
    .values({ id: hashSecret(secret), userId, csrfToken, createdAt: now, expiresAt });
  return { secret, csrfToken, expiresAt };
}

export async function findSession(
  db: Database,
  secret: string,
  now: Date,
): Promise<{ user: AuthUser; csrfToken: string } | null> {
  const [row] = await db
    .select({ user: schema.users, csrfToken: schema.sessions.csrfToken })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(and(eq(schema.sessions.id, hashSecret(secret)), gt(schema.sessions.expiresAt, now)));
  return row ? { user: toAuthUser(row.user), csrfToken: row.csrfToken } : null;
}

export async function endSession(db: Database, secret: string) {
  await db.delete(schema.sessions).where(eq(schema.sessions.id, hashSecret(secret)));
}

/** Signs the user out everywhere but, optionally, the session in hand. */
export async function endOtherSessions(db: Database, userId: string, keepSecret: string | null) {
  const others = keepSecret ? ne(schema.sessions.id, hashSecret(keepSecret)) : undefined;
  await db.delete(schema.sessions).where(and(eq(schema.sessions.userId, userId), others));
}

export async function findApiTokenUser(db: Database, token: string, now: Date): Promise<AuthUser | null> {
  const [row] = await db
    .select({ user: schema.users, tokenId: schema.apiTokens.id })
    .from(schema.apiTokens)
    .innerJoin(schema.users, eq(schema.users.id, schema.apiTokens.userId))
    .where(and(eq(schema.apiTokens.tokenHash, hashSecret(token)), isNull(schema.apiTokens.revokedAt)));
  if (!row) return null;
  await db.update(schema.apiTokens).set({ lastUsedAt: now }).where(eq(schema.apiTokens.id, row.tokenId));
  return toAuthUser(row.user);
}

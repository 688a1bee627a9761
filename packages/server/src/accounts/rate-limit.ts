// Login attempts are counted in the database (shared by every server process): after too many
// failures for one e-mail or from one address, logins wait until the window has passed.
import { and, count, eq, gt } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { ApiError } from "../http/errors.ts";

const windowMs = 15 * 60 * 1000;
const maxFailuresPerEmail = 10;
const maxFailuresPerAddress = 50;

export async function assertLoginAllowed(db: Database, email: string, address: string, now: Date) {
  const since = new Date(now.getTime() - windowMs);
  const failed = (
    column: typeof schema.loginAttempts.email | typeof schema.loginAttempts.address,
    value: string,
  ) =>
    db
      .select({ n: count() })
      .from(schema.loginAttempts)
      .where(
        and(eq(column, value), eq(schema.loginAttempts.succeeded, false), gt(schema.loginAttempts.at, since)),
      );
  const [[byEmail], [byAddress]] = await Promise.all([
    failed(schema.loginAttempts.email, email),
    failed(schema.loginAttempts.address, address),
  ]);
  if ((byEmail?.n ?? 0) >= maxFailuresPerEmail || (byAddress?.n ?? 0) >= maxFailuresPerAddress) {
    throw new ApiError(429, "TOO_MANY_ATTEMPTS", "too many failed logins; try again in 15 minutes", {
      retryAfterSeconds: windowMs / 1000,
    });
  }
}

export async function recordLoginAttempt(
  db: Database,
  email: string,
  address: string,
  succeeded: boolean,
  now: Date,
) {
  await db.insert(schema.loginAttempts).values({ email, address, succeeded, at: now });
}

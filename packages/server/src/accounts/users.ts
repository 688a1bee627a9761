// Creating and finding accounts. The first account of an instance becomes its administrator.
import { eq, sql } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { ApiError } from "../http/errors.ts";
import type { AuthUser } from "../context.ts";
import { hashPassword } from "./passwords.ts";

export interface NewUser {
  email: string;
  password: string;
  name: string;
  locale?: string;
}

export function toAuthUser(row: typeof schema.users.$inferSelect): AuthUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    isInstanceAdmin: row.isInstanceAdmin,
  };
}

export async function createUser(db: Database, input: NewUser): Promise<AuthUser> {
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    // Serialize sign-ups so that exactly one account can be the first.
    await tx.execute(sql`select pg_advisory_xact_lock(7143002)`);
    const existing = await tx
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.email, email));
    if (existing.length > 0) {
      throw new ApiError(409, "EMAIL_TAKEN", "an account with this e-mail already exists", {
        fields: [{ path: "email", message: "already registered" }],
      });
    }
    const [{ count } = { count: 0 }] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(schema.users);
    const [row] = await tx
      .insert(schema.users)
      .values({
        email,
        name: input.name,
        passwordHash,
        locale: input.locale ?? "ru",
        isInstanceAdmin: count === 0,
      })
      .returning();
    return toAuthUser(row!);
  });
}

export async function findUserByEmail(db: Database, email: string) {
  const [row] = await db
    .select()
    .from(schema.users)
    .where(eq(schema.users.email, email.trim().toLowerCase()));
  return row ?? null;
}

// What the call sheets and calendars need to know of a person on the project: their account (so they see their own
// call sheets), the language their sheets are written in, their department (for crew calls) and how to reach them.
import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import type { FieldError } from "../http/errors.ts";
import { email, languageTag, plainText } from "../http/validation.ts";

export const phoneField = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{3,30}$/u, "must be a phone number such as +7 727 123-45-67")
  .openapi({ example: "+7 727 123-45-67" });

/** The optional contact fields a person is created or changed with; null clears one. */
export const personContactFields = {
  userId: z.uuid().nullable().optional().openapi({
    description: "Their account: a member of a partner studio of the project",
  }),
  language: languageTag
    .nullable()
    .optional()
    .openapi({ description: "BCP 47 tag of the language their call sheets are written in" }),
  department: plainText(100)
    .nullable()
    .optional()
    .openapi({ description: "For crew calls: camera, sound, costume, makeup … or a name of one's own" }),
  phone: phoneField.nullable().optional(),
  email: email.nullable().optional(),
};

export const personContactOutput = {
  userId: z.uuid().nullable(),
  language: z.string().nullable(),
  department: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
};

/**
 * The field error for an account that may not be linked to a person of the project: only a member of one of the
 * project's partner studios can see the project, and with it their call sheets.
 */
export async function checkPersonAccount(
  db: Database,
  projectId: string,
  userId: string | null | undefined,
): Promise<FieldError | null> {
  if (!userId) return null;
  const [membership] = await db
    .select({ userId: schema.organizationMembers.userId })
    .from(schema.organizationMembers)
    .innerJoin(
      schema.partners,
      and(
        eq(schema.partners.organizationId, schema.organizationMembers.organizationId),
        eq(schema.partners.projectId, projectId),
      ),
    )
    .where(eq(schema.organizationMembers.userId, userId))
    .limit(1);
  return membership
    ? null
    : { path: "userId", message: "is not a member of a partner studio", code: "not_a_partner_member" };
}

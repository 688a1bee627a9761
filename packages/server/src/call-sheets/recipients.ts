// Who a call sheet goes to and what they did with it: sent when published, opened when they first read it (the
// page or the PDF), confirmed when they say they will be there. A person sees their sheets through their account.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { CallSheet } from "@kinomost/core";
import { schema, type Database, type Transaction } from "@kinomost/db";
import { ApiError, notFound } from "../http/errors.ts";
import type { CallSheetRow } from "./load.ts";

/** The project's people whose account is the caller's (one person per role they were entered for). */
export async function peopleOfUser(db: Database, projectId: string, userId: string) {
  return db
    .select({ id: schema.people.id, name: schema.people.name, language: schema.people.language })
    .from(schema.people)
    .where(and(eq(schema.people.projectId, projectId), eq(schema.people.userId, userId)));
}

/**
 * The sheet's usual recipients: the cast of the day's scenes, and the crew who have an account (anyone with a
 * department or a role other than actor); an actor not called that day gets nothing.
 */
export async function defaultRecipients(
  db: Database,
  projectId: string,
  sheet: CallSheet,
): Promise<string[]> {
  const people = await db
    .select({ id: schema.people.id, userId: schema.people.userId, department: schema.people.department })
    .from(schema.people)
    .where(eq(schema.people.projectId, projectId));
  if (people.length === 0) return [];
  const roles = await db
    .select({
      personId: schema.personRoles.personId,
      role: schema.personRoles.role,
      elementId: schema.personRoles.elementId,
    })
    .from(schema.personRoles)
    .where(
      inArray(
        schema.personRoles.personId,
        people.map((person) => person.id),
      ),
    );
  const called = new Set(sheet.cast.map((member) => member.elementId));
  return people
    .filter((person) => {
      const own = roles.filter((role) => role.personId === person.id);
      const isCalledCast = own.some((role) => role.elementId !== null && called.has(role.elementId));
      const isCrew = person.department !== null || own.some((role) => role.role !== "actor");
      return isCalledCast || (person.userId !== null && isCrew);
    })
    .map((person) => person.id);
}

/** 400 naming each recipient who is not a person of the project. */
export async function checkRecipients(db: Database, projectId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return;
  const found = await db
    .select({ id: schema.people.id })
    .from(schema.people)
    .where(and(eq(schema.people.projectId, projectId), inArray(schema.people.id, [...new Set(personIds)])));
  const known = new Set(found.map((row) => row.id));
  const fields = personIds.flatMap((id, index) =>
    known.has(id)
      ? []
      : [{ path: `recipients.${index}`, message: "no such person in the project", code: "no_such_person" }],
  );
  if (fields.length > 0) {
    throw new ApiError(
      400,
      "VALIDATION_FAILED",
      fields.map((field) => `${field.path} ${field.message}`).join("; "),
      {
        fields,
      },
    );
  }
}

/** Sends (or sends again) the sheet to the people: a new sending asks them to open and confirm it anew. */
export async function sendToRecipients(
  tx: Transaction,
  callSheetId: string,
  personIds: readonly string[],
  now: Date,
) {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  const people = await tx
    .select({ id: schema.people.id, language: schema.people.language })
    .from(schema.people)
    .where(inArray(schema.people.id, ids));
  await tx
    .insert(schema.callSheetRecipients)
    .values(
      people.map((person) => ({
        callSheetId,
        personId: person.id,
        language: person.language ?? "ru",
        sentAt: now,
      })),
    )
    .onConflictDoUpdate({
      target: [schema.callSheetRecipients.callSheetId, schema.callSheetRecipients.personId],
      set: {
        language: sql`excluded.language`,
        sentAt: now,
        openedAt: null,
        confirmedAt: null,
      },
    });
}

/** Marks the sheet opened by the caller's people it was sent to, the first time they read it. */
export async function markOpened(
  db: Database,
  callSheetId: string,
  personIds: readonly string[],
  now: Date,
): Promise<void> {
  if (personIds.length === 0) return;
  await db
    .update(schema.callSheetRecipients)
    .set({ openedAt: now })
    .where(
      and(
        eq(schema.callSheetRecipients.callSheetId, callSheetId),
        inArray(schema.callSheetRecipients.personId, [...personIds]),
        isNull(schema.callSheetRecipients.openedAt),
      ),
    );
}

/** The sheet's recipients with their names and what they did, by name. */
export async function listRecipients(db: Database, callSheetId: string) {
  const rows = await db
    .select({
      personId: schema.callSheetRecipients.personId,
      name: schema.people.name,
      department: schema.people.department,
      userId: schema.people.userId,
      language: schema.callSheetRecipients.language,
      sentAt: schema.callSheetRecipients.sentAt,
      openedAt: schema.callSheetRecipients.openedAt,
      confirmedAt: schema.callSheetRecipients.confirmedAt,
    })
    .from(schema.callSheetRecipients)
    .innerJoin(schema.people, eq(schema.people.id, schema.callSheetRecipients.personId))
    .where(eq(schema.callSheetRecipients.callSheetId, callSheetId));
  return rows
    .sort((a, b) => a.name.localeCompare(b.name, "ru"))
    .map(({ userId, ...row }) => ({
      ...row,
      hasAccount: userId !== null,
      sentAt: row.sentAt.toISOString(),
      openedAt: row.openedAt?.toISOString() ?? null,
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
    }));
}

/** 404 unless the sheet is published: nobody can confirm a draft. */
export function requirePublished(row: CallSheetRow | undefined): CallSheetRow {
  if (!row || row.status !== "published") throw notFound("published call sheet");
  return row;
}

export const notRecipient = () =>
  new ApiError(404, "NOT_FOUND", "the call sheet was not sent to you: ask the assistant director");

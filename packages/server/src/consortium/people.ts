// /api/v1/projects/{projectId}/people and /places: cast and key crew with their citizenship and residence
// (treaty points and national-film tests read them), and where shooting and post-production happen by country.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { formatMoneyDecimal, placeKinds, type CurrencyCode } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import {
  checkPersonAccount,
  personContactFields,
  personContactOutput,
} from "../call-sheets/person-fields.ts";
import { ApiError, forbidden, notFound, versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText, uuidParam, versionField } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { registerProjectRecordDelete } from "../projects/record-routes.ts";
import { amountField, countryField, currencyField, personRoleField, toMinor } from "./fields.ts";

const tags = ["Consortium"];
const projectParams = z.object({ projectId: uuidParam("projectId") });

const roleInput = z.strictObject({
  role: personRoleField,
  elementId: z
    .uuid()
    .nullable()
    .optional()
    .openapi({ description: "For an actor: the character (cast element)" }),
  daysWorked: z.number().int().min(0).max(1000).nullable().optional(),
});

const personInput = z.strictObject({
  name: plainText(200),
  citizenship: z.array(countryField).min(1).max(4),
  residence: countryField.nullable().optional(),
  organizationId: z.uuid().nullable().optional(),
  roles: z.array(roleInput).min(1).max(10),
  ...personContactFields,
});

/** What a change may touch besides the contacts; the contacts alone are the assistant director's to keep. */
const personChange = z.strictObject({
  version: versionField,
  ...personInput.shape,
  name: personInput.shape.name.optional(),
  citizenship: personInput.shape.citizenship.optional(),
  roles: personInput.shape.roles.optional(),
});
const contactKeys = new Set(Object.keys(personContactFields));

const personSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    citizenship: z.array(z.string()),
    residence: z.string().nullable(),
    organizationId: z.uuid().nullable(),
    roles: z.array(
      z.object({ role: z.string(), elementId: z.uuid().nullable(), daysWorked: z.number().int().nullable() }),
    ),
    ...personContactOutput,
    version: z.number().int(),
  })
  .openapi("ProjectPerson");

const placeSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(placeKinds),
    country: z.string(),
    days: z.number().int().nullable(),
    spend: z.string().nullable(),
    currency: z.string().nullable(),
  })
  .openapi("ProductionPlace");

async function listPeople(db: Database, projectId: string) {
  const people = await db
    .select()
    .from(schema.people)
    .where(eq(schema.people.projectId, projectId))
    .orderBy(asc(schema.people.name));
  const roles =
    people.length === 0
      ? []
      : await db
          .select()
          .from(schema.personRoles)
          .where(
            inArray(
              schema.personRoles.personId,
              people.map((person) => person.id),
            ),
          );
  return people.map(({ projectId: _p, createdAt: _c, ...person }) => ({
    ...person,
    roles: roles
      .filter((role) => role.personId === person.id)
      .map((role) => ({ role: role.role, elementId: role.elementId, daysWorked: role.daysWorked })),
  }));
}

/** Checks the references a person makes: a partner studio of the project and cast elements of the project. */
async function checkPersonReferences(
  db: Database,
  projectId: string,
  input: Partial<z.infer<typeof personInput>>,
) {
  const fields: { path: string; message: string; code?: string }[] = [];
  const account = await checkPersonAccount(db, projectId, input.userId);
  if (account) fields.push(account);
  if (input.organizationId) {
    const [partner] = await db
      .select({ id: schema.partners.organizationId })
      .from(schema.partners)
      .where(
        and(
          eq(schema.partners.projectId, projectId),
          eq(schema.partners.organizationId, input.organizationId),
        ),
      );
    if (!partner) fields.push({ path: "organizationId", message: "is not a partner", code: "not_a_partner" });
  }
  const roles = input.roles ?? [];
  const elementIds = roles.flatMap((role) => (role.elementId ? [role.elementId] : []));
  if (elementIds.length > 0) {
    const found = await db
      .select({ id: schema.breakdownElements.id })
      .from(schema.breakdownElements)
      .where(
        and(
          eq(schema.breakdownElements.projectId, projectId),
          inArray(schema.breakdownElements.id, elementIds),
        ),
      );
    roles.forEach((role, index) => {
      if (role.elementId && !found.some((element) => element.id === role.elementId)) {
        fields.push({
          path: `roles.${index}.elementId`,
          message: "no such element",
          code: "no_such_element",
        });
      }
    });
  }
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

export function registerPeopleRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/people",
      tags,
      summary: "Cast and key crew with citizenship, residence and roles",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("People", z.object({ people: z.array(personSchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "project.read");
      return c.json({ people: await listPeople(c.get("services").db, projectId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/people",
      tags,
      summary: "Add a person with their roles",
      security,
      request: { params: projectParams, ...jsonBody(personInput) },
      responses: { 201: jsonResponse("Added", z.object({ person: personSchema })), ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const input = c.req.valid("json");
      await checkPersonReferences(db, projectId, input);
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(schema.people)
          .values({
            projectId,
            name: input.name,
            citizenship: input.citizenship.map((code) => code.toUpperCase()),
            residence: input.residence?.toUpperCase() ?? null,
            organizationId: input.organizationId ?? null,
            userId: input.userId ?? null,
            language: input.language ?? null,
            department: input.department ?? null,
            phone: input.phone ?? null,
            email: input.email ?? null,
            createdAt: now(),
          })
          .returning({ id: schema.people.id });
        await tx.insert(schema.personRoles).values(
          input.roles.map((role) => ({
            personId: row!.id,
            role: role.role,
            elementId: role.elementId ?? null,
            daysWorked: role.daysWorked ?? null,
          })),
        );
        return row!.id;
      });
      const person = (await listPeople(db, projectId)).find((candidate) => candidate.id === id)!;
      return c.json({ person }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/people/{personId}",
      tags,
      summary:
        "Change a person: the producers change anything; the assistant director their account, language, department and contacts",
      security,
      request: {
        params: projectParams.extend({ personId: uuidParam("personId") }),
        ...jsonBody(personChange),
      },
      responses: {
        200: jsonResponse("Changed", z.object({ person: personSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = c.get("project");
      const { personId } = c.req.valid("param");
      const { version, roles, ...change } = c.req.valid("json");
      const contactsOnly = roles === undefined && Object.keys(change).every((key) => contactKeys.has(key));
      const allowed = contactsOnly
        ? access.permissions.includes("consortium.edit") || access.permissions.includes("schedule.edit")
        : access.permissions.includes("consortium.edit");
      if (!allowed) throw forbidden(`the role ${access.role} may not change this person's details`);
      const { projectId } = access;
      const where = and(eq(schema.people.id, personId), eq(schema.people.projectId, projectId));
      const [current] = await db.select({ version: schema.people.version }).from(schema.people).where(where);
      if (!current) throw notFound("person");
      await checkPersonReferences(db, projectId, { ...change, roles });
      const changed = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(schema.people)
          .set({
            ...change,
            ...(change.citizenship
              ? { citizenship: change.citizenship.map((code) => code.toUpperCase()) }
              : {}),
            ...(change.residence ? { residence: change.residence.toUpperCase() } : {}),
            version: sql`${schema.people.version} + 1`,
          })
          .where(and(where, eq(schema.people.version, version)))
          .returning({ id: schema.people.id });
        if (row && roles) {
          await tx.delete(schema.personRoles).where(eq(schema.personRoles.personId, personId));
          await tx.insert(schema.personRoles).values(
            roles.map((role) => ({
              personId,
              role: role.role,
              elementId: role.elementId ?? null,
              daysWorked: role.daysWorked ?? null,
            })),
          );
        }
        return row !== undefined;
      });
      const person = (await listPeople(db, projectId)).find((candidate) => candidate.id === personId)!;
      if (!changed) throw versionConflict("the person", person);
      return c.json({ person }, 200);
    },
  );

  registerProjectRecordDelete(app, {
    collection: "/people",
    idName: "personId",
    what: "person",
    tags,
    summary: "Remove a person from the project",
    permission: "consortium.edit",
    records: { table: schema.people, id: schema.people.id, projectId: schema.people.projectId },
  });

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/places",
      tags,
      summary: "Shooting, studio, VFX and post-production places by country, by days or by spend",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Places", z.object({ places: z.array(placeSchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "project.read");
      const rows = await c
        .get("services")
        .db.select()
        .from(schema.productionPlaces)
        .where(eq(schema.productionPlaces.projectId, projectId));
      return c.json({ places: rows.map(toPlace) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/places",
      tags,
      summary: "Add a production place: give its days, or its spend with a currency",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z
            .strictObject({
              kind: z.enum(placeKinds),
              country: countryField,
              days: z.number().int().min(0).max(10000).optional(),
              spend: amountField.optional(),
              currency: currencyField.optional(),
            })
            .refine(
              (body) => body.days !== undefined || (body.spend !== undefined && body.currency !== undefined),
              {
                message: "give days, or spend with its currency",
                path: ["days"],
                params: { code: "required" },
              },
            ),
        ),
      },
      responses: { 201: jsonResponse("Added", z.object({ place: placeSchema })), ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const body = c.req.valid("json");
      const currency = body.currency?.toUpperCase() ?? null;
      const [row] = await db
        .insert(schema.productionPlaces)
        .values({
          projectId,
          kind: body.kind,
          country: body.country.toUpperCase(),
          days: body.days ?? null,
          spendMinor: body.spend !== undefined && currency ? toMinor(body.spend, currency, "spend") : null,
          spendCurrency: body.spend !== undefined ? currency : null,
        })
        .returning();
      if (!row) throw notFound("place");
      return c.json({ place: toPlace(row) }, 201);
    },
  );

  registerProjectRecordDelete(app, {
    collection: "/places",
    idName: "placeId",
    what: "place",
    tags,
    summary: "Remove a production place",
    permission: "consortium.edit",
    records: {
      table: schema.productionPlaces,
      id: schema.productionPlaces.id,
      projectId: schema.productionPlaces.projectId,
    },
  });
}

function toPlace(row: typeof schema.productionPlaces.$inferSelect) {
  return {
    id: row.id,
    kind: row.kind,
    country: row.country,
    days: row.days,
    spend:
      row.spendMinor === null || row.spendCurrency === null
        ? null
        : formatMoneyDecimal({ minor: row.spendMinor, currency: row.spendCurrency as CurrencyCode }),
    currency: row.spendCurrency,
  };
}

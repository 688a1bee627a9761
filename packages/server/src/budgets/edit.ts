// The one way a budget's document changes: the caller may edit budgets and see this version, names the version
// it read (stale → 409 with the current read), the version is a draft (locked → 409 BUDGET_LOCKED), and the whole
// changed document must still read and compute (else 400 naming the JSON path). Nothing is written otherwise.
import { and, eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { schema } from "@kinomost/db";
import type { AppEnv } from "../context.ts";
import { ApiError, isUniqueViolation, versionConflict } from "../http/errors.ts";
import { requirePermission } from "../projects/access.ts";
import { withLineIds, type StoredDocument } from "./document.ts";
import { checkDocument } from "./evaluate.ts";
import { loadBudgetPartners, type ProjectPartner } from "./partners.ts";
import { readBudgetResponse } from "./read.ts";
import { loadScheduleGlobals } from "./schedule-globals.ts";
import { findVisibleBudget, type BudgetRow } from "./store.ts";

/** A locked budget is the original later versions are measured against: it never changes. */
export const budgetLocked = (name: string) =>
  new ApiError(409, "BUDGET_LOCKED", `the budget "${name}" is locked: start a new version to change it`);

export const duplicateBudgetName = (name: string) =>
  new ApiError(409, "ALREADY_EXISTS", `the project already has a budget named "${name}"`, {
    fields: [{ path: "name", message: "already taken", code: "taken" }],
  });

export interface EditContext {
  partners: readonly ProjectPartner[];
  /** CAST_<n>_DAYS and the like from the published board, as the document is computed with. */
  scheduleGlobals: Readonly<Record<string, string>>;
  row: BudgetRow;
}

export interface BudgetChange {
  document: StoredDocument;
  /** A new name for the version. */
  name?: string;
}

/** Loads the version for a change: visible, at `version`, a draft. */
export async function loadForEdit(c: Context<AppEnv>, budgetId: string, version: number): Promise<BudgetRow> {
  const { db } = c.get("services");
  const { projectId, organizationId } = requirePermission(c, "budget.edit");
  const row = await findVisibleBudget(db, organizationId, projectId, budgetId);
  if (row.version !== version) throw versionConflict("the budget", await readBudgetResponse(db, row));
  if (row.status === "locked") throw budgetLocked(row.name);
  return row;
}

/** Applies `change` to the version's document, checks the result, saves it and answers the fresh read. */
export async function editBudget(
  c: Context<AppEnv>,
  budgetId: string,
  version: number,
  change: (document: StoredDocument, context: EditContext) => BudgetChange,
) {
  const { db, now } = c.get("services");
  const row = await loadForEdit(c, budgetId, version);
  const partners = await loadBudgetPartners(db, row.projectId);
  const scheduleGlobals = await loadScheduleGlobals(db, row.projectId);
  const changed = change(structuredClone(row.document) as unknown as StoredDocument, {
    partners,
    scheduleGlobals,
    row,
  });
  const document: StoredDocument = {
    ...changed.document,
    categories: withLineIds(changed.document.categories),
  };
  checkDocument(document as unknown as Record<string, unknown>, partners, scheduleGlobals);
  let updated: BudgetRow | undefined;
  try {
    [updated] = await db
      .update(schema.budgets)
      .set({
        document: document as unknown as Record<string, unknown>,
        ...(changed.name === undefined ? {} : { name: changed.name }),
        updatedAt: now(),
        version: sql`${schema.budgets.version} + 1`,
      })
      .where(
        and(
          eq(schema.budgets.id, row.id),
          eq(schema.budgets.version, version),
          eq(schema.budgets.status, "draft"),
        ),
      )
      .returning();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateBudgetName(changed.name ?? row.name);
    throw error;
  }
  if (!updated) {
    const [latest] = await db.select().from(schema.budgets).where(eq(schema.budgets.id, row.id));
    if (!latest) throw new ApiError(404, "NOT_FOUND", "budget not found");
    if (latest.status === "locked") throw budgetLocked(latest.name);
    throw versionConflict("the budget", await readBudgetResponse(db, latest));
  }
  return c.json(await readBudgetResponse(db, updated), 200);
}

/** A 400 naming one field of the request. */
export const badField = (path: string, message: string, code = "invalid") =>
  new ApiError(400, "VALIDATION_FAILED", `${path}: ${message}`, { fields: [{ path, message, code }] });

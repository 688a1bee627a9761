// Reading one budget version the way every budget screen and report needs it: visible to the caller (a partner's
// private version only to that partner's members), its document with the project's partners filled in, and its
// totals computed with the published schedule's globals. Other modules (cost report, rebates, exports) read
// budgets through `readBudgetForReport` only.
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import {
  isCurrencyCode,
  type Budget,
  type BudgetError,
  type BudgetTotals,
  type RateTable,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import type { AppEnv } from "../context.ts";
import { ApiError, notFound } from "../http/errors.ts";
import type { ProjectAccess } from "../projects/access.ts";
import { evaluateDocument } from "./evaluate.ts";
import { loadBudgetPartners, type ProjectPartner } from "./partners.ts";
import { loadScheduleGlobals } from "./schedule-globals.ts";

export type BudgetRow = typeof schema.budgets.$inferSelect;

/** A request (its services and project access), or the database and the caller's access directly. */
export type BudgetScope = Context<AppEnv> | { db: Database; access: Pick<ProjectAccess, "organizationId"> };

export interface BudgetReadOptions {
  /** Display currency (ISO 4217); the budget's own when absent. */
  currency?: string;
  /** Group ids to include or suppress in this computation (what-if). */
  include?: readonly string[];
  suppress?: readonly string[];
}

export interface BudgetForReport {
  row: BudgetRow;
  /** As computed: partners filled in from the project, the schedule's globals added to its own. */
  budget: Budget;
  rates: RateTable;
  /** Null when the budget does not compute (e.g. a rate is missing); `problems` say why. */
  totals: BudgetTotals | null;
  problems: BudgetError[];
}

export function scopeOf(scope: BudgetScope): { db: Database; organizationId: string } {
  if ("access" in scope && "db" in scope)
    return { db: scope.db, organizationId: scope.access.organizationId };
  const c = scope as Context<AppEnv>;
  return { db: c.get("services").db, organizationId: c.get("project").organizationId };
}

/** Whether the caller, acting for `organizationId`, may see the version. */
export const isVisibleTo = (row: Pick<BudgetRow, "privateTo">, organizationId: string) =>
  row.privateTo === null || row.privateTo === organizationId;

/** The version's row, or 404 when it is not in the project or is another partner's private version. */
export async function findVisibleBudget(
  db: Database,
  organizationId: string,
  projectId: string,
  budgetId: string,
): Promise<BudgetRow> {
  const [row] = await db
    .select()
    .from(schema.budgets)
    .where(and(eq(schema.budgets.id, budgetId), eq(schema.budgets.projectId, projectId)));
  if (!row || !isVisibleTo(row, organizationId)) throw notFound("budget");
  return row;
}

function displayCurrency(currency: string | undefined) {
  if (currency === undefined) return undefined;
  if (isCurrencyCode(currency)) return currency;
  throw new ApiError(400, "VALIDATION_FAILED", `currency: "${currency}" is not an ISO 4217 code`, {
    fields: [{ path: "currency", message: "must be an ISO 4217 currency code", code: "currency" }],
  });
}

/** Computes a stored row with the project's partners and schedule globals (loaded unless given). */
export async function evaluateRow(
  db: Database,
  row: BudgetRow,
  options: BudgetReadOptions = {},
  context?: { partners: ProjectPartner[]; scheduleGlobals: Record<string, string> },
): Promise<BudgetForReport> {
  const partners = context?.partners ?? (await loadBudgetPartners(db, row.projectId));
  const scheduleGlobals = context?.scheduleGlobals ?? (await loadScheduleGlobals(db, row.projectId));
  const currency = displayCurrency(options.currency);
  const evaluated = evaluateDocument(row.document, partners, scheduleGlobals, {
    ...(currency ? { currency } : {}),
    ...(options.include ? { include: options.include } : {}),
    ...(options.suppress ? { suppress: options.suppress } : {}),
  });
  // Every write checks the whole document, so a stored one always reads; failing here is a bug, not bad input.
  if (!evaluated.ok)
    throw new Error(`budget ${row.id} does not read: ${evaluated.errors.map((e) => e.message).join("; ")}`);
  return { row, ...evaluated.value };
}

/** One visible budget version of the project, computed; 404 when the caller may not see it. */
export async function readBudgetForReport(
  scope: BudgetScope,
  projectId: string,
  budgetId: string,
  options: BudgetReadOptions = {},
): Promise<BudgetForReport> {
  const { db, organizationId } = scopeOf(scope);
  const row = await findVisibleBudget(db, organizationId, projectId, budgetId);
  return evaluateRow(db, row, options);
}

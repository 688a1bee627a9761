// Gathers what the cost report is computed from — the visible budget version, the project's actual rates, the
// partners whose books the caller may see and their ledger grouped in the database, the consortium's agreed
// shares — and computes it. Used by the routes and by the benchmark alike.
import { and, asc, eq } from "drizzle-orm";
import { pickLocalized, type CurrencyCode } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { visibleActualPartners } from "../../actuals/visibility.ts";
import type { ProjectAccess } from "../../projects/access.ts";
import { projectRateTables } from "../../rates/tables.ts";
import { budgetInvalid } from "../evaluate.ts";
import { readBudgetForReport, type BudgetForReport } from "../store.ts";
import { aggregateActuals } from "./aggregate.ts";
import { buildCostReport, type CostReportView, type ReportPartner } from "./cost-report.ts";
import { loadEstimates } from "./estimates.ts";

/** The project's accepted partners in the consortium's order, with their agreed shares. */
export async function loadReportPartners(
  db: Database,
  projectId: string,
  language: string = "ru",
): Promise<ReportPartner[]> {
  const rows = await db
    .select({
      id: schema.partners.organizationId,
      share: schema.partners.share,
      names: schema.organizations.names,
    })
    .from(schema.partners)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.partners.organizationId))
    .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")))
    .orderBy(asc(schema.partners.invitedAt), asc(schema.partners.organizationId));
  return rows.map((row) => ({ id: row.id, name: pickLocalized(row.names, [language]), share: row.share }));
}

export interface CostReportRequest {
  /** The report's currency; the budget's display currency when absent. */
  readonly currency?: CurrencyCode;
  readonly basis: "budget" | "actual";
  /** The language of the partners' names. */
  readonly language?: string;
}

export interface LoadedCostReport {
  readonly read: BudgetForReport & { totals: NonNullable<BudgetForReport["totals"]> };
  readonly view: CostReportView;
}

export async function loadCostReport(
  db: Database,
  access: ProjectAccess,
  budgetId: string,
  request: CostReportRequest,
): Promise<LoadedCostReport> {
  // The budget first, so that a version the caller may not see costs no ledger scan; then the ledger's aggregate,
  // the long part, runs beside the smaller reads.
  const [read, visiblePartners] = await Promise.all([
    readBudgetForReport({ db, access }, access.projectId, budgetId),
    visibleActualPartners(db, access),
  ]);
  const totals = read.totals;
  if (!totals) throw budgetInvalid(read.problems);
  const [actualRates, partners, groups, estimates] = await Promise.all([
    projectRateTables(db, access.projectId),
    loadReportPartners(db, access.projectId, request.language),
    aggregateActuals(db, access.projectId, visiblePartners),
    loadEstimates(db, budgetId),
  ]);
  const view = buildCostReport({
    budget: read.budget,
    totals,
    budgetRates: read.rates,
    actualRates,
    groups,
    estimates,
    currency: request.currency ?? (totals.displayCurrency as CurrencyCode),
    basis: request.basis,
    partners,
    visiblePartners,
  });
  return { read: { ...read, totals }, view };
}

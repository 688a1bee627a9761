// Starting a budget version: from a template, a chart, a copy of another version or an imported file. Every new
// version is a draft whose document has been checked whole, written with its audit entry in one transaction.
import { eq } from "drizzle-orm";
import {
  budgetTemplate,
  chartCategories,
  isCountryCode,
  readChart,
  type Budget,
  type CurrencyCode,
  type TemplateKind,
  type TemplateLanguage,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { isUniqueViolation } from "../http/errors.ts";
import { baseRates, toDocument, type StoredDocument } from "./document.ts";
import { budgetInvalid, checkDocument } from "./evaluate.ts";
import { badField, duplicateBudgetName } from "./edit.ts";
import type { ProjectPartner } from "./partners.ts";
import { loadScheduleGlobals } from "./schedule-globals.ts";
import type { BudgetRow } from "./store.ts";

export interface NewBudget {
  projectId: string;
  name: string;
  document: StoredDocument;
  privateTo: string | null;
  basedOn?: string | null;
  originalId?: string | null;
  userId: string;
  at: Date;
  /** The audit entry's action and what it records beyond the name. */
  audit: { action: "budget.created" | "budget.imported"; data: Record<string, string | number | null> };
}

/** Checks the document whole and inserts the version with its audit entry. */
export async function insertBudget(
  db: Database,
  partners: readonly ProjectPartner[],
  input: NewBudget,
): Promise<BudgetRow> {
  const document = input.document as unknown as Record<string, unknown>;
  checkDocument(document, partners, await loadScheduleGlobals(db, input.projectId));
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(schema.budgets)
        .values({
          projectId: input.projectId,
          name: input.name,
          document,
          privateTo: input.privateTo,
          basedOn: input.basedOn ?? null,
          originalId: input.originalId ?? null,
          createdBy: input.userId,
          createdAt: input.at,
          updatedAt: input.at,
        })
        .returning();
      await appendAudit(tx, {
        projectId: input.projectId,
        actor: input.userId,
        action: input.audit.action,
        subject: `budget:${row!.id}`,
        data: { name: input.name, privateTo: input.privateTo, ...input.audit.data },
        at: input.at,
      });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateBudgetName(input.name);
    throw error;
  }
}

export interface Starter {
  name: string;
  baseCurrency: CurrencyCode;
  template?: { kind: TemplateKind; language: TemplateLanguage };
  chart?: unknown;
  /** The caller's organization: it pays for and spends in its country every category it starts with. */
  organizationId: string;
  country: string;
  today: string;
}

/** The document of a new budget from a template, a chart, or nothing. */
export function startDocument(starter: Starter): StoredDocument {
  const country = isCountryCode(starter.country) ? starter.country : undefined;
  const rates = baseRates(starter.baseCurrency, starter.today);
  if (starter.template) {
    if (!country) throw badField("template", `the organization's country ${starter.country} is not known`);
    const budget = budgetTemplate({
      ...starter.template,
      title: starter.name,
      currency: starter.baseCurrency,
      partner: starter.organizationId,
      country,
    });
    return toDocument(budget, rates);
  }
  const empty: Budget = {
    title: starter.name,
    baseCurrency: starter.baseCurrency,
    globals: {},
    fringes: [],
    groups: [],
    partners: [],
    categories: [],
  };
  if (starter.chart === undefined) return toDocument(empty, rates);
  const chart = readChart(starter.chart);
  if (!chart.ok) {
    const under = (path: string) => (path === "$" ? "chart" : `chart.${path}`);
    throw budgetInvalid(
      chart.errors.map((error) => ({
        ...error,
        path: under(error.path),
        message: `${under(error.path)}${error.message.slice(error.path.length)}`,
      })),
    );
  }
  const categories = chartCategories(chart.value, {
    partner: starter.organizationId,
    country,
  });
  return toDocument({ ...empty, categories }, rates);
}

export async function organizationCountry(db: Database, organizationId: string): Promise<string> {
  const [organization] = await db
    .select({ country: schema.organizations.country })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, organizationId));
  return organization?.country.toUpperCase() ?? "";
}

/**
 * A new version's start from an existing one: the same document; a locked source becomes the original the new
 * version shows its variance against, a draft passes on the original it had.
 */
export function copyOf(source: BudgetRow, title: string) {
  const copied = source.document as unknown as StoredDocument;
  const fromLocked = source.status === "locked" && source.lockedTotals !== null;
  const document: StoredDocument = {
    ...copied,
    title,
    ...(fromLocked ? { original: source.lockedTotals as unknown as StoredDocument["original"] } : {}),
  };
  return { document, basedOn: source.id, originalId: fromLocked ? source.id : source.originalId };
}

// What every budget report prints on top — project, budget version, currency, rates, the day — and the
// Content-Disposition of its download. Reads the project's title; everything else comes from the budget read.
import { eq } from "drizzle-orm";
import { pickLocalized, type BudgetTotals } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import type { BudgetRow } from "../store.ts";
import type { ReportHeader } from "./document.ts";
import type { ReportLanguage } from "./labels.ts";

export async function loadReportHeader(
  db: Database,
  row: BudgetRow,
  totals: Pick<BudgetTotals, "displayCurrency" | "baseCurrency" | "rates">,
  language: ReportLanguage,
  now: Date,
): Promise<ReportHeader> {
  const [project] = await db
    .select({ titles: schema.projects.titles })
    .from(schema.projects)
    .where(eq(schema.projects.id, row.projectId));
  return {
    project: project ? pickLocalized(project.titles, [language]) : "",
    budget: row.name,
    version: row.version,
    status: row.status,
    printedOn: now.toISOString().slice(0, 10),
    currency: totals.displayCurrency,
    baseCurrency: totals.baseCurrency,
    rates: totals.rates,
  };
}

/** `attachment` with an ASCII name for old clients and the budget's own (Cyrillic) name for the others. */
export function attachment(kind: string, budgetName: string, budgetId: string, extension: string): string {
  const fallback = `${kind}-${budgetId.slice(0, 8)}.${extension}`;
  // Characters no file system takes in a name, and control characters, become "_".
  // eslint-disable-next-line no-control-regex
  const name = `${kind} ${budgetName}.${extension}`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
  // RFC 5987 leaves ' ( ) out of the characters a value may carry unescaped; encodeURIComponent keeps them.
  const encoded = encodeURIComponent(name).replace(
    /['()]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

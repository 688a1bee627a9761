// React Query keys and loaders of cost accounting. Every key starts with ["money", projectId], so that a change
// anywhere (a cost, an import, a rate table) refreshes the ledger, the reports and the rates at once.
import { useCallback } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { ProjectDetail } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale } from "../i18n/locale.tsx";
import { moneyApi } from "./api.ts";
import type { BudgetSummary } from "./types.ts";

export const moneyKey = (projectId: string, ...rest: unknown[]) => ["money", projectId, ...rest] as const;

export function useMoneyChanged(projectId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: moneyKey(projectId) }),
    [queryClient, projectId],
  );
}

/** The session's CSRF token for uploads; empty until /auth/me has answered. */

export function useBudgets(projectId: string, enabled = true) {
  return useQuery({
    queryKey: moneyKey(projectId, "budgets"),
    queryFn: () => moneyApi.budgets(projectId),
    select: (data) => data.budgets,
    enabled,
  });
}

/** The version a report opens on: the approved (locked) budget the spend is measured against, else the first. */
export function defaultBudget(budgets: readonly BudgetSummary[]): BudgetSummary | undefined {
  return budgets.find((budget) => budget.status === "locked") ?? budgets[0];
}

export interface PartnerInfo {
  id: string;
  name: string;
  country: string;
  currency: string | undefined;
}

/** The project's accepted partners with their names in the interface language. */
export function usePartners(detail: ProjectDetail): {
  partners: PartnerInfo[];
  nameOf: (id: string) => string;
} {
  const { locale } = useLocale();
  const partners = detail.partners
    .filter((partner) => partner.status === "accepted")
    .map((partner) => ({
      id: partner.organizationId,
      name: pickText(partner.names, locale),
      country: partner.country,
      currency: partner.currency,
    }));
  const nameOf = (id: string) => partners.find((partner) => partner.id === id)?.name ?? id.slice(0, 8);
  return { partners, nameOf };
}

/** Currencies a report may be shown in: the budget's base, the partners' own, and the usual reporting ones. */
export function reportCurrencies(detail: ProjectDetail, extra: readonly string[] = []): string[] {
  const own = detail.partners.flatMap((partner) => (partner.currency ? [partner.currency] : []));
  return [...new Set([...extra, ...own, "RUB", "USD", "EUR"])];
}

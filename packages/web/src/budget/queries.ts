// The budget's queries: the project's versions, one version as computed for a view (display currency, what-if
// groups), and the project's stored rate tables.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { budgetApi } from "./api.ts";
import type { BudgetView } from "./types.ts";

export const budgetKeys = {
  list: (projectId: string) => ["budgets", projectId] as const,
  version: (projectId: string, budgetId: string) => ["budget", projectId, budgetId] as const,
  read: (projectId: string, budgetId: string, view: BudgetView) =>
    ["budget", projectId, budgetId, view] as const,
  rateTables: (projectId: string) => ["rateTables", projectId] as const,
};

export const isDefaultView = (view: BudgetView) =>
  !view.currency && view.include.length === 0 && view.suppress.length === 0;

export function useBudgets(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: budgetKeys.list(projectId),
    queryFn: () => budgetApi.list(projectId),
    enabled,
  });
}

export function useBudgetRead(projectId: string, budgetId: string, view: BudgetView) {
  return useQuery({
    queryKey: budgetKeys.read(projectId, budgetId, view),
    queryFn: () => budgetApi.read(projectId, budgetId, view),
    // Switching a group or the currency keeps the last totals on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useRateTables(projectId: string) {
  return useQuery({
    queryKey: budgetKeys.rateTables(projectId),
    queryFn: () => budgetApi.rateTables(projectId),
  });
}

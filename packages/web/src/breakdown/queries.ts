// Breakdown queries shared by the breakdown page and the draft page's scene breakdown.
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { BreakdownCategory, Locale } from "../api/types.ts";

export const breakdownKeys = {
  categories: (projectId: string) => ["breakdownCategories", projectId] as const,
  elements: (projectId: string) => ["breakdownElements", projectId] as const,
  dictionary: (projectId: string) => ["breakdownDictionary", projectId] as const,
  scene: (projectId: string, sceneId: string) => ["sceneBreakdown", projectId, sceneId] as const,
};

export function useCategories(projectId: string) {
  return useQuery({
    queryKey: breakdownKeys.categories(projectId),
    queryFn: () => api.breakdownCategories(projectId),
    staleTime: 60_000,
  });
}

/** The category's name in the interface language, or its key when the project does not know it. */
export function categoryName(
  categories: readonly BreakdownCategory[] | undefined,
  key: string,
  locale: Locale,
) {
  const category = categories?.find((known) => known.key === key);
  return category ? category.names[locale] : key;
}

export function categoryColor(categories: readonly BreakdownCategory[] | undefined, key: string): string {
  return categories?.find((known) => known.key === key)?.color ?? "#888888";
}

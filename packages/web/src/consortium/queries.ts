// The query keys of the consortium page, and the one way a change tells the page to reload: whatever the change,
// the consortium and the qualification are fetched again, so the live meter moves.
import { useCallback } from "react";
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { Locale } from "../api/types.ts";

export const consortiumKey = (projectId: string) => ["consortium", projectId] as const;
/** Without a locale: the prefix that matches the qualification in every language. */
export const qualificationKey = (projectId: string, locale?: Locale) =>
  locale ? (["qualification", projectId, locale] as const) : (["qualification", projectId] as const);
export const contributionsKey = (projectId: string) => ["contributions", projectId] as const;
export const peopleKey = (projectId: string) => ["people", projectId] as const;
export const placesKey = (projectId: string) => ["places", projectId] as const;
export const rulePacksKey = (projectId: string, locale?: Locale) =>
  locale ? (["rule-packs", projectId, locale] as const) : (["rule-packs", projectId] as const);

/** Reloads the consortium, the qualification and the given queries after a change. */
export function useConsortiumChanged(projectId: string): (...also: QueryKey[]) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (...also: QueryKey[]) => {
      await Promise.all(
        [consortiumKey(projectId), qualificationKey(projectId), ...also].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
    [queryClient, projectId],
  );
}

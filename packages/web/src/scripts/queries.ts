// The scripts queries, shared by the project page, the scripts page and the draft page.
// Drafts never change once imported, so a draft read once stays fresh for the whole visit.
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";

export function scriptsQueryKey(projectId: string) {
  return ["scripts", projectId] as const;
}

export function draftQueryKey(projectId: string, draftId: string) {
  return ["scriptDraft", projectId, draftId] as const;
}

export function useScripts(projectId: string) {
  return useQuery({ queryKey: scriptsQueryKey(projectId), queryFn: () => api.scripts(projectId) });
}

export function draftQuery(projectId: string, draftId: string) {
  return {
    queryKey: draftQueryKey(projectId, draftId),
    queryFn: () => api.scriptDraft(projectId, draftId),
    staleTime: Infinity,
  };
}

/**
 * Хронометраж of each draft, by id: the sum of its scenes' screen seconds. The list of scripts gives
 * eighths but not seconds, so each draft's scenes are read; undefined until they arrive.
 */

// React Query keys of the documents screens. Everything under ["documents", projectId] is refetched after a
// signature or a new version; the audit log has its own key.
export const documentKeys = {
  all: (projectId: string) => ["documents", projectId] as const,
  version: (projectId: string, documentId: string, number: number) =>
    ["documents", projectId, documentId, "version", number] as const,
  diff: (projectId: string, documentId: string, from: number, to: number, language: string) =>
    ["documents", projectId, documentId, "diff", from, to, language] as const,
  audit: (projectId: string) => ["audit", projectId] as const,
};

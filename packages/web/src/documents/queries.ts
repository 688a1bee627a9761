// React Query keys of the documents screens. Everything under ["documents", projectId] is refetched after a
// signature or a new version; the audit log has its own key.
export const documentKeys = {
  all: (projectId: string) => ["documents", projectId] as const,
  version: (projectId: string, documentId: string, number: number) =>
    ["documents", projectId, documentId, "version", number] as const,
  diff: (projectId: string, documentId: string, from: number, to: number, language: string) =>
    ["documents", projectId, documentId, "diff", from, to, language] as const,
  audit: (projectId: string) => ["audit", projectId] as const,
  // The consortium page's own keys: a document prefilled from the consortium reuses what the page loaded, and
  // naming a signatory (kept with the partner) reloads the page's consortium too.
  consortium: (projectId: string) => ["consortium", projectId] as const,
  contributions: (projectId: string) => ["contributions", projectId] as const,
};

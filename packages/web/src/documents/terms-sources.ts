// What the terms editor offers to choose from: the project's accepted partners, and — for those who may read
// the deal — the consortium (agreed shares, territories, rule packs) and its contributions, loaded under the
// consortium page's own keys so that nothing is fetched twice.
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { ProjectDetail } from "../api/types.ts";
import { documentKeys } from "./queries.ts";

export function useTermsSources(detail: ProjectDetail) {
  const projectId = detail.project.id;
  const canReadDeal = detail.permissions.includes("consortium.read");
  const consortium = useQuery({
    queryKey: documentKeys.consortium(projectId),
    queryFn: () => api.consortium(projectId),
    enabled: canReadDeal,
  });
  const contributions = useQuery({
    queryKey: documentKeys.contributions(projectId),
    queryFn: () => api.contributions(projectId),
    enabled: canReadDeal,
  });
  return {
    partners: detail.partners.filter((partner) => partner.status === "accepted"),
    treaties: consortium.data?.availablePacks ?? [],
    consortium,
    contributions,
  };
}

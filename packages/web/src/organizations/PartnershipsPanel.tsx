// Projects that invited this organization as a partner; admins accept or decline.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { api } from "../api/client.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { CountryCode, StatusBadge } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";

export function PartnershipsPanel({ organizationId, isAdmin }: { organizationId: string; isAdmin: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const partnerships = useQuery({
    queryKey: ["organization", organizationId, "partnerships"],
    queryFn: () => api.partnerships(organizationId),
  });
  const decide = useMutation({
    mutationFn: ({ projectId, decision }: { projectId: string; decision: "accept" | "decline" }) =>
      api.decidePartnership(organizationId, projectId, decision),
    onSettled: () => queryClient.invalidateQueries(),
  });

  return (
    <Panel id="partnerships" title={t("org.partnerships.title")} flush>
      {decide.isError ? <Notice tone="danger">{errorText(decide.error)}</Notice> : null}
      {partnerships.isPending ? (
        <Loading />
      ) : partnerships.isError ? (
        <Notice tone="danger">{errorText(partnerships.error)}</Notice>
      ) : partnerships.data.partnerships.length === 0 ? (
        <p className="panel__empty">{t("org.partnerships.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("org.partnerships.project")}</th>
              <th scope="col">{t("org.partnerships.lead")}</th>
              <th scope="col">{t("org.partnerships.role")}</th>
              <th scope="col">{t("org.partnerships.status")}</th>
              {isAdmin ? <th scope="col" className="table__actions" /> : null}
            </tr>
          </thead>
          <tbody>
            {partnerships.data.partnerships.map((partnership) => (
              <tr key={partnership.projectId}>
                <td className="table__strong">
                  {partnership.status === "accepted" ? (
                    <Link to={`/projects/${partnership.projectId}`}>
                      {pickText(partnership.titles, locale)}
                    </Link>
                  ) : (
                    pickText(partnership.titles, locale)
                  )}
                </td>
                <td>
                  <span className="country">
                    <CountryCode code={partnership.leadOrganization.country} />
                    {pickText(partnership.leadOrganization.names, locale)}
                  </span>
                </td>
                <td>{t(`partnerRole.${partnership.role}`)}</td>
                <td>
                  <StatusBadge status={partnership.status} />
                </td>
                {isAdmin ? (
                  <td className="table__actions">
                    {partnership.status === "invited" ? (
                      <span className="button-row">
                        <button
                          type="button"
                          className="button button--primary button--small"
                          disabled={decide.isPending}
                          onClick={() =>
                            decide.mutate({ projectId: partnership.projectId, decision: "accept" })
                          }
                        >
                          {t("common.accept")}
                        </button>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          disabled={decide.isPending}
                          onClick={() =>
                            decide.mutate({ projectId: partnership.projectId, decision: "decline" })
                          }
                        >
                          {t("common.decline")}
                        </button>
                      </span>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

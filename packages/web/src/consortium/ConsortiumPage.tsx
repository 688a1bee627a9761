// /projects/:projectId/consortium: the deal between the studios — agreed shares against what each has
// delivered, the qualification under the selected treaties, the contributions ledger and the people whose
// citizenship the treaties count.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router-dom";
import { api } from "../api/client.ts";
import { AuditPanel } from "../documents/AuditPanel.tsx";
import { DocumentsPanel } from "../documents/DocumentsPanel.tsx";
import type { ProjectDetail } from "../api/types.ts";
import { formatDecimalMoney } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { ProjectSection } from "../projects/ProjectSection.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { useErrorText, useKnownText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { ContributionsPanel } from "./ContributionsPanel.tsx";
import { QualificationPanel } from "./QualificationPanel.tsx";
import { ShareChart } from "./ShareChart.tsx";
import { SharesForm } from "./SharesForm.tsx";
import { sumDecimals } from "./percent.ts";

export function ConsortiumPage() {
  const { projectId = "" } = useParams();
  const t = useT();
  return (
    <ProjectSection projectId={projectId} title={t("consortium.title")}>
      {(detail) => <ConsortiumContent detail={detail} />}
    </ProjectSection>
  );
}

function ConsortiumContent({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const [editingShares, setEditingShares] = useState(false);
  const consortium = useQuery({
    queryKey: ["consortium", projectId],
    queryFn: () => api.consortium(projectId),
  });
  if (consortium.isPending) return <Loading />;
  if (consortium.isError) return <Notice tone="danger">{errorText(consortium.error)}</Notice>;
  const data = consortium.data;
  const canEdit = detail.permissions.includes("consortium.edit");
  const committed = sumDecimals(data.partners.map((partner) => partner.committed ?? "0"));
  return (
    <>
      {data.problems.map((problem) => (
        <Notice key={problem} tone="warning">
          {problem}
        </Notice>
      ))}
      <div className="consortium-layout">
        <Panel
          id="shares"
          title={t("consortium.shares.title")}
          actions={
            canEdit && !editingShares ? (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setEditingShares(true)}
              >
                {t("common.edit")}
              </button>
            ) : null
          }
        >
          {editingShares ? (
            <SharesForm
              projectId={projectId}
              partners={data.partners}
              onDone={() => setEditingShares(false)}
            />
          ) : (
            <ShareChart partners={data.partners} />
          )}
          {committed && committed !== "0" ? (
            <p className="field__hint">
              {t("consortium.shares.hint", {
                committed: formatDecimalMoney(committed, data.reportingCurrency, locale),
              })}
            </p>
          ) : null}
        </Panel>
        <QualificationPanel projectId={projectId} />
      </div>
      <ContributionsPanel
        projectId={projectId}
        consortium={data}
        canRecordFor={(organizationId) =>
          detail.permissions.includes("consortium.edit") ||
          (detail.permissions.includes("contributions.edit") && organizationId === detail.organizationId)
        }
      />
      <DocumentsPanel detail={detail} />
      {detail.permissions.includes("audit.read") ? <AuditPanel detail={detail} /> : null}
      <PeoplePanel projectId={projectId} />
      <Panel id="rates" title={t("consortium.rates.title")}>
        <ul className="rates-list">
          {data.rates.map((rate) => (
            <li key={`${rate.currency}-${rate.date ?? ""}`}>
              1 {rate.currency} = {rate.perUnit} {data.reportingCurrency}
              <span className="muted">
                {" "}
                · {rate.date ?? t("consortium.rates.anyDate")} · {rate.source}
              </span>
            </li>
          ))}
        </ul>
      </Panel>
    </>
  );
}

function PeoplePanel({ projectId }: { projectId: string }) {
  const t = useT();
  const knownText = useKnownText();
  const people = useQuery({ queryKey: ["people", projectId], queryFn: () => api.people(projectId) });
  const rows = people.data?.people ?? [];
  return (
    <Panel id="people" title={t("consortium.people.title")} meta={String(rows.length)} flush>
      <table className="table" data-testid="people">
        <thead>
          <tr>
            <th scope="col">{t("consortium.people.name")}</th>
            <th scope="col">{t("consortium.people.role")}</th>
            <th scope="col">{t("consortium.people.citizenship")}</th>
            <th scope="col" className="numeric">
              {t("consortium.people.days")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((person) => (
            <tr key={person.id}>
              <td>{person.name}</td>
              <td>
                {person.roles.map((role) => knownText(`personRole.${role.role}`, role.role)).join(", ")}
              </td>
              <td>
                {person.citizenship.map((code) => (
                  <CountryCode key={code} code={code} />
                ))}
              </td>
              <td className="numeric">
                {person.roles.find((role) => role.daysWorked !== null)?.daysWorked ?? (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

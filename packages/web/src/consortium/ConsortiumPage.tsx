// /projects/:projectId/consortium: the deal between the studios — its terms, agreed shares against what each has
// delivered, the qualification under the selected treaties and the rule packs they come from, each partner's
// territories and obligations, the contributions ledger and rates, the people and places the treaties count, and
// the documents. Producers (consortium.edit) change all of it here; the server checks every change again.
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router-dom";
import { api } from "../api/client.ts";
import type { ProjectDetail } from "../api/types.ts";
import { AuditPanel } from "../documents/AuditPanel.tsx";
import { DocumentsPanel } from "../documents/DocumentsPanel.tsx";
import { useT } from "../i18n/locale.tsx";
import { ProjectSection } from "../projects/ProjectSection.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice } from "../ui/layout.tsx";
import "../styles/consortium.css";
import { ConsortiumProblems } from "./ConsortiumProblems.tsx";
import { ContributionsPanel } from "./ContributionsPanel.tsx";
import { PartnersPanel } from "./PartnersPanel.tsx";
import { PeoplePanel } from "./PeoplePanel.tsx";
import { PlacesPanel } from "./PlacesPanel.tsx";
import { ProjectTermsPanel } from "./ProjectTermsPanel.tsx";
import { QualificationPanel } from "./QualificationPanel.tsx";
import { RatesPanel } from "./RatesPanel.tsx";
import { RulePacksPanel } from "./RulePacksPanel.tsx";
import { SharesPanel } from "./SharesPanel.tsx";
import { consortiumKey } from "./queries.ts";

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
  // Everyone signs for their studio, but only producers and accountants read the deal: the others get the
  // documents alone.
  if (!detail.permissions.includes("consortium.read")) {
    return (
      <>
        <Notice tone="info">{t("consortium.documentsOnly")}</Notice>
        <DocumentsPanel detail={detail} />
      </>
    );
  }
  return <DealContent detail={detail} />;
}

function DealContent({ detail }: { detail: ProjectDetail }) {
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const consortium = useQuery({
    queryKey: consortiumKey(projectId),
    queryFn: () => api.consortium(projectId),
  });
  if (consortium.isPending) return <Loading />;
  if (consortium.isError) return <Notice tone="danger">{errorText(consortium.error)}</Notice>;
  const data = consortium.data;
  const canEdit = detail.permissions.includes("consortium.edit");
  const countries = [...new Set(data.partners.map((partner) => partner.country))];
  const currencyOf = (organizationId: string) =>
    detail.partners.find((partner) => partner.organizationId === organizationId)?.currency;
  const currencies = [
    ...new Set([
      data.reportingCurrency,
      ...data.partners.flatMap((partner) => currencyOf(partner.organizationId) ?? []),
      ...data.rates.map((rate) => rate.currency),
    ]),
  ];
  return (
    <>
      <ConsortiumProblems problems={data.problems} />
      <div className="consortium-layout">
        <div className="consortium-column">
          <SharesPanel projectId={projectId} consortium={data} canEdit={canEdit} />
          <ProjectTermsPanel
            projectId={projectId}
            consortium={data}
            currencies={currencies}
            canEdit={canEdit}
          />
        </div>
        <QualificationPanel projectId={projectId} />
      </div>
      <RulePacksPanel projectId={projectId} consortium={data} canEdit={canEdit} />
      <PartnersPanel projectId={projectId} consortium={data} canEdit={canEdit} />
      <ContributionsPanel
        projectId={projectId}
        consortium={data}
        canEdit={canEdit}
        canRecordFor={(organizationId) =>
          canEdit ||
          (detail.permissions.includes("contributions.edit") && organizationId === detail.organizationId)
        }
        currencyOf={currencyOf}
      />
      <RatesPanel projectId={projectId} consortium={data} currencies={currencies} canEdit={canEdit} />
      <PeoplePanel projectId={projectId} countries={countries} canEdit={canEdit} />
      <PlacesPanel projectId={projectId} countries={countries} currencies={currencies} canEdit={canEdit} />
      <DocumentsPanel detail={detail} />
      {detail.permissions.includes("audit.read") ? <AuditPanel detail={detail} /> : null}
    </>
  );
}

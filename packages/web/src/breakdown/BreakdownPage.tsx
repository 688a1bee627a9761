// /projects/:projectId/breakdown: everything the shoot needs, by category — a chart of the categories, the
// elements with their scheduling rules, the dictionary that suggests elements, and custom categories.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router-dom";
import { api } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { ProjectSection } from "../projects/ProjectSection.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { CategoryChart } from "./CategoryChart.tsx";
import { CustomCategoryForm, DictionaryPanel } from "./DictionaryPanel.tsx";
import { ElementsPanel } from "./ElementsPanel.tsx";
import { breakdownKeys, useCategories } from "./queries.ts";

export function BreakdownPage() {
  const { projectId = "" } = useParams();
  const t = useT();
  return (
    <ProjectSection projectId={projectId} title={t("breakdown.title")}>
      {(detail) => (
        <BreakdownContent projectId={projectId} canEdit={detail.permissions.includes("breakdown.edit")} />
      )}
    </ProjectSection>
  );
}

function BreakdownContent({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const [category, setCategory] = useState<string | null>(null);
  const categories = useCategories(projectId);
  const elements = useQuery({
    queryKey: breakdownKeys.elements(projectId),
    queryFn: () => api.breakdownElements(projectId),
  });
  if (categories.isPending || elements.isPending) return <Loading />;
  if (categories.isError) return <Notice tone="danger">{errorText(categories.error)}</Notice>;
  if (elements.isError) return <Notice tone="danger">{errorText(elements.error)}</Notice>;
  const all = categories.data.categories;
  return (
    <>
      <div className="breakdown-layout">
        <Panel id="categories-chart" title={t("breakdown.chart.title")}>
          <CategoryChart
            categories={all}
            elements={elements.data.elements}
            selected={category}
            onSelect={setCategory}
          />
          <p className="field__hint">{t("breakdown.chart.hint")}</p>
        </Panel>
        <ElementsPanel
          projectId={projectId}
          categories={all}
          elements={elements.data.elements}
          category={category}
          canEdit={canEdit}
        />
      </div>
      <DictionaryPanel projectId={projectId} categories={all} canEdit={canEdit} />
      {canEdit ? <CustomCategoryForm projectId={projectId} /> : null}
    </>
  );
}

// A page inside a project: loads the project (its titles and the caller's permissions), shows the shared
// header with the project's tabs, and hands the loaded project to the page's own content.
import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { api } from "../api/client.ts";
import type { ProjectDetail } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { Loading, PageHeader, useDocumentTitle } from "../ui/layout.tsx";
import { ProjectLoadFailure } from "./ProjectLoadFailure.tsx";
import { projectQueryKey } from "./ProjectPage.tsx";
import { ProjectTabs } from "./ProjectTabs.tsx";

export function ProjectSection({
  projectId,
  title,
  actions,
  children,
}: {
  projectId: string;
  title: string;
  actions?: ReactNode;
  children: (detail: ProjectDetail) => ReactNode;
}) {
  const t = useT();
  const { locale } = useLocale();
  const project = useQuery({ queryKey: projectQueryKey(projectId), queryFn: () => api.project(projectId) });
  const projectTitle = project.data ? pickText(project.data.project.titles, locale) : "";
  useDocumentTitle(
    project.isError ? t("project.notFound.title") : projectTitle ? `${title} · ${projectTitle}` : title,
  );

  if (project.isPending) return <Loading />;
  if (project.isError) return <ProjectLoadFailure error={project.error} />;
  return (
    <>
      <PageHeader
        before={
          <Link to={`/projects/${projectId}`} className="back-link">
            ← {projectTitle}
          </Link>
        }
        title={title}
        actions={actions}
      />
      <ProjectTabs projectId={projectId} />
      {children(project.data)}
    </>
  );
}

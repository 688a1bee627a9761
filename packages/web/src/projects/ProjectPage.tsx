// Project overview: titles and facts, the partner organizations, the episodes with their scripts,
// and the team.
// What the caller may change comes from the server's `permissions`; the server checks again.
import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { Link, useParams } from "react-router-dom";
import { api } from "../api/client.ts";
import type { ProjectDetail } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { languageName, pickText } from "../i18n/format.ts";
import { Badge } from "../ui/badges.tsx";
import { ProjectLoadFailure } from "./ProjectLoadFailure.tsx";
import { Loading, Notice, PageHeader, Panel, useDocumentTitle } from "../ui/layout.tsx";
import { ScriptsPanel } from "../scripts/ScriptsPanel.tsx";
import { ProjectTabs } from "./ProjectTabs.tsx";
import { EditProjectForm } from "./EditProjectForm.tsx";
import { MembersPanel } from "./MembersPanel.tsx";
import { PartnersPanel } from "./PartnersPanel.tsx";

export function projectQueryKey(projectId: string) {
  return ["project", projectId] as const;
}

export function ProjectPage() {
  const { projectId = "" } = useParams();
  const t = useT();
  const project = useQuery({ queryKey: projectQueryKey(projectId), queryFn: () => api.project(projectId) });
  const { locale } = useLocale();
  useDocumentTitle(
    project.data
      ? pickText(project.data.project.titles, locale)
      : project.isError
        ? t("project.notFound.title")
        : undefined,
  );

  if (project.isPending) return <Loading />;
  if (project.isError) return <ProjectLoadFailure error={project.error} />;
  return <ProjectOverview detail={project.data} />;
}

function ProjectOverview({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [isEditing, setIsEditing] = useState(false);
  const [hasConflict, setHasConflict] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const { project, permissions } = detail;
  const title = pickText(project.titles, locale);
  const otherTitle = pickText(project.titles, locale === "ru" ? "en" : "ru");
  const canUpdate = permissions.includes("project.update");

  return (
    <>
      <PageHeader
        before={
          <Link to="/" className="back-link">
            ← {t("project.back")}
          </Link>
        }
        title={<span data-testid="project-title">{title}</span>}
        subtitle={otherTitle !== title ? otherTitle : undefined}
        actions={
          canUpdate && !isEditing ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setIsEditing(true);
                setIsSaved(false);
              }}
            >
              {t("common.edit")}
            </button>
          ) : null
        }
      />
      <ProjectTabs projectId={project.id} />
      {hasConflict ? (
        <Notice tone="warning" onClose={() => setHasConflict(false)}>
          {t("project.edit.conflict")}
        </Notice>
      ) : null}
      {isSaved ? (
        <Notice tone="success" onClose={() => setIsSaved(false)}>
          {t("common.saved")}
        </Notice>
      ) : null}
      {isEditing ? (
        <Panel title={t("project.edit.title")}>
          <EditProjectForm
            key={project.version}
            project={project}
            onCancel={() => setIsEditing(false)}
            onSaved={() => {
              setIsEditing(false);
              setHasConflict(false);
              setIsSaved(true);
            }}
            onConflict={() => {
              setHasConflict(true);
              void queryClient.invalidateQueries({ queryKey: projectQueryKey(project.id) });
            }}
          />
        </Panel>
      ) : null}

      <dl className="facts">
        <div className="facts__item">
          <dt>{t("project.kind")}</dt>
          <dd>
            <Badge tone="accent">{t(`kind.${project.kind}`)}</Badge>
            {project.kind === "series" ? (
              <span className="facts__extra">
                {t("projects.episodes", { count: detail.episodes.length })}
              </span>
            ) : null}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t("project.genre")}</dt>
          <dd>{project.genre || <span className="muted">{t("common.notSet")}</span>}</dd>
        </div>
        <div className="facts__item facts__item--wide">
          <dt>{t("project.languages")}</dt>
          <dd>
            {project.languages.length > 0 ? (
              project.languages.map((code) => languageName(code, locale)).join(", ")
            ) : (
              <span className="muted">{t("common.notSet")}</span>
            )}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t("project.yourRole")}</dt>
          <dd>
            {detail.role ? (
              t(`projectRole.${detail.role}`)
            ) : (
              <span className="muted">{t("project.viewerOnly")}</span>
            )}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t("project.created")}</dt>
          <dd>
            <FormattedDate value={project.createdAt} dateStyle="long" />
          </dd>
        </div>
      </dl>

      <PartnersPanel detail={detail} />
      <ScriptsPanel detail={detail} />
      <MembersPanel detail={detail} />
    </>
  );
}

// "My projects": every project the user's organizations are partners of, one row each,
// plus the invitations to join an organization waiting for this user.
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { api } from "../api/client.ts";
import type { ProjectSummary } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { useMe } from "../session/session.ts";
import { Badge, CountryCode } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice, PageHeader, useDocumentTitle } from "../ui/layout.tsx";
import { MyInvitations } from "./MyInvitations.tsx";

export function ProjectsPage() {
  const t = useT();
  const errorText = useErrorText();
  const me = useMe();
  const projects = useQuery({ queryKey: ["projects"], queryFn: api.projects });
  useDocumentTitle(t("projects.title"));
  const hasOrganization = (me.data?.organizations.length ?? 0) > 0;
  const canStartProject =
    me.data?.organizations.some((organization) => organization.role === "admin") ?? false;

  return (
    <>
      <PageHeader
        title={t("projects.title")}
        subtitle={projects.data ? t("projects.count", { count: projects.data.projects.length }) : undefined}
        actions={
          canStartProject ? (
            <Link to="/projects/new" className="button button--primary">
              + {t("project.new.title")}
            </Link>
          ) : null
        }
      />
      <MyInvitations />
      {projects.isPending ? (
        <Loading />
      ) : projects.isError ? (
        <Notice tone="danger">{errorText(projects.error)}</Notice>
      ) : projects.data.projects.length === 0 ? (
        <EmptyState title={t("projects.empty.title")}>
          <p>{t("projects.empty.text")}</p>
          {canStartProject ? <p>{t("projects.empty.start")}</p> : null}
          {hasOrganization ? null : (
            <>
              <p>{t("projects.empty.noOrganization")}</p>
              <Link className="button button--primary" to="/organizations/new">
                {t("projects.empty.createOrganization")}
              </Link>
            </>
          )}
        </EmptyState>
      ) : (
        <ul className="project-list" data-testid="project-list">
          {projects.data.projects.map((project) => (
            <ProjectRow key={project.id} project={project} />
          ))}
        </ul>
      )}
    </>
  );
}

function ProjectRow({ project }: { project: ProjectSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const title = pickText(project.titles, locale);
  const otherTitle = pickText(project.titles, locale === "ru" ? "en" : "ru");
  const lead = project.partners.find((partner) => partner.role === "lead_producer");
  const partners = [...project.partners].sort((a, b) =>
    a.role === "lead_producer" ? -1 : b.role === "lead_producer" ? 1 : 0,
  );
  return (
    <li className="project-row">
      <div className="project-row__main">
        <Link
          to={`/projects/${project.id}`}
          className="project-row__title"
          aria-label={t("projects.open", { title })}
        >
          {title}
        </Link>
        {otherTitle && otherTitle !== title ? <span className="project-row__alt">{otherTitle}</span> : null}
        <div className="project-row__facts">
          <Badge tone="accent">{t(`kind.${project.kind}`)}</Badge>
          {project.kind === "series" ? (
            <span>{t("projects.episodes", { count: project.episodeCount })}</span>
          ) : null}
          {project.genre ? <span>{project.genre}</span> : null}
          {lead ? <span>{t("projects.lead", { organization: pickText(lead.names, locale) })}</span> : null}
          {project.role ? (
            <span>{t("projects.yourRole", { role: t(`projectRole.${project.role}`) })}</span>
          ) : null}
        </div>
      </div>
      <div className="project-row__partners">
        <div className="project-row__partners-label">
          {t("projects.partners", { count: partners.length })}
        </div>
        <ul className="country-list">
          {partners.map((partner) => (
            <li key={partner.organizationId} title={pickText(partner.names, locale)}>
              <CountryCode code={partner.country} />
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}

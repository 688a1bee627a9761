// /projects/:projectId/scripts: every episode (or the feature) with its latest draft and the earlier
// ones, and, for those allowed to, the import of a new draft.
import { useQuery } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { Link, useParams } from "react-router-dom";
import { api } from "../api/client.ts";
import type { ProjectDetail, Script } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { projectQueryKey } from "../projects/ProjectPage.tsx";
import { ProjectLoadFailure } from "../projects/ProjectLoadFailure.tsx";
import { ProjectTabs } from "../projects/ProjectTabs.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice, PageHeader, Panel, useDocumentTitle } from "../ui/layout.tsx";
import { formatEighths, formatScreenTime } from "./format.ts";
import { HeadingWordsPanel } from "./HeadingWordsPanel.tsx";
import { ImportPanel } from "./ImportPanel.tsx";
import { useScripts } from "./queries.ts";
import { DraftName } from "./RevisionSwatch.tsx";

export function ScriptsPage() {
  const { projectId = "" } = useParams();
  const t = useT();
  const project = useQuery({ queryKey: projectQueryKey(projectId), queryFn: () => api.project(projectId) });
  useDocumentTitle(project.isError ? t("project.notFound.title") : undefined);

  if (project.isPending) return <Loading />;
  if (project.isError) return <ProjectLoadFailure error={project.error} />;
  return <ScriptsOverview detail={project.data} />;
}

interface Row {
  key: string;
  episodeNumber: number | null;
  title: string;
  script: Script | undefined;
}

function ScriptsOverview({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const { locale } = useLocale();
  const projectId = detail.project.id;
  const projectTitle = pickText(detail.project.titles, locale);
  const scripts = useScripts(projectId);
  const isSeries = detail.project.kind === "series";
  const canImport = detail.permissions.includes("scripts.import");
  useDocumentTitle(`${t("scripts.title")} · ${projectTitle}`);

  const all = scripts.data?.scripts ?? [];
  const rows: Row[] = isSeries
    ? [...detail.episodes]
        .sort((a, b) => a.number - b.number)
        .map((episode) => ({
          key: episode.id,
          episodeNumber: episode.number,
          title: pickText(episode.titles, locale),
          script: all.find((script) => script.episodeNumber === episode.number),
        }))
    : [{ key: "feature", episodeNumber: null, title: "", script: all.find((s) => s.episodeNumber === null) }];

  return (
    <>
      <PageHeader
        before={
          <Link to={`/projects/${projectId}`} className="back-link">
            ← {projectTitle}
          </Link>
        }
        title={t("scripts.title")}
      />
      <ProjectTabs projectId={projectId} />
      {canImport ? <ImportPanel detail={detail} scripts={all} /> : null}
      {detail.permissions.includes("project.update") ? (
        <HeadingWordsPanel key={detail.project.version} project={detail.project} />
      ) : null}
      <Panel id="scripts" title={isSeries ? t("scripts.episodes.title") : t("scripts.feature.title")} flush>
        {scripts.isError ? <Notice tone="danger">{errorText(scripts.error)}</Notice> : null}
        {scripts.isPending ? (
          <Loading />
        ) : (
          <table className="table scripts-table" data-testid="scripts">
            <thead>
              <tr>
                <th scope="col">{t("scripts.column.episode")}</th>
                <th scope="col">{t("scripts.column.draft")}</th>
                <th scope="col" className="numeric">
                  {t("scripts.column.scenes")}
                </th>
                <th scope="col" className="numeric">
                  {t("scripts.column.pages")}
                </th>
                <th scope="col" className="numeric" title={t("scripts.screenTimeHint")}>
                  {t("scripts.column.screenTime")}
                </th>
                <th scope="col">{t("scripts.column.warnings")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ScriptRow
                  key={row.key}
                  projectId={projectId}
                  row={row}
                  screenSeconds={row.script?.drafts[0]?.screenSeconds}
                />
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}

function ScriptRow({
  projectId,
  row,
  screenSeconds,
}: {
  projectId: string;
  row: Row;
  screenSeconds: number | undefined;
}) {
  const t = useT();
  const [latest, ...earlier] = row.script?.drafts ?? [];
  const draftPath = (draftId: string) => `/projects/${projectId}/scripts/drafts/${draftId}`;
  return (
    <tr data-episode={row.episodeNumber ?? "feature"}>
      <td className="scripts-table__episode">
        <div className="table__strong">
          {row.episodeNumber === null
            ? t("scripts.feature")
            : t("project.episodes.number", { number: row.episodeNumber })}
        </div>
        {row.title ? <div className="small muted">{row.title}</div> : null}
      </td>
      {latest ? (
        <>
          <td>
            <Link to={draftPath(latest.id)} className="scripts-table__draft">
              <DraftName draft={latest} />
            </Link>
            <div className="small muted scripts-table__file">
              <span title={latest.fileName}>{latest.fileName}</span> ·{" "}
              <FormattedDate value={latest.importedAt} dateStyle="medium" timeStyle="short" />
            </div>
            {earlier.length > 0 ? (
              <details className="earlier-drafts">
                <summary>{t("scripts.earlier", { count: earlier.length })}</summary>
                <ul className="earlier-drafts__list">
                  {earlier.map((draft) => (
                    <li key={draft.id}>
                      <Link to={draftPath(draft.id)}>
                        <DraftName draft={draft} />
                      </Link>
                      <span className="small muted">
                        {" · "}
                        <FormattedDate value={draft.importedAt} dateStyle="short" /> ·{" "}
                        {t("scripts.sceneCount", { count: draft.sceneCount })}
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </td>
          <td className="numeric">{t("scripts.sceneCount", { count: latest.sceneCount })}</td>
          <td className="numeric">{t("scripts.pages", { pages: formatEighths(latest.eighths) })}</td>
          <td className="numeric">
            {screenSeconds === undefined ? <span className="muted">…</span> : formatScreenTime(screenSeconds)}
          </td>
          <td>
            {latest.warningCount > 0 ? (
              <span className="badge badge--invited">
                {t("scripts.warningCount", { count: latest.warningCount })}
              </span>
            ) : (
              <span className="muted">{t("scripts.warningCount", { count: 0 })}</span>
            )}
          </td>
        </>
      ) : (
        <td colSpan={5} className="scripts-table__none">
          {t("scripts.noScript")}
        </td>
      )}
    </tr>
  );
}

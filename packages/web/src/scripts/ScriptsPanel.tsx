// The project page's list of episodes (or the feature's one script), each with its latest draft,
// and the way to the scripts page.
import { Link } from "react-router-dom";
import type { ProjectDetail, Script } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { Notice, Panel } from "../ui/layout.tsx";
import { useErrorText } from "../ui/errors.ts";
import { formatEighths } from "./format.ts";
import { useScripts } from "./queries.ts";
import { RevisionSwatch } from "./RevisionSwatch.tsx";

export function ScriptsPanel({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const scripts = useScripts(projectId);
  const isSeries = detail.project.kind === "series";
  const episodes = [...detail.episodes].sort((a, b) => a.number - b.number);
  const scriptOf = (episodeNumber: number | null): Script | undefined =>
    scripts.data?.scripts.find((script) => script.episodeNumber === episodeNumber);

  return (
    <Panel
      id="episodes"
      title={isSeries ? t("project.episodes.title") : t("scripts.feature.title")}
      meta={isSeries && episodes.length > 0 ? String(episodes.length) : undefined}
      actions={
        <Link to={`/projects/${projectId}/scripts`} className="button button--small">
          {t("scripts.link")} →
        </Link>
      }
      flush
    >
      {scripts.isError ? <Notice tone="danger">{errorText(scripts.error)}</Notice> : null}
      {!isSeries ? (
        <div className="panel__body">
          <LatestDraft projectId={projectId} script={scriptOf(null)} isLoading={scripts.isPending} wide />
        </div>
      ) : episodes.length === 0 ? (
        <p className="panel__empty">{t("project.episodes.empty")}</p>
      ) : (
        <ol className="episode-list">
          {episodes.map((episode) => (
            <li key={episode.id} className="episode-list__item">
              <span className="episode-list__number">
                {t("project.episodes.number", { number: episode.number })}
              </span>
              <span className="episode-list__main">
                <span className="episode-list__title">
                  {pickText(episode.titles, locale) || (
                    <span className="muted">{t("project.episodes.untitled")}</span>
                  )}
                </span>
                <LatestDraft
                  projectId={projectId}
                  script={scriptOf(episode.number)}
                  isLoading={scripts.isPending}
                />
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

function LatestDraft({
  projectId,
  script,
  isLoading,
  wide,
}: {
  projectId: string;
  script: Script | undefined;
  isLoading: boolean;
  wide?: boolean;
}) {
  const t = useT();
  if (isLoading) return null;
  const draft = script?.drafts[0];
  if (!draft)
    return (
      <span className="episode-list__draft muted">{wide ? t("scripts.empty") : t("scripts.noScript")}</span>
    );
  return (
    <Link to={`/projects/${projectId}/scripts/drafts/${draft.id}`} className="episode-list__draft">
      <RevisionSwatch color={draft.color} />
      <span>{t("scripts.draft", { number: draft.number })}</span>
      <span className="muted">{t("scripts.sceneCount", { count: draft.sceneCount })}</span>
      <span className="muted">{t("scripts.pages", { pages: formatEighths(draft.eighths) })}</span>
    </Link>
  );
}

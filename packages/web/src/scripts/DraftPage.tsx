// /projects/:projectId/scripts/drafts/:draftId: one draft's scenes as strips beside its text laid out
// as a screenplay, and the warnings of its import. Choosing a scene or a warning scrolls the text there.
import { useCallback, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { Link, useParams } from "react-router-dom";
import { ApiError, api } from "../api/client.ts";
import type { Scene, ScriptDraft, Setting } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { projectQueryKey } from "../projects/ProjectPage.tsx";
import { useErrorText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice, PageHeader, Panel, useDocumentTitle } from "../ui/layout.tsx";
import { formatEighths, formatScreenTime, stripColors, type StripColor } from "./format.ts";
import { draftQuery } from "./queries.ts";
import { DraftName } from "./RevisionSwatch.tsx";
import { Screenplay } from "./Screenplay.tsx";
import { WarningList } from "./WarningList.tsx";

export function DraftPage() {
  const { projectId = "", draftId = "" } = useParams();
  const t = useT();
  const errorText = useErrorText();
  const draft = useQuery(draftQuery(projectId, draftId));
  useDocumentTitle(draft.isError ? t("draft.notFound.title") : undefined);

  if (draft.isPending) return <Loading />;
  if (draft.isError) {
    if (draft.error instanceof ApiError && draft.error.status === 404)
      return (
        <EmptyState title={t("draft.notFound.title")}>
          <p>{t("draft.notFound.text")}</p>
          <Link to={`/projects/${projectId}/scripts`} className="button">
            {t("draft.back")}
          </Link>
        </EmptyState>
      );
    return <Notice tone="danger">{errorText(draft.error)}</Notice>;
  }
  return <DraftView projectId={projectId} data={draft.data} />;
}

const settingKeys = { INT: "setting.INT", EXT: "setting.EXT", "INT/EXT": "setting.INT_EXT" } as const;

function DraftView({ projectId, data }: { projectId: string; data: ScriptDraft }) {
  const t = useT();
  const { locale } = useLocale();
  const project = useQuery({ queryKey: projectQueryKey(projectId), queryFn: () => api.project(projectId) });
  const { draft, scenes, elements, warnings } = data;
  const title =
    draft.episodeNumber === null
      ? t("draft.titleFeature", { number: draft.number })
      : t("draft.title", { episode: draft.episodeNumber, number: draft.number });
  const projectTitle = project.data ? pickText(project.data.project.titles, locale) : "";
  useDocumentTitle(projectTitle ? `${title} · ${projectTitle}` : title);
  const screenSeconds = scenes.reduce((total, scene) => total + scene.screenSeconds, 0);

  const screenplayRef = useRef<HTMLDivElement>(null);
  const [selectedLine, setSelectedLine] = useState<number | null>(null);
  /** Scrolls the text to the block holding `line`: the last one starting at or before it. */
  const scrollToLine = useCallback((line: number) => {
    const container = screenplayRef.current;
    if (!container) return;
    let target: HTMLElement | undefined;
    for (const node of container.querySelectorAll<HTMLElement>("[data-line]")) {
      if (Number(node.dataset.line) > line) break;
      target = node;
    }
    setSelectedLine(line);
    container.scrollIntoView({ block: "nearest", behavior: "smooth" });
    container.scrollTo({ top: Math.max(0, (target?.offsetTop ?? 0) - 16), behavior: "smooth" });
  }, []);

  return (
    <>
      <PageHeader
        before={
          <Link to={`/projects/${projectId}/scripts`} className="back-link">
            ← {t("draft.back")}
            {projectTitle ? ` · ${projectTitle}` : ""}
          </Link>
        }
        title={title}
      />
      <dl className="facts">
        <div className="facts__item">
          <dt>{t("draft.revision")}</dt>
          <dd>
            <DraftName draft={draft} />
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t("draft.scenes")}</dt>
          <dd>{t("scripts.sceneCount", { count: scenes.length })}</dd>
        </div>
        <div className="facts__item">
          <dt>{t("draft.pages")}</dt>
          <dd>{t("scripts.pages", { pages: formatEighths(draft.eighths) })}</dd>
        </div>
        <div className="facts__item">
          <dt title={t("scripts.screenTimeHint")}>{t("draft.screenTime")}</dt>
          <dd className="numeric">{formatScreenTime(screenSeconds)}</dd>
        </div>
        <div className="facts__item facts__item--wide">
          <dt>{t("draft.file")}</dt>
          <dd>
            <span className="facts__file">{draft.fileName}</span>
            <span className="facts__extra">
              <FormattedDate value={draft.importedAt} dateStyle="medium" timeStyle="short" />
            </span>
          </dd>
        </div>
      </dl>

      {warnings.length > 0 ? (
        <Panel id="warnings" title={t("draft.warnings.title")} meta={String(warnings.length)}>
          <WarningList warnings={warnings} onLine={scrollToLine} />
          <p className="field__hint">{t("draft.warnings.hint")}</p>
        </Panel>
      ) : null}

      {data.omittedScenes.length > 0 ? (
        <Panel id="omitted" title={t("draft.omitted.title")} meta={String(data.omittedScenes.length)}>
          <ul className="omitted-list">
            {data.omittedScenes.map((scene) => (
              <li key={scene.lineageId}>
                <span className="scene-table__number">{scene.number ?? "—"}</span> {scene.heading}
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}

      <div className="draft-layout">
        <Panel id="scenes" title={t("draft.sceneList.title")} meta={String(scenes.length)} flush>
          <div className="draft-layout__scroll">
            {scenes.length === 0 ? (
              <p className="panel__empty">{t("draft.scene.noScenes")}</p>
            ) : (
              <SceneTable scenes={scenes} selectedLine={selectedLine} onChoose={scrollToLine} />
            )}
          </div>
        </Panel>
        <Panel id="screenplay" title={t("draft.screenplay.title")} flush>
          <div className="draft-layout__scroll draft-layout__scroll--paper" ref={screenplayRef}>
            <Screenplay elements={elements} selectedLine={selectedLine} />
          </div>
        </Panel>
      </div>
    </>
  );
}

function SceneTable({
  scenes,
  selectedLine,
  onChoose,
}: {
  scenes: readonly Scene[];
  selectedLine: number | null;
  onChoose: (line: number) => void;
}) {
  const t = useT();
  const strips = stripColors(scenes);
  const settingLabel = (setting: Setting | null) => (setting ? `${t(settingKeys[setting])} ` : "");
  return (
    <table className="table scene-table" data-testid="scene-list">
      <thead>
        <tr>
          <th scope="col" className="scene-table__strip">
            <span className="visually-hidden">{t("strip.none")}</span>
          </th>
          <th scope="col">{t("draft.scene.number")}</th>
          <th scope="col">{t("draft.scene.scene")}</th>
          <th scope="col">{t("draft.scene.time")}</th>
          <th scope="col" className="numeric" title={t("draft.scene.storyDayFull")}>
            {t("draft.scene.storyDay")}
          </th>
          <th scope="col" className="numeric">
            {t("draft.scene.pages")}
          </th>
          <th scope="col" className="numeric" title={t("scripts.screenTimeHint")}>
            {t("draft.scene.screenTime")}
          </th>
        </tr>
      </thead>
      <tbody>
        {scenes.map((scene, index) => {
          const strip: StripColor | null = strips[index] ?? null;
          return (
            <tr
              key={scene.id}
              className={`scene-row${selectedLine === scene.line ? " is-selected" : ""}`}
              onClick={() => onChoose(scene.line)}
            >
              <td className="scene-table__strip">
                <span
                  className={`strip strip--${strip ?? "none"}`}
                  title={t(`strip.${strip ?? "none"}`)}
                  aria-label={t(`strip.${strip ?? "none"}`)}
                  role="img"
                />
              </td>
              <td className="scene-table__number">
                {scene.number ?? "—"}
                {scene.revision === "changed" || scene.revision === "added" ? (
                  <span className={`revision-mark revision-mark--${scene.revision}`}>
                    {t(`draft.revision.${scene.revision}`)}
                  </span>
                ) : null}
              </td>
              <td className="scene-table__scene">
                <button type="button" className="link-button scene-table__heading">
                  {settingLabel(scene.setting)}
                  {scene.location}
                </button>
                {scene.characters.length > 0 ? (
                  <div className="scene-table__characters">{scene.characters.join(", ")}</div>
                ) : null}
              </td>
              <td className="scene-table__time" title={scene.timeText ?? undefined}>
                {scene.time ? t(`time.${scene.time}`) : (scene.timeText ?? <span className="muted">—</span>)}
              </td>
              <td className="numeric">{scene.storyDay ?? <span className="muted">—</span>}</td>
              <td className="numeric">{formatEighths(scene.eighths)}</td>
              <td className="numeric">{formatScreenTime(scene.screenSeconds)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

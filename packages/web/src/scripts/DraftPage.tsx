// /projects/:projectId/scripts/drafts/:draftId: one draft's scenes as strips beside its text laid out
// as a screenplay (or beside its translation), the chosen scene's breakdown, and the warnings of its
// import. Choosing a scene or a warning scrolls the text there; selecting words in the text tags them.
import { useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { Link, useParams } from "react-router-dom";
import { ApiError, api } from "../api/client.ts";
import type { Scene, ScriptDraft, Setting } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { projectQueryKey } from "../projects/ProjectPage.tsx";
import { ProjectTabs } from "../projects/ProjectTabs.tsx";
import { useErrorText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice, PageHeader, Panel, useDocumentTitle } from "../ui/layout.tsx";
import { formatEighths, formatScreenTime, stripColors, type StripColor } from "./format.ts";
import { draftQuery } from "./queries.ts";
import { DraftName } from "./RevisionSwatch.tsx";
import { Screenplay } from "./Screenplay.tsx";
import { SideBySide } from "./SideBySide.tsx";
import { TranslationImport, translationsKey } from "./TranslationImport.tsx";
import { SceneBreakdownPanel } from "../breakdown/SceneBreakdownPanel.tsx";
import { TagBar, useTextSelection } from "../breakdown/TagSelection.tsx";
import { useCategories } from "../breakdown/queries.ts";
import { languageName } from "../i18n/format.ts";
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
  const permissions = project.data?.permissions ?? [];
  const canTag = permissions.includes("breakdown.edit");
  const categories = useCategories(projectId);
  const translations = useQuery({
    queryKey: translationsKey(projectId, draft.id),
    queryFn: () => api.translations(projectId, draft.id),
  });
  const [language, setLanguage] = useState("");
  const sideBySide = language !== "" && translations.data?.languages.includes(language);

  const screenplayRef = useRef<HTMLDivElement>(null);
  const [selectedLine, setSelectedLine] = useState<number | null>(null);
  /** Scrolls the text to the block holding `line`: the last one starting at or before it. */
  const scrollToLine = (line: number) => {
    const container = screenplayRef.current;
    if (!container) return;
    let target: HTMLElement | undefined;
    for (const node of container.querySelectorAll<HTMLElement>("[data-line]")) {
      if (Number(node.dataset.line) > line) break;
      target = node;
    }
    setSelectedLine(sceneAt(scenes, line)?.line ?? line);
    container.scrollIntoView({ block: "nearest", behavior: "smooth" });
    container.scrollTo({ top: Math.max(0, (target?.offsetTop ?? 0) - 16), behavior: "smooth" });
  };
  const { selection, clear } = useTextSelection(screenplayRef);
  const selectionScene = selection ? sceneAt(scenes, selection.line) : undefined;
  const selectedScene = selectedLine === null ? undefined : sceneAt(scenes, selectedLine);

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
        actions={
          <>
            <a
              className="button button--ghost"
              href={api.breakdownSheetUrl(projectId, draft.id, "pdf", locale)}
              download
            >
              {t("draft.export.pdf")}
            </a>
            <a
              className="button button--ghost"
              href={api.breakdownSheetUrl(projectId, draft.id, "csv", locale)}
              download
            >
              {t("draft.export.csv")}
            </a>
          </>
        }
      />
      <ProjectTabs projectId={projectId} />
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

      <div className={sideBySide ? "draft-layout draft-layout--wide-text" : "draft-layout"}>
        <Panel id="scenes" title={t("draft.sceneList.title")} meta={String(scenes.length)} flush>
          <div className="draft-layout__scroll">
            {scenes.length === 0 ? (
              <p className="panel__empty">{t("draft.scene.noScenes")}</p>
            ) : (
              <SceneTable scenes={scenes} selectedLine={selectedLine} onChoose={scrollToLine} />
            )}
          </div>
        </Panel>
        <Panel
          id="screenplay"
          title={t("draft.screenplay.title")}
          flush
          actions={
            translations.data && translations.data.languages.length > 0 ? (
              <label className="inline-label">
                {t("translation.sideBySide")}
                <select value={language} onChange={(event) => setLanguage(event.target.value)}>
                  <option value="">{t("translation.none")}</option>
                  {translations.data.languages.map((code) => (
                    <option key={code} value={code}>
                      {languageName(code, locale)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null
          }
        >
          <div className="draft-layout__scroll draft-layout__scroll--paper" ref={screenplayRef}>
            {sideBySide ? (
              <SideBySide
                elements={elements}
                scenes={scenes}
                translations={translations.data?.scenes ?? []}
                language={language}
                selectedLine={selectedLine}
              />
            ) : (
              <Screenplay elements={elements} selectedLine={selectedLine} />
            )}
            {canTag && selection && selectionScene ? (
              <TagBar
                projectId={projectId}
                sceneId={selectionScene.id}
                selection={selection}
                categories={categories.data?.categories ?? []}
                onDone={() => {
                  clear();
                  setSelectedLine(selectionScene.line);
                }}
              />
            ) : null}
          </div>
          {canTag ? <p className="field__hint panel__footnote">{t("tagBar.hint")}</p> : null}
        </Panel>
        <SceneBreakdownPanel
          projectId={projectId}
          draftId={draft.id}
          sceneId={selectedScene?.id ?? null}
          canEdit={canTag}
          canEditScene={permissions.includes("scenes.edit")}
        />
      </div>
      {permissions.includes("scripts.import") ? (
        <Panel id="translation-import" title={t("translation.import.title")}>
          <p className="panel__intro">{t("translation.import.intro")}</p>
          <TranslationImport projectId={projectId} draftId={draft.id} />
        </Panel>
      ) : null}
    </>
  );
}

/** The scene a line belongs to: the last one whose heading is at or before it. */
function sceneAt(scenes: readonly Scene[], line: number): Scene | undefined {
  let found: Scene | undefined;
  for (const scene of scenes) {
    if (scene.line > line) break;
    found = scene;
  }
  return found;
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

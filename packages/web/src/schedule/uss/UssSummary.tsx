// What a .uss file would make of the project, as the server's preview counts it: scenes found and those it cannot
// find (each at its place in the file), shifts and their calendar, breakdown elements found and new, and what a
// Kinomost board does not carry.
import { formatIsoDate } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { UssImportSummary, UssUnmatchedScene } from "./api.ts";

const shownScenes = 10;

export function UssSummary({ summary }: { summary: UssImportSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const { scenes, elements, ignored } = summary;
  const sceneName = (scene: UssUnmatchedScene) =>
    scene.number === null
      ? t("uss.summary.noNumber")
      : scene.episode === null
        ? t("uss.summary.scene", { number: scene.number })
        : t("uss.summary.episodeScene", { episode: scene.episode, number: scene.number });
  return (
    <section className="uss-summary" aria-label={t("uss.summary.title")} data-testid="uss-summary">
      <h4 className="uss-summary__title">{t("uss.summary.title")}</h4>
      <ul className="uss-summary__facts">
        <li>{t("uss.summary.scenes", { matched: scenes.matched, total: scenes.onStripboard })}</li>
        <li>
          {t("uss.summary.days", {
            days: summary.days,
            scenes: summary.scheduledScenes,
            boneyard: summary.boneyard,
          })}
        </li>
        <li>
          {t("uss.summary.calendar", {
            first: formatIsoDate(summary.calendar.firstDate, locale),
            last: formatIsoDate(summary.calendar.lastDate, locale),
          })}
        </li>
        <li>{t("uss.summary.elements", { found: elements.found, created: elements.created })}</li>
        {elements.categoriesCreated.length > 0 ? (
          <li>{t("uss.summary.categories", { names: elements.categoriesCreated.join(", ") })}</li>
        ) : null}
        {elements.tagsSuggested > 0 ? (
          <li>{t("uss.summary.tags", { count: elements.tagsSuggested })}</li>
        ) : null}
        {ignored.scenesAfterLastDay > 0 ? (
          <li>{t("uss.summary.afterLastDay", { count: ignored.scenesAfterLastDay })}</li>
        ) : null}
        {ignored.banners + ignored.calendarEvents + ignored.elementEvents > 0 ? (
          <li className="muted">{t("uss.summary.ignored", { ...ignored })}</li>
        ) : null}
        {summary.notes.length > 0 ? (
          <li
            className="muted"
            title={summary.notes.map((note) => `${note.path}: ${note.message}`).join("\n")}
          >
            {t("uss.summary.notes", { count: summary.notes.length })}
          </li>
        ) : null}
      </ul>
      {scenes.unmatched.length > 0 ? (
        <div className="uss-summary__unmatched" data-testid="uss-unmatched">
          <p>{t("uss.summary.unmatched")}</p>
          <ul>
            {scenes.unmatched.slice(0, shownScenes).map((scene) => (
              <li key={scene.path}>
                <code>{scene.path}</code> — {sceneName(scene)}: {t(`uss.summary.reason.${scene.reason}`)}
              </li>
            ))}
            {scenes.unmatched.length > shownScenes ? (
              <li>{t("uss.import.more", { count: scenes.unmatched.length - shownScenes })}</li>
            ) : null}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

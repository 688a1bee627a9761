// The script beside its translation, scene by scene: the original on the left, the chosen language on the
// right, aligned at every scene heading so a Kazakh or English reader follows the same scene.
import type { Scene, SceneTranslation, ScreenplayElement } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { Screenplay } from "./Screenplay.tsx";

/** The elements split at each scene heading; what comes before the first heading is its own part. */
export function splitAtHeadings(elements: readonly ScreenplayElement[]) {
  const parts: { headingLine: number | null; elements: ScreenplayElement[] }[] = [];
  for (const element of elements) {
    if (element.kind === "heading" || parts.length === 0) {
      parts.push({ headingLine: element.kind === "heading" ? element.line : null, elements: [] });
    }
    parts[parts.length - 1]!.elements.push(element);
  }
  return parts;
}

export function SideBySide({
  elements,
  scenes,
  translations,
  language,
  selectedLine,
}: {
  elements: readonly ScreenplayElement[];
  scenes: readonly Scene[];
  translations: readonly SceneTranslation[];
  language: string;
  selectedLine: number | null;
}) {
  const t = useT();
  const byLineage = new Map(
    translations.filter((row) => row.language === language).map((row) => [row.lineageId, row]),
  );
  return (
    <div className="side-by-side" data-testid="side-by-side">
      {splitAtHeadings(elements).map((part, index) => {
        const scene = scenes.find((candidate) => candidate.line === part.headingLine);
        const translation = scene ? byLineage.get(scene.lineageId) : undefined;
        return (
          <div className="side-by-side__row" key={part.headingLine ?? `start-${index}`}>
            <div className="side-by-side__original">
              <Screenplay elements={part.elements} selectedLine={selectedLine} />
            </div>
            <div className="side-by-side__translation" lang={language}>
              {translation ? (
                <Screenplay elements={translation.elements} selectedLine={null} />
              ) : scene ? (
                <p className="side-by-side__missing">{t("translation.missing")}</p>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}

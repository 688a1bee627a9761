// What follows the pointer while strips are dragged: the first strip's scene and heading, and how many more.
import type { Board } from "../../api/types.ts";
import { useT } from "../../i18n/locale.tsx";

export function DragPreview({ board, strips }: { board: Board; strips: readonly string[] }) {
  const t = useT();
  const scene = board.scenes.find((candidate) => candidate.lineageId === strips[0]);
  if (!scene) return null;
  return (
    <div className="strip-drag" data-testid="strip-drag">
      <span className="strip-drag__label">{scene.label}</span>
      <span className="strip-drag__heading">{scene.heading}</span>
      {strips.length > 1 ? (
        <span className="strip-drag__more">{t("schedule.edit.andMore", { count: strips.length - 1 })}</span>
      ) : null}
    </div>
  );
}

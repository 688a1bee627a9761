// One strip: the scene's label, heading, cast board ids, pages and хронометраж, and its location with the
// country, on the colour of its INT/EXT and day/night; a box to choose it for the optimizer.
import { memo } from "react";
import { useT } from "../i18n/locale.tsx";
import { formatEighths, formatScreenTime } from "../scripts/format.ts";
import { CountryCode } from "../ui/badges.tsx";
import type { StripRow } from "./board-rows.ts";

export const StripLine = memo(function StripLine({
  row,
  index,
  setSize,
  selectable,
  isSelected,
  onToggle,
}: {
  row: StripRow;
  /** Where the strip stands in the whole board (1-based), for screen readers: only some rows are mounted. */
  index: number;
  setSize: number;
  selectable: boolean;
  isSelected: boolean;
  onToggle: (lineageId: string) => void;
}) {
  const t = useT();
  const { scene } = row;
  const color = row.color ?? "none";
  return (
    <div
      className={`strip-row strip-row--${color}${isSelected ? " is-selected" : ""}`}
      role="listitem"
      aria-posinset={index}
      aria-setsize={setSize}
      data-testid="strip"
      data-color={color}
      data-scene={scene.label}
    >
      {selectable ? (
        <span className="strip-row__check">
          <input
            type="checkbox"
            checked={isSelected}
            aria-label={t("schedule.board.choose", { label: scene.label })}
            onChange={() => onToggle(scene.lineageId)}
          />
        </span>
      ) : null}
      <span className="strip-row__label">
        {scene.label}
        {scene.locked ? (
          <svg
            className="strip-row__lock"
            viewBox="0 0 12 12"
            role="img"
            aria-label={t("schedule.board.locked")}
          >
            <title>{t("schedule.board.locked")}</title>
            <rect x="2" y="5" width="8" height="6" rx="1" />
            <path d="M4 5V3.5a2 2 0 0 1 4 0V5" fill="none" strokeWidth="1.4" />
          </svg>
        ) : null}
      </span>
      <span className="strip-row__heading" title={scene.heading}>
        {scene.heading}
      </span>
      <span className="strip-row__cast" title={scene.castBoardIds.join(", ")}>
        {scene.castBoardIds.join(", ")}
      </span>
      <span className="strip-row__pages numeric">{formatEighths(scene.eighths)}</span>
      <span className="strip-row__time numeric">{formatScreenTime(scene.screenSeconds)}</span>
      <span className="strip-row__location" title={scene.location?.name}>
        {scene.location ? (
          <>
            <CountryCode code={scene.location.country} />
            <span className="strip-row__place">{scene.location.name}</span>
          </>
        ) : (
          <span className="muted">{t("schedule.board.noLocation")}</span>
        )}
      </span>
    </div>
  );
});

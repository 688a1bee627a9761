// One strip: the scene's label, heading, cast board ids, pages and хронометраж, and its location with the
// country, on the colour of its INT/EXT and day/night; a box to choose it, and on a draft the user may change, a
// padlock, a drag by the pointer and moves by the keyboard (Alt+↑/↓ in the day, Alt+Shift+↑/↓ to another day).
import { memo, type KeyboardEvent } from "react";
import { useDraggable } from "@dnd-kit/core";
import { useT } from "../i18n/locale.tsx";
import { formatEighths, formatScreenTime } from "../scripts/format.ts";
import { CountryCode } from "../ui/badges.tsx";
import type { StripRow } from "./board-rows.ts";
import { LockToggle } from "./board-edit/LockToggle.tsx";
import type { KeyMove } from "./board-edit/placement.ts";

/** Where a dragged strip would land, drawn on the row it is over. */
export type DropSide = "before" | "after";

export interface StripActions {
  onToggle: (lineageId: string) => void;
  onLock: (lineageId: string, locked: boolean) => void;
  onKeyMove: (lineageId: string, move: KeyMove) => void;
  /** Focus the strip above (-1) or below (1). */
  onStep: (lineageId: string, step: -1 | 1) => void;
}

function keyMoveOf(event: KeyboardEvent): KeyMove | null {
  if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return null;
  const isUp = event.key === "ArrowUp";
  if (event.shiftKey) return isUp ? "previous-day" : "next-day";
  return isUp ? "up" : "down";
}

export const StripLine = memo(function StripLine({
  row,
  index,
  setSize,
  selectable,
  editable,
  isSelected,
  isDimmed,
  isDragged,
  dropSide,
  actions,
}: {
  row: StripRow;
  /** Where the strip stands in the whole board (1-based), for screen readers: only some rows are mounted. */
  index: number;
  setSize: number;
  selectable: boolean;
  /** The strip may be dragged, moved by keys and locked. */
  editable: boolean;
  isSelected: boolean;
  /** A filter is on and the strip does not match it. */
  isDimmed: boolean;
  /** The strip is among those being dragged. */
  isDragged: boolean;
  dropSide: DropSide | null;
  actions: StripActions;
}) {
  const t = useT();
  const { scene } = row;
  const color = row.color ?? "none";
  const { setNodeRef, listeners, attributes } = useDraggable({
    id: scene.lineageId,
    disabled: !editable,
    attributes: { role: "listitem", roleDescription: t("schedule.edit.strip"), tabIndex: 0 },
  });
  const lockLabel = scene.locked
    ? row.isDayLocked
      ? t("schedule.edit.lockedWithDay")
      : t("schedule.edit.unlockStrip", { label: scene.label })
    : t("schedule.edit.lockStrip", { label: scene.label });
  const classes = [
    "strip-row",
    `strip-row--${color}`,
    isSelected ? "is-selected" : "",
    isDimmed ? "is-dimmed" : "",
    isDragged ? "is-dragged" : "",
    editable ? "is-editable" : "",
    dropSide ? `is-drop-${dropSide}` : "",
  ];
  return (
    <div
      ref={editable ? setNodeRef : undefined}
      {...(editable ? listeners : {})}
      className={classes.filter(Boolean).join(" ")}
      role="listitem"
      tabIndex={editable ? 0 : undefined}
      aria-roledescription={editable ? attributes["aria-roledescription"] : undefined}
      aria-describedby={editable ? attributes["aria-describedby"] : undefined}
      aria-posinset={index}
      aria-setsize={setSize}
      aria-label={editable ? `${scene.label} ${scene.heading}` : undefined}
      data-testid="strip"
      data-color={color}
      data-scene={scene.label}
      data-lineage={scene.lineageId}
      data-locked={scene.locked ? "true" : undefined}
      onKeyDown={
        editable
          ? (event) => {
              if (event.target !== event.currentTarget) return;
              const move = keyMoveOf(event);
              if (move) {
                event.preventDefault();
                actions.onKeyMove(scene.lineageId, move);
              } else if (!event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
                event.preventDefault();
                actions.onStep(scene.lineageId, event.key === "ArrowUp" ? -1 : 1);
              } else if (event.key === " " && selectable) {
                event.preventDefault();
                actions.onToggle(scene.lineageId);
              }
            }
          : undefined
      }
    >
      {selectable ? (
        <span className="strip-row__check">
          <input
            type="checkbox"
            checked={isSelected}
            aria-label={t("schedule.board.choose", { label: scene.label })}
            onChange={() => actions.onToggle(scene.lineageId)}
          />
        </span>
      ) : null}
      <span className="strip-row__label">
        {scene.label}
        <LockToggle
          isLocked={scene.locked}
          label={editable ? lockLabel : t("schedule.board.locked")}
          onToggle={
            editable && (scene.locked || row.dayId !== null)
              ? () => actions.onLock(scene.lineageId, !scene.locked)
              : null
          }
          disabled={row.isDayLocked}
        />
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

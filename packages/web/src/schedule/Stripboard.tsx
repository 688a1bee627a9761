// The stripboard, read-only for now: a day break before each shift's strips, strips in the trade's colours, the
// boneyard at the end. Rows have fixed kinds and one height and are keyed by day and scene, so the list can become
// a drag-and-drop board. A long series (1,500 strips) stays smooth: only the rows in and near view are mounted.
import { useMemo } from "react";
import type { Board } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { layOutBoard } from "./board-rows.ts";
import { BoneyardBreak, DayBreak } from "./DayBreak.tsx";
import { StripLegend } from "./StripLegend.tsx";
import { StripLine } from "./StripLine.tsx";
import { useRowWindow } from "./row-window.ts";

/** The height of every row, day breaks and strips alike, in pixels (the stylesheet's --strip-height). */
const stripHeight = 30;

export function Stripboard({
  board,
  selection,
  onToggle,
  onClear,
}: {
  board: Board;
  /** The chosen strips, or null where strips cannot be chosen (a reader, a published board). */
  selection: ReadonlySet<string> | null;
  onToggle: (lineageId: string) => void;
  onClear: () => void;
}) {
  const t = useT();
  const rows = useMemo(() => layOutBoard(board), [board]);
  const { scrollRef, start, end, totalHeight } = useRowWindow(rows.length, stripHeight);
  const selectable = selection !== null;
  const shifts = board.days.filter((day) => day.strips.length > 0).length;
  return (
    <section className="panel stripboard" aria-labelledby="stripboard-title">
      <header className="panel__header stripboard__header">
        <h2 className="panel__title" id="stripboard-title">
          {t("schedule.board.title")}
          <span className="panel__meta">
            {t("schedule.count.shifts", { count: shifts })} ·{" "}
            {t("schedule.count.scenes", { count: board.scenes.length })}
          </span>
        </h2>
        <StripLegend />
      </header>
      {selectable && selection.size > 0 ? (
        <div className="stripboard__selection" role="status">
          {t("schedule.board.selected", { count: selection.size })}
          <button type="button" className="button button--ghost button--small" onClick={onClear}>
            {t("schedule.board.clearSelection")}
          </button>
        </div>
      ) : null}
      <div className={`stripboard__columns${selectable ? " is-selectable" : ""}`} aria-hidden="true">
        {selectable ? <span /> : null}
        <span>{t("schedule.board.column.scene")}</span>
        <span>{t("schedule.board.column.heading")}</span>
        <span>{t("schedule.board.column.cast")}</span>
        <span className="numeric">{t("schedule.board.column.pages")}</span>
        <span className="numeric">{t("schedule.board.column.time")}</span>
        <span>{t("schedule.board.column.location")}</span>
      </div>
      <div
        ref={scrollRef}
        className={`stripboard__scroll${selectable ? " is-selectable" : ""}`}
        role="list"
        aria-label={t("schedule.board.label")}
        data-testid="stripboard"
        tabIndex={0}
      >
        <div className="stripboard__canvas" style={{ height: totalHeight }}>
          <div className="stripboard__window" style={{ transform: `translateY(${start * stripHeight}px)` }}>
            {rows.slice(start, end).map((row, offset) => {
              const index = start + offset + 1;
              return row.kind === "day" ? (
                <DayBreak key={row.key} row={row} index={index} setSize={rows.length} />
              ) : row.kind === "boneyard" ? (
                <BoneyardBreak key={row.key} row={row} index={index} setSize={rows.length} />
              ) : (
                <StripLine
                  key={row.key}
                  row={row}
                  index={index}
                  setSize={rows.length}
                  selectable={selectable}
                  isSelected={selection?.has(row.scene.lineageId) ?? false}
                  onToggle={onToggle}
                />
              );
            })}
          </div>
        </div>
        {rows.length === 0 ? <p className="panel__empty">{t("schedule.board.empty")}</p> : null}
      </div>
    </section>
  );
}

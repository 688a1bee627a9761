// The stripboard: banners and a day break before each shift's strips, strips in the trade's colours, the boneyard at
// the end, and filters over it. On a draft the user may change, strips are dragged (one, or the chosen ones
// together) or moved by keys, and strips and days are locked; each change shows at once and the server's answer
// follows. A long series (1,500 strips) stays smooth: only the rows in and near view are mounted.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { DndContext, DragOverlay } from "@dnd-kit/core";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import type { Board } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { layOutBoard, type BoardRow } from "./board-rows.ts";
import { BannerLine } from "./board-edit/BannerLine.tsx";
import { BoardFilters } from "./board-edit/BoardFilters.tsx";
import { BoardNotice } from "./board-edit/BoardNotice.tsx";
import { DragPreview } from "./board-edit/DragPreview.tsx";
import { useEditText } from "./board-edit/edit-text.ts";
import { isFiltering, noFilter, stripMatcher, type BoardFilter } from "./board-edit/filters.ts";
import { resolveAnchor, type DropAnchor } from "./board-edit/placement.ts";
import { useBoardEditor } from "./board-edit/useBoardEditor.ts";
import { useStripActions } from "./board-edit/useStripActions.ts";
import { useStripDrag } from "./board-edit/useStripDrag.ts";
import { BoneyardBreak, DayBreak } from "./DayBreak.tsx";
import { StripLegend } from "./StripLegend.tsx";
import { StripLine } from "./StripLine.tsx";

/** Row heights in pixels, as the stylesheet draws them (--strip-height, --banner-height). */
const rowHeight = (row: BoardRow | undefined) => (row?.kind === "banner" ? 24 : 30);

export function Stripboard({
  projectId,
  board,
  selection,
  onToggle,
  onClear,
}: {
  projectId: string;
  board: Board;
  /** The chosen strips, or null where the board cannot be changed (a reader, a published board). */
  selection: ReadonlySet<string> | null;
  onToggle: (lineageId: string) => void;
  onClear: () => void;
}) {
  const t = useT();
  const editable = selection !== null;
  const [filter, setFilter] = useState<BoardFilter>(noFilter);
  const matches = useMemo(() => stripMatcher(board, filter), [board, filter]);
  const rows = useMemo(
    () =>
      layOutBoard(board, {
        isShown: filter.mode === "hide" ? matches : undefined,
        showEmptyBoneyard: editable,
      }),
    [board, editable, filter.mode, matches],
  );
  const matching = useMemo(
    () => (isFiltering(filter) ? board.scenes.filter((scene) => matches(scene.lineageId)).length : 0),
    [board, filter, matches],
  );
  const editor = useBoardEditor(projectId, board.schedule.id);
  const text = useEditText(board);
  const [announcement, setAnnouncement] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);

  const scrollRef = useRef<HTMLDivElement>(null);
  const activeIndex = useRef<number | null>(null);
  const keepActive = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const active = activeIndex.current;
    return active === null || active < 0 || indexes.includes(active)
      ? indexes
      : [...indexes, active].sort((a, b) => a - b);
  }, []);
  // The virtualizer is one mutable object: what is memoized below calls it when needed, never keeps its results.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => rowHeight(rows[index]),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 12,
    // Drawn before the box is measured, so the first screen of strips shows with the page.
    initialRect: { width: 900, height: 720 },
    // The strip being dragged stays mounted while the list scrolls under it.
    rangeExtractor: keepActive,
  });

  const { move, actions, lockDay } = useStripActions({
    board,
    rows,
    editor,
    text,
    onToggle,
    announce: setAnnouncement,
    refuse: setRefusal,
    virtualizer,
    scrollRef,
  });
  const drop = useCallback(
    (strips: readonly string[], anchor: DropAnchor) => move(strips, resolveAnchor(board, strips, anchor)),
    [board, move],
  );
  const drag = useStripDrag({ board, rows, virtualizer, scrollRef, selection, onDrop: drop });
  useLayoutEffect(() => {
    activeIndex.current = drag.dragged
      ? rows.findIndex((row) => row.key === `strip:${drag.dragged![0]}`)
      : null;
  }, [drag.dragged, rows]);

  // Said by the notice above the board, an alert of its own.
  const failure = editor.failure ? text.failureText(editor.failure) : null;

  const shifts = board.days.filter((day) => day.strips.length > 0).length;
  const dimming = filter.mode === "dim" && isFiltering(filter);
  const items = virtualizer.getVirtualItems();
  return (
    <section className="panel stripboard" aria-labelledby="stripboard-title">
      <header className="panel__header stripboard__header">
        <h2 className="panel__title" id="stripboard-title">
          {t("schedule.board.title")}
          <span className="panel__meta">
            {t("schedule.count.shifts", { count: shifts })} ·{" "}
            {t("schedule.count.scenes", { count: board.scenes.length })}
            {editor.pending > 0 ? (
              <span className="stripboard__saving"> · {t("schedule.edit.saving")}</span>
            ) : null}
          </span>
        </h2>
        <StripLegend />
      </header>
      <BoardFilters board={board} filter={filter} matching={matching} onChange={setFilter} />
      {editable && selection.size > 0 ? (
        <div className="stripboard__selection" role="status">
          {t("schedule.board.selected", { count: selection.size })}
          <span className="stripboard__hint">{t("schedule.edit.dragSelected")}</span>
          <button type="button" className="button button--ghost button--small" onClick={onClear}>
            {t("schedule.board.clearSelection")}
          </button>
        </div>
      ) : null}
      <BoardNotice
        message={failure ?? refusal}
        onDismiss={() => {
          editor.dismissFailure();
          setRefusal(null);
        }}
      />
      <div className={`stripboard__columns${editable ? " is-selectable" : ""}`} aria-hidden="true">
        {editable ? <span /> : null}
        <span>{t("schedule.board.column.scene")}</span>
        <span>{t("schedule.board.column.heading")}</span>
        <span>{t("schedule.board.column.cast")}</span>
        <span className="numeric">{t("schedule.board.column.pages")}</span>
        <span className="numeric">{t("schedule.board.column.time")}</span>
        <span>{t("schedule.board.column.location")}</span>
      </div>
      <DndContext
        sensors={drag.sensors}
        // Only the board's list scrolls under a dragged strip: the page stays put, so the strip stays in hand.
        autoScroll={{ threshold: { x: 0, y: 0.12 }, canScroll: (element) => element === scrollRef.current }}
        accessibility={{
          announcements: {
            onDragStart: () => t("schedule.edit.picked"),
            onDragOver: () => undefined,
            onDragEnd: () => undefined,
            onDragCancel: () => t("schedule.edit.dropCancelled"),
          },
          screenReaderInstructions: { draggable: t("schedule.edit.instructions") },
        }}
        {...drag.handlers}
      >
        <div
          ref={scrollRef}
          className={`stripboard__scroll${editable ? " is-selectable" : ""}${drag.dragged ? " is-dragging" : ""}`}
          role="list"
          aria-label={t("schedule.board.label")}
          data-testid="stripboard"
          data-editable={editable ? "true" : "false"}
          data-version={board.schedule.version}
          data-pending={editor.pending}
          tabIndex={0}
        >
          <div className="stripboard__canvas" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const index = item.index + 1;
              const mark = drag.mark?.key === row.key ? drag.mark.side : null;
              return (
                <div
                  key={item.key}
                  className="stripboard__row"
                  style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                >
                  {row.kind === "day" ? (
                    <DayBreak
                      row={row}
                      index={index}
                      setSize={rows.length}
                      isDropTarget={mark === "into"}
                      onLock={editable ? lockDay : null}
                    />
                  ) : row.kind === "boneyard" ? (
                    <BoneyardBreak
                      row={row}
                      index={index}
                      setSize={rows.length}
                      isDropTarget={mark === "into"}
                    />
                  ) : row.kind === "banner" ? (
                    <BannerLine row={row} index={index} setSize={rows.length} />
                  ) : (
                    <StripLine
                      row={row}
                      index={index}
                      setSize={rows.length}
                      selectable={editable}
                      editable={editable}
                      isSelected={selection?.has(row.scene.lineageId) ?? false}
                      isDimmed={dimming && !matches(row.scene.lineageId)}
                      isDragged={drag.draggedSet.has(row.scene.lineageId)}
                      dropSide={mark === "before" || mark === "after" ? mark : null}
                      actions={actions}
                    />
                  )}
                </div>
              );
            })}
          </div>
          {rows.length === 0 ? <p className="panel__empty">{t("schedule.board.empty")}</p> : null}
        </div>
        <DragOverlay dropAnimation={null}>
          {drag.dragged ? <DragPreview board={board} strips={drag.dragged} /> : null}
        </DragOverlay>
      </DndContext>
      <div className="visually-hidden" aria-live="polite" role="status" data-testid="board-announcement">
        {announcement}
      </div>
    </section>
  );
}

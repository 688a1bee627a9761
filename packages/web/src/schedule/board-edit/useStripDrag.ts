// Dragging strips with the pointer (dnd-kit): one strip, or every chosen strip when a chosen one is picked up.
// Where they would land is read from the pointer's height over the windowed list, not from mounted drop zones, so
// a drag works the same however far the board scrolls: over a strip's upper half, before it; its lower half, after
// it; over a day break, first in that day; over the boneyard's break, first there.
import { useCallback, useMemo, useState, type RefObject } from "react";
import {
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import type { Virtualizer } from "@tanstack/react-virtual";
import type { Board } from "../../api/types.ts";
import type { BoardRow } from "../board-rows.ts";
import { boneyard } from "./edits.ts";
import { anchorAfter, type DropAnchor } from "./placement.ts";

/** The row a drop would go to and how: before or after a strip, or first into a day or the boneyard. */
export interface DropMark {
  key: string;
  side: "before" | "after" | "into";
}

interface Located {
  anchor: DropAnchor;
  mark: DropMark;
}

/** Pointer travel before a press becomes a drag: a click on a strip's box or padlock stays a click. */
const dragThreshold = 5;

export function useStripDrag({
  board,
  rows,
  virtualizer,
  scrollRef,
  selection,
  onDrop,
}: {
  board: Board;
  rows: readonly BoardRow[];
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
  selection: ReadonlySet<string> | null;
  onDrop: (strips: readonly string[], anchor: DropAnchor) => void;
}) {
  const [dragged, setDragged] = useState<readonly string[] | null>(null);
  const [mark, setMark] = useState<DropMark | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: dragThreshold } }));

  const locate = useCallback(
    (event: DragMoveEvent | DragEndEvent): Located | null => {
      const box = scrollRef.current;
      const start = event.activatorEvent as PointerEvent | null;
      if (!box || !start) return null;
      const x = start.clientX + event.delta.x;
      const y = start.clientY + event.delta.y;
      const frame = box.getBoundingClientRect();
      if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) return null;
      const offset = y - frame.top + box.scrollTop;
      const item = virtualizer.getVirtualItemForOffset(Math.min(offset, virtualizer.getTotalSize() - 1));
      const row = item ? rows[item.index] : undefined;
      if (!item || !row) return null;
      const firstOf = (container: string, key: string): Located => {
        const list =
          container === boneyard ? board.boneyard : board.days.find((day) => day.id === container)?.strips;
        return { anchor: { container, before: list?.[0] ?? null }, mark: { key, side: "into" } };
      };
      switch (row.kind) {
        case "strip": {
          const container = row.dayId ?? boneyard;
          const lineageId = row.scene.lineageId;
          // Below the last row: after the board's last strip.
          if (offset >= item.end || offset - item.start > item.size / 2) {
            return {
              anchor: anchorAfter(board, container, lineageId),
              mark: { key: row.key, side: "after" },
            };
          }
          return { anchor: { container, before: lineageId }, mark: { key: row.key, side: "before" } };
        }
        case "day":
          return firstOf(row.day.id, row.key);
        case "banner":
          return firstOf(row.dayId, `day:${row.dayId}`);
        case "boneyard":
          return firstOf(boneyard, row.key);
      }
    },
    [board, rows, scrollRef, virtualizer],
  );

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      const lineageId = String(active.id);
      if (selection && selection.size > 1 && selection.has(lineageId)) {
        // The chosen strips go together, in the order they stand on the board.
        const order = [...board.days.flatMap((day) => day.strips), ...board.boneyard];
        setDragged(order.filter((id) => selection.has(id)));
      } else setDragged([lineageId]);
    },
    [board, selection],
  );

  const onDragMove = useCallback(
    (event: DragMoveEvent) => {
      const next = locate(event)?.mark ?? null;
      setMark((current) => (current?.key === next?.key && current?.side === next?.side ? current : next));
    },
    [locate],
  );

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const located = locate(event);
      const strips = dragged;
      setDragged(null);
      setMark(null);
      if (located && strips) onDrop(strips, located.anchor);
    },
    [dragged, locate, onDrop],
  );

  const onDragCancel = useCallback(() => {
    setDragged(null);
    setMark(null);
  }, []);

  const draggedSet = useMemo(() => new Set(dragged ?? []), [dragged]);
  return {
    sensors,
    dragged,
    draggedSet,
    mark,
    handlers: { onDragStart, onDragMove, onDragEnd, onDragCancel },
  };
}

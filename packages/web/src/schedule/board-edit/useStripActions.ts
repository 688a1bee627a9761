// What a strip's keys and padlocks do on a draft the user may change, and how a move is made: refused at once for a
// lock (the server would refuse it too), skipped when it leaves everything in place, otherwise drawn and sent, and
// said for screen readers. A strip moved by keys keeps the focus wherever it lands.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Virtualizer } from "@tanstack/react-virtual";
import type { Board } from "../../api/types.ts";
import { useT } from "../../i18n/locale.tsx";
import type { BoardRow } from "../board-rows.ts";
import type { StripActions } from "../StripLine.tsx";
import type { useEditText } from "./edit-text.ts";
import { isStandingStill, refuseMove } from "./edits.ts";
import { keyTarget, type KeyMove, type MoveTarget } from "./placement.ts";
import type { BoardEditor } from "./useBoardEditor.ts";

export function useStripActions({
  board,
  rows,
  editor,
  text,
  onToggle,
  announce,
  refuse,
  virtualizer,
  scrollRef,
}: {
  board: Board;
  rows: readonly BoardRow[];
  editor: BoardEditor;
  text: ReturnType<typeof useEditText>;
  onToggle: (lineageId: string) => void;
  /** Says something to screen readers. */
  announce: (message: string) => void;
  /** Shows why a move was refused (null clears it). */
  refuse: (message: string | null) => void;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scrollRef: RefObject<HTMLDivElement | null>;
}) {
  const t = useT();
  const [focusing, setFocusing] = useState<string | null>(null);

  const move = useCallback(
    (strips: readonly string[], target: MoveTarget) => {
      const refused = refuseMove(board, strips, target.dayId);
      if (refused) {
        const message = text.refusalText(refused);
        refuse(message);
        announce(message);
        return;
      }
      if (isStandingStill(board, strips, target)) return;
      refuse(null);
      editor.edit({ kind: "move", strips, to: target });
      announce(text.movedText(strips, target.dayId, target.index));
    },
    [announce, board, editor, refuse, text],
  );

  // Keys and buttons read the board through a ref, so the strips' callbacks stay the same and rows do not redraw.
  const latest = useRef({ board, rows, move, edit: editor.edit, onToggle, text });
  useLayoutEffect(() => {
    latest.current = { board, rows, move, edit: editor.edit, onToggle, text };
  });
  const actions = useMemo<StripActions>(
    () => ({
      onToggle: (lineageId) => latest.current.onToggle(lineageId),
      onLock: (lineageId, locked) => {
        latest.current.edit({ kind: "lock-strip", lineageId, locked });
        const label = latest.current.text.labelOf(lineageId);
        announce(t(locked ? "schedule.edit.stripLockedNow" : "schedule.edit.stripUnlockedNow", { label }));
      },
      onKeyMove: (lineageId: string, key: KeyMove) => {
        const target = keyTarget(latest.current.board, lineageId, key);
        if (!target) {
          announce(t("schedule.edit.edge"));
          return;
        }
        latest.current.move([lineageId], target);
        setFocusing(lineageId);
      },
      onStep: (lineageId, step) => {
        const { rows: list } = latest.current;
        const at = list.findIndex((row) => row.key === `strip:${lineageId}`);
        for (let index = at + step; index >= 0 && index < list.length; index += step) {
          const row = list[index]!;
          if (row.kind === "strip") {
            setFocusing(row.scene.lineageId);
            return;
          }
        }
      },
    }),
    [announce, t],
  );
  const lockDay = useCallback(
    (dayId: string, locked: boolean) => {
      latest.current.edit({ kind: "lock-day", dayId, locked });
      const day = latest.current.text.placeName(dayId);
      announce(t(locked ? "schedule.edit.dayLockedNow" : "schedule.edit.dayUnlockedNow", { day }));
    },
    [announce, t],
  );

  // A strip moved or stepped to by keys keeps the focus: scrolled into view, then focused once it is drawn.
  useEffect(() => {
    if (!focusing) return;
    const index = rows.findIndex((row) => row.key === `strip:${focusing}`);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: "auto" });
    const frame = requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-lineage="${focusing}"]`)?.focus();
      setFocusing(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusing, rows, scrollRef, virtualizer]);

  return { move, actions, lockDay };
}

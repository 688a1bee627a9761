// Where moved strips land, in the server's terms (a day or the boneyard, and an index counted once the moved strips
// are lifted out): from a place the pointer points at, or from a key pressed on a strip. Works the same when a
// filter hides some strips: a place is named by the strip it goes before, not by a row number.
import type { Board } from "../../api/types.ts";
import { boneyard } from "./edits.ts";

export interface MoveTarget {
  dayId: string;
  index: number;
}

/** A place on the board: in `container` (a day's id or `boneyard`), before the strip `before`, or at its end. */
export interface DropAnchor {
  container: string;
  before: string | null;
}

export function containerStrips(board: Board, container: string): readonly string[] {
  if (container === boneyard) return board.boneyard;
  return board.days.find((day) => day.id === container)?.strips ?? [];
}

/** The target of a move of `moving` to `anchor`. */
export function resolveAnchor(board: Board, moving: readonly string[], anchor: DropAnchor): MoveTarget {
  const list = containerStrips(board, anchor.container);
  const lifted = new Set(moving);
  const remaining = list.filter((lineageId) => !lifted.has(lineageId));
  if (anchor.before === null) return { dayId: anchor.container, index: remaining.length };
  // Going before a strip that moves too: before the first strip after it that stays.
  const from = list.indexOf(anchor.before);
  const next = from < 0 ? undefined : list.slice(from).find((lineageId) => !lifted.has(lineageId));
  return { dayId: anchor.container, index: next === undefined ? remaining.length : remaining.indexOf(next) };
}

/** The place just after a strip, in its container. */
export function anchorAfter(board: Board, container: string, lineageId: string): DropAnchor {
  const list = containerStrips(board, container);
  return { container, before: list[list.indexOf(lineageId) + 1] ?? null };
}

export type KeyMove = "up" | "down" | "previous-day" | "next-day";

/**
 * Where a key sends a strip: one place up or down in its day, or to the end of the unit's previous day or the start
 * of its next one (past the last day, the boneyard; from the boneyard up, the board's last day). Null at an edge.
 */
export function keyTarget(board: Board, lineageId: string, move: KeyMove): MoveTarget | null {
  const day = board.days.find((candidate) => candidate.strips.includes(lineageId));
  const container = day?.id ?? boneyard;
  const list = containerStrips(board, container);
  const at = list.indexOf(lineageId);
  if (at < 0) return null;
  switch (move) {
    case "up":
      return at > 0 ? { dayId: container, index: at - 1 } : null;
    case "down":
      return at < list.length - 1 ? { dayId: container, index: at + 1 } : null;
    case "previous-day": {
      const days = day ? board.days.filter((candidate) => candidate.unitId === day.unitId) : board.days;
      const previous = day ? days[days.indexOf(day) - 1] : days[days.length - 1];
      return previous ? { dayId: previous.id, index: previous.strips.length } : null;
    }
    case "next-day": {
      if (!day) return null;
      const days = board.days.filter((candidate) => candidate.unitId === day.unitId);
      const next = days[days.indexOf(day) + 1];
      return { dayId: next?.id ?? boneyard, index: 0 };
    }
  }
}

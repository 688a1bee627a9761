// A change to a board made by hand, as the stripboard shows it before the server answers: strips moved, a strip or
// a day locked. The server is the judge; this only draws the board the way it will most likely come back, and
// refuses at once what the server would refuse for a lock.
import type { Board } from "../../api/types.ts";

/** The boneyard as a move's target (days are named by their id). */
export const boneyard = "boneyard";

export type BoardEdit =
  | { kind: "move"; strips: readonly string[]; to: { dayId: string; index: number } }
  | { kind: "lock-strip"; lineageId: string; locked: boolean }
  | { kind: "lock-day"; dayId: string; locked: boolean };

/** Why a move cannot be made: a strip is locked (`lineageId`), or a day it leaves or enters is (`dayId`). */
export type EditRefusal = { kind: "strip-locked"; lineageId: string } | { kind: "day-locked"; dayId: string };

/** Where each strip is: a day's id or `boneyard`. */
export function stripPlaces(board: Board): Map<string, string> {
  const places = new Map<string, string>();
  for (const day of board.days) for (const lineageId of day.strips) places.set(lineageId, day.id);
  for (const lineageId of board.boneyard) places.set(lineageId, boneyard);
  return places;
}

/** The refusal the server would give a move for a lock, or null. */
export function refuseMove(board: Board, strips: readonly string[], dayId: string): EditRefusal | null {
  const places = stripPlaces(board);
  const lockedDays = new Set(board.days.filter((day) => day.locked).map((day) => day.id));
  const scenes = new Map(board.scenes.map((scene) => [scene.lineageId, scene]));
  for (const lineageId of strips) {
    const place = places.get(lineageId);
    if (place && lockedDays.has(place)) return { kind: "day-locked", dayId: place };
    if (scenes.get(lineageId)?.locked && place !== boneyard) return { kind: "strip-locked", lineageId };
  }
  return lockedDays.has(dayId) ? { kind: "day-locked", dayId } : null;
}

/** Whether a move leaves every strip where it is. */
export function isStandingStill(
  board: Board,
  strips: readonly string[],
  to: { dayId: string; index: number },
) {
  const after = applyEdit(board, { kind: "move", strips, to });
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((lineageId, index) => lineageId === b[index]);
  return (
    same(after.boneyard, board.boneyard) &&
    after.days.every((day, index) => same(day.strips, board.days[index]!.strips))
  );
}

/** The board with the edit made. */
export function applyEdit(board: Board, edit: BoardEdit): Board {
  switch (edit.kind) {
    case "move": {
      const moving = new Set(edit.strips);
      const lift = (list: readonly string[]) => list.filter((lineageId) => !moving.has(lineageId));
      const place = (list: readonly string[]) => {
        const left = lift(list);
        left.splice(Math.min(edit.to.index, left.length), 0, ...edit.strips);
        return left;
      };
      return {
        ...board,
        days: board.days.map((day) =>
          day.id === edit.to.dayId
            ? { ...day, strips: place(day.strips) }
            : day.strips.some((lineageId) => moving.has(lineageId))
              ? { ...day, strips: lift(day.strips) }
              : day,
        ),
        boneyard: edit.to.dayId === boneyard ? place(board.boneyard) : lift(board.boneyard),
        // A strip put in the boneyard holds no lock; one moved onto a day starts unlocked.
        scenes: board.scenes.map((scene) =>
          moving.has(scene.lineageId) && scene.locked ? { ...scene, locked: false } : scene,
        ),
      };
    }
    case "lock-strip":
      return {
        ...board,
        scenes: board.scenes.map((scene) =>
          scene.lineageId === edit.lineageId ? { ...scene, locked: edit.locked } : scene,
        ),
      };
    case "lock-day": {
      const day = board.days.find((candidate) => candidate.id === edit.dayId);
      if (!day) return board;
      const onDay = new Set(day.strips);
      return {
        ...board,
        days: board.days.map((candidate) =>
          candidate.id === edit.dayId ? { ...candidate, locked: edit.locked } : candidate,
        ),
        // Unlocking the day shows its strips unlocked until the server says which keep a lock of their own.
        scenes: board.scenes.map((scene) =>
          onDay.has(scene.lineageId) ? { ...scene, locked: edit.locked } : scene,
        ),
      };
    }
  }
}

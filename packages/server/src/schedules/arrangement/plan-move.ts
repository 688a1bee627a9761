// Where strips stand on a board, as the stripboard shows them, and what moving some of them does to it. Plain data
// in, a plan out: the lists of every container the move touches (days and the boneyard), or why it is refused.
// Nothing here reads the database.
import type { BoardRows, SceneInput } from "../inputs.ts";

/** The boneyard's key among a board's containers; days are keyed by their id. */
export const boneyardKey = "boneyard";

export interface Arrangement {
  /** Lineage ids in shooting order, per day id; the boneyard under `boneyardKey`. */
  containers: Map<string, string[]>;
  /** The container each strip is in. */
  containerOf: Map<string, string>;
  lockedDays: Set<string>;
  /** Strips locked on their own (a strip of a locked day is held by its day). */
  lockedStrips: Set<string>;
}

/**
 * The board's arrangement over the scenes of the current drafts: strips of scenes no longer written are left out,
 * and scenes new to the scripts wait at the end of the boneyard, as the board view shows them.
 */
export function readArrangement(
  scenes: readonly Pick<SceneInput, "lineageId">[],
  board: BoardRows,
): Arrangement {
  const current = new Set(scenes.map((scene) => scene.lineageId));
  const containers = new Map<string, string[]>(board.days.map((day) => [day.id, []]));
  const containerOf = new Map<string, string>();
  const lockedStrips = new Set<string>();
  const boneyardRank = new Map<string, number>();
  for (const strip of board.strips) {
    if (!current.has(strip.lineageId)) continue;
    if (strip.locked) lockedStrips.add(strip.lineageId);
    const day = strip.dayId ? containers.get(strip.dayId) : undefined;
    if (day) {
      day.push(strip.lineageId);
      containerOf.set(strip.lineageId, strip.dayId!);
    } else boneyardRank.set(strip.lineageId, strip.position);
  }
  const boneyard = scenes
    .filter((scene) => !containerOf.has(scene.lineageId))
    .map((scene, index) => ({ id: scene.lineageId, rank: boneyardRank.get(scene.lineageId) ?? 1e9 + index }))
    .sort((a, b) => a.rank - b.rank)
    .map((scene) => scene.id);
  containers.set(boneyardKey, boneyard);
  for (const id of boneyard) containerOf.set(id, boneyardKey);
  return {
    containers,
    containerOf,
    lockedDays: new Set(board.days.filter((day) => day.locked).map((day) => day.id)),
    lockedStrips,
  };
}

export interface MoveRequest {
  /** Lineage ids, kept together in this order at the target. */
  strips: readonly string[];
  /** A day of the board or the boneyard; `index` counts the target's strips once the moved ones are lifted out. */
  to: { dayId: string; index: number };
}

export type MoveRefusal =
  | {
      kind: "invalid";
      fields: { path: string; message: string; code: string; params?: Record<string, number> }[];
    }
  | { kind: "strip-locked"; fields: { path: string; lineageId: string }[] }
  | { kind: "day-locked"; dayId: string; fields: { path: string; lineageId?: string }[] };

export type MovePlan =
  { ok: true; containers: Map<string, string[]>; changed: boolean } | { ok: false; refusal: MoveRefusal };

/**
 * The lists of the containers a move touches, in their new order. Refused, in this order: ids that are not strips
 * of the board, repeated or unknown (every one named); a locked strip; a strip on a locked day or a locked target
 * day; an index past the end of the target.
 */
export function planMove(arrangement: Arrangement, request: MoveRequest): MovePlan {
  const { containers, containerOf } = arrangement;
  const target = request.to.dayId;
  const invalid: Extract<MoveRefusal, { kind: "invalid" }>["fields"] = [];
  const seen = new Set<string>();
  request.strips.forEach((lineageId, index) => {
    if (seen.has(lineageId)) {
      invalid.push({ path: `strips.${index}`, message: `${lineageId} is given twice`, code: "duplicate" });
    } else if (!containerOf.has(lineageId)) {
      invalid.push({
        path: `strips.${index}`,
        message: `${lineageId} is not a scene of the project`,
        code: "unknown_scene",
      });
    }
    seen.add(lineageId);
  });
  if (!containers.has(target)) {
    invalid.push({ path: "to.dayId", message: `${target} is not a day of this board`, code: "unknown_day" });
  }
  if (invalid.length > 0) return { ok: false, refusal: { kind: "invalid", fields: invalid } };

  const locked = request.strips.flatMap((lineageId, index) =>
    arrangement.lockedStrips.has(lineageId) && containerOf.get(lineageId) !== boneyardKey
      ? [{ path: `strips.${index}`, lineageId }]
      : [],
  );
  if (locked.length > 0) return { ok: false, refusal: { kind: "strip-locked", fields: locked } };
  const onLockedDays = request.strips.flatMap((lineageId, index) =>
    arrangement.lockedDays.has(containerOf.get(lineageId)!) ? [{ path: `strips.${index}`, lineageId }] : [],
  );
  if (onLockedDays.length > 0) {
    const dayId = containerOf.get(onLockedDays[0]!.lineageId)!;
    return { ok: false, refusal: { kind: "day-locked", dayId, fields: onLockedDays } };
  }
  if (arrangement.lockedDays.has(target)) {
    return { ok: false, refusal: { kind: "day-locked", dayId: target, fields: [{ path: "to.dayId" }] } };
  }

  const moving = new Set(request.strips);
  const remaining = containers.get(target)!.filter((lineageId) => !moving.has(lineageId));
  if (request.to.index > remaining.length) {
    const message = `must be at most ${remaining.length}, the strips left on the target`;
    return {
      ok: false,
      refusal: {
        kind: "invalid",
        fields: [
          { path: "to.index", message, code: "too_big_number", params: { maximum: remaining.length } },
        ],
      },
    };
  }
  const touched = new Map<string, string[]>();
  for (const lineageId of request.strips) {
    const from = containerOf.get(lineageId)!;
    if (!touched.has(from))
      touched.set(
        from,
        containers.get(from)!.filter((id) => !moving.has(id)),
      );
  }
  const placed = [...remaining];
  placed.splice(request.to.index, 0, ...request.strips);
  touched.set(target, placed);
  const changed = [...touched].some(([key, list]) => !sameList(list, containers.get(key)!));
  return { ok: true, containers: touched, changed };
}

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

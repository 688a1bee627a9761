// The move plan as a property: whatever strips move wherever, every strip stays on the board exactly once, the moved
// ones stand together in the order given at the index asked for, and nothing else changes its order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BoardRows } from "../inputs.ts";
import { boneyardKey, planMove, readArrangement, type Arrangement } from "./plan-move.ts";

const dayIds = ["d1", "d2", "d3"];

/** A board of `dayIds` with the scenes s0…s(n-1) dealt out by `where` (a day's index, or the boneyard past them). */
function boardOf(where: readonly number[], locks: { strips?: string[]; days?: string[] } = {}) {
  const scenes = where.map((_, index) => ({ lineageId: `s${index}` }));
  const positions = new Map<string, number>();
  const board = {
    schedule: {},
    days: dayIds.map((id) => ({ id, locked: locks.days?.includes(id) ?? false })),
    strips: where.map((place, index) => {
      const dayId = dayIds[place] ?? null;
      const position = positions.get(dayId ?? boneyardKey) ?? 0;
      positions.set(dayId ?? boneyardKey, position + 1);
      return {
        lineageId: `s${index}`,
        dayId,
        position,
        locked: locks.strips?.includes(`s${index}`) ?? false,
      };
    }),
  } as unknown as BoardRows;
  return readArrangement(scenes, board);
}

const flatten = (arrangement: Arrangement, touched: Map<string, string[]>) =>
  [...arrangement.containers.keys()].flatMap((key) => touched.get(key) ?? arrangement.containers.get(key)!);

describe("planMove", () => {
  it("keeps every strip once and puts the moved ones together at the index", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 3 }),
        fc.nat(),
        fc.nat(),
        (where, targetIndex, pick, at) => {
          const arrangement = boardOf(where);
          const all = where.map((_, index) => `s${index}`);
          const strips = all.filter((_, index) => (pick >> (index % 30)) & 1);
          if (strips.length === 0) strips.push(all[pick % all.length]!);
          const target = dayIds[targetIndex] ?? boneyardKey;
          const moving = new Set(strips);
          const left = arrangement.containers.get(target)!.filter((id) => !moving.has(id));
          const index = at % (left.length + 1);
          const plan = planMove(arrangement, { strips, to: { dayId: target, index } });
          expect(plan.ok).toBe(true);
          if (!plan.ok) return;
          const after = flatten(arrangement, plan.containers);
          expect([...after].sort()).toEqual([...all].sort());
          const list = plan.containers.get(target)!;
          expect(list.slice(index, index + strips.length)).toEqual(strips);
          expect(list.filter((id) => !moving.has(id))).toEqual(left);
        },
      ),
    );
  });

  it("names every unknown or repeated id, and an index past the end", () => {
    const arrangement = boardOf([0, 0, 1, 3]);
    const unknown = planMove(arrangement, { strips: ["s0", "x", "s0"], to: { dayId: "d9", index: 0 } });
    expect(unknown).toEqual({
      ok: false,
      refusal: {
        kind: "invalid",
        fields: [
          expect.objectContaining({ path: "strips.1", code: "unknown_scene" }),
          expect.objectContaining({ path: "strips.2", code: "duplicate" }),
          expect.objectContaining({ path: "to.dayId", code: "unknown_day" }),
        ],
      },
    });
    const past = planMove(arrangement, { strips: ["s0"], to: { dayId: "d2", index: 2 } });
    expect(past).toMatchObject({
      ok: false,
      refusal: { fields: [{ path: "to.index", params: { maximum: 1 } }] },
    });
  });

  it("refuses a locked strip, a strip of a locked day and a locked target; a boneyard lock holds nothing", () => {
    const arrangement = boardOf([0, 0, 1, 3, 3], { strips: ["s1", "s3"], days: ["d2"] });
    expect(planMove(arrangement, { strips: ["s0", "s1"], to: { dayId: "d3", index: 0 } })).toMatchObject({
      ok: false,
      refusal: { kind: "strip-locked", fields: [{ path: "strips.1", lineageId: "s1" }] },
    });
    expect(planMove(arrangement, { strips: ["s2"], to: { dayId: "d3", index: 0 } })).toMatchObject({
      ok: false,
      refusal: { kind: "day-locked", dayId: "d2", fields: [{ path: "strips.0", lineageId: "s2" }] },
    });
    expect(planMove(arrangement, { strips: ["s0"], to: { dayId: "d2", index: 0 } })).toMatchObject({
      ok: false,
      refusal: { kind: "day-locked", dayId: "d2", fields: [{ path: "to.dayId" }] },
    });
    const fromBoneyard = planMove(arrangement, { strips: ["s3"], to: { dayId: "d1", index: 2 } });
    expect(fromBoneyard).toMatchObject({ ok: true, changed: true });
  });

  it("says when a move changes nothing", () => {
    const arrangement = boardOf([0, 0, 1]);
    expect(planMove(arrangement, { strips: ["s1"], to: { dayId: "d1", index: 1 } })).toMatchObject({
      ok: true,
      changed: false,
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignTranslation } from "./translations.ts";

const scenes = (...numbers: (string | null)[]) => numbers.map((number) => ({ number }));

describe("alignTranslation", () => {
  it("pairs scenes by number, whatever the order and case of the numbers", () => {
    const result = alignTranslation(scenes("1", "2", "2А", "3"), scenes("1", "2а", "3", "4"));
    expect(result.by).toBe("number");
    expect(result.pairs).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
    ]);
    expect(result.unmatched).toEqual([3]);
    expect(result.untranslated).toEqual([1]);
  });

  it("pairs scenes in order when the translation is not numbered", () => {
    const result = alignTranslation(scenes("1", "2", "3"), scenes(null, null));
    expect(result.by).toBe("order");
    expect(result.pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(result.untranslated).toEqual([2]);
  });

  it("uses each original scene once and accounts for every scene on both sides", () => {
    const scene = fc.record({ number: fc.option(fc.constantFrom("1", "2", "3", "3А", "4"), { nil: null }) });
    fc.assert(
      fc.property(fc.array(scene, { maxLength: 12 }), fc.array(scene, { maxLength: 12 }), (a, b) => {
        const result = alignTranslation(a, b);
        const originals = result.pairs.map(([index]) => index);
        expect(new Set(originals).size).toBe(originals.length);
        expect(result.pairs.length + result.unmatched.length).toBe(b.length);
        expect(result.pairs.length + result.untranslated.length).toBe(a.length);
      }),
    );
  });
});

// Aligning a translated script with its original, scene by scene: a Kazakh or English version of a Russian
// episode usually keeps the scene numbers; when either side has none, scenes pair up in order.

export interface AlignableScene {
  readonly number: string | null;
}

export interface TranslationAlignment {
  /** Pairs of [original index, translation index]. */
  readonly pairs: readonly (readonly [number, number])[];
  /** Translated scenes no original scene matched (by index). */
  readonly unmatched: readonly number[];
  /** Original scenes with no translation (by index). */
  readonly untranslated: readonly number[];
  readonly by: "number" | "order";
}

const normalizeNumber = (number: string) => number.trim().toUpperCase().replace(/\s+/g, "");

/**
 * Pairs translated scenes with original ones: by scene number when most scenes on both sides are numbered,
 * otherwise by order of appearance.
 */
export function alignTranslation(
  original: readonly AlignableScene[],
  translation: readonly AlignableScene[],
): TranslationAlignment {
  const numbered = (scenes: readonly AlignableScene[]) =>
    scenes.length > 0 && scenes.filter((scene) => scene.number !== null).length * 2 > scenes.length;
  if (numbered(original) && numbered(translation)) {
    const byNumber = new Map<string, number>();
    original.forEach((scene, index) => {
      if (scene.number !== null && !byNumber.has(normalizeNumber(scene.number)))
        byNumber.set(normalizeNumber(scene.number), index);
    });
    const pairs: [number, number][] = [];
    const unmatched: number[] = [];
    const used = new Set<number>();
    translation.forEach((scene, index) => {
      const match = scene.number === null ? undefined : byNumber.get(normalizeNumber(scene.number));
      if (match === undefined || used.has(match)) unmatched.push(index);
      else {
        used.add(match);
        pairs.push([match, index]);
      }
    });
    const untranslated = original.map((_, index) => index).filter((index) => !used.has(index));
    return { pairs, unmatched, untranslated, by: "number" };
  }
  const common = Math.min(original.length, translation.length);
  return {
    pairs: Array.from({ length: common }, (_, index) => [index, index] as const),
    unmatched: translation.map((_, index) => index).slice(common),
    untranslated: original.map((_, index) => index).slice(common),
    by: "order",
  };
}

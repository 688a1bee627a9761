// Matches the scenes of a new draft to the previous draft's, so that what was attached to a scene
// (its breakdown, its place on the board) follows it: first by scene number, then by how alike the
// texts are. Lists what was added, changed and omitted. Pure: plain scenes in, a plan out.
import type { ScreenplayElement } from "./types.ts";

export interface RevisionScene {
  readonly number: string | null;
  readonly heading: string;
  /** The scene's words, as `sceneContent` gives them. */
  readonly content: string;
}

export type SceneRevision =
  | {
      readonly kind: "unchanged" | "changed";
      readonly previous: number;
      readonly next: number;
      readonly similarity: number;
    }
  | { readonly kind: "added"; readonly next: number }
  | { readonly kind: "omitted"; readonly previous: number };

export interface MatchOptions {
  /** How alike two unnumbered scenes' words must be (0–1) to count as the same scene; 0.5 by default. */
  readonly threshold?: number;
}

/** The scene's words in one line: every element's text, in order, with white space folded. */
export function sceneContent(elements: readonly ScreenplayElement[]): string {
  return elements
    .map((element) => {
      switch (element.kind) {
        case "heading":
          return element.heading.text;
        case "pageBreak":
          return "";
        case "note":
          return "";
        default:
          return element.text;
      }
    })
    .join(" ")
    .replace(/\s+/gu, " ")
    .trim();
}

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Dice coefficient of the two texts' word multisets: 1 for the same words, 0 for none in common. */
export function contentSimilarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  let total = 0;
  let shared = 0;
  for (const count of left.values()) total += count;
  for (const [word, count] of right) {
    total += count;
    shared += Math.min(count, left.get(word) ?? 0);
  }
  return total === 0 ? 1 : (2 * shared) / total;
}

/**
 * Pairs every scene of `next` with at most one scene of `previous`. Scenes with the same number are the
 * same scene; the others pair greedily by similarity, most alike first, when at least `threshold` alike.
 * The result lists next's scenes in order, with omitted scenes after the scene that preceded them.
 */
export function matchRevisionScenes(
  previous: readonly RevisionScene[],
  next: readonly RevisionScene[],
  options: MatchOptions = {},
): SceneRevision[] {
  const threshold = options.threshold ?? 0.5;
  const pairOf = new Map<number, number>(); // next index → previous index
  const taken = new Set<number>();

  const byNumber = new Map<string, number>();
  previous.forEach((scene, index) => {
    if (scene.number !== null && !byNumber.has(scene.number)) byNumber.set(scene.number, index);
  });
  next.forEach((scene, index) => {
    const match = scene.number === null ? undefined : byNumber.get(scene.number);
    if (match !== undefined && !taken.has(match)) {
      pairOf.set(index, match);
      taken.add(match);
    }
  });

  const candidates: { next: number; previous: number; similarity: number }[] = [];
  next.forEach((scene, nextIndex) => {
    if (pairOf.has(nextIndex)) return;
    previous.forEach((old, previousIndex) => {
      if (taken.has(previousIndex)) return;
      const similarity = contentSimilarity(old.content, scene.content);
      if (similarity >= threshold) candidates.push({ next: nextIndex, previous: previousIndex, similarity });
    });
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.next - b.next || a.previous - b.previous);
  for (const candidate of candidates) {
    if (pairOf.has(candidate.next) || taken.has(candidate.previous)) continue;
    pairOf.set(candidate.next, candidate.previous);
    taken.add(candidate.previous);
  }

  const result: SceneRevision[] = [];
  const omitted = previous.map((_, index) => index).filter((index) => !taken.has(index));
  const flushOmittedBefore = (limit: number) => {
    while (omitted.length > 0 && (omitted[0] ?? Infinity) < limit)
      result.push({ kind: "omitted", previous: omitted.shift()! });
  };
  next.forEach((scene, nextIndex) => {
    const previousIndex = pairOf.get(nextIndex);
    if (previousIndex === undefined) {
      result.push({ kind: "added", next: nextIndex });
      return;
    }
    flushOmittedBefore(previousIndex);
    const old = previous[previousIndex]!;
    const same = old.content === scene.content && old.heading === scene.heading;
    const similarity = contentSimilarity(old.content, scene.content);
    result.push({
      kind: same ? "unchanged" : "changed",
      previous: previousIndex,
      next: nextIndex,
      similarity,
    });
  });
  flushOmittedBefore(Infinity);
  return result;
}

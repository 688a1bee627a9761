import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { contentSimilarity, matchRevisionScenes, type RevisionScene } from "./revisions.ts";

const scene = (
  number: string | null,
  content: string,
  heading = content.split(".")[0] ?? "",
): RevisionScene => ({
  number,
  heading,
  content,
});

describe("matchRevisionScenes", () => {
  it("keeps numbered scenes by number, marking the ones whose text moved on", () => {
    const previous = [scene("1", "ИНТ. ШТАБ. Комбат молчит."), scene("2", "НАТ. ОКОП. Дождь.")];
    const next = [scene("1", "ИНТ. ШТАБ. Комбат молчит."), scene("2", "НАТ. ОКОП. Снег.")];
    expect(matchRevisionScenes(previous, next).map((change) => change.kind)).toEqual([
      "unchanged",
      "changed",
    ]);
  });

  it("finds renumbered and unnumbered scenes by their words", () => {
    const previous = [
      scene(null, "ИНТ. ШТАБ - НОЧЬ. Комбат смотрит на карту и молчит."),
      scene(null, "НАТ. ОКОП - ДЕНЬ. Дождь."),
    ];
    const next = [
      scene("5", "НАТ. ОКОП - ДЕНЬ. Дождь."),
      scene("6", "ИНТ. ШТАБ - НОЧЬ. Комбат смотрит на карту и курит."),
    ];
    expect(matchRevisionScenes(previous, next)).toEqual([
      { kind: "unchanged", previous: 1, next: 0, similarity: 1 },
      { kind: "changed", previous: 0, next: 1, similarity: expect.closeTo(0.9, 1) },
    ]);
  });

  it("lists new scenes as added and lost ones as omitted, where they stood", () => {
    const previous = [scene("1", "ИНТ. ШТАБ. А."), scene("2", "НАТ. ПОЛЕ. Б."), scene("3", "НАТ. РЕКА. В.")];
    const next = [
      scene("1", "ИНТ. ШТАБ. А."),
      scene("3", "НАТ. РЕКА. В."),
      scene("3А", "ИНТ. ТЕПЛУШКА. Совсем другое."),
    ];
    expect(matchRevisionScenes(previous, next).map((change) => change.kind)).toEqual([
      "unchanged",
      "omitted",
      "unchanged",
      "added",
    ]);
  });

  it("scores the same words as 1 and no shared words as 0", () => {
    expect(contentSimilarity("Вера стучит ключом", "ключом стучит Вера")).toBe(1);
    expect(contentSimilarity("ИНТ. ШТАБ", "НАТ. СТЕПЬ")).toBe(0);
  });

  // As `sceneContent` gives it, a scene's content starts with its heading.
  const drafts = fc.array(
    fc
      .record({
        number: fc.option(fc.constantFrom("1", "2", "3", "4", "5", "5А", "6"), { nil: null }),
        heading: fc.constantFrom("ИНТ. ШТАБ", "НАТ. СТЕПЬ", "ИНТ./НАТ. ТЕПЛУШКА"),
        words: fc.lorem({ maxCount: 12 }),
      })
      .map(({ number, heading, words }) => ({ number, heading, content: `${heading} ${words}` })),
    { maxLength: 12 },
  );

  it("accounts for every scene of both drafts exactly once", () => {
    fc.assert(
      fc.property(drafts, drafts, (previous, next) => {
        const changes = matchRevisionScenes(previous, next);
        const nextSeen = changes.flatMap((change) => ("next" in change ? [change.next] : []));
        const previousSeen = changes.flatMap((change) => ("previous" in change ? [change.previous] : []));
        expect(nextSeen).toEqual(next.map((_, index) => index));
        expect([...previousSeen].sort((a, b) => a - b)).toEqual(previous.map((_, index) => index));
      }),
    );
  });

  it("finds a draft unchanged against itself, however it is numbered", () => {
    fc.assert(
      fc.property(drafts, (draft) => {
        const distinct = draft.filter((s, i) => draft.findIndex((t) => t.content === s.content) === i);
        const renumbered = distinct.map((s) => ({ ...s, number: null }));
        expect(matchRevisionScenes(distinct, renumbered).every((change) => change.kind === "unchanged")).toBe(
          true,
        );
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { assignCastBoardIds, nextBoardId, validateElementLinks, withLinkedElements } from "./elements.ts";

const element = (id: string, ...links: string[]) => ({ id, links });

describe("validateElementLinks", () => {
  it("accepts links that form a tree", () => {
    expect(
      validateElementLinks([element("minor", "teacher"), element("teacher"), element("dog", "wrangler")]),
    ).toEqual([{ code: "UNKNOWN_LINK", elementId: "dog", linkedId: "wrangler" }]);
    expect(validateElementLinks([element("a", "b", "c"), element("b", "c"), element("c")])).toEqual([]);
  });

  it("names a self link and an unknown link once each", () => {
    expect(validateElementLinks([element("a", "a", "a", "ghost", "ghost")])).toEqual([
      { code: "SELF_LINK", elementId: "a" },
      { code: "UNKNOWN_LINK", elementId: "a", linkedId: "ghost" },
    ]);
  });

  it("names every element of a cycle in the given order", () => {
    const elements = [
      element("x"),
      element("c", "a"),
      element("a", "b"),
      element("b", "c"),
      element("d", "e"),
    ];
    expect(validateElementLinks([...elements, element("e", "d")])).toEqual([
      { code: "LINK_CYCLE", elementIds: ["c", "a", "b"] },
      { code: "LINK_CYCLE", elementIds: ["d", "e"] },
    ]);
  });

  it("does not call a diamond a cycle", () => {
    expect(
      validateElementLinks([element("a", "b", "c"), element("b", "d"), element("c", "d"), element("d")]),
    ).toEqual([]);
  });
});

describe("withLinkedElements", () => {
  const elements = [
    element("minor", "teacher", "parent"),
    element("teacher", "chaperone"),
    element("parent"),
    element("chaperone", "minor"),
    element("dog", "wrangler"),
    element("wrangler"),
  ];

  it("puts the given ids first, then what they bring in the order found", () => {
    expect(withLinkedElements(["dog", "minor"], elements)).toEqual([
      "dog",
      "minor",
      "wrangler",
      "teacher",
      "parent",
      "chaperone",
    ]);
  });

  it("survives cycles, repeats and unknown ids", () => {
    expect(withLinkedElements(new Set(["chaperone", "ghost"]), elements)).toEqual([
      "chaperone",
      "ghost",
      "minor",
      "teacher",
      "parent",
    ]);
    expect(withLinkedElements(["parent", "parent"], elements)).toEqual(["parent"]);
    expect(withLinkedElements([], elements)).toEqual([]);
  });
});

describe("nextBoardId", () => {
  it("gives one more than the highest number", () => {
    expect(nextBoardId([])).toBe("1");
    expect(nextBoardId(["1", "2", null, "7"])).toBe("8");
    expect(nextBoardId(["1", "3"])).toBe("4");
  });

  it("ignores ids that are not whole numbers", () => {
    expect(nextBoardId(["12A", "x", " 2 ", "-5", "1.5", null])).toBe("3");
  });
});

describe("assignCastBoardIds", () => {
  it("numbers the cast by scene count, ties alphabetically in Russian", () => {
    const ids = assignCastBoardIds([
      { name: "ПЕТЯ", scenes: 3 },
      { name: "ИВАН", scenes: 12 },
      { name: "ЁЖИК", scenes: 3 },
      { name: "АННА", scenes: 3 },
      { name: "ЖЕНЯ", scenes: 1 },
    ]);
    expect([...ids]).toEqual([
      ["ИВАН", "1"],
      ["АННА", "2"],
      ["ЁЖИК", "3"],
      ["ПЕТЯ", "4"],
      ["ЖЕНЯ", "5"],
    ]);
  });

  it("uses the given locale's order and keeps the first entry of a repeated name", () => {
    const ids = assignCastBoardIds(
      [
        { name: "zoe", scenes: 2 },
        { name: "Anna", scenes: 2 },
        { name: "zoe", scenes: 9 },
      ],
      "en",
    );
    expect([...ids]).toEqual([
      ["Anna", "1"],
      ["zoe", "2"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import type { ScreenplayElement } from "../api/types.ts";
import { groupDualDialogue } from "./Screenplay.tsx";

const cue = (line: number, name: string, dual: "left" | "right" | null = null): ScreenplayElement => ({
  kind: "character",
  line,
  text: name,
  cue: { name, extensions: [] },
  dual,
});
const said = (line: number, text: string): ScreenplayElement => ({ kind: "dialogue", line, text });

describe("dual dialogue", () => {
  it("puts a left speech and the right one after it side by side", () => {
    const blocks = groupDualDialogue([
      cue(1, "САША", "left"),
      said(2, "Ты не изменилась."),
      cue(4, "ЛЕНА", "right"),
      { kind: "parenthetical", line: 5, text: "(тихо)" },
      said(6, "Ты тоже."),
      cue(8, "САША"),
      said(9, "Врёшь."),
    ]);
    expect(blocks.map((block) => block.kind)).toEqual(["dual", "one", "one"]);
    const [dual] = blocks;
    expect(dual?.kind === "dual" && [dual.left.length, dual.right.length]).toEqual([2, 3]);
  });

  it("leaves a left cue without a partner on its own", () => {
    const blocks = groupDualDialogue([
      cue(1, "САША", "left"),
      said(2, "Эй!"),
      { kind: "pageBreak", line: 3 },
    ]);
    expect(blocks.map((block) => block.kind)).toEqual(["one", "one", "one"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePdfLayout, type PdfPage, type PdfTextItem } from "./pdf-layout.ts";
import type { ScreenplayElement } from "./types.ts";

// Synthetic pages laid out the way screenwriting software prints them, one text item per line unless a test
// says otherwise. Rows: [column, text]; "" is a blank line.
type Column = "action" | "dialogue" | "parenthetical" | "cue" | "right" | "center";
type Row = readonly [Column, string] | "";

interface Layout {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly pitch: number;
  readonly charWidth: number;
  readonly columns: Readonly<Record<"action" | "dialogue" | "parenthetical" | "cue", number>>;
  readonly right: number;
}

const mm = 72 / 25.4;
// US Letter, Courier 12: action 1.5in, dialogue 2.5in, parenthetical 3.1in, cue 3.7in, right margin 7.5in.
const usLetter: Layout = {
  width: 612,
  height: 792,
  top: 84,
  pitch: 12,
  charWidth: 7.2,
  columns: { action: 108, dialogue: 180, parenthetical: 223.2, cue: 266.4 },
  right: 540,
};
// Russian A4, Courier New 12: margins 37.5/25 mm, dialogue +37.5 mm, parenthetical +55 mm, cue +67.5 mm.
const russianA4: Layout = {
  width: 595.28,
  height: 841.89,
  top: 25 * mm + 10,
  pitch: 12,
  charWidth: 7.2,
  columns: { action: 37.5 * mm, dialogue: 75 * mm, parenthetical: 92.5 * mm, cue: 105 * mm },
  right: 185 * mm,
};

function itemAt(layout: Layout, column: Column, text: string, y: number): PdfTextItem {
  const width = [...text].length * layout.charWidth;
  const x =
    column === "right"
      ? layout.right - width
      : column === "center"
        ? (layout.width - width) / 2
        : layout.columns[column];
  return { text, x, y, width, height: 12 };
}

function page(layout: Layout, rows: readonly Row[], extra: readonly PdfTextItem[] = []): PdfPage {
  const items = rows.flatMap((row, index) =>
    row === "" ? [] : [itemAt(layout, row[0], row[1], layout.top + index * layout.pitch)],
  );
  return { width: layout.width, height: layout.height, items: [...items, ...extra] };
}

/** A page number printed in the top margin, right-aligned. */
function pageNumber(layout: Layout, text: string): PdfTextItem {
  return { ...itemAt(layout, "right", text, 0), y: layout.top - 36 };
}

const brief = (elements: readonly ScreenplayElement[]) =>
  elements.map((element) => {
    switch (element.kind) {
      case "heading":
        return [element.line, "heading", element.heading.text, element.heading.number];
      case "character":
        return [element.line, "character", element.cue.name];
      case "pageBreak":
        return [element.line, "pageBreak"];
      default:
        return [element.line, element.kind, element.text];
    }
  });

const usScript = [
  page(usLetter, [
    ["action", "FADE IN:"],
    "",
    ["action", "INT. HEADQUARTERS - NIGHT"],
    "",
    ["action", "Rain hammers the windows. The COMMANDER studies a map"],
    ["action", "spread over two tables."],
    "",
    ["cue", "COMMANDER (V.O.)"],
    ["parenthetical", "(quietly)"],
    ["dialogue", "We move at dawn. Nobody sleeps"],
    ["dialogue", "tonight."],
    "",
    ["cue", "LIEUTENANT"],
    ["dialogue", "Yes, sir."],
    ["cue", "(MORE)"],
  ]),
  page(
    usLetter,
    [
      ["cue", "LIEUTENANT (CONT'D)"],
      ["dialogue", "And the radio?"],
      "",
      ["right", "CUT TO:"],
      "",
      ["action", "EXT. RIVER CROSSING - DAWN"],
      "",
      ["action", "Mist over the water."],
    ],
    [pageNumber(usLetter, "2.")],
  ),
];

describe("parsePdfLayout: US Letter", () => {
  it("reads headings, cues, parentheticals, dialogue and transitions by their columns", () => {
    const script = parsePdfLayout(usScript);
    expect(script.format).toBe("pdf");
    expect(brief(script.elements)).toEqual([
      [1, "transition", "FADE IN:"],
      [2, "heading", "INT. HEADQUARTERS - NIGHT", null],
      [3, "action", "Rain hammers the windows. The COMMANDER studies a map spread over two tables."],
      [5, "character", "COMMANDER"],
      [6, "parenthetical", "(quietly)"],
      [7, "dialogue", "We move at dawn. Nobody sleeps tonight."],
      [9, "character", "LIEUTENANT"],
      [10, "dialogue", "Yes, sir."],
      [11, "character", "LIEUTENANT"],
      [12, "dialogue", "And the radio?"],
      [13, "transition", "CUT TO:"],
      [14, "heading", "EXT. RIVER CROSSING - DAWN", null],
      [15, "action", "Mist over the water."],
    ]);
    expect(script.lineCount).toBe(15);
    expect(script.warnings).toEqual([]);
    expect(script.confidence).toBeGreaterThan(0.9);
  });

  it("keeps the extensions of a cue", () => {
    const cue = parsePdfLayout(usScript).elements.find((element) => element.kind === "character");
    expect(cue).toMatchObject({ text: "COMMANDER (V.O.)", cue: { extensions: [{ kind: "VOICE_OVER" }] } });
  });

  it("takes scene numbers printed in both margins as the scene number", () => {
    const numbered = page(
      usLetter,
      [["action", "INT. HEADQUARTERS - NIGHT"], "", ["action", "Rain."]],
      [
        itemAt(usLetter, "right", "12A", usLetter.top),
        { ...itemAt(usLetter, "action", "12A", usLetter.top), x: 60 },
      ],
    );
    const script = parsePdfLayout([numbered]);
    expect(brief(script.elements)).toEqual([
      [1, "heading", "INT. HEADQUARTERS - NIGHT", "12A"],
      [2, "action", "Rain."],
    ]);
  });
});

const russianScript = [
  page(
    russianA4,
    [
      ["action", "ИЗ ЗТМ:"],
      "",
      ["action", "1. ИНТ. ШТАБ - НОЧЬ"],
      ["action", "КОМАНДИР, РАДИСТКА"],
      "",
      ["action", "Коптилка. Над картой склонился КОМАНДИР, у рации —"],
      ["action", "РАДИСТКА."],
      "",
      ["cue", "КОМАНДИР (ЗК)"],
      ["parenthetical", "(тихо, не отрываясь от"],
      ["parenthetical", "карты)"],
      ["dialogue", "Выходим на рассвете. Всем"],
      ["dialogue", "спать."],
      "",
      ["cue", "РАДИСТКА (ВПЗ)"],
      ["dialogue", "Есть связь!"],
      ["cue", "(ДАЛЬШЕ)"],
    ],
    [{ ...itemAt(russianA4, "center", "«ШТАБ». Серия 1", 0), y: russianA4.top - 40 }],
  ),
  page(
    russianA4,
    [
      ["cue", "РАДИСТКА (ПРОД.)"],
      ["dialogue", "Ставка на проводе."],
      "",
      ["right", "СКЛЕЙКА:"],
      "",
      ["action", "2. НАТ. ПЕРЕПРАВА - РАССВЕТ, 2"],
      "",
      ["action", "Туман над рекой."],
      "",
      ["right", "В ЗТМ."],
    ],
    [
      { ...itemAt(russianA4, "center", "«ШТАБ». Серия 1", 0), y: russianA4.top - 40 },
      { ...itemAt(russianA4, "center", "- 2 -", 0), y: russianA4.height - 20 },
    ],
  ),
];

describe("parsePdfLayout: Russian A4", () => {
  it("reads the template's columns, the scene-characters line and Russian cue extensions", () => {
    const script = parsePdfLayout(russianScript);
    expect(brief(script.elements)).toEqual([
      [1, "transition", "ИЗ ЗТМ:"],
      [2, "heading", "ИНТ. ШТАБ - НОЧЬ", "1"],
      [3, "sceneCharacters", "КОМАНДИР, РАДИСТКА"],
      [4, "action", "Коптилка. Над картой склонился КОМАНДИР, у рации — РАДИСТКА."],
      [6, "character", "КОМАНДИР"],
      [7, "parenthetical", "(тихо, не отрываясь от карты)"],
      [9, "dialogue", "Выходим на рассвете. Всем спать."],
      [11, "character", "РАДИСТКА"],
      [12, "dialogue", "Есть связь!"],
      [13, "character", "РАДИСТКА"],
      [14, "dialogue", "Ставка на проводе."],
      [15, "transition", "СКЛЕЙКА:"],
      [16, "heading", "НАТ. ПЕРЕПРАВА - РАССВЕТ, 2", "2"],
      [17, "action", "Туман над рекой."],
      [18, "transition", "В ЗТМ."],
    ]);
    expect(script.lineCount).toBe(18);
    expect(script.warnings).toEqual([]);
    expect(script.confidence).toBeGreaterThan(0.9);
  });

  it("classifies the extensions and reads the story day after the comma", () => {
    const elements = parsePdfLayout(russianScript).elements;
    const cues = elements.flatMap((element) => (element.kind === "character" ? [element.cue] : []));
    expect(cues.map((cue) => cue.extensions.map((extension) => extension.kind))).toEqual([
      ["VOICE_OVER"],
      ["OFF_SCREEN"],
      ["CONTINUED"],
    ]);
    const headings = elements.flatMap((element) => (element.kind === "heading" ? [element.heading] : []));
    expect(headings).toMatchObject([
      { setting: "INT", location: "ШТАБ", time: "NIGHT" },
      { setting: "EXT", location: "ПЕРЕПРАВА", time: "DAWN", storyDay: "2" },
    ]);
  });

  it("finds the columns wherever the margins and the font size put them", () => {
    const shifted: Layout = {
      ...russianA4,
      charWidth: 6,
      pitch: 11,
      columns: { action: 80, dialogue: 170, parenthetical: 215, cue: 250 },
      right: 540,
    };
    const rows: Row[] = [
      ["action", "ИНТ. ШТАБ - НОЧЬ"],
      "",
      ["action", "Тишина."],
      "",
      ["cue", "КОМАНДИР"],
      ["dialogue", "Подъём."],
      "",
      ["cue", "РАДИСТКА"],
      ["parenthetical", "(шёпотом)"],
      ["dialogue", "Есть."],
    ];
    const script = parsePdfLayout([page(shifted, rows)]);
    expect(brief(script.elements).map((entry) => entry[1])).toEqual([
      "heading",
      "action",
      "character",
      "dialogue",
      "character",
      "parenthetical",
      "dialogue",
    ]);
    expect(script.confidence).toBe(1);
  });
});

describe("parsePdfLayout: other layouts", () => {
  it("finds cues that are centred rather than set at one indent by the dialogue under them", () => {
    const centeredCue = (text: string, row: number): PdfTextItem => ({
      ...itemAt(usLetter, "center", text, 0),
      y: usLetter.top + row * usLetter.pitch,
    });
    const rows: Row[] = [
      ["action", "INT. HOUSE - DAY"],
      "",
      ["action", "Quiet."],
      "",
      "",
      ["dialogue", "Hello there."],
      "",
      "",
      ["dialogue", "Hi."],
      "",
      "",
      ["dialogue", "Well, then."],
    ];
    const extra = [centeredCue("ANNA", 4), centeredCue("BORIS MIKHAILOVICH", 7), centeredCue("ANNA", 10)];
    const script = parsePdfLayout([page(usLetter, rows, extra)]);
    expect(brief(script.elements)).toEqual([
      [1, "heading", "INT. HOUSE - DAY", null],
      [2, "action", "Quiet."],
      [3, "character", "ANNA"],
      [4, "dialogue", "Hello there."],
      [5, "character", "BORIS MIKHAILOVICH"],
      [6, "dialogue", "Hi."],
      [7, "character", "ANNA"],
      [8, "dialogue", "Well, then."],
    ]);
  });

  it("continues a speech on the next page without a repeated cue", () => {
    const script = parsePdfLayout([
      page(usLetter, [
        ["action", "INT. HOUSE - DAY"],
        "",
        ["cue", "ANNA"],
        ["dialogue", "I was saying that"],
      ]),
      page(usLetter, [["dialogue", "the river is high."], "", ["action", "She leaves."]]),
    ]);
    expect(brief(script.elements)).toEqual([
      [1, "heading", "INT. HOUSE - DAY", null],
      [2, "character", "ANNA"],
      [3, "dialogue", "I was saying that the river is high."],
      [5, "action", "She leaves."],
    ]);
  });

  it("reads Belarusian headings and extensions, centred text and transitions written at the left", () => {
    const script = parsePdfLayout([
      page(russianA4, [
        ["action", "ІНТ. ХАТА - ДЗЕНЬ"],
        "",
        ["cue", "АЛЕСЬ (ЗА КАДРАМ)"],
        ["dialogue", "Дзе ты?"],
        "",
        ["action", "СКЛЕЙКА:"],
        "",
        ["center", "КАНЕЦ"],
      ]),
    ]);
    expect(brief(script.elements)).toEqual([
      [1, "heading", "ІНТ. ХАТА - ДЗЕНЬ", null],
      [2, "character", "АЛЕСЬ"],
      [3, "dialogue", "Дзе ты?"],
      [4, "transition", "СКЛЕЙКА:"],
      [5, "centered", "КАНЕЦ"],
    ]);
    expect(script.elements[1]).toMatchObject({ cue: { extensions: [{ kind: "VOICE_OVER" }] } });
  });
});

describe("parsePdfLayout: lines from items", () => {
  it("merges words on one baseline in any order, and text drawn twice for bold once", () => {
    const words: PdfTextItem[] = [
      { text: "ШТАБ", x: 150.2, y: 100.3, width: 28.8, height: 12 },
      { text: "ИНТ.", x: 114, y: 100, width: 28.8, height: 12 },
      { text: "ИНТ.", x: 114.4, y: 100, width: 28.8, height: 12 },
      { text: "- НОЧЬ", x: 186.2, y: 99.8, width: 43.2, height: 12 },
    ];
    const script = parsePdfLayout([{ width: 595, height: 842, items: words }]);
    expect(brief(script.elements)).toEqual([[1, "heading", "ИНТ. ШТАБ - НОЧЬ", null]]);
  });

  it("drops the revision asterisk in the right margin", () => {
    const star = { ...itemAt(usLetter, "right", "*", usLetter.top + 2 * usLetter.pitch), x: 560 };
    const rows: Row[] = [["action", "INT. HOUSE - DAY"], "", ["action", "Changed words."]];
    const script = parsePdfLayout([page(usLetter, rows, [star])]);
    expect(script.elements[1]).toMatchObject({ kind: "action", text: "Changed words." });
  });

  it("joins a heading that wraps onto a second line", () => {
    const script = parsePdfLayout([
      page(usLetter, [
        ["action", "INT. THE VERY LONG NAME OF A COMMAND POST ON THE"],
        ["action", "EASTERN BANK - NIGHT"],
        "",
        ["action", "Rain."],
      ]),
    ]);
    expect(brief(script.elements)).toEqual([
      [1, "heading", "INT. THE VERY LONG NAME OF A COMMAND POST ON THE EASTERN BANK - NIGHT", null],
      [3, "action", "Rain."],
    ]);
  });

  it("drops page numbers, running headers and continuation marks but never counts them as lines", () => {
    const script = parsePdfLayout(russianScript);
    const texts = script.elements.map((element) => ("text" in element ? element.text : ""));
    expect(texts.join(" ")).not.toMatch(/ШТАБ». Серия|- 2 -|ДАЛЬШЕ/u);
  });
});

describe("parsePdfLayout: the title page", () => {
  it("reads centred text on page 1 before the first heading as the title page", () => {
    const title = page(usLetter, [
      ...Array.from({ length: 20 }, () => "" as const),
      ["center", "THE CROSSING"],
      "",
      ["center", "Written by"],
      "",
      ["center", "Anna Petrova"],
      ...Array.from({ length: 20 }, () => "" as const),
      ["action", "anna@example.org"],
    ]);
    const script = parsePdfLayout([title, ...usScript]);
    expect(script.title).toBe("THE CROSSING");
    expect(script.titlePage).toEqual([
      { key: "Title", value: "THE CROSSING", line: 1 },
      { key: "Credit", value: "Written by", line: 2 },
      { key: "Author", value: "Anna Petrova", line: 3 },
      { key: "Contact", value: "anna@example.org", line: 4 },
    ]);
    expect(script.elements[0]).toMatchObject({ kind: "transition", line: 5 });
    expect(script.lineCount).toBe(19);
  });

  it("never takes an opening transition for a title, centred or not", () => {
    const script = parsePdfLayout([
      page(usLetter, [["center", "FADE IN:"], "", ["action", "INT. HOUSE - DAY"], "", ["action", "Quiet."]]),
    ]);
    expect(script.titlePage).toEqual([]);
    expect(script.elements[0]).toMatchObject({ kind: "transition", text: "FADE IN:", line: 1 });
  });

  it("keeps script text before the first heading when it is not centred", () => {
    const script = parsePdfLayout(usScript);
    expect(script.title).toBeNull();
    expect(script.titlePage).toEqual([]);
  });
});

describe("parsePdfLayout: warnings and confidence", () => {
  it("warns about a page without headings and lowers the confidence", () => {
    const script = parsePdfLayout([
      page(usLetter, [["action", "Just a letter."], "", ["action", "Signed."]]),
    ]);
    expect(script.warnings.map((warning) => warning.code)).toEqual(["NO_SCENES", "LOW_LAYOUT_CONFIDENCE"]);
    expect(script.confidence).toBe(0.5);
  });

  it("reads empty pages as an empty script", () => {
    const script = parsePdfLayout([{ width: 612, height: 792, items: [] }]);
    expect(script).toMatchObject({ elements: [], lineCount: 1, confidence: 0 });
    expect(script.warnings.map((warning) => warning.code)).toEqual(["EMPTY_SCRIPT"]);
  });

  it("warns about a repeated scene number, a cue without dialogue and heading problems", () => {
    const script = parsePdfLayout([
      page(usLetter, [
        ["action", "1. INT. HOUSE - DAY"],
        "",
        ["cue", "ANNA"],
        ["dialogue", "Hello."],
        "",
        ["cue", "BORIS"],
        "",
        ["action", "1. INT. HOUSE"],
        "",
        ["action", "Quiet."],
      ]),
    ]);
    expect(script.warnings.map((warning) => [warning.line, warning.code])).toEqual([
      [4, "CUE_WITHOUT_DIALOGUE"],
      [5, "HEADING_WITHOUT_TIME"],
      [5, "DUPLICATE_SCENE_NUMBER"],
    ]);
  });
});

describe("parsePdfLayout: hostile text", () => {
  it("reads long runs of digits and capitals in linear time", () => {
    const long = (text: string, row: number): PdfTextItem => ({
      text,
      x: 108,
      y: 84 + row * 12,
      width: text.length * 7.2,
      height: 12,
    });
    const started = performance.now();
    const script = parsePdfLayout([
      {
        width: 612,
        height: 792,
        items: [
          long(`INT. X ${"1A".repeat(5000)}!`, 0),
          long(`12 ${"A1".repeat(5000)} MORE!`, 2),
          long(`${"1".repeat(5000)} ${"A-1".repeat(3000)}`, 4),
        ],
      },
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(script.lineCount).toBe(3);
  });
});

// Random pages and mutated real ones: nothing throws, and every line number stays within the extracted text.
const number = fc.oneof(
  fc.double({ min: -100, max: 1000, noNaN: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -1),
);
const textPiece = fc.oneof(
  fc.constantFrom(
    "ИНТ. ШТАБ - НОЧЬ",
    "12",
    "- 3 -",
    "(MORE)",
    "(ПРОД.)",
    "КОМАНДИР (ЗК)",
    "(тихо)",
    "СКЛЕЙКА:",
    "CUT TO:",
    "Title: X",
    "",
    " ",
    "\uFFFD",
  ),
  fc.string({ maxLength: 30 }),
);
const randomItem = fc.record({
  text: textPiece,
  x: number,
  y: number,
  width: number,
  height: number,
  bold: fc.option(fc.boolean(), { nil: undefined }),
});
const randomPage = fc.record({
  width: number,
  height: number,
  items: fc.array(randomItem, { maxLength: 40 }),
});
const realItems = russianScript.flatMap((sheet) => sheet.items);
const mutatedPage = fc
  .array(fc.tuple(fc.nat({ max: realItems.length }), fc.option(randomItem, { nil: null })), { maxLength: 12 })
  .map((edits) => {
    const items: PdfTextItem[] = [...realItems];
    for (const [at, item] of edits) items.splice(at, 1, ...(item === null ? [] : [item]));
    return { width: russianA4.width, height: russianA4.height, items };
  });

describe("parsePdfLayout properties", () => {
  it("never throws and keeps every line number within 1..lineCount", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(randomPage, mutatedPage), { maxLength: 4 }), (pages) => {
        const script = parsePdfLayout(pages);
        expect(script.lineCount).toBeGreaterThanOrEqual(1);
        for (const element of script.elements) {
          expect(Number.isInteger(element.line)).toBe(true);
          expect(element.line).toBeGreaterThanOrEqual(1);
          expect(element.line).toBeLessThanOrEqual(script.lineCount);
        }
        for (const item of [...script.warnings, ...script.titlePage]) {
          expect(item.line).toBeGreaterThanOrEqual(1);
          expect(item.line).toBeLessThanOrEqual(script.lineCount);
        }
        const lines = script.elements.map((element) => element.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        expect(script.confidence).toBeGreaterThanOrEqual(0);
        expect(script.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

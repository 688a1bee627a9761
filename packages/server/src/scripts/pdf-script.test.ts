// Real PDFs, made here with pdfkit the way screenwriting software lays a script out, read back through pdf.js.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import {
  collectScenes,
  parseFountain,
  stripEmphasis,
  type ParsedScreenplay,
  type ScreenplayElement,
} from "@kinomost/core";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { readPdfScript } from "./pdf-script.ts";

// PT Sans carries Cyrillic; no monospace font with Cyrillic ships in node_modules. The reader works from
// where lines start, so a proportional font serves the test as well as Courier New would.
const ptSans = createRequire(import.meta.url).resolve(
  "@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf",
);

type Column = "action" | "dialogue" | "parenthetical" | "cue" | "right" | "center";
type Row = readonly [Column, string] | "";

interface Sheet {
  readonly size: "A4" | "LETTER";
  readonly font: string;
  /** Left edges of the columns and the right margin, in points. */
  readonly columns: Readonly<Record<"action" | "dialogue" | "parenthetical" | "cue" | "right", number>>;
  /** Where dialogue and parentheticals wrap. */
  readonly dialogueRight: number;
  readonly top: number;
}

const mm = 72 / 25.4;
const russianA4: Sheet = {
  size: "A4",
  font: ptSans,
  columns: { action: 37.5 * mm, dialogue: 75 * mm, parenthetical: 92.5 * mm, cue: 105 * mm, right: 185 * mm },
  dialogueRight: 147.5 * mm,
  top: 25 * mm,
};
const usLetter: Sheet = {
  size: "LETTER",
  font: "Courier",
  columns: { action: 108, dialogue: 180, parenthetical: 223.2, cue: 266.4, right: 540 },
  dialogueRight: 432,
  top: 72,
};

interface PageSpec {
  readonly rows: readonly Row[];
  /** Page furniture: text at a fixed position (a page number, a header). */
  readonly extra?: readonly {
    readonly text: string;
    readonly x: number | "right" | "center";
    readonly y: number;
  }[];
}

function makePdf(sheet: Sheet, pages: readonly PageSpec[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: sheet.size, margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  doc.registerFont("script", sheet.font);
  for (const spec of pages) {
    doc.addPage({ size: sheet.size, margin: 0 });
    doc.font("script").fontSize(12);
    const place = (text: string, column: Column | number, y: number) => {
      const width = doc.widthOfString(text);
      const x =
        typeof column === "number"
          ? column
          : column === "right"
            ? sheet.columns.right - width
            : column === "center"
              ? (doc.page.width - width) / 2
              : sheet.columns[column];
      doc.text(text, x, y, { lineBreak: false });
    };
    spec.rows.forEach((row, index) => {
      if (row !== "") place(row[1], row[0], sheet.top + index * 12);
    });
    for (const item of spec.extra ?? []) place(item.text, item.x, item.y);
  }
  doc.end();
  return done;
}

const summary = (script: ParsedScreenplay) =>
  script.elements.map((element: ScreenplayElement) => {
    if (element.kind === "heading") return `heading: ${element.heading.text} #${element.heading.number}`;
    if (element.kind === "character") return `cue: ${element.text}`;
    return "text" in element ? `${element.kind}: ${element.text}` : element.kind;
  });

async function readOk(bytes: Uint8Array) {
  const result = await readPdfScript(bytes);
  if (!result.ok) throw new Error(`expected a script, got ${JSON.stringify(result.error)}`);
  return result;
}

describe("readPdfScript", () => {
  it("reads a Russian A4 script of two pages with page numbers and continuation marks", async () => {
    const bytes = await makePdf(russianA4, [
      {
        rows: [
          ["action", "ИЗ ЗТМ:"],
          "",
          ["action", "1. ИНТ. ШТАБ - НОЧЬ"],
          ["action", "КОМАНДИР, РАДИСТКА"],
          "",
          ["action", "Коптилка. Над картой склонился КОМАНДИР, у рации —"],
          ["action", "РАДИСТКА, совсем девчонка."],
          "",
          ["cue", "КОМАНДИР (ЗК)"],
          ["parenthetical", "(тихо)"],
          ["dialogue", "Выходим на рассвете. Всем"],
          ["dialogue", "спать."],
          "",
          ["cue", "РАДИСТКА (ВПЗ)"],
          ["dialogue", "Есть связь со Ставкой!"],
          ["cue", "(ДАЛЬШЕ)"],
        ],
        extra: [{ text: "1.", x: "right", y: 12 * mm }],
      },
      {
        rows: [
          ["cue", "РАДИСТКА (ПРОД.)"],
          ["dialogue", "Ждут доклада."],
          "",
          ["right", "СКЛЕЙКА:"],
          "",
          ["action", "2. НАТ. ПЕРЕПРАВА - РАССВЕТ"],
          "",
          ["action", "Туман над рекой. Лодки у берега."],
          "",
          ["right", "В ЗТМ."],
        ],
        extra: [{ text: "2.", x: "right", y: 12 * mm }],
      },
    ]);
    const result = await readOk(bytes);
    expect(result).toMatchObject({ format: "pdf", encoding: "utf-8" });
    expect(summary(result.script)).toEqual([
      "transition: ИЗ ЗТМ:",
      "heading: ИНТ. ШТАБ - НОЧЬ #1",
      "sceneCharacters: КОМАНДИР, РАДИСТКА",
      "action: Коптилка. Над картой склонился КОМАНДИР, у рации — РАДИСТКА, совсем девчонка.",
      "cue: КОМАНДИР (ЗК)",
      "parenthetical: (тихо)",
      "dialogue: Выходим на рассвете. Всем спать.",
      "cue: РАДИСТКА (ВПЗ)",
      "dialogue: Есть связь со Ставкой!",
      "cue: РАДИСТКА (ПРОД.)",
      "dialogue: Ждут доклада.",
      "transition: СКЛЕЙКА:",
      "heading: НАТ. ПЕРЕПРАВА - РАССВЕТ #2",
      "action: Туман над рекой. Лодки у берега.",
      "transition: В ЗТМ.",
    ]);
    const scenes = collectScenes(result.script);
    expect(scenes.map((scene) => [scene.heading.setting, scene.heading.time, scene.characters])).toEqual([
      ["INT", "NIGHT", ["КОМАНДИР", "РАДИСТКА"]],
      ["EXT", "DAWN", []],
    ]);
    expect(result.script.warnings).toEqual([]);
    expect(result.script.lineCount).toBe(17);
    expect(result.script.elements.at(-1)).toMatchObject({ kind: "transition", line: 17 });
    expect(result.script.confidence).toBeGreaterThan(0.9);
  });

  it("reads a US Letter script in Courier with scene numbers in both margins", async () => {
    const number = (text: string, row: number) => [
      { text, x: 72, y: usLetter.top + row * 12 },
      { text, x: 552, y: usLetter.top + row * 12 },
    ];
    const bytes = await makePdf(usLetter, [
      {
        rows: [
          ["action", "FADE IN:"],
          "",
          ["action", "INT. HEADQUARTERS - NIGHT"],
          "",
          ["action", "Rain hammers the windows. The COMMANDER studies a map"],
          ["action", "spread over two tables."],
          "",
          ["cue", "COMMANDER (V.O.)"],
          ["parenthetical", "(quietly)"],
          ["dialogue", "We move at dawn."],
          "",
          ["cue", "LIEUTENANT"],
          ["dialogue", "Yes, sir."],
          "",
          ["right", "CUT TO:"],
          "",
          ["action", "EXT. RIVER CROSSING - DAWN"],
          "",
          ["action", "Mist over the water."],
        ],
        extra: [...number("1", 2), ...number("2", 16)],
      },
    ]);
    const result = await readOk(bytes);
    expect(summary(result.script)).toEqual([
      "transition: FADE IN:",
      "heading: INT. HEADQUARTERS - NIGHT #1",
      "action: Rain hammers the windows. The COMMANDER studies a map spread over two tables.",
      "cue: COMMANDER (V.O.)",
      "parenthetical: (quietly)",
      "dialogue: We move at dawn.",
      "cue: LIEUTENANT",
      "dialogue: Yes, sir.",
      "transition: CUT TO:",
      "heading: EXT. RIVER CROSSING - DAWN #2",
      "action: Mist over the water.",
    ]);
    expect(collectScenes(result.script)).toHaveLength(2);
    expect(result.script.confidence).toBeGreaterThan(0.9);
  });

  it("reads a Node Buffer without taking the caller's memory, so the same bytes read twice alike", async () => {
    const bytes = await makePdf(usLetter, [
      { rows: [["action", "INT. HOUSE - DAY"], "", ["action", "Quiet."]] },
    ]);
    const buffer = Buffer.from(bytes);
    const first = await readOk(buffer);
    expect(buffer.byteLength).toBe(bytes.byteLength);
    expect(await readOk(buffer)).toEqual(first);
    expect(summary(first.script)).toEqual(["heading: INT. HOUSE - DAY #null", "action: Quiet."]);
  });

  it("answers NO_TEXT_LAYER for pages with drawings and no text", async () => {
    const doc = new PDFDocument({ size: "A4", margin: 0 });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve) => doc.on("end", resolve));
    doc.rect(100, 100, 200, 300).stroke();
    doc.end();
    await done;
    const result = await readPdfScript(new Uint8Array(Buffer.concat(chunks)));
    expect(result).toEqual({ ok: false, error: { code: "NO_TEXT_LAYER", pages: 1 } });
  });

  it("answers MALFORMED_PDF for bytes that only start like a PDF", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7\n\u0001\u0002 not a pdf at all \u00ff");
    const result = await readPdfScript(bytes);
    expect(result).toMatchObject({ ok: false, error: { code: "MALFORMED_PDF" } });
    if (!result.ok && result.error.code === "MALFORMED_PDF") expect(result.error.detail).not.toBe("");
  });

  it("answers MALFORMED_PDF for random bytes and empty input, and leaves the caller's bytes intact", async () => {
    const random = new Uint8Array(2048).map((_, index) => (index * 7919 + 13) % 256);
    random.set(new TextEncoder().encode("%PDF-1.4\n"));
    for (const bytes of [random, new Uint8Array(0)]) {
      const result = await readPdfScript(bytes);
      expect(result).toMatchObject({ ok: false, error: { code: "MALFORMED_PDF" } });
    }
    expect(random.byteLength).toBe(2048);
    expect(new TextDecoder().decode(random.subarray(0, 4))).toBe("%PDF");
  });
});

interface Extra {
  readonly text: string;
  readonly x: number | "right" | "center";
  readonly y: number;
}

/**
 * Prints a parsed Fountain script the way screenwriting software does: a centred title page, wrapped paragraphs,
 * blank lines between them, page numbers, speeches split across pages with (MORE)/(ДАЛЬШЕ) and a (CONT'D)/(ПРОД.)
 * cue, and scene numbers in front of the heading (Russian) or in both margins (US).
 */
function printScript(script: ParsedScreenplay, sheet: Sheet, linesPerPage: number): PageSpec[] {
  const isRussian = sheet.size === "A4";
  const measure = new PDFDocument({ size: sheet.size });
  measure.registerFont("script", sheet.font).font("script").fontSize(12);
  const wrap = (text: string, width: number) =>
    text.split(/\s+/u).reduce<string[]>((lines, word) => {
      const last = lines.at(-1);
      if (last !== undefined && measure.widthOfString(`${last} ${word}`) <= width)
        lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
      return lines;
    }, []);
  const title = script.titlePage.flatMap((entry): Row[] => [
    "",
    ["center", `${entry.key}: ${stripEmphasis(entry.value.split("\n")[0] ?? "")}`],
  ]);
  const pages: { rows: Row[]; extra: Extra[] }[] = [
    { rows: [...Array<Row>(15).fill(""), ...title], extra: [] },
  ];
  let page = { rows: [] as Row[], extra: [] as Extra[] };
  const newPage = () => {
    page = { rows: [], extra: [{ text: `${pages.length}.`, x: "right", y: sheet.top - 30 }] };
    pages.push(page);
  };
  newPage();
  let speaker = "";
  const widths = {
    action: sheet.columns.right - sheet.columns.action,
    dialogue: sheet.dialogueRight - sheet.columns.dialogue,
    parenthetical: sheet.dialogueRight - sheet.columns.parenthetical,
  };
  const paragraph = (rows: Row[]) => {
    if (page.rows.length > 0 && page.rows.length + rows.length + 1 > linesPerPage) newPage();
    if (page.rows.length > 0) page.rows.push("");
    page.rows.push(...rows);
  };
  const speech = (column: "dialogue" | "parenthetical", text: string) => {
    for (const line of wrap(text, widths[column])) {
      if (page.rows.length + 2 > linesPerPage) {
        page.rows.push(["cue", isRussian ? "(ДАЛЬШЕ)" : "(MORE)"]);
        newPage();
        page.rows.push(["cue", `${speaker} ${isRussian ? "(ПРОД.)" : "(CONT'D)"}`]);
      }
      page.rows.push([column, line]);
    }
  };
  for (const element of script.elements) {
    switch (element.kind) {
      case "heading": {
        const { number, text } = element.heading;
        paragraph([["action", isRussian && number !== null ? `${number}. ${text}` : text]]);
        const y = sheet.top + (page.rows.length - 1) * 12;
        if (!isRussian && number !== null)
          page.extra.push({ text: number, x: 72, y }, { text: number, x: 552, y });
        break;
      }
      case "sceneCharacters":
        page.rows.push(...wrap(element.text, widths.action).map((line): Row => ["action", line]));
        break;
      case "action":
        paragraph(wrap(element.text.replace(/\n/gu, " "), widths.action).map((line) => ["action", line]));
        break;
      case "character":
        speaker = element.cue.name;
        paragraph([["cue", element.text.replace(/\s*\^$/u, "")]]);
        break;
      case "parenthetical":
        speech("parenthetical", element.text);
        break;
      case "dialogue":
      case "lyrics":
        speech("dialogue", element.text.replace(/\n/gu, " "));
        break;
      case "transition":
        paragraph([
          [/:$/u.test(element.text) && /ИЗ|IN/u.test(element.text) ? "action" : "right", element.text],
        ]);
        break;
      case "centered":
        paragraph([["center", element.text]]);
        break;
      default:
        break;
    }
  }
  return pages;
}

describe("readPdfScript on printed Fountain fixtures", () => {
  const fixtures = new URL("../../../core/src/screenplay/fixtures/", import.meta.url);
  const cases = [
    ["ru-episode.fountain", russianA4],
    ["by-short.fountain", russianA4],
    ["en-feature.fountain", usLetter],
  ] as const;

  it.each(cases)("reads %s back with the headings, cues and title Fountain gives", async (name, sheet) => {
    const fountain = parseFountain(readFileSync(new URL(name, fixtures), "utf8"));
    // Short pages, so many speeches break across pages with (MORE) and a (CONT'D) cue.
    const result = await readOk(await makePdf(sheet, printScript(fountain, sheet, 11)));
    const headings = (script: ParsedScreenplay) =>
      script.elements.flatMap((element) =>
        // A forced heading has no prefix and nothing marks it on paper: the PDF reads it as action.
        element.kind === "heading" && !element.heading.isForced
          ? [[element.heading.text, element.heading.number]]
          : [],
      );
    const cues = (script: ParsedScreenplay) =>
      script.elements.flatMap((element) => (element.kind === "character" ? [element.cue.name] : []));
    // Speeches split across pages gain a repeated (CONT'D) cue; a repeated name in a row is that one speech.
    const speakers = (script: ParsedScreenplay) =>
      cues(script).filter((cue, index, all) => cue !== all[index - 1]);
    expect(headings(result.script)).toEqual(headings(fountain));
    expect(speakers(result.script)).toEqual(speakers(fountain));
    // The printed title page carries the first line of each entry.
    const titleEntry = fountain.titlePage.find((entry) => /^(?:title|название|назва)$/iu.test(entry.key));
    expect(result.script.title).toBe(stripEmphasis(titleEntry?.value.split("\n")[0] ?? ""));
    expect(result.script.confidence).toBeGreaterThan(0.9);
  });
});

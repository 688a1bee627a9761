// The FDX importer on small documents built here, and its properties: no input makes it throw, and an FDX
// holds the same scenes and characters as the Fountain text with the same paragraphs (a conformance suite).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFdx } from "./fdx.ts";
import { parseFountain } from "./fountain.ts";
import { parseSceneHeading } from "./heading.ts";
import { buildScriptParseResult } from "./script-parse.ts";
import type { ParsedScreenplay } from "./types.ts";

interface Run {
  readonly text: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");
}

function attributesXml(attributes: Readonly<Record<string, string>> = {}): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join("");
}

function paragraph(
  type: string | null,
  runs: string | readonly Run[],
  attributes: Readonly<Record<string, string>> = {},
): string {
  const list = typeof runs === "string" ? [{ text: runs }] : runs;
  const typeAttribute: Record<string, string> = type === null ? {} : { Type: type };
  const texts = list.map((run) => `<Text${attributesXml(run.attributes)}>${escapeXml(run.text)}</Text>`);
  return `    <Paragraph${attributesXml({ ...attributes, ...typeAttribute })}>\n      ${texts.join("\n      ")}\n    </Paragraph>\n`;
}

function fdxDocument(content: string, rest = ""): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n` +
    `<FinalDraft DocumentType="Script" Template="No" Version="5">\n  <Content>\n${content}  </Content>\n${rest}</FinalDraft>\n`
  );
}

const kinds = (script: ParsedScreenplay) => script.elements.map((element) => element.kind);
const codes = (script: ParsedScreenplay) => script.warnings.map((warning) => warning.code);

describe("parseFdx", () => {
  it("assembles a paragraph's text from all its runs, styles and adornments ignored", () => {
    const script = parseFdx(
      fdxDocument(
        paragraph("Scene Heading", [
          { text: "ИНТ. ШТАБ " },
          { text: "- НОЧЬ", attributes: { Style: "Bold+Underline", AdornmentStyle: "-1" } },
        ]),
      ),
    );
    expect(buildScriptParseResult(script).scenes[0]).toMatchObject({
      heading: "ИНТ. ШТАБ - НОЧЬ",
      setting: "INT",
      location: "ШТАБ",
      time: "NIGHT",
      line: 4,
    });
  });

  it("takes the scene number from the Number attribute, else from #12# in the text", () => {
    const script = parseFdx(
      fdxDocument(
        paragraph("Scene Heading", "НАТ. ПОЛЕ - ДЕНЬ #3#", { Number: "12А" }) +
          paragraph("Scene Heading", "НАТ. ЛЕС - ДЕНЬ #13#") +
          paragraph("Scene Heading", "НАТ. РЕКА - ДЕНЬ", { Number: "" }) +
          paragraph("Scene Heading", "НАТ. ЛУГ - ДЕНЬ", { Number: "12А" }),
      ),
    );
    const result = buildScriptParseResult(script);
    expect(result.scenes.map((scene) => [scene.number, scene.heading])).toEqual([
      ["12А", "НАТ. ПОЛЕ - ДЕНЬ"],
      ["13", "НАТ. ЛЕС - ДЕНЬ"],
      [null, "НАТ. РЕКА - ДЕНЬ"],
      ["12А", "НАТ. ЛУГ - ДЕНЬ"],
    ]);
    expect(script.warnings).toEqual([
      {
        code: "DUPLICATE_SCENE_NUMBER",
        line: 13,
        message: 'scene number "12А" was already used by the scene heading on line 4',
      },
    ]);
  });

  it("reads malformed XML as one MALFORMED_XML warning with its line, and no elements", () => {
    const text = fdxDocument(paragraph("Action", "x").replace("</Text>", ""));
    const script = parseFdx(text);
    expect(script.elements).toEqual([]);
    expect(script.warnings).toEqual([
      {
        code: "MALFORMED_XML",
        line: 6,
        message: expect.stringMatching(
          /^the XML is not well-formed: Expected closing tag 'Text'.*\(column \d+\)$/u,
        ),
      },
    ]);
    const whole = fdxDocument(paragraph("Action", "x"));
    const cut = parseFdx(whole.slice(0, whole.indexOf("</Content>")));
    expect(cut.warnings).toEqual([
      { code: "MALFORMED_XML", line: cut.lineCount, message: expect.stringContaining("<Content>") },
    ]);
    expect(buildScriptParseResult(cut)).toMatchObject({ format: "fdx", scenes: [], characters: [] });
  });

  it("refuses XML that is not Final Draft, plain text and empty input with one warning", () => {
    expect(parseFdx("<?xml version='1.0'?>\n<html><body/></html>").warnings).toEqual([
      {
        code: "NOT_FDX",
        line: 2,
        message:
          "the file is XML but not a Final Draft document: its root element is <html>, not <FinalDraft>",
      },
    ]);
    expect(codes(parseFdx("ИНТ. КУХНЯ - ДЕНЬ\n\nИВАН\nПривет."))).toEqual(["MALFORMED_XML"]);
    expect(codes(parseFdx(" \r\n"))).toEqual(["EMPTY_SCRIPT"]);
    expect(parseFdx("\uFEFF" + fdxDocument("")).warnings).toEqual([
      { code: "EMPTY_SCRIPT", line: 1, message: "the script is empty" },
    ]);
  });

  it("pairs the cues of a DualDialogue block and warns about a block with one cue", () => {
    const dual = (inner: string) =>
      `    <Paragraph>\n<DualDialogue>\n${inner}</DualDialogue>\n    </Paragraph>\n`;
    const script = parseFdx(
      fdxDocument(
        paragraph("Scene Heading", "INT. BAR - NIGHT") +
          dual(
            paragraph("Character", "ANNA") +
              paragraph("Dialogue", "Now!") +
              paragraph("Character", "BOB") +
              paragraph("Dialogue", "Never!"),
          ) +
          dual(paragraph("Character", "CARL") + paragraph("Dialogue", "Alone.")),
      ),
    );
    const cues = script.elements.flatMap((element) =>
      element.kind === "character" ? [`${element.cue.name}:${element.dual}`] : [],
    );
    expect(cues).toEqual(["ANNA:left", "BOB:right", "CARL:null"]);
    expect(codes(script)).toEqual(["DUAL_WITHOUT_PARTNER"]);
  });

  it("reads the Russian scene-characters paragraph only when it is clearly a list", () => {
    const scene = (first: string) =>
      parseFdx(
        fdxDocument(
          paragraph("Scene Heading", "ИНТ. КУХНЯ - ДЕНЬ") +
            paragraph("Action", first) +
            paragraph("Action", "ЛЕНА, САША"),
        ),
      );
    expect(kinds(scene("ЛЕНА, САША, ДЕД МАТВЕЙ"))).toEqual(["heading", "sceneCharacters", "action"]);
    expect(kinds(scene("Участники: Лена"))).toEqual(["heading", "sceneCharacters", "action"]);
    expect(kinds(scene("Темнота"))).toEqual(["heading", "action", "action"]);
    const castList = parseFdx(
      fdxDocument(
        paragraph("Scene Heading", "ИНТ. КУХНЯ - ДЕНЬ") + paragraph("Cast List", "ЛЕНА, САША (ЗК) и ДЕД"),
      ),
    );
    expect(buildScriptParseResult(castList).scenes[0]?.characters).toEqual(["ДЕД", "ЛЕНА", "САША"]);
  });

  it("trusts the paragraph type: a cue in lower case and a heading without a prefix", () => {
    const script = parseFdx(
      fdxDocument(
        paragraph("Scene Heading", "КРЫША") +
          paragraph("Character", "Мама (ЗК)") +
          paragraph("Dialogue", "Домой!"),
      ),
    );
    expect(buildScriptParseResult(script).scenes).toEqual([
      expect.objectContaining({ heading: "КРЫША", setting: null, location: "КРЫША", characters: ["Мама"] }),
    ]);
    expect(script.elements[1]).toMatchObject({
      kind: "character",
      cue: { name: "Мама", extensions: [{ text: "ЗК", kind: "VOICE_OVER" }], isForced: true },
    });
  });

  it("knows the element names of Russian templates and warns once per unknown type", () => {
    const script = parseFdx(
      fdxDocument(
        paragraph("Заголовок сцены", "НАТ. ДВОР - УТРО") +
          paragraph("Персонаж", "ИВАН") +
          paragraph("Ремарка", "(тихо)") +
          paragraph("Реплика", "Пора.") +
          paragraph("Montage", "SERIES OF SHOTS") +
          paragraph("Montage", "MORE SHOTS") +
          paragraph("Outline 1", "АКТ ВТОРОЙ"),
      ),
    );
    expect(kinds(script)).toEqual([
      "heading",
      "character",
      "parenthetical",
      "dialogue",
      "action",
      "action",
      "section",
    ]);
    expect(script.warnings).toEqual([expect.objectContaining({ code: "UNKNOWN_PARAGRAPH_TYPE", line: 16 })]);
    const inherited = parseFdx(fdxDocument(paragraph("constructor", "x") + paragraph("toString", "y")));
    expect(kinds(inherited)).toEqual(["action", "action"]);
    expect(codes(inherited)).toEqual(["NO_SCENES", "UNKNOWN_PARAGRAPH_TYPE", "UNKNOWN_PARAGRAPH_TYPE"]);
  });

  it("adds a page break before a paragraph that starts a new page, and keeps centred action apart", () => {
    const script = parseFdx(
      fdxDocument(
        paragraph("Scene Heading", "INT. HALL - DAY", { StartsNewPage: "Yes" }) +
          paragraph("Action", "THE END", { Alignment: "Center" }),
      ),
    );
    expect(kinds(script)).toEqual(["pageBreak", "heading", "centered"]);
  });

  it("warns about a tag the TagData cannot resolve and still suggests it", () => {
    const tagData =
      `  <TagData>\n    <TagCategories/>\n    <TagDefinitions>\n` +
      `      <TagDefinition CatId="missing" Id="d1" Label="танк Т-34" Number="1"/>\n    </TagDefinitions>\n` +
      `    <Tags>\n      <Tag Number="1"><DefId>d1</DefId></Tag>\n    </Tags>\n  </TagData>\n`;
    const script = parseFdx(
      fdxDocument(
        paragraph("Scene Heading", "НАТ. ПОЛЕ - ДЕНЬ", { Number: "4" }) +
          paragraph("Action", [{ text: "По полю идёт " }, { text: "танк", attributes: { TagNumber: "1" } }]) +
          paragraph("Action", [{ text: "граната", attributes: { TagNumber: "9" } }]),
        tagData,
      ),
    );
    expect(script.breakdownSuggestions).toEqual([
      { category: "Miscellaneous", label: "танк Т-34", sceneNumber: "4", sceneLine: 4, line: 7 },
      { category: "Miscellaneous", label: "граната", sceneNumber: "4", sceneLine: 4, line: 11 },
    ]);
    expect(script.warnings).toEqual([
      {
        code: "UNKNOWN_TAG",
        line: 7,
        message: 'Tagger tag 1 on "танк" cannot be resolved: its category "missing" is missing',
      },
      {
        code: "UNKNOWN_TAG",
        line: 11,
        message: `Tagger tag 9 on "граната" cannot be resolved: it is not in the file's <TagData>`,
      },
    ]);
  });

  it("gives every paragraph of a one-line FDX line 1", () => {
    const text = fdxDocument(
      paragraph("Scene Heading", "INT. A - DAY") + paragraph("Scene Heading", "INT. B - DAY"),
    ).replace(/\n\s*/gu, "");
    expect(buildScriptParseResult(parseFdx(text)).scenes.map((scene) => scene.line)).toEqual([1, 1]);
  });
});

// Random and mutated input: pieces of real FDX, broken tags, entities and line ends.
const fixture = readFileSync(join(import.meta.dirname, "fixtures", "ru-episode.fdx"), "utf8");
const xmlPiece = fc.constantFrom(
  "<FinalDraft>",
  "</FinalDraft>",
  "<Content>",
  "</Content>",
  '<Paragraph Type="Scene Heading" Number="1">',
  '<Paragraph Type="Character">',
  '<Paragraph Type="Dialogue">',
  '<Paragraph Type="Cast List">',
  "<Paragraph>",
  "</Paragraph>",
  "<DualDialogue>",
  "</DualDialogue>",
  '<SceneProperties Length="1 3/8" Page="2"/>',
  "<Text>",
  '<Text TagNumber="1">',
  "</Text>",
  "ИНТ. КУХНЯ - ДЕНЬ",
  "ИВАН (ЗК)",
  "&amp;",
  "&bogus;",
  "<![CDATA[x]]>",
  "<!-- note -->",
  "<?xml version='1.0'?>",
  '<TagData><Tags><Tag Number="1"><DefId>x</DefId></Tag></Tags></TagData>',
  "\r\n",
  "\n",
  "\r",
  "\uFEFF",
  "\uFFFD",
);
const fdxText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .array(fc.oneof(xmlPiece, fc.string({ maxLength: 12 })), { maxLength: 60 })
    .map((pieces) => pieces.join("")),
  fc
    .array(
      fc.tuple(fc.nat({ max: fixture.length }), fc.nat({ max: 40 }), fc.oneof(xmlPiece, fc.constant(""))),
      {
        maxLength: 8,
      },
    )
    .map((edits) => {
      let text = fixture;
      for (const [at, length, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + length);
      return text;
    }),
);

function lineCountOf(text: string): number {
  return text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u).length;
}

describe("parseFdx properties", () => {
  it("never throws, keeps line numbers within the input and the contract's shape", () => {
    fc.assert(
      fc.property(fdxText, (text) => {
        const script = parseFdx(text);
        expect(script.lineCount).toBe(lineCountOf(text));
        for (const item of [...script.elements, ...script.warnings, ...(script.breakdownSuggestions ?? [])]) {
          expect(item.line >= 1 && item.line <= script.lineCount).toBe(true);
        }
        if (codes(script).some((code) => code === "MALFORMED_XML" || code === "NOT_FDX")) {
          expect(script.warnings).toHaveLength(1);
          expect(script.elements).toEqual([]);
        }
        const result = buildScriptParseResult(script);
        let previous = 0;
        for (const scene of result.scenes) {
          expect(scene.line).toBeGreaterThanOrEqual(previous);
          previous = scene.line;
          expect(Number.isInteger(scene.eighths) && scene.eighths > 0).toBe(true);
          expect(scene.characters).toEqual([...new Set(scene.characters)]);
        }
        for (const warning of result.warnings) expect(warning.message).not.toBe("");
      }),
      { numRuns: 300 },
    );
  });

  it("reads CRLF and LF alike", () => {
    fc.assert(
      fc.property(fc.nat({ max: 40 }), (cut) => {
        const lines = fixture.split("\n").slice(cut);
        expect(parseFdx(lines.join("\r\n"))).toEqual(parseFdx(lines.join("\n")));
      }),
      { numRuns: 20 },
    );
  });
});

// The conformance property: the same (heading, cue, dialogue) paragraphs written as Fountain and as FDX.
const alphabets = ["АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ", "ABCDEFGHIJKLMNOPRSTUVWXYZ", "ӘҒҚҢӨҰҮҺІАБВ"];
const capitalWord = (alphabet: string) =>
  fc
    .string({ unit: fc.constantFrom(...alphabet), minLength: 2, maxLength: 8 })
    .filter((word) => !["AND", "INT", "EXT", "EST", "ИНТ", "НАТ", "ІНТ", "УСТ"].includes(word));
const capitalWords = (alphabet: string, max: number) =>
  fc.array(capitalWord(alphabet), { minLength: 1, maxLength: max }).map((words) => words.join(" "));

// Only headings the heading grammar knows: for others the paragraph type makes FDX differ on purpose (forced).
const sceneArbitrary = fc.constantFrom(...alphabets).chain((alphabet) =>
  fc
    .record({
      prefix: fc.constantFrom("ИНТ.", "НАТ.", "ИНТ./НАТ.", "INT.", "EXT.", "INT./EXT.", "I/E", "ІНТ."),
      location: capitalWords(alphabet, 3),
      time: fc.constantFrom(
        "",
        " - ДЕНЬ",
        " - НОЧЬ",
        ". УТРО",
        " — ВЕЧЕР, 3",
        " - РЕЖИМ",
        " - DAY",
        " - CONTINUOUS",
      ),
      number: fc.option(
        fc.tuple(fc.integer({ min: 1, max: 99 }), fc.constantFrom("", "А", "A")).map(([n, s]) => `${n}${s}`),
      ),
      cues: fc.array(
        fc.record({
          name: capitalWords(alphabet, 2).filter((name) => parseSceneHeading(name) === null),
          extension: fc.constantFrom("", " (ЗК)", " (V.O.)", " (ПРОД.)", " (по телефону)"),
          dialogue: fc
            .array(
              fc.string({
                unit: fc.constantFrom(..."абвгдежзиклмнопрстabcdefg"),
                minLength: 1,
                maxLength: 9,
              }),
              {
                minLength: 1,
                maxLength: 8,
              },
            )
            .map((words) => `${words.join(" ")}.`),
          splitAt: fc.nat(),
        }),
        { maxLength: 3 },
      ),
    })
    .filter((scene) => parseSceneHeading(`${scene.prefix} ${scene.location}${scene.time}`) !== null),
);

type GeneratedScene = typeof sceneArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toFountain(scenes: readonly GeneratedScene[]): string {
  return scenes
    .map((scene) => {
      const number = scene.number === null ? "" : ` #${scene.number}#`;
      const blocks = scene.cues.map((cue) => `${cue.name}${cue.extension}\n${cue.dialogue}`);
      return [`${scene.prefix} ${scene.location}${scene.time}${number}`, ...blocks].join("\n\n");
    })
    .join("\n\n");
}

/** Splits text into two style runs at a generated point, as Final Draft does around a bold word. */
function styledRuns(text: string, splitAt: number): Run[] {
  const at = splitAt % (text.length + 1);
  return [{ text: text.slice(0, at) }, { text: text.slice(at), attributes: { Style: "Bold" } }];
}

function toFdx(scenes: readonly GeneratedScene[]): string {
  const content = scenes
    .map((scene) => {
      const heading = paragraph("Scene Heading", `${scene.prefix} ${scene.location}${scene.time}`, {
        ...(scene.number === null ? {} : { Number: scene.number }),
      });
      const blocks = scene.cues.map(
        (cue) =>
          paragraph("Character", styledRuns(`${cue.name}${cue.extension}`, cue.splitAt)) +
          paragraph("Dialogue", styledRuns(cue.dialogue, cue.splitAt)),
      );
      return heading + blocks.join("");
    })
    .join("");
  return fdxDocument(content);
}

describe("conformance: FDX and Fountain read the same paragraphs alike", () => {
  it("gives the same scenes, characters and warning codes", () => {
    fc.assert(
      fc.property(fc.array(sceneArbitrary, { minLength: 1, maxLength: 6 }), (scenes) => {
        const fountain = parseFountain(toFountain(scenes));
        const fdx = parseFdx(toFdx(scenes));
        const withoutLines = (script: ParsedScreenplay) => {
          const result = buildScriptParseResult(script);
          return {
            scenes: result.scenes.map(({ line: _line, ...scene }) => scene),
            characters: result.characters,
            codes: codes(script),
          };
        };
        expect(withoutLines(fdx)).toEqual(withoutLines(fountain));
        expect(fdx.format).toBe("fdx");
      }),
      { numRuns: 200 },
    );
  });
});

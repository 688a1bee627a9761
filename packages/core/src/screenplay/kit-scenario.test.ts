// The KIT Scenarist and Story Architect readers on small XML documents built here, and their properties:
// no input makes them throw, and every line number they report lies inside the XML text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseKitScenarioXml, parseStarcScreenplayXml } from "./kit-scenario.ts";
import { buildScriptParseResult } from "./script-parse.ts";
import type { ParsedScreenplay, ScreenplayElement } from "./types.ts";

/** One KIT block on its own line, its text as CDATA the way the program writes it. */
function block(type: string, text: string, attributes = ""): string {
  return `<${type}${attributes}><v><![CDATA[${text}]]></v></${type}>`;
}

function kitDocument(...blocks: string[]): string {
  return `<?xml version="1.0"?>\n<scenario version="1.0">\n${blocks.join("\n")}\n</scenario>\n`;
}

const kinds = (script: ParsedScreenplay) => script.elements.map((element) => element.kind);
const codes = (script: ParsedScreenplay) => script.warnings.map((warning) => warning.code);

function find<K extends ScreenplayElement["kind"]>(script: ParsedScreenplay, kind: K) {
  return script.elements.filter(
    (element): element is Extract<ScreenplayElement, { kind: K }> => element.kind === kind,
  );
}

const russianScene = kitDocument(
  block("scene_heading", "ИНТ. ШТАБ - НОЧЬ", ' uuid="{6a1f}"'),
  block("scene_characters", "КОМАНДИР, РАДИСТ"),
  block("action", "Коптилка. Карта на столе."),
  block("character", "КОМАНДИР (ЗК)"),
  block("parenthetical", "(тихо)"),
  block("dialog", "Связь есть?"),
  block("character", "РАДИСТ"),
  block("dialog", "Нет, товарищ командир."),
  block("note", "Проверить рацию у реквизиторов."),
  block("transition", "СКЛЕЙКА:"),
);

describe("parseKitScenarioXml", () => {
  it("reads every KIT block type into the screenplay model", () => {
    const script = parseKitScenarioXml(russianScene);
    expect(script.format).toBe("kitsp");
    expect(kinds(script)).toEqual([
      "heading",
      "sceneCharacters",
      "action",
      "character",
      "parenthetical",
      "dialogue",
      "character",
      "dialogue",
      "note",
      "transition",
    ]);
    expect(script.warnings).toEqual([]);
  });

  it("splits the heading, the scene characters and the cue's extension", () => {
    const script = parseKitScenarioXml(russianScene);
    expect(find(script, "heading")[0]?.heading).toMatchObject({
      setting: "INT",
      location: "ШТАБ",
      time: "NIGHT",
      number: null,
    });
    expect(find(script, "sceneCharacters")[0]?.names).toEqual(["КОМАНДИР", "РАДИСТ"]);
    expect(find(script, "character")[0]?.cue).toEqual({
      name: "КОМАНДИР",
      extensions: [{ text: "ЗК", kind: "VOICE_OVER" }],
      isForced: false,
    });
    const scene = buildScriptParseResult(script).scenes[0];
    expect(scene).toMatchObject({ heading: "ИНТ. ШТАБ - НОЧЬ" });
  });

  it("numbers each element by the line of its block's start tag and counts the XML's lines", () => {
    const script = parseKitScenarioXml(russianScene);
    expect(script.elements.map((element) => element.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(script.lineCount).toBe(14);
  });

  it("keeps a block's line when its start tag and its text sit on different lines", () => {
    const xml = `<scenario version="1.0">\r\n<scene_heading uuid="{1}">\r\n  <v>\r\n<![CDATA[НАТ. ДВОР - ДЕНЬ]]></v>\r\n</scene_heading>\r\n</scenario>`;
    const script = parseKitScenarioXml(xml);
    expect(script.elements[0]).toMatchObject({ kind: "heading", line: 2 });
    expect(script.lineCount).toBe(6);
  });

  it("keeps special characters of CDATA as written and decodes entities outside it", () => {
    const script = parseKitScenarioXml(
      kitDocument(
        block("scene_heading", "ИНТ. КАФЕ «У ЛУКОМОРЬЯ» - ДЕНЬ"),
        block("action", 'Вывеска: "Чай & кофе <24/7>". Цена — 100 ₽; ]] не конец.'),
        "<action><v>Том &amp; Джерри &lt;3</v></action>",
      ),
    );
    expect(find(script, "heading")[0]?.heading.location).toBe("КАФЕ «У ЛУКОМОРЬЯ»");
    expect(find(script, "action").map((element) => element.text)).toEqual([
      'Вывеска: "Чай & кофе <24/7>". Цена — 100 ₽; ]] не конец.',
      "Том & Джерри <3",
    ]);
  });

  it("reads a block type it does not know as action and warns once per type, with the line", () => {
    const script = parseKitScenarioXml(
      kitDocument(
        block("scene_heading", "ИНТ. ШТАБ - НОЧЬ"),
        block("hologram", "Над столом светится карта."),
        block("hologram", "Карта гаснет."),
      ),
    );
    expect(kinds(script)).toEqual(["heading", "action", "action"]);
    expect(script.warnings).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_PARAGRAPH_TYPE",
        line: 4,
        message: expect.stringContaining("hologram"),
      }),
    ]);
  });

  it("reads folders and scene groups as sections, their footers as nothing", () => {
    const script = parseKitScenarioXml(
      kitDocument(
        "<folder>",
        block("folder_header", "ПЕРВЫЙ АКТ"),
        "<scene_group>",
        block("scene_group_header", "Утро"),
        block("scene_heading", "НАТ. ВОКЗАЛ - УТРО"),
        block("scene_group_footer", ""),
        "</scene_group>",
        block("folder_footer", "КОНЕЦ ПЕРВОГО АКТА"),
        "</folder>",
      ),
    );
    expect(
      script.elements.map((element) => [element.kind, "depth" in element ? element.depth : null]),
    ).toEqual([
      ["section", 1],
      ["section", 2],
      ["heading", null],
    ]);
    expect(script.warnings).toEqual([]);
  });

  it("takes the scene number the file stores, else the one written in the heading", () => {
    const script = parseKitScenarioXml(
      kitDocument(
        block("scene_heading", "ИНТ. ШТАБ - НОЧЬ", ' number="12А"'),
        block("scene_heading", "НАТ. ОКОП - ДЕНЬ #13#"),
        block("scene_heading", "НАТ. ОКОП - ВЕЧЕР #13#"),
      ),
    );
    expect(find(script, "heading").map((element) => element.heading.number)).toEqual(["12А", "13", "13"]);
    expect(codes(script)).toEqual(["DUPLICATE_SCENE_NUMBER"]);
  });

  it("reads a heading without a known prefix and a cue in mixed case, as the block types say", () => {
    const script = parseKitScenarioXml(
      kitDocument(block("scene_heading", "ОКОП"), block("character", "Мама"), block("dialog", "Ешь.")),
    );
    expect(find(script, "heading")[0]?.heading).toMatchObject({ location: "ОКОП", isForced: true });
    expect(find(script, "character")[0]?.cue.name).toBe("Мама");
  });

  it("warns about a cue without dialogue and text before the first scene", () => {
    const script = parseKitScenarioXml(
      kitDocument(
        block("action", "Титры."),
        block("scene_heading", "ИНТ. ШТАБ - НОЧЬ"),
        block("character", "КОМАНДИР"),
      ),
    );
    expect(codes(script)).toEqual(["TEXT_BEFORE_FIRST_SCENE", "CUE_WITHOUT_DIALOGUE"]);
  });

  it("says a script is empty or has no scenes", () => {
    expect(codes(parseKitScenarioXml(""))).toEqual(["EMPTY_SCRIPT"]);
    expect(codes(parseKitScenarioXml(kitDocument(block("action", ""))))).toEqual(["EMPTY_SCRIPT"]);
    expect(codes(parseKitScenarioXml(kitDocument(block("action", "Темнота."))))).toEqual(["NO_SCENES"]);
  });

  it("turns malformed XML into a single MALFORMED_XML warning with its line", () => {
    const script = parseKitScenarioXml(`<scenario version="1.0">\n<action><v>Текст</action>\n</scenario>`);
    expect(script.elements).toEqual([]);
    expect(script.warnings).toHaveLength(1);
    expect(script.warnings[0]).toMatchObject({ code: "MALFORMED_XML", line: 2 });
    expect(script.lineCount).toBe(3);
  });
});

describe("parseStarcScreenplayXml", () => {
  const starc = [
    `<?xml version="1.0"?>`,
    `<document mime-type="application/x-starc/document/screenplay/text" version="1.0">`,
    `<sequence>`,
    block("sequence_heading", "ПРОЛОГ"),
    `<content>`,
    `<scene>`,
    `<number number="1" is_custom="false"/>`,
    `<content>`,
    block("scene_heading", "ИНТ. ШТАБ - НОЧЬ"),
    block("scene_characters", "КОМАНДИР, РАДИСТ"),
    block("shot", "КРУПНО: КАРТА"),
    block("character", "КОМАНДИР (ЗК)"),
    block("dialogue", "Связь есть?"),
    block("lyrics", "Тёмная ночь…"),
    block("inline_note", "Песню согласовать."),
    block("transition", "В ЗТМ."),
    `</content>`,
    `</scene>`,
    `<scene>`,
    `<param name="number">2А</param>`,
    `<content>`,
    block("scene_heading", "НАТ. ОКОП - РАССВЕТ"),
    `<splitter type="start"/>`,
    block("action", "Тишина."),
    `</content>`,
    `</scene>`,
    `</content>`,
    block("sequence_footer", "Конец пролога"),
    `</sequence>`,
    `</document>`,
  ].join("\n");

  it("reads scenes wrapped in <scene>/<content> with their stored numbers", () => {
    const script = parseStarcScreenplayXml(starc);
    expect(script.format).toBe("starc");
    expect(kinds(script)).toEqual([
      "section",
      "heading",
      "sceneCharacters",
      "action",
      "character",
      "dialogue",
      "lyrics",
      "note",
      "transition",
      "heading",
      "action",
    ]);
    expect(find(script, "heading").map((element) => element.heading.number)).toEqual(["1", "2А"]);
    expect(find(script, "action")[0]).toMatchObject({ text: "КРУПНО: КАРТА", isForced: true, line: 11 });
    expect(script.warnings).toEqual([]);
    expect(script.lineCount).toBe(30);
  });

  it("accepts <value> in place of <v> and a block's own text", () => {
    const script = parseStarcScreenplayXml(
      `<document>\n<scene_heading><value>ИНТ. ШТАБ - НОЧЬ</value></scene_heading>\n<action>Тихо.</action>\n</document>`,
    );
    expect(script.elements.map((element) => ("text" in element ? element.text : element.kind))).toEqual([
      "heading",
      "Тихо.",
    ]);
  });
});

describe("reader properties", () => {
  const fragments = [
    block("scene_heading", "ИНТ. ШТАБ - НОЧЬ"),
    block("scene_characters", "КОМАНДИР"),
    block("character", "КОМАНДИР (ЗК)"),
    block("dialog", "Связь?"),
    block("unknown_block", "Что-то"),
    "<folder>",
    "</folder>",
    "<scene><content>",
    "</content></scene>",
    "<v><![CDATA[",
    "]]>",
    "&amp;",
    "&bogus;",
    "<",
    ">",
    '"',
    "\n",
    "\r\n",
    "\r",
    "\uFEFF",
    '<?xml version="1.0"?>',
  ];
  const inputs = fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join("")),
    fc
      .tuple(fc.nat(russianScene.length), fc.nat(russianScene.length), fc.string({ maxLength: 8 }))
      .map(
        ([from, to, insert]) =>
          russianScene.slice(0, Math.min(from, to)) + insert + russianScene.slice(Math.max(from, to)),
      ),
    fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => kitDocument(...parts)),
  );

  it("never throws and keeps every line within 1..lineCount", () => {
    fc.assert(
      fc.property(inputs, fc.boolean(), (xml, starc) => {
        const script = starc ? parseStarcScreenplayXml(xml) : parseKitScenarioXml(xml);
        const lines = [...script.elements, ...script.warnings].map((item) => item.line);
        expect(script.lineCount).toBeGreaterThanOrEqual(1);
        for (const line of lines) {
          expect(Number.isInteger(line)).toBe(true);
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(script.lineCount);
        }
        if (codes(script).includes("MALFORMED_XML")) expect(script.warnings).toHaveLength(1);
      }),
      { numRuns: 400 },
    );
  });
});

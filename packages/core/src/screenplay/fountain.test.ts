import { describe, expect, it } from "vitest";
import { parseFountain } from "./fountain.ts";
import type { ScreenplayElement } from "./types.ts";

const script = (...lines: string[]) => lines.join("\n");
const kinds = (text: string) => parseFountain(text).elements.map((element) => element.kind);
const elementsOf = (text: string) => parseFountain(text).elements;
const codesOf = (text: string) => parseFountain(text).warnings.map((warning) => warning.code);
const headingsOf = (text: string) =>
  elementsOf(text).flatMap((element) => (element.kind === "heading" ? [element.heading] : []));

describe("parseFountain: scene headings", () => {
  it("sees Russian headings and cues that ASCII-only parsers miss", () => {
    const parsed = parseFountain(script("ИНТ. КВАРТИРА - ДЕНЬ", "", "ИВАН", "Привет."));
    expect(parsed.elements).toMatchObject([
      { kind: "heading", line: 1, heading: { setting: "INT", location: "КВАРТИРА", time: "DAY" } },
      { kind: "character", line: 3, cue: { name: "ИВАН" } },
      { kind: "dialogue", line: 4, text: "Привет." },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it("forces a heading with one dot and never with two", () => {
    expect(headingsOf(script(".ОКОП", "", "Тишина."))).toMatchObject([
      { setting: null, location: "ОКОП", isForced: true },
    ]);
    expect(kinds(script("..и тишина.", "", "...Пауза."))).toEqual(["action", "action"]);
    expect(headingsOf(".ИНТ. ОКОП - НОЧЬ")).toMatchObject([
      { setting: "INT", location: "ОКОП", time: "NIGHT" },
    ]);
  });

  it("needs a blank line before a heading", () => {
    expect(kinds(script("Иван выходит.", "ИНТ. КУХНЯ - ДЕНЬ"))).toEqual(["action"]);
  });

  it("warns about a scene number used twice, with the first line", () => {
    const parsed = parseFountain(script("ИНТ. А - ДЕНЬ #1#", "", "ИНТ. Б - ДЕНЬ #1#"));
    expect(parsed.warnings).toMatchObject([
      {
        code: "DUPLICATE_SCENE_NUMBER",
        line: 3,
        message: 'scene number "1" was already used by the scene heading on line 1',
      },
    ]);
  });
});

describe("parseFountain: the scene-characters line", () => {
  it("reads the list right under the heading", () => {
    expect(elementsOf(script("ИНТ. ДОМ - ДЕНЬ", "Иван, Маша и Пётр", "", "Пусто."))[1]).toMatchObject({
      kind: "sceneCharacters",
      line: 2,
      names: ["ИВАН", "МАША", "ПЁТР"],
    });
    expect(elementsOf(script("ИНТ. ДОМ - ДЕНЬ", "ЛЕНА (ЗК), САША"))[1]).toMatchObject({
      names: ["ЛЕНА", "САША"],
    });
    expect(elementsOf(script("ИНТ. ДОМ - ДЕНЬ", "Участники: Лена, дед Матвей"))[1]).toMatchObject({
      names: ["ЛЕНА", "ДЕД МАТВЕЙ"],
    });
  });

  it("reads a capitals list after one blank line", () => {
    expect(kinds(script("ИНТ. ДОМ - ДЕНЬ", "", "ИВАН, МАША", "", "Пусто."))).toEqual([
      "heading",
      "sceneCharacters",
      "action",
    ]);
  });

  it("leaves action sentences alone", () => {
    for (const line of [
      "Иван и Маша сидят за столом.",
      "Пыль, грязь, мусор",
      "Тишина. Часы тикают.",
      "ВЗРЫВ!",
    ]) {
      expect(kinds(script("ИНТ. ДОМ - ДЕНЬ", line))).toEqual(["heading", "action"]);
    }
  });
});

describe("parseFountain: dialogue", () => {
  it("reads parentheticals, lyrics and continued dialogue", () => {
    const elements = elementsOf(
      script("", "ЛЕНА", "(тихо)", "Мама?", "~Спи, моя радость", "(пауза)", "Ушла."),
    );
    expect(elements.map((element) => element.kind)).toEqual([
      "character",
      "parenthetical",
      "dialogue",
      "lyrics",
      "parenthetical",
      "dialogue",
    ]);
    expect(elementsOf(script("ЛЕНА", "Раз.", "  ", "Два."))[1]).toMatchObject({
      kind: "dialogue",
      text: "Раз.\n\nДва.",
    });
  });

  it("pairs dual dialogue and warns when the caret has no partner", () => {
    const elements = elementsOf(script("САША", "Ты не изменилась.", "", "ЛЕНА ^", "Ты тоже."));
    expect(elements.filter((element) => element.kind === "character")).toMatchObject([
      { dual: "left" },
      { dual: "right" },
    ]);
    expect(codesOf(script("ИНТ. ДОМ - ДЕНЬ", "", "Пусто.", "", "ЛЕНА ^", "Ау?"))).toEqual([
      "DUAL_WITHOUT_PARTNER",
    ]);
  });

  it("does not take a capitals line without dialogue for a cue, unless forced", () => {
    expect(kinds(script("ИНТ. ДОМ - ДЕНЬ", "", "ВЗРЫВ", "", "Дым."))).toEqual([
      "heading",
      "action",
      "action",
    ]);
    const forced = parseFountain(script("ИНТ. ДОМ - ДЕНЬ", "", "@Мальчик", "", "Дым."));
    expect(forced.elements[1]).toMatchObject({ kind: "character", cue: { name: "Мальчик", isForced: true } });
    expect(forced.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ["CUE_WITHOUT_DIALOGUE", 3],
    ]);
  });

  it("warns about a name that mixes alphabets", () => {
    expect(codesOf(script("ИНТ. ДОМ - ДЕНЬ", "", "ИВAН", "Да."))).toEqual(["MIXED_ALPHABETS"]);
  });
});

describe("parseFountain: other elements", () => {
  it("reads transitions, Russian ones and forced ones", () => {
    const elements = elementsOf(
      script("ИЗ ЗТМ:", "", "ИНТ. ДОМ - ДЕНЬ", "", "СКЛЕЙКА:", "", "CUT TO:", "", "> В ЗТМ.", "", "В ЗТМ"),
    );
    expect(elements.filter((element) => element.kind === "transition")).toMatchObject([
      { text: "ИЗ ЗТМ:", isForced: false },
      { text: "СКЛЕЙКА:" },
      { text: "CUT TO:" },
      { text: "В ЗТМ.", isForced: true },
      { text: "В ЗТМ" },
    ]);
  });

  it("reads centered text, sections, synopses, page breaks and forced action", () => {
    const elements = elementsOf(
      script("# АКТ 1", "## Пролог", "= Лена приезжает.", "", "> КОНЕЦ <", "", "===", "", "!ИНТ. НЕ СЦЕНА"),
    );
    expect(elements).toMatchObject([
      { kind: "section", text: "АКТ 1", depth: 1 },
      { kind: "section", text: "Пролог", depth: 2 },
      { kind: "synopsis", text: "Лена приезжает." },
      { kind: "centered", text: "КОНЕЦ" },
      { kind: "pageBreak", line: 7 },
      { kind: "action", text: "ИНТ. НЕ СЦЕНА", isForced: true },
    ]);
  });

  it("takes notes out of the text and keeps them with their line", () => {
    const elements = elementsOf(
      script(
        "ИНТ. ДОМ - ДЕНЬ",
        "",
        "Телефон [[дисковый]] звонит.",
        "",
        "[[Многострочная",
        "заметка]]",
        "",
        "Конец.",
      ),
    );
    expect(elements).toMatchObject([
      { kind: "heading" },
      { kind: "action", line: 3, text: "Телефон  звонит." },
      { kind: "note", line: 3, text: "дисковый" },
      { kind: "note", line: 5, text: "Многострочная\nзаметка" },
      { kind: "action", line: 8 },
    ]);
  });

  it("leaves the boneyard out, scenes included, and keeps line numbers", () => {
    const parsed = parseFountain(
      script("ИНТ. А - ДЕНЬ", "", "/*", "ИНТ. Б - ДЕНЬ", "", "Вырезано.", "*/", "", "ИНТ. В - ДЕНЬ"),
    );
    expect(parsed.elements.map((element) => element.line)).toEqual([1, 9]);
    expect(headingsOf(script("ИНТ. А - /* вырезано */ДЕНЬ")).map((heading) => heading.time)).toEqual(["DAY"]);
  });

  it("keeps the text after an unclosed boneyard or note and says where it opened", () => {
    expect(
      parseFountain(script("ИНТ. А - ДЕНЬ", "", "/* забыли закрыть", "", "ИНТ. Б - ДЕНЬ")).warnings,
    ).toMatchObject([{ code: "UNCLOSED_BONEYARD", line: 3 }]);
    expect(codesOf(script("ИНТ. А - ДЕНЬ", "", "Текст [[без конца", "", "ещё]]"))).toEqual(["UNCLOSED_NOTE"]);
  });
});

describe("parseFountain: title page and text shape", () => {
  it("reads the title page, with indented values", () => {
    const parsed = parseFountain(
      script("Title:", "    _**BRICK & STEEL**_", "Author: Stu", "", "EXT. PATIO - DAY"),
    );
    expect(parsed.title).toBe("BRICK & STEEL");
    expect(parsed.titlePage).toEqual([
      { key: "Title", value: "_**BRICK & STEEL**_", line: 1 },
      { key: "Author", value: "Stu", line: 3 },
    ]);
    expect(parseFountain(script("Название: Искра", "", "ИНТ. ДОМ - ДЕНЬ")).title).toBe("Искра");
  });

  it("does not take an opening transition for a title page", () => {
    expect(parseFountain(script("ИЗ ЗТМ:", "", "ИНТ. ДОМ - ДЕНЬ")).titlePage).toEqual([]);
  });

  it("gives the same elements for CRLF, LF and CR", () => {
    const lines = ["ИНТ. ДОМ - ДЕНЬ", "", "ЛЕНА", "Да.", "", "НАТ. ДВОР - НОЧЬ"];
    const lf = parseFountain(lines.join("\n"));
    expect(parseFountain(lines.join("\r\n"))).toEqual(lf);
    expect(parseFountain(lines.join("\r"))).toEqual(lf);
    expect(parseFountain("\uFEFF" + lines.join("\n"))).toEqual(lf);
  });

  it("warns about an empty script, a script without scenes and text before the first scene", () => {
    expect(codesOf("")).toEqual(["EMPTY_SCRIPT"]);
    expect(codesOf("Просто текст.")).toEqual(["NO_SCENES"]);
    expect(codesOf(script("Пролог.", "", "ИНТ. ДОМ - ДЕНЬ"))).toEqual(["TEXT_BEFORE_FIRST_SCENE"]);
    expect(codesOf("ИНТ. ДОМ - ДЕНЬ\n\nКракозябры \uFFFD\uFFFD")).toEqual(["REPLACEMENT_CHARACTERS"]);
  });

  it("keeps each element's kind in the model's union", () => {
    const allowed = new Set<ScreenplayElement["kind"]>(["heading", "action", "character", "dialogue"]);
    expect(
      kinds(script("ИНТ. ДОМ - ДЕНЬ", "", "ЛЕНА", "Да.", "", "Тихо.")).every((kind) => allowed.has(kind)),
    ).toBe(true);
  });
});

// Both catalogs carry the same keys, every message parses as ICU MessageFormat, both catalogs use
// the same arguments in each message, and Russian plurals name the one/few/many forms.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { messagesEn } from "./messages.en.ts";
import { messagesRu } from "./messages.ru.ts";

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ("value" in element && element.type !== TYPE.literal && typeof element.value === "string")
      into.add(element.value);
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into;
}

function pluralsOf(elements: MessageFormatElement[]): string[][] {
  return elements.flatMap((element) =>
    element.type === TYPE.plural && element.pluralType === "cardinal" ? [Object.keys(element.options)] : [],
  );
}

describe("message catalogs", () => {
  it("have the same keys", () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesRu).sort());
  });

  for (const [name, catalog] of [
    ["ru", messagesRu],
    ["en", messagesEn],
  ] as const) {
    it(`${name}: every message parses`, () => {
      for (const [key, message] of Object.entries(catalog)) {
        expect(() => parse(message), `${name} ${key}: ${message}`).not.toThrow();
      }
    });
  }

  it("use the same arguments in both languages", () => {
    for (const [key, ru] of Object.entries(messagesRu)) {
      const en = messagesEn[key as keyof typeof messagesRu];
      expect([...argumentsOf(parse(en))].sort(), key).toEqual([...argumentsOf(parse(ru))].sort());
    }
  });

  it("give Russian plurals the one, few and many forms", () => {
    for (const [key, message] of Object.entries(messagesRu)) {
      for (const options of pluralsOf(parse(message))) {
        expect(options, key).toEqual(expect.arrayContaining(["one", "few", "many", "other"]));
      }
    }
  });
});

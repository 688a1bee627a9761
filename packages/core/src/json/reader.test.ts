import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeJson, JsonReader, type JsonFault, type JsonReaderOptions } from "./reader.ts";

/** Words every fault plainly, so the tests see what the reader found. */
function word(fault: JsonFault): readonly ["MISSING" | "WRONG" | "UNKNOWN", string] {
  if (!("expected" in fault)) return ["UNKNOWN", `${fault.object} has ${fault.unknownField}`];
  const expected = typeof fault.expected === "string" ? fault.expected : fault.expected.join("|");
  if (fault.found === undefined) return ["MISSING", expected];
  return ["WRONG", `${expected}, not ${describeJson(fault.found, "a list")}`];
}

function reader(options: Partial<JsonReaderOptions<"MISSING" | "WRONG" | "UNKNOWN">> = {}) {
  return new JsonReader({ word, ...options });
}

describe("JsonReader", () => {
  it("joins paths, keys standing alone on the root when one is given", () => {
    expect(reader({ root: "" }).path("", "partners")).toBe("partners");
    expect(reader({ root: "" }).path("partners", 2)).toBe("partners[2]");
    expect(reader({ root: "$" }).path("$", "title")).toBe("title");
    expect(reader().path("$", "pots")).toBe("$.pots");
    expect(reader().path("$.pots[1]", "tiers")).toBe("$.pots[1].tiers");
  });

  it("reads own fields only, never the prototype's", () => {
    const read = reader();
    const object = read.object(JSON.parse('{"a": 1, "__proto__": {"b": 2}}'), "$");
    expect(object && read.field(object, "a")).toBe(1);
    expect(object && read.field(object, "b")).toBeUndefined();
    expect(object && read.field(object, "toString")).toBeUndefined();
  });

  it("tells a missing value from a wrong one, and says nothing of a missing optional one", () => {
    const read = reader();
    expect(read.string(undefined, "$.a")).toBeNull();
    expect(read.string(undefined, "$.b", false)).toBeNull();
    expect(read.array("x", "$.c", false)).toBeNull();
    expect(read.text(" ", "$.d")).toBeNull();
    expect(read.oneOf("c", ["a", "b"] as const, "$.e")).toBeNull();
    expect(read.wholeNumber(1.5, "$.f")).toBeNull();
    expect(read.errors).toEqual([
      { code: "MISSING", path: "$.a", message: "string" },
      { code: "WRONG", path: "$.c", message: 'array, not "x"' },
      { code: "WRONG", path: "$.d", message: 'text, not " "' },
      { code: "WRONG", path: "$.e", message: 'a|b, not "c"' },
      { code: "WRONG", path: "$.f", message: "whole number, not 1.5" },
    ]);
  });

  it("returns good values as they are", () => {
    const read = reader();
    expect(read.string("", "$.a")).toBe("");
    expect(read.text("x", "$.b")).toBe("x");
    expect(read.wholeNumber(0, "$.c")).toBe(0);
    expect(read.boolean(false, "$.d")).toBe(false);
    expect(read.oneOf("b", ["a", "b"] as const, "$.e")).toBe("b");
    expect(read.errors).toEqual([]);
  });

  it("reports each field an object may not have, at the field's path", () => {
    const read = reader({ root: "" });
    read.object({ id: 1, idd: 2, x: 3 }, "", ["id"]);
    read.object([], "items[0]", ["id"]);
    expect(read.errors.map(({ code, path, message }) => [code, path, message])).toEqual([
      ["UNKNOWN", "idd", " has idd"],
      ["UNKNOWN", "x", " has x"],
      ["WRONG", "items[0]", "object, not a list"],
    ]);
  });

  it("reads the items of a list at their own paths, leaving out the ones that fail", () => {
    const read = reader();
    const items = read.list([1, "a", 2], "$.n", (item, path) => read.wholeNumber(item, path));
    expect(items).toEqual([1, 2]);
    expect(read.errors.map((error) => error.path)).toEqual(["$.n[1]"]);
    expect(read.list(undefined, "$.m", () => 1, false)).toEqual([]);
  });

  it("labels messages with their path and keeps at most `limit`", () => {
    const read = reader({ limit: 2, label: (path, message) => `${path}: ${message}` });
    for (let index = 0; index < 5; index++) read.report("WRONG", `$[${index}]`, "bad");
    expect(read.errors.map((error) => error.message)).toEqual(["$[0]: bad", "$[1]: bad"]);
  });

  it("describes values shortly", () => {
    expect(describeJson("x".repeat(45), "an array")).toBe(`"${"x".repeat(40)}…"`);
    expect(describeJson([1], "an array")).toBe("an array");
    expect(describeJson({}, "a list")).toBe("an object");
    expect(describeJson(null, "a list", (text) => `'${text}'`)).toBe("null");
    expect(describeJson('a"b', "a list", (text) => `"${text}"`)).toBe('"a"b"');
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const read = reader({ root: "" });
        const object = read.object(value, "", ["a"]);
        if (object) read.list(read.field(object, "a"), "a", (item, path) => read.text(item, path), false);
        read.oneOf(value, ["a"], "x");
        read.wholeNumber(value, "y");
        read.boolean(value, "z");
      }),
    );
  });
});

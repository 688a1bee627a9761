import { describe, expect, it } from "vitest";
import { parseWaterfallJson, validateWaterfall } from "./validate.ts";

const base = {
  format: "kinomost.waterfall/1",
  currency: "RUB",
  parties: [{ id: "a" }, { id: "b" }],
};

function errorsOf(json: unknown) {
  const result = validateWaterfall(json);
  return result.ok ? [] : result.errors.map((error) => [error.code, error.path, error.message]);
}

describe("validateWaterfall", () => {
  it("names the JSON path of a bad value", () => {
    const errors = errorsOf({
      ...base,
      pots: [
        {
          id: "main",
          tiers: [
            { id: "fee", kind: "fee", party: "a", percent: "12,5" },
            { id: "exp", kind: "expenses", party: "z", cap: "-5" },
            { id: "bad", kind: "bonus" },
          ],
        },
      ],
    });
    expect(errors).toEqual([
      [
        "BAD_PERCENT",
        "$.pots[0].tiers[0].percent",
        '$.pots[0].tiers[0].percent: "12,5" is not a plain non-negative decimal such as "12.5"',
      ],
      ["UNKNOWN_PARTY", "$.pots[0].tiers[1].party", '$.pots[0].tiers[1].party: no party "z" in $.parties'],
      ["BAD_AMOUNT", "$.pots[0].tiers[1].cap", '$.pots[0].tiers[1].cap: "-5" must be more than zero'],
      [
        "UNKNOWN_KIND",
        "$.pots[0].tiers[2].kind",
        '$.pots[0].tiers[2].kind: "bonus" is not a tier kind (fee, corridor, expenses, recoup, deferment, split)',
      ],
    ]);
  });

  it("refuses unknown fields, so a misspelt one is not silently ignored", () => {
    expect(
      errorsOf({
        ...base,
        investments: [{ id: "i", party: "a", amount: "1.00", premium: "10" }],
        pots: [],
      })[0],
    ).toEqual([
      "UNKNOWN_FIELD",
      "$.investments[0].premium",
      '$.investments[0] has an unknown field "premium" (known: id, party, amount, premiumPercent)',
    ]);
  });

  it("wants amounts as strings, so no float ever holds money", () => {
    const errors = errorsOf({
      ...base,
      pots: [{ id: "m", tiers: [{ id: "e", kind: "expenses", party: "a", cap: 100.5 }] }],
    });
    expect(errors).toEqual([
      ["WRONG_TYPE", "$.pots[0].tiers[0].cap", "$.pots[0].tiers[0].cap must be a string"],
    ]);
  });

  it("rejects tiers below one that takes everything, with the reason", () => {
    const errors = errorsOf({
      ...base,
      pots: [
        {
          id: "main",
          tiers: [
            { id: "profits", kind: "split", shares: [{ party: "a", share: 1 }] },
            { id: "late", kind: "fee", party: "b", percent: 5 },
          ],
        },
      ],
    });
    expect(errors).toEqual([
      [
        "UNREACHABLE_TIER",
        "$.pots[0].tiers[1]",
        '$.pots[0].tiers[1]: tier "late" can never receive money: split "profits" shares out everything that reaches it',
      ],
    ]);
  });

  it("adds up uncapped shares of gross", () => {
    const errors = errorsOf({
      ...base,
      pots: [
        {
          id: "main",
          tiers: [
            { id: "corridor", kind: "corridor", party: "a", percent: "60" },
            { id: "fee", kind: "fee", party: "b", percent: "40" },
            { id: "exp", kind: "expenses", party: "b", cap: "10.00" },
          ],
        },
      ],
    });
    expect(errors[0]?.[2]).toBe(
      '$.pots[0].tiers[2]: tier "exp" can never receive money: tiers "corridor" and "fee" take 100 % of the gross',
    );
  });

  it("rejects pots that pass money round in a cycle", () => {
    const tiers = (id: string) => [{ id, kind: "expenses", party: "a", cap: "1.00" }];
    const errors = errorsOf({
      ...base,
      routes: [{ territories: ["KZ"], pot: "b" }],
      pots: [
        { id: "a", tiers: tiers("t1"), then: "b" },
        { id: "b", tiers: tiers("t2"), then: "c" },
        { id: "c", tiers: tiers("t3"), then: "a" },
      ],
    });
    expect(errors).toEqual([
      ["CYCLE", "$.pots[0].then", "$.pots[0].then: the pots pass money round in a cycle: a → b → c → a"],
    ]);
  });

  it("rejects pots no money reaches, routes that never match and investments no tier recoups", () => {
    const errors = errorsOf({
      ...base,
      investments: [{ id: "idle", party: "a", amount: "5.00" }],
      routes: [
        { territories: ["KZ", "UZ"], pot: "main" },
        { territories: ["KZ"], media: ["svod"], pot: "main" },
      ],
      pots: [
        { id: "main", tiers: [{ id: "t", kind: "expenses", party: "a", cap: "1.00" }] },
        { id: "orphan", tiers: [{ id: "o", kind: "expenses", party: "b", cap: "1.00" }] },
      ],
    });
    expect(errors.map(([code, path]) => [code, path])).toEqual([
      ["UNREACHABLE_ROUTE", "$.routes[1]"],
      ["UNREACHABLE_POT", "$.pots[1]"],
      ["UNUSED_INVESTMENT", "$.investments[0]"],
    ]);
  });

  it("checks territory and media codes and duplicate ids", () => {
    const errors = errorsOf({
      ...base,
      routes: [{ territories: ["XX"], media: ["cinema"], pot: "main" }],
      pots: [
        { id: "main", tiers: [{ id: "t", kind: "expenses", party: "a", cap: "1.00" }] },
        { id: "main", tiers: [{ id: "t", kind: "expenses", party: "a", cap: "1.00" }] },
      ],
    });
    expect(errors.map(([code, path]) => [code, path])).toEqual([
      ["DUPLICATE_ID", "$.pots[1].id"],
      ["DUPLICATE_ID", "$.pots[1].tiers[0].id"],
      ["BAD_TERRITORY", "$.routes[0].territories[0]"],
      ["BAD_MEDIA", "$.routes[0].media[0]"],
    ]);
  });

  it("reports broken JSON text", () => {
    const result = parseWaterfallJson('{"format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: "BAD_JSON", path: "$" });
  });

  it("reads decimal shares exactly as integer weights", () => {
    const result = validateWaterfall({
      ...base,
      pots: [
        {
          id: "m",
          tiers: [
            {
              id: "s",
              kind: "split",
              shares: [
                { party: "a", share: "9.5" },
                { party: "b", share: 38 },
              ],
            },
          ],
        },
      ],
    });
    expect(result.ok && result.value.pots[0]?.tiers[0]).toMatchObject({
      shares: [
        { party: "a", weight: 95n },
        { party: "b", weight: 380n },
      ],
    });
  });
});

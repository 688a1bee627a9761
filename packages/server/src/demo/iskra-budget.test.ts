import { describe, expect, it } from "vitest";
import { computeBudget, formatMoneyDecimal, readBudgetFile } from "@kinomost/core";
import { iskraActuals } from "./iskra-actuals.ts";
import { iskraBudgetDocument } from "./iskra-budget-data.ts";

const partners = ["123", "belarusfilm", "kinoliga", "tajikfilm", "kyrgyzfilm"].map((id) => ({
  id,
  name: id,
}));

function compute(document: Record<string, unknown>) {
  const read = readBudgetFile(JSON.parse(JSON.stringify({ ...document, partners })));
  if (!read.ok) throw new Error(read.errors.map((error) => error.message).join("\n"));
  const totals = computeBudget(read.value.budget, read.value.rates);
  if (!totals.ok) throw new Error(totals.errors.map((error) => error.message).join("\n"));
  return totals.value;
}

describe("the «Искра» demo budget", () => {
  const totals = compute(iskraBudgetDocument());

  it("computes in roubles with every studio paying for its own country", () => {
    // 103 lines in RUB, BYN, KZT, TJS and KGS; the totals are pinned so that a change to the demo is a decision.
    expect(totals.lines).toHaveLength(103);
    expect(formatMoneyDecimal(totals.total.base)).toBe("177224989.46");
    for (const line of totals.lines) {
      const country = { "123": "RU", belarusfilm: "BY", kinoliga: "KZ", tajikfilm: "TJ", kyrgyzfilm: "KG" }[
        line.partner
      ];
      expect(line.country, line.description).toBe(country);
    }
    expect(totals.partners.map((partner) => partner.partner).sort()).toEqual(
      partners.map((p) => p.id).sort(),
    );
  });

  it("leaves the extended graphics out until the what-if group is included", () => {
    const extended = totals.lines.find((line) => line.description.startsWith("Расширенная графика"))!;
    expect(extended.included).toBe(false);
    expect(extended.total.base.minor).toBe(0n);
  });

  it("books every demo cost against an account of the budget, in its studio's currency", () => {
    const accounts = new Set(totals.accounts.map((account) => account.code));
    const currency = {
      "123": "RUB",
      belarusfilm: "BYN",
      kinoliga: "KZT",
      tajikfilm: "TJS",
      kyrgyzfilm: "KGS",
    };
    for (const actual of iskraActuals) {
      expect(accounts.has(actual.account), actual.description).toBe(true);
      expect(actual.currency).toBe(currency[actual.partner]);
      expect(actual.minor > 0n).toBe(true);
      expect(actual.date <= "2026-11-27").toBe(true);
    }
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CountryCode } from "../../geography/countries.ts";
import type { CurrencyCode } from "../../money/currency.ts";
import type { Money } from "../../money/money.ts";
import {
  fundingSources,
  partnerRoles,
  personRoles,
  placeKinds,
  workKinds,
  type Consortium,
} from "../consortium.ts";
import { evaluateQualification } from "../engine.ts";
import { builtinRulePacks } from "../packs/builtin.ts";
import type { RulePack } from "../rule-pack.ts";
import { messageLocales } from "./phrasebook.ts";

// GT is in no table of Russian country names; CY takes "на"; the rest are parties of the built-in packs or not.
const country = fc.constantFrom(
  ..."RU UZ KZ BY TJ KG CN AT CZ SK FR DE US CY GT".split(" ").map((code) => code as CountryCode),
);
const currency = fc.constantFrom(...["RUB", "EUR", "USD", "UZS"].map((code) => code as CurrencyCode));
const name = fc.constantFrom("Таджикфильм", "Wien Film", "Алексей Громов", "Kate Lee", "1-2-3 Production");
const money = fc.record({ minor: fc.bigInt(0n, 10n ** 13n), currency }) as fc.Arbitrary<Money>;
const share = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? `${whole}` : `${whole}.${fraction}`));

const consortium: fc.Arbitrary<Consortium> = fc.record({
  title: fc.constant("Искра"),
  kind: fc.constantFrom(...workKinds),
  currency: fc.constantFrom(...["RUB", "EUR"].map((code) => code as CurrencyCode)),
  // No rate, one, or two for USD (which makes it ambiguous): missing rates must read as well as numbers.
  rates: fc.subarray([
    { currency: "USD" as CurrencyCode, perUnit: "90" },
    { currency: "USD" as CurrencyCode, perUnit: "91.5", date: "2025-03-03" },
    { currency: "UZS" as CurrencyCode, perUnit: "0.0071" },
    { currency: "EUR" as CurrencyCode, perUnit: "100" },
  ]),
  partners: fc.array(
    fc.record({
      id: fc.constantFrom("a", "b", "c", "d"),
      name,
      country,
      role: fc.constantFrom(...partnerRoles),
      share,
      homeTerritories: fc.constant([]),
      contributions: fc.constant([]),
    }),
    { maxLength: 5 },
  ),
  people: fc.array(
    fc.record(
      {
        name,
        role: fc.constantFrom(...personRoles),
        citizenship: fc.uniqueArray(country, { maxLength: 2 }),
        residence: country,
        daysWorked: fc.integer({ min: 0, max: 120 }),
        scenes: fc.integer({ min: 0, max: 120 }),
      },
      { requiredKeys: ["name", "role", "citizenship"] },
    ),
    { maxLength: 14 },
  ),
  places: fc.array(
    fc.record(
      { kind: fc.constantFrom(...placeKinds), country, days: fc.integer({ min: 0, max: 90 }), spend: money },
      { requiredKeys: ["kind", "country"] },
    ),
    { maxLength: 6 },
  ),
  financing: fc.array(
    fc.record({
      partnerId: fc.constant("a"),
      territory: country,
      source: fc.constantFrom(...fundingSources),
      amount: money,
    }),
    { maxLength: 4 },
  ),
  companies: fc.array(fc.record({ name, country, amount: money }), { maxLength: 4 }),
  languageVersions: fc.subarray(["ru", "uz", "kk", "he"]),
});

/** A pack that gives no Russian labels and no bounds, so the phrasebook's own words are exercised too. */
const barePack: RulePack = {
  id: "bare",
  name: "Bare",
  version: "1",
  kind: "treaty",
  source: { title: "test", urls: ["https://example.org"] },
  validFrom: "2020-01-01",
  parties: ["RU", "GT", "CY"],
  rules: [
    { id: "third", kind: "third-country-share", notAboveParties: true },
    { id: "languages", kind: "language-versions", languages: ["he", "hi"] },
    {
      id: "points",
      kind: "points",
      residenceCounts: true,
      tables: {
        animation: {
          required: 5,
          elements: [
            { id: "lead", label: "lead", points: 2, leadRank: 1 },
            { id: "fifth", label: "fifth role", points: 1, leadRank: 5 },
            { id: "makeup", label: "makeup", points: 5, role: "makeup-artist" },
            { id: "places", label: "places", points: 21, places: ["vfx", "post-production", "studio"] },
          ],
        },
      },
    },
  ],
};

describe("every message in every language", () => {
  it("is non-empty and never shows undefined, NaN or an object; Russian keeps its no-break spaces", () => {
    fc.assert(
      fc.property(consortium, (value) => {
        for (const locale of messageLocales) {
          const result = evaluateQualification(value, [...builtinRulePacks, barePack], { locale });
          for (const pack of result.packs) {
            const offenders = pack.rules.flatMap((rule) => {
              const listed = rule.params.offenders;
              return Array.isArray(listed) ? listed : [];
            });
            for (const text of [pack.name, ...pack.rules.map((rule) => rule.message), ...offenders]) {
              expect(text.trim()).not.toBe("");
              expect(text).not.toMatch(/undefined|NaN|\[object|Infinity/);
              if (locale === "ru") expect(text).not.toMatch(/\d %/);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from "vitest";
import type { Consortium, Contribution, DocumentTerms } from "../api/types.ts";
import {
  draftFromConsortium,
  draftFromTerms,
  emptyTermsDraft,
  splitCodes,
  termsFromDraft,
} from "./terms-draft.ts";

const ru = "11111111-1111-4111-8111-111111111111";
const kz = "22222222-2222-4222-8222-222222222222";

type Partner = Consortium["partners"][number];
const partner = (overrides: Partial<Partner>): Partner => ({
  organizationId: ru,
  name: "1-2-3 Production",
  country: "RU",
  role: "lead_producer",
  consortiumRole: "majority",
  share: "60",
  homeTerritories: ["RU"],
  obligations: {},
  signatoryUserId: null,
  committed: null,
  delivered: null,
  actualShare: null,
  difference: null,
  ...overrides,
});

const contribution = (overrides: Partial<Contribution>): Contribution => ({
  id: "c1",
  organizationId: ru,
  kind: "cash",
  category: null,
  description: null,
  currency: "RUB",
  fxDate: null,
  territory: null,
  source: "private",
  instalments: [{ position: 1, due: "2027-03-01", amount: "1000.00", delivered: null, deliveredOn: null }],
  version: 1,
  ...overrides,
});

describe("terms drafts", () => {
  it("give back the terms they were made from", () => {
    const terms: DocumentTerms = {
      parties: [
        { organizationId: ru, role: "lead_producer", share: "60" },
        { organizationId: kz, role: "co_producer", share: "40" },
      ],
      territories: [{ organizationId: kz, countries: ["KZ", "UZ"] }],
      contributions: [
        {
          organizationId: kz,
          kind: "in-kind",
          description: null,
          currency: "KZT",
          amount: "500000000.00",
          due: "2027-03-01",
        },
      ],
      deadlines: [{ what: "Начало съёмочного периода", date: "2027-06-01" }],
      governingTreaty: "european-convention-2017",
      languageVersions: ["ru", "kk"],
      notes: null,
    };
    expect(termsFromDraft(draftFromTerms(terms))).toEqual(terms);
  });

  it("read decimals and codes as people type them, and keep every row so error paths match", () => {
    const terms = termsFromDraft({
      ...emptyTermsDraft,
      parties: [
        { organizationId: ru, role: "lead_producer", share: " 12,5" },
        { organizationId: "", role: "co_producer", share: "" },
      ],
      territories: [{ organizationId: kz, countries: "kz; uz ,," }],
      contributions: [
        {
          organizationId: ru,
          kind: "cash",
          description: "  ",
          currency: " rub",
          amount: "1 500 000,50",
          due: "",
        },
      ],
      languageVersions: "RU, kk, UZ-Cyrl",
      governingTreaty: "   ",
      notes: "\n",
    });
    expect(terms.parties.map((party) => party.share)).toEqual(["12.5", ""]);
    expect(terms.territories[0]!.countries).toEqual(["KZ", "UZ"]);
    expect(terms.contributions[0]).toMatchObject({
      description: null,
      currency: "RUB",
      amount: "1500000.50",
    });
    expect(terms.languageVersions).toEqual(["ru", "kk", "uz-Cyrl"]);
    expect(terms.governingTreaty).toBeNull();
    expect(terms.notes).toBeNull();
  });

  it("take the consortium's shares, territories, languages, first treaty and each instalment", () => {
    const draft = draftFromConsortium(
      {
        partners: [
          partner({}),
          partner({ organizationId: kz, role: "co_producer", share: null, homeTerritories: [] }),
        ],
        rulePacks: ["european-convention-1992", "russia-national-film"],
        languageVersions: ["ru", "kk"],
      },
      [
        contribution({
          organizationId: kz,
          kind: "in-kind",
          currency: "KZT",
          description: "павильоны",
          instalments: [
            { position: 1, due: "2027-03-01", amount: "10.00", delivered: null, deliveredOn: null },
            { position: 2, due: "2027-06-01", amount: "20.00", delivered: null, deliveredOn: null },
          ],
        }),
        contribution({}),
        contribution({ organizationId: "33333333-3333-4333-8333-333333333333" }),
      ],
    );
    expect(draft.parties).toEqual([
      { organizationId: ru, role: "lead_producer", share: "60" },
      { organizationId: kz, role: "co_producer", share: "" },
    ]);
    expect(draft.territories).toEqual([{ organizationId: ru, countries: "RU" }]);
    // The lead producer's first, each instalment an obligation of its own; a non-partner's left out.
    expect(draft.contributions.map((entry) => [entry.organizationId, entry.amount, entry.due])).toEqual([
      [ru, "1000.00", "2027-03-01"],
      [kz, "10.00", "2027-03-01"],
      [kz, "20.00", "2027-06-01"],
    ]);
    expect(draft.contributions[1]).toMatchObject({
      kind: "in-kind",
      currency: "KZT",
      description: "павильоны",
    });
    expect(draft.governingTreaty).toBe("european-convention-1992");
    expect(draft.languageVersions).toBe("ru, kk");
  });

  it("split typed code lists", () => {
    expect(splitCodes(" ru,kk ;be  uz-Cyrl ")).toEqual(["ru", "kk", "be", "uz-Cyrl"]);
    expect(splitCodes("")).toEqual([]);
  });
});

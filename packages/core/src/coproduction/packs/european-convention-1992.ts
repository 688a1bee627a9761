// The European Convention on Cinematographic Co-production of 1992 (ETS 147) as data: share limits, financial-only
// partners and the Appendix II points table (15 of 19). Numbers only; evaluators live in rules/.
import type { RulePack } from "../rule-pack.ts";

export const europeanConvention1992: RulePack = {
  id: "european-convention-1992",
  name: "European Convention on Cinematographic Co-production (1992)",
  names: { ru: "Европейская конвенция о совместном кинопроизводстве (1992)" },
  version: "1",
  kind: "treaty",
  source: {
    title: "European Convention on Cinematographic Co-production, ETS No. 147, Strasbourg, 2 October 1992",
    urls: [
      "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=147",
      "https://weareukfilm.com/treaties/european-convention",
    ],
  },
  // Entry into force UNVERIFIED; Russia's declaration covers the period from 1 July 1994.
  validFrom: "1994-04-01",
  // Ratifications listed by the German government's page, plus Poland (2002), Belgium (2004), Albania and Armenia
  // (declarations on WIPO Lex). Incomplete: later ratifications are missing. Russia ratified (declaration of
  // 5 May 1994); its standing after leaving the Council of Europe on 16 March 2022 is UNVERIFIED. Edit before relying on it.
  parties: [
    "AL",
    "AM",
    "AT",
    "AZ",
    "BE",
    "CH",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GB",
    "HU",
    "IE",
    "IS",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "RU",
    "SE",
    "SK",
  ],
  rules: [
    {
      id: "co-producers",
      kind: "parties-present",
      minimum: 2,
      note: "Three or more co-producers from Parties; two only where no bilateral treaty binds their countries.",
    },
    {
      id: "share-limits",
      kind: "share-limits",
      bilateral: { min: 20, max: 80 },
      multilateral: { min: 10, max: 70 },
      partiesOnly: true,
    },
    { id: "financial-share", kind: "financial-share", range: { min: 10, max: 25 } },
    {
      id: "points",
      kind: "points",
      residenceCounts: true,
      note: "15 of 19 points is sourced; the element table below is from the convention's Appendix II and UNVERIFIED here.",
      tables: {
        fiction: {
          required: 15,
          elements: [
            {
              id: "director",
              label: "director",
              labels: { ru: "режиссёр-постановщик" },
              points: 3,
              role: "director",
            },
            {
              id: "scriptwriter",
              label: "scriptwriter",
              labels: { ru: "автор сценария" },
              points: 3,
              role: "screenwriter",
            },
            { id: "composer", label: "composer", labels: { ru: "композитор" }, points: 1, role: "composer" },
            { id: "first-role", label: "first role", labels: { ru: "первая роль" }, points: 3, leadRank: 1 },
            {
              id: "second-role",
              label: "second role",
              labels: { ru: "вторая роль" },
              points: 2,
              leadRank: 2,
            },
            { id: "third-role", label: "third role", labels: { ru: "третья роль" }, points: 1, leadRank: 3 },
            {
              id: "cameraman",
              label: "cameraman",
              labels: { ru: "оператор-постановщик" },
              points: 1,
              role: "director-of-photography",
            },
            {
              id: "sound-recordist",
              label: "sound recordist",
              labels: { ru: "звукорежиссёр" },
              points: 1,
              role: "sound-recordist",
            },
            { id: "editor", label: "editor", labels: { ru: "монтажёр" }, points: 1, role: "editor" },
            {
              id: "art-director",
              label: "art director",
              labels: { ru: "художник-постановщик" },
              points: 1,
              role: "production-designer",
            },
            {
              id: "shooting-location",
              label: "studio or shooting location",
              labels: { ru: "студия или место съёмок" },
              points: 1,
              places: ["studio", "shooting"],
            },
            {
              id: "post-production-location",
              label: "post-production location",
              labels: { ru: "место постпродакшна" },
              points: 1,
              places: ["post-production"],
            },
          ],
        },
      },
    },
  ],
  notes: [
    "Co-producers from non-Parties are not modelled for this text.",
    "The list of Parties is incomplete (see the comment in the pack).",
  ],
};

// The Council of Europe Convention on Cinematographic Co-production (revised), CETS 220, as data: share limits,
// non-party and financial-only partners, and the Appendix II points table. Numbers only; evaluators live in rules/.
import type { RulePack } from "../rule-pack.ts";

export const europeanConvention2017: RulePack = {
  id: "european-convention-2017",
  name: "European Convention on Cinematographic Co-production (revised 2017)",
  version: "1",
  kind: "treaty",
  source: {
    title:
      "Council of Europe Convention on Cinematographic Co-production (revised), CETS No. 220, Rotterdam, 30 January 2017",
    urls: [
      "https://www.coe.int/en/web/eurimages/revised-convention",
      "https://www.europeansources.info/record/council-of-europe-convention-on-cinematographic-co-production-revised/",
      "https://public.codexis.cz/zakon/23-2021-sb-m-s-sdeleni-ministerstva-zahranicnich-veci-o-sjednani-umluvy-rady-evropy-o-filmove-koprod-CR129356/priloha-ii---definice-zpusobileho-filmoveho-dila-SEKCEpriloha_ii",
    ],
  },
  // Entry into force UNVERIFIED (opened for signature 30 January 2017); edit when confirmed.
  validFrom: "2019-10-01",
  // States with declarations listed by the Dutch treaty database (013364_b) and Ukraine (ratified 5 June 2024).
  // Not a full chart of ratifications: states that made no declaration may be missing. Edit before relying on it.
  parties: [
    "AL",
    "AM",
    "AT",
    "BA",
    "BE",
    "BG",
    "CH",
    "CY",
    "CZ",
    "DK",
    "EE",
    "ES",
    "FI",
    "GB",
    "GE",
    "GR",
    "HR",
    "HU",
    "IE",
    "IS",
    "IT",
    "LT",
    "LU",
    "LV",
    "MD",
    "ME",
    "MK",
    "MT",
    "NL",
    "NO",
    "PL",
    "PT",
    "RO",
    "RS",
    "SE",
    "SI",
    "SK",
    "UA",
  ],
  rules: [
    {
      id: "co-producers",
      kind: "parties-present",
      minimum: 2,
      note: "At least two co-producers established in Parties; the revised text also serves as a bilateral framework.",
    },
    {
      id: "share-limits",
      kind: "share-limits",
      bilateral: { min: 10, max: 90 },
      multilateral: { min: 5, max: 80 },
      partiesOnly: true,
      note: "These limits apply only where every participating country ratified the revised text; otherwise the 1992 limits.",
    },
    {
      id: "non-party-share",
      kind: "non-party-share",
      max: 30,
      note: "Co-producers not established in a Party together at most 30 % of the total production cost.",
    },
    {
      id: "financial-share",
      kind: "financial-share",
      range: { min: 10, max: 25 },
      note: "10–25 % is the 1992 rule; the revised text's figure is UNVERIFIED.",
    },
    {
      id: "points",
      kind: "points",
      residenceCounts: true,
      note:
        "Appendix II, confirmed against the official Czech translation; English labels UNVERIFIED. The authorities may " +
        "grant status below the threshold after consulting each other. Whether residence counts like citizenship is UNVERIFIED.",
      tables: {
        fiction: {
          required: 16,
          elements: [
            { id: "director", label: "director", points: 4, role: "director" },
            { id: "scriptwriter", label: "scriptwriter", points: 3, role: "screenwriter" },
            { id: "composer", label: "composer", points: 1, role: "composer" },
            { id: "first-role", label: "first role", points: 3, leadRank: 1 },
            { id: "second-role", label: "second role", points: 2, leadRank: 2 },
            { id: "third-role", label: "third role", points: 1, leadRank: 3 },
            {
              id: "director-of-photography",
              label: "director of photography",
              points: 1,
              role: "director-of-photography",
            },
            { id: "sound-recordist", label: "sound recordist", points: 1, role: "sound-recordist" },
            { id: "editor", label: "editor", points: 1, role: "editor" },
            { id: "costume-designer", label: "costume designer", points: 1, role: "costume-designer" },
            {
              id: "shooting-location",
              label: "studio or shooting location",
              points: 1,
              places: ["studio", "shooting"],
            },
            { id: "vfx-location", label: "VFX/CGI location", points: 1, places: ["vfx"] },
            // The Czech text reads "place of production"; that the English means post-production is UNVERIFIED.
            {
              id: "production-location",
              label: "production location",
              points: 1,
              places: ["post-production"],
            },
          ],
        },
      },
    },
  ],
  notes: [
    "Animation qualifies with 15 of 23 points, but its element table is UNVERIFIED and not included; no documentary table.",
    "The list of Parties is incomplete (see the comment in the pack); Russia, Belarus, Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan are not Parties as far as is known.",
  ],
};

// The Russia–China film co-production agreement (2017) as data: shares of the two parties and a third-country
// producer's ceiling. National-film status in both countries is a separate test and is not evaluated here.
import type { RulePack } from "../rule-pack.ts";

export const russiaChina: RulePack = {
  id: "russia-china",
  name: "Russia–China agreement on film co-production (2017)",
  names: { ru: "Соглашение России и Китая о совместном производстве фильмов (2017)" },
  version: "1",
  kind: "treaty",
  source: {
    title: "Agreement between Russia and China on film co-production (2017)",
    urls: ["https://voprosy-prava.blogspot.com"],
  },
  // Only the year is sourced; the exact date of entry into force is UNVERIFIED.
  validFrom: "2017-01-01",
  parties: ["RU", "CN"],
  rules: [
    { id: "parties", kind: "parties-present", minimum: 2, countries: ["RU", "CN"] },
    {
      id: "share-limits",
      kind: "share-limits",
      bilateral: { min: 20, max: 80 },
      multilateral: { min: 20, max: 80 },
      partiesOnly: true,
    },
    { id: "third-country", kind: "third-country-share", max: 30 },
  ],
  notes: [
    "The film must also qualify as national in both countries: run the russia-national-film pack beside this one; China's test is not modelled.",
  ],
};

// The Russia–Uzbekistan agreement on joint film production (signed 27 May 2024) as data: shares, a third-country
// co-producer, two language versions, creative and technical contribution in proportion to the money.
import type { RulePack } from "../rule-pack.ts";

export const russiaUzbekistan: RulePack = {
  id: "russia-uzbekistan",
  name: "Russia–Uzbekistan agreement on film co-production (2024)",
  names: { ru: "Соглашение России и Узбекистана о совместном производстве фильмов (2024)" },
  version: "1",
  kind: "treaty",
  source: {
    title: "Agreement between Russia and Uzbekistan on joint film production, signed 27 May 2024",
    urls: ["https://www.kinometro.ru", "https://caravan-info.uz"],
  },
  // The signing date; entry into force UNVERIFIED.
  validFrom: "2024-05-27",
  parties: ["RU", "UZ"],
  rules: [
    { id: "parties", kind: "parties-present", minimum: 2, countries: ["RU", "UZ"] },
    {
      id: "share-limits",
      kind: "share-limits",
      bilateral: { min: 20, max: 80 },
      multilateral: { min: 20, max: 80 },
      partiesOnly: true,
    },
    {
      id: "third-country",
      kind: "third-country-share",
      min: 10,
      notAboveParties: true,
      note: "A third-country producer holds at least 10 % and not more than either main party.",
    },
    { id: "language-versions", kind: "language-versions", languages: ["ru", "uz"] },
    {
      id: "proportional-contribution",
      kind: "proportional-contribution",
      roles: [
        "director",
        "screenwriter",
        "composer",
        "actor",
        "director-of-photography",
        "sound-recordist",
        "editor",
        "costume-designer",
        "production-designer",
      ],
      // The agreement says only "proportional"; 15 points is this pack's editable assumption, not a treaty number.
      tolerance: 15,
    },
  ],
  notes: [
    "National credits in titles, advertising and festivals are required but not checked here.",
    "The tolerance of the proportionality test is an assumption of this pack (UNVERIFIED).",
  ],
};

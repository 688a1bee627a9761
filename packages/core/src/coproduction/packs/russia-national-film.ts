// Russia's national-film test (Law 126-FZ as summarised by Roskino) as data: the producer, key creatives, foreign
// crew, work by Russian companies, foreign investment and state funding. Numbers only; evaluators live in rules/.
import type { RulePack } from "../rule-pack.ts";

export const russiaNationalFilm: RulePack = {
  id: "russia-national-film",
  name: "Russia: national film (Law 126-FZ)",
  names: { ru: "Национальный фильм (Россия, Федеральный закон № 126-ФЗ)" },
  version: "1",
  kind: "national-film",
  source: {
    title:
      "Federal Law No. 126-FZ on state support of cinematography, art. 4, as amended by Law 375-FZ of 27.12.2009",
    urls: [
      "https://roskino.org/en/industry",
      "https://garant.ru/hotlaw/federal/224192",
      "https://newsland.com/post/385205-gosduma-utochnila-poniatie-natsionalnyi-film",
    ],
  },
  // The date of the amending law that raised the foreign-investment cap to 50 %; its entry into force UNVERIFIED.
  validFrom: "2009-12-27",
  parties: ["RU"],
  rules: [
    { id: "russian-producer", kind: "producer-from", country: "RU", roles: ["majority", "minority"] },
    {
      id: "key-creatives",
      kind: "key-creatives",
      country: "RU",
      roles: ["director", "screenwriter", "composer"],
      atLeast: "majority",
    },
    {
      id: "foreign-creative-crew",
      kind: "foreign-crew-max",
      country: "RU",
      // Which roles make the "creative crew" is this pack's reading (cast included); edit to match the authority's.
      roles: [
        "director",
        "screenwriter",
        "composer",
        "actor",
        "director-of-photography",
        "production-designer",
        "costume-designer",
        "editor",
        "sound-recordist",
      ],
      max: 30,
    },
    { id: "russian-companies-work", kind: "company-work-min", country: "RU", min: 50 },
    { id: "foreign-investment", kind: "foreign-financing-max", country: "RU", max: 50 },
    {
      id: "state-funding",
      kind: "state-funding-max",
      country: "RU",
      max: 70,
      note: "Ministry of Culture and Cinema Fund together; measured against all financing listed.",
    },
  ],
  notes: ["The ban on profanity is not checked here.", "The exact current wording of art. 4 is UNVERIFIED."],
};

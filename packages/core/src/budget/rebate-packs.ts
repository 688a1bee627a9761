// The rebate rule packs shipped as defaults, transcribed from shared/domain/coproduction.md: data, not logic.
// Every figure is editable by passing other packs to estimateRebates; UNVERIFIED marks what still needs a primary
// source. Nothing here computes.
import type { RebatePack } from "./rebate-types.ts";

const kz = "KZ" as RebatePack["country"];
const uz = "UZ" as RebatePack["country"];
const ru = "RU" as RebatePack["country"];
const kg = "KG" as RebatePack["country"];
const by = "BY" as RebatePack["country"];
const tj = "TJ" as RebatePack["country"];
type Currency = RebatePack["currency"];

export const defaultRebatePacks: readonly RebatePack[] = [
  {
    id: "kz-cinema-law-art15",
    country: kz,
    version: "2019.1",
    name: "Kazakhstan: subsidy to a foreign producer (Law on Cinematography, art. 15)",
    validFrom: "2019-01-03",
    validUntil: "2025-12-31",
    status: "official",
    sources: [
      "Law of the Republic of Kazakhstan on Cinematography, art. 15; State Centre for Support of National Cinema",
    ],
    notes:
      "Up to 30 % of spend in Kazakhstan, by agreement with the State Centre. The legal basis of art. 12(5) was marked " +
      "valid until 31.12.2025 — verify before extending validUntil. The law's date (3 Jan 2019) is UNVERIFIED.",
    currency: "KZT" as Currency,
    upToPercent: "30",
    tiers: [{ percent: "30", requires: [{ kind: "spend", atLeast: "130000", indexUnit: "MCI" }] }],
    // MCI (monthly calculation index) by year, set by each year's budget law. Figures UNVERIFIED.
    indexUnits: {
      MCI: [
        { validFrom: "2019-01-01", value: "2525" },
        { validFrom: "2020-01-01", value: "2778" },
        { validFrom: "2021-01-01", value: "2917" },
        { validFrom: "2022-01-01", value: "3063" },
        { validFrom: "2023-01-01", value: "3450" },
        { validFrom: "2024-01-01", value: "3692" },
        { validFrom: "2025-01-01", value: "3932" },
      ],
    },
  },
  {
    id: "uz-tourism-2021",
    country: uz,
    version: "2021.1",
    name: "Uzbekistan: rebate for foreign productions (2021 tiers)",
    validFrom: "2021-01-01",
    validUntil: "2025-11-19",
    status: "secondary",
    sources: ["shared/domain/coproduction.md (earlier rule: same tiers, caps per tier)"],
    notes: "Effective date known to the year only (UNVERIFIED).",
    currency: "UZS" as Currency,
    tiers: [
      { percent: "10", requires: [], cap: "250000000" },
      { percent: "15", requires: [{ kind: "spend", over: "3000000000" }], cap: "650000000" },
      { percent: "20", requires: [{ kind: "spend", over: "5000000000" }], cap: "1500000000" },
      { percent: "25", requires: [{ kind: "spend", over: "10000000000" }], cap: "3000000000" },
    ],
  },
  {
    id: "uz-tourism-2025",
    country: uz,
    version: "2025.1",
    name: "Uzbekistan: rebate for foreign productions (resolution of 20 Nov 2025, Tourism Committee)",
    validFrom: "2025-11-20",
    status: "secondary",
    sources: [
      "Resolution of 20 Nov 2025 (Tourism Committee), as summarised in shared/domain/coproduction.md",
    ],
    notes: "From 1 Mar 2026 episodes showing tourism or heritage also qualify.",
    currency: "UZS" as Currency,
    cap: "4000000000",
    tiers: [
      { percent: "10", requires: [] },
      { percent: "15", requires: [{ kind: "spend", over: "3000000000" }] },
      { percent: "20", requires: [{ kind: "spend", over: "5000000000" }] },
      { percent: "25", requires: [{ kind: "spend", over: "10000000000" }] },
    ],
  },
  {
    id: "ru-federal-rec",
    country: ru,
    version: "2019.1",
    name: "Russia: subsidy to a Russian service company working for a foreign producer (Russian Export Center)",
    validFrom: "2019-11-07",
    status: "official",
    sources: [
      "https://www.rbc.ru/technology_and_media/07/11/2019/5dc414939a79474233db2da0",
      "https://www.kinometro.ru/news/show/name/russia_rebates_for_international_projects_4090",
      "https://madeinrussia.ru/de/news/5644",
    ],
    notes:
      "Government resolution of 7 Nov 2019; RUB 100 m a year budgeted for 2021–2024; continuation after 2024 " +
      "UNVERIFIED. A cultural test also applies.",
    currency: "RUB" as Currency,
    tiers: [
      {
        percent: "30",
        requires: [
          { kind: "projectKind", oneOf: ["feature", "series"] },
          { kind: "spend", atLeast: "15000000" },
        ],
      },
      {
        percent: "30",
        requires: [
          { kind: "projectKind", oneOf: ["documentary"] },
          { kind: "spend", atLeast: "3750000" },
        ],
      },
      {
        percent: "30",
        requires: [
          { kind: "projectKind", oneOf: ["animation"] },
          { kind: "spend", atLeast: "5000000" },
        ],
      },
      {
        percent: "40",
        requires: [
          { kind: "spend", atLeast: "75000000" },
          { kind: "shootDays", atLeast: 19 },
          { kind: "localCrewPercent", atLeast: "80" },
        ],
      },
    ],
  },
  {
    id: "kg-film-in-kyrgyzstan",
    country: kg,
    version: "2016.1",
    name: "Kyrgyzstan: Film in Kyrgyzstan",
    validFrom: "2016-01-01",
    status: "unverified",
    sources: ["shared/domain/coproduction.md (secondary sources); a new programme was drafted in Nov 2024"],
    notes: "15–20 %; what earns 20 % is UNVERIFIED. Effective date known to the year only.",
    currency: "KGS" as Currency,
    upToPercent: "20",
    tiers: [
      {
        percent: "15",
        requires: [
          { kind: "projectKind", oneOf: ["series"] },
          { kind: "spend", atLeast: "71500", currency: "USD" as Currency },
          { kind: "shootDays", atLeast: 5 },
        ],
      },
      {
        percent: "15",
        requires: [
          { kind: "projectKind", oneOf: ["feature"] },
          {
            kind: "anyOf",
            options: [
              { kind: "spend", atLeast: "300000", currency: "USD" as Currency },
              { kind: "shootDays", atLeast: 14 },
            ],
          },
        ],
      },
    ],
  },
  {
    id: "by-none",
    country: by,
    version: "0",
    name: "Belarus: no production rebate found",
    validFrom: "2000-01-01",
    status: "unverified",
    sources: ["shared/domain/coproduction.md"],
    notes: "State co-financing of national films up to 70 % (100 % for some kinds) is not a rebate.",
    currency: "BYN" as Currency,
    tiers: [],
  },
  {
    id: "tj-none",
    country: tj,
    version: "0",
    name: "Tajikistan: no production rebate found",
    validFrom: "2000-01-01",
    status: "unverified",
    sources: ["shared/domain/coproduction.md"],
    currency: "TJS" as Currency,
    tiers: [],
  },
];

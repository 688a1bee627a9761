// The rebate estimate as the API answers it: per country the pack (name, sources, validity), the tier reached and
// the rebate, each tier with what is missing to reach it; amounts as {currency, minor, amount} in the pack's currency
// and, beside them, in the report's.
import { z } from "@hono/zod-openapi";
import {
  convertWithTable,
  type CurrencyCode,
  type Money,
  type RateTable,
  type RebateShortfall,
} from "@kinomost/core";
import type { RebateReportView } from "./rebates.ts";
import { budgetRefSchema, moneyJson, moneySchema, type MoneyJson } from "./views.ts";

export type ShortfallJson =
  | { kind: "spend"; missing: MoneyJson; missingInCurrency: MoneyJson | null }
  | { kind: "shootDays"; missing: number }
  | { kind: "localCrewPercent"; missing: string }
  | { kind: "projectKind"; oneOf: string[] }
  | { kind: "unknownFact"; fact: string }
  | { kind: "anyOf"; options: ShortfallJson[][] };

const simpleShortfalls = [
  z.object({ kind: z.literal("spend"), missing: moneySchema, missingInCurrency: moneySchema.nullable() }),
  z.object({ kind: z.literal("shootDays"), missing: z.number().int() }),
  z.object({ kind: z.literal("localCrewPercent"), missing: z.string() }),
  z.object({ kind: z.literal("projectKind"), oneOf: z.array(z.string()) }),
  z.object({ kind: z.literal("unknownFact"), fact: z.string() }),
] as const;

// Documented one level deep (the packs nest no further): the OpenAPI generator cannot follow a recursive schema,
// so the schema is typed as the recursive shape the code writes.
const shortfallSchema = z
  .union([
    ...simpleShortfalls,
    z.object({ kind: z.literal("anyOf"), options: z.array(z.array(z.union(simpleShortfalls))) }),
  ])
  .openapi("RebateShortfall", {
    description:
      "What a tier still needs: more spend (in the rule's currency and the report's), shooting days, local crew " +
      "percentage points, another kind of project, a fact the budget does not give, or any one of several options",
  }) as unknown as z.ZodType<ShortfallJson>;

export const rebateReportSchema = z
  .object({
    budget: budgetRefSchema,
    currency: z.string(),
    on: z.string().openapi({ description: "The date the packs, index values and rates are taken for" }),
    rates: z.object({ date: z.string(), source: z.string() }),
    countries: z.array(
      z.object({
        country: z.string(),
        qualifying: moneySchema.nullable(),
        pack: z
          .object({
            id: z.string(),
            version: z.string(),
            name: z.string(),
            status: z.enum(["official", "secondary", "unverified"]),
            sources: z.array(z.string()),
            validFrom: z.string(),
            validUntil: z.string().nullable(),
            notes: z.string().nullable(),
            currency: z.string(),
            cap: moneySchema.nullable(),
            upToPercent: z.string().nullable(),
          })
          .nullable(),
        qualifyingInPackCurrency: moneySchema,
        percent: z.string().nullable(),
        rebate: moneySchema,
        rebateInCurrency: moneySchema.nullable(),
        capped: z.boolean(),
        tiers: z.array(
          z.object({
            percent: z.string(),
            cap: moneySchema.nullable(),
            requires: z.array(z.record(z.string(), z.unknown())),
            reached: z.boolean(),
            missing: z.array(shortfallSchema).nullable(),
          }),
        ),
        next: z.object({ percent: z.string(), missing: z.array(shortfallSchema) }).nullable(),
        problems: z.array(z.object({ code: z.string(), message: z.string() })),
      }),
    ),
    total: z.object({ rebate: moneySchema, complete: z.boolean() }),
  })
  .openapi("RebateEstimate");

export type RebateReportJson = z.infer<typeof rebateReportSchema>;

function shortfallJson(
  shortfall: RebateShortfall,
  convert: (money: Money) => MoneyJson | null,
): ShortfallJson {
  switch (shortfall.kind) {
    case "spend":
      return {
        kind: "spend",
        missing: moneyJson(shortfall.missing),
        missingInCurrency: convert(shortfall.missing),
      };
    case "anyOf":
      return {
        kind: "anyOf",
        options: shortfall.options.map((option) => option.map((entry) => shortfallJson(entry, convert))),
      };
    case "projectKind":
      return { kind: "projectKind", oneOf: [...shortfall.oneOf] };
    default:
      return { ...shortfall };
  }
}

export function rebateReportJson(
  view: RebateReportView,
  budget: z.infer<typeof budgetRefSchema>,
  rates: RateTable,
): RebateReportJson {
  const convert = (money: Money) => {
    const converted = convertWithTable(money, view.currency as CurrencyCode, rates);
    return converted.ok ? moneyJson(converted.value) : null;
  };
  const shortfalls = (list: readonly RebateShortfall[]) => list.map((entry) => shortfallJson(entry, convert));
  return {
    budget,
    currency: view.currency,
    on: view.on,
    rates: { date: rates.date, source: rates.source },
    countries: view.countries.map(({ country, qualifying, estimate, pack, rebateInCurrency, tiers }) => ({
      country,
      qualifying: qualifying && moneyJson(qualifying),
      pack: pack && {
        id: pack.id,
        version: pack.version,
        name: pack.name,
        status: pack.status,
        sources: [...pack.sources],
        validFrom: pack.validFrom,
        validUntil: pack.validUntil ?? null,
        notes: pack.notes ?? null,
        currency: pack.currency,
        cap: pack.capMoney && moneyJson(pack.capMoney),
        upToPercent: pack.upToPercent ?? null,
      },
      qualifyingInPackCurrency: moneyJson(estimate.qualifyingSpend),
      percent: estimate.percent,
      rebate: moneyJson(estimate.rebate),
      rebateInCurrency: rebateInCurrency && moneyJson(rebateInCurrency),
      capped: estimate.capped,
      tiers: tiers.map((tier) => ({
        percent: tier.percent,
        cap: tier.cap && moneyJson(tier.cap),
        requires: tier.requires.map((requirement) => ({ ...requirement })),
        reached: tier.reached,
        missing: tier.missing && shortfalls(tier.missing),
      })),
      next: estimate.next && { percent: estimate.next.percent, missing: shortfalls(estimate.next.missing) },
      problems: estimate.problems.map((problem) => ({ ...problem })),
    })),
    total: { rebate: moneyJson(view.total.rebate), complete: view.total.complete },
  };
}

// GET …/rates/convert: an amount in another currency at the project's stored rates, with the exact rate across the
// table's base and the table it came from named, so that a budget line can show where its figure comes from.
import { createRoute, z } from "@hono/zod-openapi";
import {
  convertMoney,
  findRate,
  formatMoneyDecimal,
  formatRatio,
  isCurrencyCode,
  minorUnitDigits,
  parseMoney,
  type CurrencyCode,
  type Ratio,
} from "@kinomost/core";
import { ApiError, errorBody } from "../http/errors.ts";
import { errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { requirePermission } from "../projects/access.ts";
import { latestRateTableFor } from "./tables.ts";
import { isoDate, projectParams, tableSource, tags } from "./views.ts";

const currencyParam = (description: string) =>
  z
    .string()
    .refine(isCurrencyCode, {
      message: "must be an ISO 4217 currency code such as RUB",
      params: { code: "currency" },
    })
    .openapi({ description, example: "KZT" });

const convertQuery = z.strictObject({
  from: currencyParam("The amount's currency"),
  to: currencyParam("The currency wanted"),
  date: isoDate.openapi({ description: "The day of the rate: the latest table on or before it is used" }),
  amount: z
    .string()
    .regex(/^-?\d{1,24}(?:\.\d{1,6})?$/, 'must be a decimal amount with a dot, such as "1000.00"')
    .openapi({ example: "1000.00" }),
  source: tableSource.optional().openapi({ description: "Only this bank's tables (or the manual ones)" }),
});

const moneySchema = z.object({
  value: z.string().openapi({ example: "6.22" }),
  minor: z.string().openapi({ description: "In the currency's minor unit", example: "622" }),
  currency: z.string(),
});

const conversionSchema = z
  .object({
    amount: moneySchema,
    converted: moneySchema.openapi({ description: "Rounded half-even to the target's minor unit" }),
    rate: z.object({
      numerator: z.string(),
      denominator: z.string(),
      decimal: z.string().openapi({ description: "The exact rate rounded to 12 decimals, for reading" }),
      via: z
        .string()
        .nullable()
        .openapi({ description: "The base the rate crosses, when neither currency is it" }),
    }),
    table: z
      .object({ id: z.uuid(), source: z.string(), date: z.string(), base: z.string() })
      .nullable()
      .openapi({ description: "The table used; null when the currencies are the same" }),
  })
  .openapi("Conversion");

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function describeRate(rate: Ratio, via: string | null) {
  const divisor = gcd(rate.n, rate.d);
  return {
    numerator: (rate.n / divisor).toString(),
    denominator: (rate.d / divisor).toString(),
    decimal: formatRatio(rate, 12),
    via,
  };
}

const moneyView = (money: { minor: bigint; currency: CurrencyCode }) => ({
  value: formatMoneyDecimal(money),
  minor: money.minor.toString(),
  currency: money.currency,
});

export function registerConvertRoute(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/rates/convert",
      tags,
      summary:
        "Convert an amount at the latest stored rate on or before a date, across the table's base if needed",
      security,
      request: { params: projectParams, query: convertQuery },
      responses: {
        200: jsonResponse("The converted amount, the exact rate and the table used", conversionSchema),
        ...errorResponses,
        404: {
          description: "NO_RATE: no table on or before the date prices both currencies (or no such project)",
          content: errorResponses[400].content,
        },
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "budget.read");
      const query = c.req.valid("query");
      const from = query.from as CurrencyCode;
      const to = query.to as CurrencyCode;
      const parsed = parseMoney(query.amount, from);
      if (!parsed.ok) {
        const message = `has more than ${minorUnitDigits(from)} decimals for ${from}`;
        throw new ApiError(400, "VALIDATION_FAILED", `invalid query: amount ${message}`, {
          fields: [{ path: "amount", message, code: "too_many_decimals" }],
        });
      }
      const amount = parsed.value;
      if (from === to) {
        const same = { amount: moneyView(amount), converted: moneyView(amount), table: null };
        return c.json({ ...same, rate: describeRate({ n: 1n, d: 1n }, null) }, 200);
      }
      const stored = await latestRateTableFor(db, projectId, from, to, {
        source: query.source,
        until: query.date,
      });
      const rate = stored ? findRate(stored.table, from, to) : undefined;
      if (!stored || !rate?.ok) {
        const which = query.source === undefined ? "" : ` of source ${query.source}`;
        const message =
          `no rate table${which} dated on or before ${query.date} quotes both ${from} and ${to}; ` +
          "import the bank's file for that day or enter the rates by hand";
        return c.json(errorBody("NO_RATE", message), 404);
      }
      const { base, date, source } = stored.table;
      return c.json(
        {
          amount: moneyView(amount),
          converted: moneyView(convertMoney(amount, rate.value)),
          rate: describeRate(rate.value.rate, from === base || to === base ? null : base),
          table: { id: stored.id, source, date, base },
        },
        200,
      );
    },
  );
}

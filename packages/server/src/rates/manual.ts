// POST …/rate-tables: rates typed in by hand (an agreed budget rate, a bank that is not among the six). Every quote is
// checked (ISO 4217 codes, positive exact decimals, one quote per currency) and each bad one is named by its path.
import { createRoute, z } from "@hono/zod-openapi";
import { formatRatio, isCurrencyCode, parseDecimalRatio } from "@kinomost/core";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { requirePermission } from "../projects/access.ts";
import { storeRateTable, storedAnswer } from "./store.ts";
import { isoDate, projectParams, storedSchema, tags } from "./views.ts";

const largestNominal = 1_000_000_000;
const decimalText = /^\d{1,20}(?:\.\d{1,20})?$/;

/** value ÷ nominal as a finite decimal, or null when it has none (a nominal of 3). */
export function exactPerUnit(value: string, nominal: number): string | null {
  const ratio = parseDecimalRatio(value);
  if (ratio === null) return null;
  let rest = nominal;
  let twos = 0;
  let fives = 0;
  while (rest % 2 === 0) [rest, twos] = [rest / 2, twos + 1];
  while (rest % 5 === 0) [rest, fives] = [rest / 5, fives + 1];
  if (rest !== 1) return null;
  const decimals = value.split(".")[1]?.length ?? 0;
  return formatRatio({ n: ratio.n, d: ratio.d * BigInt(nominal) }, decimals + Math.max(twos, fives));
}

const currencyText = z.string().openapi({ description: "ISO 4217 code", example: "KZT" });

const quoteInput = z.strictObject({
  currency: currencyText,
  nominal: z
    .number()
    .int()
    .min(1)
    .max(largestNominal)
    .optional()
    .openapi({ description: "How many units the value is for; 1 by default", example: 100 }),
  value: z
    .string()
    .openapi({ description: "Base units for `nominal` units, a plain decimal", example: "16.9831" }),
});

type Issue = { path: (string | number)[]; message: string; code: string };

function checkQuotes(base: string, quotes: readonly z.infer<typeof quoteInput>[]): Issue[] {
  const issues: Issue[] = [];
  if (!isCurrencyCode(base)) {
    issues.push({
      path: ["base"],
      message: "must be an ISO 4217 currency code such as RUB",
      code: "currency",
    });
  }
  const seen = new Map<string, number>();
  quotes.forEach((quote, index) => {
    const at = (field: string) => ["quotes", index, field];
    if (!isCurrencyCode(quote.currency)) {
      issues.push({
        path: at("currency"),
        message: "must be an ISO 4217 currency code such as KZT",
        code: "currency",
      });
    } else if (quote.currency === base) {
      issues.push({
        path: at("currency"),
        message: `is the base currency ${base} itself`,
        code: "base_currency",
      });
    } else if (seen.has(quote.currency)) {
      const message = `${quote.currency} is already quoted in quotes.${seen.get(quote.currency)}`;
      issues.push({ path: at("currency"), message, code: "duplicate" });
    } else {
      seen.set(quote.currency, index);
    }
    const ratio = decimalText.test(quote.value) ? parseDecimalRatio(quote.value) : null;
    if (ratio === null) {
      const message = 'must be a plain decimal with a dot, such as "16.9831"';
      issues.push({ path: at("value"), message, code: "decimal" });
    } else if (ratio.n <= 0n) {
      issues.push({ path: at("value"), message: "must be greater than zero", code: "not_positive" });
    } else if (exactPerUnit(quote.value, quote.nominal ?? 1) === null) {
      const message = "value ÷ nominal must be a finite decimal: use a nominal such as 1, 10 or 100";
      issues.push({ path: at("nominal"), message, code: "inexact_nominal" });
    }
  });
  return issues;
}

const manualTable = z
  .strictObject({
    source: z.literal("manual").optional().openapi({ description: "Always manual" }),
    date: isoDate,
    base: currencyText.openapi({ description: "The currency every value is in", example: "RUB" }),
    quotes: z.array(quoteInput).min(1, "must have at least one quote").max(500),
    replace: z
      .boolean()
      .optional()
      .openapi({ description: "Replace the manual table of that date and base" }),
  })
  .superRefine((body, context) => {
    for (const issue of checkQuotes(body.base, body.quotes)) {
      context.addIssue({
        code: "custom",
        path: issue.path,
        message: issue.message,
        params: { code: issue.code },
      });
    }
  });

export function registerManualRateRoute(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/rate-tables",
      tags,
      summary: "Enter a table of rates by hand: so many base units for `nominal` units of each currency",
      security,
      request: { params: projectParams, ...jsonBody(manualTable) },
      responses: {
        201: jsonResponse("Stored", storedSchema),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "rates.edit");
      const body = c.req.valid("json");
      const quotes = body.quotes.map(({ currency, nominal = 1, value }) => ({
        currency,
        nominal,
        value,
        perUnit: exactPerUnit(value, nominal)!,
      }));
      const table = {
        source: "manual" as const,
        date: body.date,
        base: body.base,
        origin: null,
        sha256: null,
        quotes,
      };
      const id = await storeRateTable(db, table, {
        projectId,
        userId: c.get("user").id,
        at: now(),
        action: "rate-table.entered",
        replace: body.replace === true,
      });
      return c.json(await storedAnswer(db, projectId, id, []), 201);
    },
  );
}

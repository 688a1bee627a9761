// The query parameters every budget report shares: the language of its words and the currency of its amounts.
import { z } from "@hono/zod-openapi";
import { isCurrencyCode } from "@kinomost/core";
import { uuidParam } from "../../http/validation.ts";

export const budgetParams = z.object({ projectId: uuidParam("projectId"), budgetId: uuidParam("budgetId") });

export const langQuery = z
  .enum(["ru", "en"])
  .optional()
  .openapi({ description: "The report's language; from Accept-Language when absent, else Russian" });

export const currencyQuery = z
  .string()
  .refine(isCurrencyCode, { message: "must be an ISO 4217 currency code", params: { code: "currency" } })
  .optional()
  .openapi({
    description: "The currency of the amounts (ISO 4217); the budget's display currency when absent",
  });

export const exportQuery = z.strictObject({ lang: langQuery, currency: currencyQuery });

// Validated fields of the consortium: ISO dates, exact decimal shares and rates, money as decimal strings that
// become integer minor units of their currency (never a float), and the people's roles the treaties know.
import { z } from "@hono/zod-openapi";
import { isCountryCode, isCurrencyCode, parseMoney, personRoles, type CurrencyCode } from "@kinomost/core";
import { ApiError } from "../http/errors.ts";

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "is not a calendar date")
  .openapi({ example: "2027-03-01" });

export const countryField = z
  .string()
  .refine(isCountryCode, {
    message: "must be an ISO 3166-1 alpha-2 country code such as KZ",
    params: { code: "country" },
  })
  .openapi({ example: "KZ" });

export const currencyField = z
  .string()
  .refine(isCurrencyCode, {
    message: "must be an ISO 4217 currency code such as KZT",
    params: { code: "currency" },
  })
  .openapi({ example: "KZT" });

export const shareField = z
  .string()
  .regex(/^\d{1,3}(?:\.\d{1,10})?$/, "must be a decimal percentage such as 40 or 12.5")
  .openapi({ example: "40" });

export const perUnitField = z
  .string()
  .regex(/^\d{1,12}(?:\.\d{1,12})?$/, "must be a positive decimal such as 0.169831")
  .refine((text) => /[1-9]/.test(text), "must be above zero")
  .openapi({ example: "0.169831" });

/** A non-negative amount as a decimal string ("1500000.00"); checked against its currency by `toMinor`. */
export const amountField = z
  .string()
  .regex(/^\d{1,15}(?:[.,]\d{1,4})?$/, "must be a non-negative decimal amount such as 1500000.00")
  .openapi({ example: "1500000.00" });

export const personRoleField = z.enum(personRoles);

/** The amount in minor units of `currency`; 400 naming `path` when it has more decimals than the currency. */
export function toMinor(text: string, currency: string, path: string): bigint {
  const parsed = parseMoney(text, currency as CurrencyCode);
  if (!parsed.ok || parsed.value.minor < 0n) {
    const message =
      parsed.ok || parsed.error.code !== "TOO_MANY_DECIMALS"
        ? "must be a non-negative amount"
        : `has more than ${parsed.error.digits} decimals for ${currency}`;
    throw new ApiError(400, "VALIDATION_FAILED", `${path} ${message}`, {
      fields: [{ path, message, code: "amount" }],
    });
  }
  return parsed.value.minor;
}

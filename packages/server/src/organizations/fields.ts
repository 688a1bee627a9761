// Validated fields of organizations, shared by the API routes and the demo.
import { z } from "@hono/zod-openapi";
import { isCountryCode, isCurrencyCode, organizationRoles } from "@kinomost/core";

export const countryCode = z
  .string()
  .refine(isCountryCode, {
    message: "must be an ISO 3166-1 alpha-2 country code such as KZ",
    params: { code: "country" },
  })
  .openapi({ example: "KZ" });

export const currencyCode = z
  .string()
  .refine(isCurrencyCode, {
    message: "must be an ISO 4217 currency code such as KZT",
    params: { code: "currency" },
  })
  .openapi({ example: "KZT" });

export const organizationRole = z.enum(organizationRoles);

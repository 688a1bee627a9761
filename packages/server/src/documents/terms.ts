// The structured terms of a memorandum or agreement: parties and their shares, territories, contributions,
// deadlines, the governing treaty and the language versions. One strict schema is the request's validator, its
// TypeScript type and its OpenAPI description; a version's hash is the SHA-256 of the canonical JSON of its terms.
import { z } from "@hono/zod-openapi";
import { and, eq, inArray } from "drizzle-orm";
import {
  canonicalJson,
  checkAgreedShares,
  describeShareError,
  isCurrencyCode,
  minorUnitDigits,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { sha256Hex } from "../audit/log.ts";
import { ApiError, type FieldError } from "../http/errors.ts";
import { languageTag, plainText } from "../http/validation.ts";
import { countryCode, currencyCode } from "../organizations/fields.ts";
import { partnerRole } from "../projects/queries.ts";

const share = z
  .string()
  .regex(/^\d{1,3}(?:\.\d{1,10})?$/, 'must be a decimal percentage such as "40" or "12.5"')
  .openapi({ example: "40" });

const amount = z
  .string()
  .superRefine((text, context) => {
    if (/^\s*-/.test(text)) {
      context.addIssue({ code: "custom", message: "must not be negative", params: { code: "negative" } });
    } else if (!/^\d{1,15}(?:\.\d{1,4})?$/.test(text)) {
      context.addIssue({
        code: "custom",
        message: 'must be a decimal amount such as "1500000.00"',
        params: { code: "decimal" },
      });
    }
  })
  .openapi({ example: "150000000.00", description: "An exact decimal in the currency's main unit" });

const date = z.iso.date("must be a date such as 2027-03-01").openapi({ example: "2027-03-01" });

/** Paragraphs: like plainText, but line breaks are kept. */
const longText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .refine((text) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text), {
      message: "must not contain control characters",
      params: { code: "control_characters" },
    })
    .refine((text) => !/<\s*[a-z!/?]/i.test(text), {
      message: "must not contain markup (<…>)",
      params: { code: "markup" },
    });

const party = z.strictObject({
  organizationId: z.uuid(),
  role: partnerRole,
  share,
});

const territory = z.strictObject({
  organizationId: z.uuid(),
  countries: z.array(countryCode).min(1).max(250),
});

const contribution = z
  .strictObject({
    organizationId: z.uuid(),
    kind: z.enum(["cash", "in-kind"]),
    description: plainText(300).nullable().default(null),
    currency: currencyCode,
    amount,
    due: date,
  })
  .superRefine((value, context) => {
    if (!isCurrencyCode(value.currency) || !/^\d+(?:\.\d+)?$/.test(value.amount)) return;
    const digits = minorUnitDigits(value.currency);
    const decimals = value.amount.split(".")[1]?.length ?? 0;
    if (decimals > digits) {
      context.addIssue({
        code: "custom",
        path: ["amount"],
        message: `${value.currency} has ${digits} decimal places; "${value.amount}" has ${decimals}`,
        params: { code: "too_many_decimals" },
      });
    }
  });

const deadline = z.strictObject({ what: plainText(300), date });

export const documentTerms = z
  .strictObject({
    parties: z.array(party).min(1, "must name at least one party").max(30),
    territories: z.array(territory).max(30).default([]),
    contributions: z.array(contribution).max(300).default([]),
    deadlines: z.array(deadline).max(100).default([]),
    governingTreaty: plainText(500).nullable().default(null).openapi({
      description:
        "The id of a rule pack (russia-uzbekistan, european-convention-2017 …) or the instrument in words",
      example: "russia-uzbekistan",
    }),
    languageVersions: z.array(languageTag).max(12).default([]),
    notes: longText(10_000).nullable().default(null),
  })
  .superRefine((terms, context) => {
    const issue = (path: (string | number)[], message: string, code: string) =>
      context.addIssue({ code: "custom", path, message, params: { code } });
    const parties = new Set<string>();
    terms.parties.forEach((entry, index) => {
      if (parties.has(entry.organizationId)) {
        issue(["parties", index, "organizationId"], "names a party already listed", "duplicate");
      }
      parties.add(entry.organizationId);
    });
    const checked = checkAgreedShares(
      terms.parties.map((entry, index) => ({ id: String(index), share: entry.share })),
    );
    if (!checked.ok) {
      for (const error of checked.errors) {
        if (error.code === "SHARES_NOT_100") issue(["parties"], describeShareError(error), "shares_not_100");
        if (error.code === "SHARE_ABOVE_100") {
          issue(["parties", Number(error.partnerId), "share"], "must be at most 100", "share_above_100");
        }
      }
    }
    const territoryHolders = new Set<string>();
    terms.territories.forEach((entry, index) => {
      if (!parties.has(entry.organizationId)) {
        issue(["territories", index, "organizationId"], "must be one of the parties", "not_a_party");
      } else if (territoryHolders.has(entry.organizationId)) {
        issue(["territories", index, "organizationId"], "lists this party's territories twice", "duplicate");
      }
      territoryHolders.add(entry.organizationId);
    });
    terms.contributions.forEach((entry, index) => {
      if (!parties.has(entry.organizationId)) {
        issue(["contributions", index, "organizationId"], "must be one of the parties", "not_a_party");
      }
    });
  })
  .openapi("DocumentTerms");

export type DocumentTerms = z.output<typeof documentTerms>;
export type DocumentTermsInput = z.input<typeof documentTerms>;

/** The terms as stored and signed: shares written without trailing zeros ("40.50" → "40.5"). */
export function normalizeTerms(terms: DocumentTerms): DocumentTerms {
  const checked = checkAgreedShares(
    terms.parties.map((entry, index) => ({ id: String(index), share: entry.share })),
  );
  if (!checked.ok) return terms;
  return {
    ...terms,
    parties: terms.parties.map((entry, index) => ({
      ...entry,
      share: checked.value[index]?.share ?? entry.share,
    })),
  };
}

/** What a signature signs: the SHA-256 of the canonical JSON of the terms. */
export function hashTerms(terms: DocumentTerms): string {
  const text = canonicalJson(terms);
  if (text === null) throw new Error("document terms are not plain JSON");
  return sha256Hex(new TextEncoder().encode(text));
}

/** Refuses terms naming an organization that is not an accepted partner of the project; `at` is the body path. */
export async function assertPartiesArePartners(
  db: Database,
  projectId: string,
  terms: DocumentTerms,
  at = "terms",
): Promise<void> {
  const ids = [...new Set(terms.parties.map((entry) => entry.organizationId))];
  const accepted = new Set(
    (
      await db
        .select({ organizationId: schema.partners.organizationId })
        .from(schema.partners)
        .where(
          and(
            eq(schema.partners.projectId, projectId),
            eq(schema.partners.status, "accepted"),
            inArray(schema.partners.organizationId, ids),
          ),
        )
    ).map((row) => row.organizationId),
  );
  const fields: FieldError[] = terms.parties.flatMap((entry, index) =>
    accepted.has(entry.organizationId)
      ? []
      : [
          {
            path: `${at}.parties.${index}.organizationId`,
            message: "is not an accepted partner of the project",
            code: "not_a_partner",
          },
        ],
  );
  if (fields.length > 0) {
    throw new ApiError(
      400,
      "VALIDATION_FAILED",
      `invalid json: ${fields.map((field) => field.path).join(", ")}`,
      { fields },
    );
  }
}

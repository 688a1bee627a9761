// The server's complaints about a document's fields, found by path ("terms.contributions.1.amount") and said
// in the interface language by code: first the documents' own wording, which knows what a share or an amount
// is, then the app's general field errors, and only then the server's English.
import { useCallback } from "react";
import { ApiError, type FieldError } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../i18n/messages.ru.ts";
import { useFieldErrorText } from "../ui/errors.ts";

/** The field errors of a 400 answer at `path` or inside it ("terms.parties" holds "terms.parties.2.share"). */
export function fieldsAt(error: unknown, path: string): FieldError[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  return error.fields.filter((field) => field.path === path || field.path.startsWith(`${path}.`));
}

/** Digits after the decimal point of a currency, as Intl knows it (ISO 4217's minor unit). */
function currencyDigits(currency: string): number | null {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      null
    );
  } catch {
    return null;
  }
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messagesRu, key);
}

/** The wording of one field error; `currency` is the row's currency, for "KZT has 2 decimal places". */
export function useTermsErrorText(): (field: FieldError, context?: { currency?: string }) => string {
  const t = useT();
  const general = useFieldErrorText();
  return useCallback(
    (field: FieldError, context?: { currency?: string }) => {
      const last = field.path.split(".").at(-1) ?? "";
      const code = field.code ?? "";
      if (code === "too_many_decimals") {
        const currency = context?.currency;
        const digits = currency ? currencyDigits(currency) : null;
        return currency && digits !== null
          ? t("documents.fieldError.too_many_decimals", { currency, digits })
          : t("documents.fieldError.decimals");
      }
      // A malformed or missing value says what was expected in that place.
      if (code === "invalid_format" || code === "required" || code === "invalid_type") {
        if (last === "organizationId") return t("documents.fieldError.organization");
        if (last === "share") return t("documents.fieldError.share");
        if (last === "due" || last === "date") return t("documents.fieldError.date");
        if (/^\d+$/u.test(last) && field.path.includes(".languageVersions.")) {
          return t("documents.fieldError.language");
        }
      }
      if (code.startsWith("too_small") && last === "countries") return t("documents.fieldError.countries");
      if (code.startsWith("too_small") && last === "parties") return t("documents.fieldError.noParties");
      const key = `documents.fieldError.${code}`;
      if (isMessageKey(key)) return t(key);
      return general(field);
    },
    [t, general],
  );
}

// The money events of the audit log in the interface language: the words of audit-words.ts with their studios
// named, their dates and amounts written the reader's way and their rate sources named.
import { useCallback } from "react";
import { formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useKnownText } from "../ui/errors.ts";
import type { AuditWords } from "./audit-words.ts";
import { formatDecimal } from "./format.ts";

export function useMoneyAuditText(studio: (organizationId: string) => string): (words: AuditWords) => string {
  const t = useT();
  const { locale } = useLocale();
  const known = useKnownText();
  return useCallback(
    (words: AuditWords) => {
      const values: Record<string, string | number> = { ...words.values };
      for (const [key, id] of Object.entries(words.studios ?? {})) values[key] = studio(id);
      for (const [key, ids] of Object.entries(words.studioLists ?? {}))
        values[key] = ids.map(studio).join(", ");
      for (const [key, date] of Object.entries(words.dates ?? {})) values[key] = formatIsoDate(date, locale);
      for (const [key, amount] of Object.entries(words.amounts ?? {}))
        values[key] = amount ? formatDecimal(amount, locale) : "";
      for (const [key, source] of Object.entries(words.sources ?? {}))
        values[key] = known(`budget.rates.source.${source}`, source);
      return t(words.key, values);
    },
    [t, locale, known, studio],
  );
}

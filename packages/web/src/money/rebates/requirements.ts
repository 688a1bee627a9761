// A rebate tier's requirements and shortfalls in words: «затраты в стране от 15 000 000 ₽», «не меньше 19 съёмочных
// дней», «не хватает 11 съёмочных дней». An unknown kind is shown as the pack wrote it rather than dropped.
import { useCallback } from "react";
import type { Locale } from "../../api/types.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { messagesRu, type MessageKey } from "../../i18n/messages.ru.ts";
import type { Shortfall } from "../types.ts";
import { formatAmount, formatDecimal } from "../format.ts";

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(messagesRu, key);

interface Wording {
  t: ReturnType<typeof useT>;
  locale: Locale;
}

function kindNames(kinds: unknown, { t }: Wording): string {
  return (Array.isArray(kinds) ? kinds : [])
    .map((kind) => {
      const key = `money.rebates.kind.${String(kind)}`;
      return isMessageKey(key) ? t(key) : String(kind);
    })
    .join(", ");
}

function requirementText(
  requirement: Record<string, unknown>,
  packCurrency: string,
  wording: Wording,
): string {
  const { t, locale } = wording;
  switch (requirement.kind) {
    case "spend": {
      const bound = String(requirement.atLeast ?? requirement.over ?? "0");
      const unit = typeof requirement.indexUnit === "string" ? requirement.indexUnit : null;
      const unitKey = unit ? `money.rebates.indexUnit.${unit}` : "";
      const amount = unit
        ? `${formatDecimal(bound, locale)} ${isMessageKey(unitKey) ? t(unitKey) : unit}`
        : formatAmount(bound, String(requirement.currency ?? packCurrency), locale);
      return requirement.atLeast !== undefined
        ? t("money.rebates.req.spendAtLeast", { amount })
        : t("money.rebates.req.spendOver", { amount });
    }
    case "shootDays":
      return t("money.rebates.req.shootDays", { days: Number(requirement.atLeast) });
    case "localCrewPercent":
      return t("money.rebates.req.localCrew", {
        percent: formatDecimal(String(requirement.atLeast), locale),
      });
    case "projectKind":
      return t("money.rebates.req.projectKind", { kinds: kindNames(requirement.oneOf, wording) });
    case "anyOf":
      return t("money.rebates.req.anyOf", {
        options: (Array.isArray(requirement.options) ? requirement.options : [])
          .map((option) => requirementText(option as Record<string, unknown>, packCurrency, wording))
          .join(t("money.rebates.or")),
      });
    default:
      return JSON.stringify(requirement);
  }
}

function shortfallText(shortfall: Shortfall, wording: Wording): string {
  const { t, locale } = wording;
  switch (shortfall.kind) {
    case "spend": {
      const missing = formatAmount(shortfall.missing.amount, shortfall.missing.currency, locale);
      const inReport = shortfall.missingInCurrency;
      return inReport && inReport.currency !== shortfall.missing.currency
        ? t("money.rebates.short.spendConverted", {
            missing,
            converted: formatAmount(inReport.amount, inReport.currency, locale),
          })
        : t("money.rebates.short.spend", { missing });
    }
    case "shootDays":
      return t("money.rebates.short.shootDays", { days: shortfall.missing });
    case "localCrewPercent":
      return t("money.rebates.short.localCrew", { points: formatDecimal(shortfall.missing, locale) });
    case "projectKind":
      return t("money.rebates.short.projectKind", { kinds: kindNames(shortfall.oneOf, wording) });
    case "unknownFact":
      return t("money.rebates.short.unknownFact", { fact: shortfall.fact });
    case "anyOf":
      return t("money.rebates.short.anyOf", {
        options: shortfall.options
          .map((option) => option.map((entry) => shortfallText(entry, wording)).join(", "))
          .join(t("money.rebates.or")),
      });
  }
}

export function useRequirementText(packCurrency: string): (requirement: Record<string, unknown>) => string {
  const t = useT();
  const { locale } = useLocale();
  return useCallback(
    (requirement: Record<string, unknown>) => requirementText(requirement, packCurrency, { t, locale }),
    [t, locale, packCurrency],
  );
}

export function useShortfallText(): (shortfall: Shortfall) => string {
  const t = useT();
  const { locale } = useLocale();
  return useCallback((shortfall: Shortfall) => shortfallText(shortfall, { t, locale }), [t, locale]);
}

// Small labels: a country code with its name on hover, and a partner's status.
import type { PartnerStatus } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { countryName } from "../i18n/format.ts";

export function CountryCode({ code }: { code: string }) {
  const { locale } = useLocale();
  return (
    <abbr className="country-code" title={countryName(code, locale)}>
      {code}
    </abbr>
  );
}

export function StatusBadge({ status }: { status: PartnerStatus }) {
  const t = useT();
  return <span className={`badge badge--${status}`}>{t(`partnerStatus.${status}`)}</span>;
}

export function Badge({ children, tone = "neutral" }: { children: string; tone?: "neutral" | "accent" }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}

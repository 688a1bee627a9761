// RU / EN toggle. Before login the choice lives in localStorage; after, in the account too.
import type { Locale } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";

const locales: readonly Locale[] = ["ru", "en"];

export function LanguageSwitch({ tone = "light" }: { tone?: "light" | "dark" }) {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <div className={`lang-switch lang-switch--${tone}`} role="group" aria-label={t("nav.language")}>
      {locales.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="lang-switch__option"
          aria-pressed={locale === code}
          title={t(`locale.${code}`)}
          onClick={() => setLocale(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

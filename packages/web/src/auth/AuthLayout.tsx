// The frame of the public pages: the product name, a language switch and one centred card.
import type { ReactNode } from "react";
import { useT } from "../i18n/locale.tsx";
import { BrandMark } from "../shell/BrandMark.tsx";
import { LanguageSwitch } from "../shell/LanguageSwitch.tsx";
import { useDocumentTitle } from "../ui/layout.tsx";

export function AuthLayout({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  const t = useT();
  useDocumentTitle(title);
  return (
    <div className="auth-page">
      <div className="auth-page__top">
        <LanguageSwitch />
      </div>
      <main className="auth-card">
        <div className="auth-card__brand">
          <BrandMark size={36} />
          <div>
            <div className="auth-card__name">{t("app.name")}</div>
            <div className="auth-card__tagline">{t("app.tagline")}</div>
          </div>
        </div>
        <h1 className="auth-card__title">{title}</h1>
        {children}
        <div className="auth-card__footer">{footer}</div>
      </main>
      <footer className="auth-page__footer">
        <a href="/api/v1/docs">{t("footer.api")}</a>
        <span>{t("footer.license")}</span>
      </footer>
    </div>
  );
}

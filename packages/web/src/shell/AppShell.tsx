// The frame around every signed-in page: navigation on the left, the page, and a footer.
import { Suspense } from "react";
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router-dom";
import { useQueryClient } from "@tanstack/react-query";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { endSession, useMe } from "../session/session.ts";
import { Loading, Notice } from "../ui/layout.tsx";
import { useErrorText } from "../ui/errors.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { BrandMark } from "./BrandMark.tsx";

export function AppShell() {
  const me = useMe();
  const t = useT();
  const errorText = useErrorText();
  const { locale } = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  if (me.isPending) return <Loading />;
  if (me.isError)
    return (
      <main className="auth-page">
        <Notice tone="danger">{errorText(me.error)}</Notice>
      </main>
    );
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`} replace />;
  }

  const { user, organizations } = me.data;
  const firstOrganization = organizations[0];
  const logout = async () => {
    await endSession(queryClient).catch(() => undefined);
    navigate("/login", { replace: true });
  };

  return (
    <div className="app">
      <aside className="sidebar">
        <div className="sidebar__inner">
          <div className="sidebar__brand">
            <BrandMark />
            <span className="sidebar__name">{t("app.name")}</span>
          </div>
          <nav className="sidebar__nav" aria-label={t("nav.main")}>
            <NavLink to="/" end className="sidebar__link">
              {t("nav.projects")}
            </NavLink>
            <NavLink
              to={firstOrganization ? `/organizations/${firstOrganization.id}` : "/organizations"}
              className={({ isActive }) =>
                isActive || location.pathname.startsWith("/organizations")
                  ? "sidebar__link active"
                  : "sidebar__link"
              }
            >
              {t("nav.organization")}
              {firstOrganization ? (
                <span className="sidebar__sub">{pickText(firstOrganization.names, locale)}</span>
              ) : null}
            </NavLink>
            <NavLink to="/account" className="sidebar__link">
              {t("nav.account")}
            </NavLink>
          </nav>
          <div className="sidebar__footer">
            <LanguageSwitch tone="dark" />
            <div className="sidebar__user">
              <div className="sidebar__user-name">{user.name}</div>
              <div className="sidebar__user-email">{user.email}</div>
            </div>
            <button type="button" className="sidebar__logout" onClick={logout}>
              {t("nav.logout")}
            </button>
          </div>
        </div>
      </aside>
      <div className="main">
        <main className="content">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
        <footer className="footer">
          <span>
            {t("app.name")} · {t("app.tagline")}
          </span>
          <a href="/api/v1/docs">{t("footer.api")}</a>
          <span>{t("footer.license")}</span>
        </footer>
      </div>
    </div>
  );
}

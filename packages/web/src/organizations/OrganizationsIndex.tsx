// /organizations: straight to the user's first organization, or an invitation to create one.
import { Link, Navigate } from "react-router-dom";
import { useT } from "../i18n/locale.tsx";
import { useMe } from "../session/session.ts";
import { EmptyState, PageHeader } from "../ui/layout.tsx";

export function OrganizationsIndex() {
  const t = useT();
  const me = useMe();
  const first = me.data?.organizations[0];
  if (first) return <Navigate to={`/organizations/${first.id}`} replace />;
  return (
    <>
      <PageHeader title={t("org.title")} />
      <EmptyState title={t("org.none.title")}>
        <p>{t("org.none.text")}</p>
        <Link to="/organizations/new" className="button button--primary">
          {t("org.create.submit")}
        </Link>
      </EmptyState>
    </>
  );
}

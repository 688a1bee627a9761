import { Link } from "react-router-dom";
import { useT } from "../i18n/locale.tsx";
import { EmptyState } from "../ui/layout.tsx";

export function NotFoundPage() {
  const t = useT();
  return (
    <EmptyState title={t("notFound.title")}>
      <p>{t("notFound.text")}</p>
      <Link to="/" className="button">
        {t("notFound.back")}
      </Link>
    </EmptyState>
  );
}

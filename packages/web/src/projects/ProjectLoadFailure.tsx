// What a project page shows when its project could not be loaded: "not found" for a 404 (a project
// the user cannot see looks the same as one that does not exist), else the error in words.
import { Link } from "react-router-dom";
import { ApiError } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { EmptyState, Notice } from "../ui/layout.tsx";

export function ProjectLoadFailure({ error }: { error: unknown }) {
  const t = useT();
  const errorText = useErrorText();
  if (error instanceof ApiError && error.status === 404)
    return (
      <EmptyState title={t("project.notFound.title")}>
        <p>{t("project.notFound.text")}</p>
        <Link to="/" className="button">
          {t("project.back")}
        </Link>
      </EmptyState>
    );
  return <Notice tone="danger">{errorText(error)}</Notice>;
}

// Starts a co-production led by one of the organizations the user administers;
// the server makes the user its producer and the organization its lead producer.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../api/client.ts";
import type { ProjectKind } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { useMe } from "../session/session.ts";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { EmptyState, Notice, PageHeader, Panel, useDocumentTitle } from "../ui/layout.tsx";
import { parseLanguageList, withTitle } from "./titles.ts";

type NewProjectInput = Parameters<typeof api.createProject>[0];

export function NewProjectPage() {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ProjectKind>("series");
  useDocumentTitle(t("project.new.title"));
  const create = useMutation({
    mutationFn: (input: NewProjectInput) => api.createProject(input),
    onSuccess: async ({ project }) => {
      await queryClient.invalidateQueries({ queryKey: ["projects"] });
      navigate(`/projects/${project.id}`);
    },
  });
  const administered = (me.data?.organizations ?? []).filter((organization) => organization.role === "admin");
  const error = create.error;

  return (
    <>
      <PageHeader
        before={
          <Link to="/" className="back-link">
            ← {t("project.back")}
          </Link>
        }
        title={t("project.new.title")}
      />
      {administered.length === 0 ? (
        <EmptyState title={t("project.new.noOrganization")}>
          <Link to="/organizations/new" className="button button--primary">
            {t("projects.empty.createOrganization")}
          </Link>
        </EmptyState>
      ) : (
        <Panel title={t("project.new.details")}>
          <form
            className="form form--grid"
            onSubmit={(event) => {
              event.preventDefault();
              const data = new FormData(event.currentTarget);
              const genre = String(data.get("genre") ?? "").trim();
              create.mutate({
                titles: withTitle(withTitle({}, "ru", data.get("titleRu")), "en", data.get("titleEn")),
                kind,
                ...(kind === "series"
                  ? { episodes: Number.parseInt(String(data.get("episodes") ?? "1"), 10) }
                  : {}),
                ...(genre ? { genre } : {}),
                languages: parseLanguageList(String(data.get("languages") ?? "")),
                leadOrganizationId: String(data.get("leadOrganizationId") ?? ""),
              });
            }}
          >
            <Field
              label={t("project.edit.titleRu")}
              error={fieldError(error, "titles.ru") ?? fieldError(error, "titles")}
            >
              {(props) => <input {...props} name="titleRu" lang="ru" required />}
            </Field>
            <Field label={t("project.edit.titleEn")} error={fieldError(error, "titles.en")}>
              {(props) => <input {...props} name="titleEn" lang="en" />}
            </Field>
            <Field label={t("project.kind")} error={fieldError(error, "kind")}>
              {(props) => (
                <select
                  {...props}
                  name="kind"
                  value={kind}
                  onChange={(event) => setKind(event.target.value as ProjectKind)}
                >
                  <option value="series">{t("kind.series")}</option>
                  <option value="feature">{t("kind.feature")}</option>
                </select>
              )}
            </Field>
            {kind === "series" ? (
              <Field label={t("project.new.episodes")} error={fieldError(error, "episodes")}>
                {(props) => (
                  <input
                    {...props}
                    name="episodes"
                    type="number"
                    min={1}
                    max={500}
                    step={1}
                    defaultValue={8}
                    required
                  />
                )}
              </Field>
            ) : (
              <div />
            )}
            <Field label={t("project.edit.genre")} error={fieldError(error, "genre")}>
              {(props) => <input {...props} name="genre" />}
            </Field>
            <Field
              label={t("project.edit.languages")}
              hint={t("project.edit.languagesHint")}
              error={fieldError(error, "languages")}
            >
              {(props) => (
                <input {...props} name="languages" defaultValue={locale === "ru" ? "ru" : "en"} required />
              )}
            </Field>
            <Field
              label={t("project.new.lead")}
              hint={t("project.new.leadHint")}
              error={fieldError(error, "leadOrganizationId")}
            >
              {(props) => (
                <select {...props} name="leadOrganizationId" defaultValue={administered[0]?.id}>
                  {administered.map((organization) => (
                    <option key={organization.id} value={organization.id}>
                      {pickText(organization.names, locale)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {error ? <Notice tone="danger">{errorText(error)}</Notice> : null}
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={create.isPending}>
                {create.isPending ? t("common.saving") : t("project.new.submit")}
              </button>
              <Link to="/" className="button button--ghost">
                {t("common.cancel")}
              </Link>
            </div>
          </form>
        </Panel>
      )}
    </>
  );
}
